//! The types of the integration manifest, `amp.yaml`, for the `ampersand-manifest` crate.

use std::path::Path;

use crate::{CodegenError, GENERATED_HEADER, prepared_entry, types_only_with};

/// The types of the integration manifest, `amp.yaml` ([`ampersand_spec::MANIFEST`] under the
/// spec directory `root`), for the `ampersand-manifest` crate: every struct with its builder,
/// and `SCHEMA`, the file's schemas as written. The code names `crate::UnknownFields` and
/// `crate::decode::null_as_default`, which that crate re-exports from `ampersand-client`.
///
/// ```no_run
/// let code = ampersand_codegen::generate_manifest("openapi".as_ref())?;
/// assert!(code.contains("pub struct Manifest"));
/// # Ok::<(), ampersand_codegen::CodegenError>(())
/// ```
pub fn generate_manifest(root: &Path) -> Result<String, CodegenError> {
    let items = manifest_items(root)?;
    let code = prettyplease::unparse(&syn::parse_quote!(#(#items)*));
    Ok(format!("{GENERATED_HEADER}{code}"))
}

/// The manifest module's items: the types of [`ampersand_spec::MANIFEST`] (its own entry,
/// so its names are the file's own: `Integration`, not the platform bundle's
/// `ManifestIntegration`), every builder kept (a caller writes manifests), and `SCHEMA`, the
/// file's schemas as written, which a validator walks.
pub(crate) fn manifest_items(root: &Path) -> Result<Vec<syn::Item>, CodegenError> {
    let document = prepared_entry(root, ampersand_spec::MANIFEST)?;
    let mut items = types_only_with(&document, false)?;
    let spec = ampersand_spec::Spec::load_entry(root, ampersand_spec::MANIFEST)?;
    let schemas = spec
        .bundle()?
        .document
        .pointer("/components/schemas")
        .cloned()
        .unwrap_or_default();
    let schema = serde_json::to_string(&schemas).map_err(CodegenError::NotOpenApi)?;
    let doc = format!(
        " The schemas of `{}` as the spec writes them (before the preparation step), as one \
         JSON object by name: `{}` is the root.",
        ampersand_spec::MANIFEST,
        ampersand_spec::MANIFEST_ROOT
    );
    items.push(syn::parse_quote! {
        #[doc = #doc]
        pub const SCHEMA: &str = #schema;
    });
    Ok(items)
}
