#![doc = include_str!("../README.md")]
#![deny(missing_docs)]

pub mod diff;
mod error;
mod hosts;
mod manifest;
pub mod masks;
pub mod notifications;
mod operations;
pub mod passes;
pub mod prepare;
mod run;
mod secret_name;
pub mod surface;
pub mod update_fields;

use std::path::Path;

use serde_json::Value;

use hosts::{default_base_url, hosts_items};
use manifest::manifest_items;
use operations::{
    api_version, error_bodies_of, operation_error_body, operation_facts, operations_table,
};
use run::{blame_operation, quietly, run_progenitor};

pub use error::CodegenError;
pub use manifest::generate_manifest;
pub use operations::{Credential, accepted_credentials};

/// What to generate besides the client.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Also generate progenitor's typed httpmock helpers (`MockServerExt`).
    pub httpmock: bool,
}

/// Generated Rust source, formatted.
///
/// ```no_run
/// let code = ampersand_codegen::generate("openapi".as_ref(), &Default::default())?;
/// std::fs::write("client.rs", &code.client).unwrap();
/// # Ok::<(), ampersand_codegen::CodegenError>(())
/// ```
#[derive(Debug, Clone)]
pub struct Generated {
    /// The client: `Client`, one builder per operation, and `types`.
    pub client: String,
    /// The httpmock helpers, when [`Options::httpmock`] asked for them. They refer to the
    /// client as `ampersand_client::…`.
    pub httpmock: Option<String>,
}

/// The crate name the httpmock helpers use to refer to the client.
pub const CLIENT_CRATE: &str = "ampersand_client";

/// Loads, bundles and prepares the spec under `root`: the document progenitor is given.
///
/// ```no_run
/// let doc = ampersand_codegen::prepared_document("openapi".as_ref())?;
/// assert!(doc["components"]["schemas"]["ApiProblem"].is_object());
/// # Ok::<(), ampersand_codegen::CodegenError>(())
/// ```
pub fn prepared_document(root: &Path) -> Result<Value, CodegenError> {
    let spec = ampersand_spec::Spec::load(root)?;
    let mut document = spec.bundle()?.document;
    prepare::prepare(&mut document)?;
    Ok(document)
}

/// Loads, bundles and prepares the data-plane file `entry` (one of
/// [`ampersand_spec::DATA_PLANE`]) of the spec under `root`.
///
/// ```no_run
/// let doc = ampersand_codegen::prepared_entry("openapi".as_ref(), "api/write.yaml")?;
/// assert!(doc["components"]["schemas"]["WriteRecordsFailure"].is_object());
/// # Ok::<(), ampersand_codegen::CodegenError>(())
/// ```
pub fn prepared_entry(root: &Path, entry: &str) -> Result<Value, CodegenError> {
    let spec = ampersand_spec::Spec::load_entry(root, entry)?;
    // every error decodes as the one problem schema, which the file may not refer to itself
    let problem = format!(
        "{}problem/problem.yaml#/components/schemas/{}",
        "../".repeat(entry.matches('/').count()),
        prepare::PROBLEM_SCHEMA
    );
    let extra: &[&str] = if has_operations(spec.api()) {
        &[&problem]
    } else {
        &[]
    };
    let mut document = spec.bundle_with(extra)?.document;
    prepare::prepare(&mut document)?;
    Ok(document)
}

/// Generates the client (and optionally the mocks) from the spec directory `root`: the
/// platform API at the top, and one module per data-plane file ([`ampersand_spec::DATA_PLANE`]):
/// `read`, `write` and `search` with a `Client` each (on their own hosts, sharing the request
/// path), `webhook` and `notifications` with types only.
///
/// ```no_run
/// let options = ampersand_codegen::Options { httpmock: true };
/// let code = ampersand_codegen::generate("openapi".as_ref(), &options)?;
/// assert!(code.httpmock.unwrap().contains("MockServerExt"));
/// assert!(code.client.contains("pub mod write"));
/// # Ok::<(), ampersand_codegen::CodegenError>(())
/// ```
pub fn generate(root: &Path, options: &Options) -> Result<Generated, CodegenError> {
    let document = prepared_document(root)?;
    let mut platform = generate_module(&document, options, CLIENT_CRATE)?;
    let mut error_bodies = error_bodies_of(&document, None, "");
    let mut secret_fields = std::collections::BTreeSet::new();
    secret_fields.extend(prepare::secret_property_names(&document));
    let mut hosts = Vec::new();
    for &(name, entry) in ampersand_spec::DATA_PLANE {
        let document = prepared_entry(root, entry)?;
        secret_fields.extend(prepare::secret_property_names(&document));
        let ident = syn::Ident::new(name, proc_macro2::Span::call_site());
        let (items, mocks, feature) = if has_operations(&document) {
            let module = generate_module(&document, options, &format!("{CLIENT_CRATE}::{name}"))?;
            error_bodies.extend(error_bodies_of(&document, Some(name), DATA_PLANE_FEATURE));
            hosts.push((ident.clone(), entry, module_title(&document)));
            (
                module.client.items,
                module.mocks.map(|m| m.items),
                DATA_PLANE_FEATURE,
            )
        } else {
            let mut items = types_only(&document)?;
            items.extend(notifications::items(&document)?);
            (items, None, WEBHOOKS_FEATURE)
        };
        let doc = format!(
            " The types and operations of `{entry}` (see the crate docs), with the `{feature}` \
             feature (a default one)."
        );
        platform.client.items.push(syn::parse_quote! {
            #[doc = #doc]
            #[cfg(feature = #feature)]
            pub mod #ident { #(#items)* }
        });
        if let (Some(all), Some(items)) = (platform.mocks.as_mut(), mocks) {
            all.items.push(syn::parse_quote! {
                #[doc = #doc]
                #[cfg(feature = #feature)]
                pub mod #ident { #(#items)* }
            });
        }
    }
    platform.client.items.extend(hosts_items(&hosts));
    platform
        .client
        .items
        .push(operation_error_body(&error_bodies));
    let secret_fields = secret_fields.iter();
    platform.client.items.push(syn::parse_quote! {
        /// The property names whose string values the spec's schemas make credentials (typed
        /// [`Secret`] in the models: see the README's "Secrets"); useful to redact raw JSON.
        pub const SECRET_FIELDS: &[&str] = &[#(#secret_fields),*];
    });
    // the rule by which names are secret, as the generator applies it: the client redacts
    // by the same one
    let rule: syn::File = syn::parse_str(SECRET_NAME_RULE).map_err(CodegenError::Tokens)?;
    platform.client.items.extend(rule.items);
    Ok(Generated {
        client: format!(
            "{GENERATED_HEADER}{}",
            prettyplease::unparse(&platform.client)
        ),
        httpmock: platform
            .mocks
            .as_ref()
            .map(|m| format!("{GENERATED_HEADER}{}", prettyplease::unparse(m))),
    })
}

/// The rule of secret names (`secret_name.rs`), emitted into the client as it is.
const SECRET_NAME_RULE: &str = include_str!("secret_name.rs");

/// The first line of every file the generator writes.
pub const GENERATED_HEADER: &str =
    "// Generated by `cargo xtask generated` from `openapi/` (ampersand-codegen); do not edit.\n";

/// The document's `info.title`, for docs.
fn module_title(document: &Value) -> String {
    document
        .pointer("/info/title")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

/// The client's feature that compiles the data-plane clients (`read`, `write`, `search`).
pub const DATA_PLANE_FEATURE: &str = "data-plane";

/// The client's feature that compiles the payload types without operations (`webhook`,
/// `notifications`).
pub const WEBHOOKS_FEATURE: &str = "webhooks";

/// The API surface of the client generated from the spec directory `root`.
///
/// ```no_run
/// let surface = ampersand_codegen::surface_of("openapi".as_ref())?;
/// std::fs::write("API.md", surface.to_markdown()).unwrap();
/// # Ok::<(), ampersand_codegen::CodegenError>(())
/// ```
pub fn surface_of(root: &Path) -> Result<surface::Surface, CodegenError> {
    let document = prepared_document(root)?;
    let generated = generate_from_document(&document, &Options::default())?;
    let mut surface = surface::Surface::read(&generated.client, &document)?;
    for &(name, entry) in ampersand_spec::DATA_PLANE {
        let document = prepared_entry(root, entry)?;
        let code = if has_operations(&document) {
            generate_from_document(&document, &Options::default())?.client
        } else {
            let items = types_only(&document)?;
            prettyplease::unparse(&syn::parse_quote!(#(#items)*))
        };
        surface.absorb(name, surface::Surface::read(&code, &document)?);
    }
    let items = manifest_items(root)?;
    let code = prettyplease::unparse(&syn::parse_quote!(#(#items)*));
    let document = prepared_entry(root, ampersand_spec::MANIFEST)?;
    surface.absorb("manifest", surface::Surface::read(&code, &document)?);
    Ok(surface)
}

/// Whether a prepared document has operations (a data-plane API) or only payload types.
fn has_operations(document: &Value) -> bool {
    document
        .get("paths")
        .and_then(Value::as_object)
        .is_some_and(|p| !p.is_empty())
}

/// Generates the platform client alone from an already prepared document (see
/// [`prepared_document`]).
///
/// A panic inside progenitor becomes [`CodegenError::Generator`], naming the first operation
/// that fails on its own.
///
/// ```no_run
/// let doc = ampersand_codegen::prepared_document("openapi".as_ref())?;
/// let code = ampersand_codegen::generate_from_document(&doc, &Default::default())?;
/// assert!(code.client.contains("pub mod types"));
/// # Ok::<(), ampersand_codegen::CodegenError>(())
/// ```
pub fn generate_from_document(
    document: &Value,
    options: &Options,
) -> Result<Generated, CodegenError> {
    let module = generate_module(document, options, CLIENT_CRATE)?;
    Ok(Generated {
        client: prettyplease::unparse(&module.client),
        httpmock: module.mocks.as_ref().map(prettyplease::unparse),
    })
}

/// One generated module, before formatting.
struct Module {
    client: syn::File,
    mocks: Option<syn::File>,
}

/// A client module from a prepared document: progenitor, the passes, `DEFAULT_BASE_URL` and
/// `OPERATIONS`; the mocks name the module as `crate_path`.
fn generate_module(
    document: &Value,
    options: &Options,
    crate_path: &str,
) -> Result<Module, CodegenError> {
    let openapi: openapiv3::OpenAPI =
        serde_json::from_value(document.clone()).map_err(CodegenError::NotOpenApi)?;
    let generated = quietly(|| run_progenitor(&openapi, options.httpmock, crate_path));
    let (client, httpmock) = match generated {
        Ok(result) => result?,
        Err(message) => return Err(blame_operation(document, message)),
    };
    let mut file: syn::File = syn::parse2(client).map_err(CodegenError::Tokens)?;
    let operations = operation_facts(document);
    passes::apply(&mut file, &operations)?;
    file.items.push(default_base_url(document)?);
    file.items.push(api_version(document)?);
    file.items.push(operations_table(document, &file)?);
    let updates = update_fields::items(document, &file, &operations)?;
    file.items.extend(updates);
    file.items.push(syn::parse_quote! {
        // the hooks every generated `send()` calls (see the runtime pass): `exec` is the
        // request path, with the operation the `send()` names in its `OperationInfo`
        impl crate::runtime::ClientHooks<crate::CallSettings> for Client {
            fn exec<'a, B: crate::call::Build + 'a>(
                &'a self,
                build: B,
                info: &'a crate::runtime::OperationInfo,
            ) -> impl ::std::future::Future<Output = Result<crate::call::Exchange, crate::Error>>
                   + use<'a, B> {
                debug_assert_eq!(info.operation.method_name, info.operation_id);
                crate::call::call(&self.client, &self.inner, build, info)
            }
        }
    });
    let mocks = match httpmock {
        Some(tokens) => Some(syn::parse2(tokens).map_err(CodegenError::Tokens)?),
        None => None,
    };
    Ok(Module {
        client: file,
        mocks,
    })
}

/// The types of a document without operations (payload descriptions): progenitor's `types`
/// module with the type passes applied, and nothing else.
fn types_only(document: &Value) -> Result<Vec<syn::Item>, CodegenError> {
    types_only_with(document, true)
}

/// [`types_only`], with the builders of types no request sends behind the `builders`
/// feature or not (`gate_builders`).
fn types_only_with(document: &Value, gate_builders: bool) -> Result<Vec<syn::Item>, CodegenError> {
    let openapi: openapiv3::OpenAPI =
        serde_json::from_value(document.clone()).map_err(CodegenError::NotOpenApi)?;
    let (client, _) = match quietly(|| run_progenitor(&openapi, false, CLIENT_CRATE)) {
        Ok(result) => result?,
        Err(message) => {
            return Err(CodegenError::Generator {
                place: None,
                message,
            });
        }
    };
    let mut file: syn::File = syn::parse2(client).map_err(CodegenError::Tokens)?;
    if gate_builders {
        passes::apply_types(&mut file)?;
    } else {
        passes::apply_type_passes(&mut file)?;
    }
    let types = file
        .items
        .into_iter()
        .find(|item| matches!(item, syn::Item::Mod(m) if m.ident == "types"))
        .ok_or_else(|| CodegenError::Pass {
            type_name: "types".into(),
            message: "progenitor's output has no `mod types`".into(),
        })?;
    Ok(vec![
        types,
        syn::parse_quote!(
            pub use self::types::*;
        ),
    ])
}
