//! Passes over progenitor's output: small, named rewrites of the generated Rust, each for a
//! place where the service is looser than its spec.
//!
//! - [`open_enums`]: every string enum gets an `Unknown(String)` variant, so a value the spec
//!   does not list still decodes, reads back as a string and serialises unchanged.
//! - [`keyed_enums`]: an object known by which of its members it has (a `oneOf` of objects of
//!   one required member each) decodes with members added beside that one.
//! - [`lenient_collections`]: a list or map field reads `null` or a missing key as empty (a Go
//!   service sends `null` for an empty slice or map, and omits empty fields). This one stays a
//!   pass: the document cannot say "`null` reads as empty" without making the field an
//!   `Option`. (What the document can say is said there: `prepare`'s `unset-stays-absent`
//!   drops the schema defaults, so a defaulted field is an `Option`, and
//!   `common-dialect-patterns` checks the patterns.)
//! - [`times`]: a `date-time` field reads and writes chrono's serde form through the client's
//!   `rfc3339` module, which parses strictly before it falls back to chrono's relaxed parser
//!   and writes the text whole (a parse of about 40 ns rather than 220–330, a write of 95
//!   rather than 260).
//! - [`optional_collections`]: an optional list or map is an `Option`, absent unless set,
//!   and sent when set empty.
//! - [`open_structs`]: fields the spec does not list are kept in `unknown_fields` and
//!   serialised back.
//! - [`non_exhaustive`]: every generated struct and enum is `#[non_exhaustive]`, so an added
//!   optional field or enum value is a compatible change.
//! - [`optional_derives`]: `schemars::JsonSchema` is derived only with the client's
//!   `schemars` feature.
//! - [`request_builders`]: typify's builders of the types no request carries are compiled
//!   only with the client's `builders` feature.
//! - [`patterns`]: a `pattern` is checked with `regex-lite` rather than `regress` (the
//!   preparation step has made sure that every pattern is in the syntax both read alike).
//! - [`runtime`]: the operations progenitor writes call `crate::runtime` in place of
//!   `progenitor_client`, so every `send()` goes through the one request path
//!   (`ClientHooks::exec`) and returns the one `crate::Error`; no statement is rewritten.

pub mod keyed_enums;
pub mod lenient_collections;
pub mod non_exhaustive;
pub mod open_enums;
pub mod open_structs;
pub mod optional_collections;
pub mod optional_derives;
pub mod patterns;
pub mod request_builders;
pub mod runtime;
pub mod times;

use crate::CodegenError;

/// Applies every pass to the generated client; `operations` gives each operation's index in
/// `OPERATIONS` (see [`runtime`]).
pub fn apply(file: &mut syn::File, operations: &runtime::Operations) -> Result<(), CodegenError> {
    apply_types(file)?;
    runtime::apply(file, operations)?;
    Ok(())
}

/// Applies the passes over `mod types` only (for payload types without operations).
///
/// ```
/// let mut file: syn::File = syn::parse_str("pub mod types { pub struct A { pub b: i64 } }").unwrap();
/// ampersand_codegen::passes::apply_types(&mut file).unwrap();
/// assert!(quote::quote!(#file).to_string().contains("non_exhaustive"));
/// ```
pub fn apply_types(file: &mut syn::File) -> Result<(), CodegenError> {
    apply_type_passes(file)?;
    request_builders::apply(file);
    Ok(())
}

/// [`apply_types`] but [`request_builders`]: every builder stays (for types a caller writes
/// whole, such as the manifest's).
pub fn apply_type_passes(file: &mut syn::File) -> Result<(), CodegenError> {
    let types = types_module(file).ok_or_else(|| CodegenError::Pass {
        type_name: "types".into(),
        message: "progenitor's output has no `mod types`".into(),
    })?;
    open_enums::apply(types)?;
    keyed_enums::apply(types);
    lenient_collections::apply(types);
    times::apply(types);
    optional_collections::apply(types);
    non_exhaustive::apply(types);
    open_structs::apply(types)?;
    optional_derives::apply(types);
    patterns::apply(types);
    Ok(())
}

/// The names of a path's segments (`["progenitor_client", "QueryParam", "new"]`).
pub(crate) fn segment_names(path: &syn::Path) -> Vec<String> {
    path.segments.iter().map(|s| s.ident.to_string()).collect()
}

/// The last segment of a path type (`BTreeMap` for `::std::collections::BTreeMap<K, V>`).
pub(crate) fn type_name(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

/// The type arguments of a path type (`K`, `V` of `BTreeMap<K, V>`).
pub(crate) fn generics(ty: &syn::Type) -> Vec<&syn::Type> {
    let syn::Type::Path(p) = ty else {
        return Vec::new();
    };
    let Some(last) = p.path.segments.last() else {
        return Vec::new();
    };
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return Vec::new();
    };
    args.args
        .iter()
        .filter_map(|a| match a {
            syn::GenericArgument::Type(t) => Some(t),
            _ => None,
        })
        .collect()
}

/// The first type argument of a path type.
pub(crate) fn first_generic(ty: &syn::Type) -> Option<&syn::Type> {
    generics(ty).into_iter().next()
}

/// The items of the module `name` at the top of `file` (`types`, `builder`, `update_mask`).
pub(crate) fn module_items<'f>(file: &'f syn::File, name: &str) -> Option<&'f [syn::Item]> {
    file.items.iter().find_map(|item| match item {
        syn::Item::Mod(m) if m.ident == name => m.content.as_ref().map(|(_, i)| &i[..]),
        _ => None,
    })
}

/// Whether `ty` is a list or a map.
pub(crate) fn is_collection(ty: &syn::Type) -> bool {
    type_name(ty).is_some_and(|n| matches!(n.as_str(), "Vec" | "BTreeMap" | "HashMap" | "Map"))
}

/// The items of typify's builder module (`types::builder`), inside the items of `types`.
pub(crate) fn builder_items(items: &mut [syn::Item]) -> impl Iterator<Item = &mut syn::Item> {
    items
        .iter_mut()
        .filter_map(|item| match item {
            syn::Item::Mod(m) if m.ident == "builder" => m.content.as_mut(),
            _ => None,
        })
        .flat_map(|(_, items)| items.iter_mut())
}

/// The items of `pub mod types { … }`.
pub(crate) fn types_module(file: &mut syn::File) -> Option<&mut Vec<syn::Item>> {
    file.items.iter_mut().find_map(|item| match item {
        syn::Item::Mod(m) if m.ident == "types" => m.content.as_mut().map(|(_, items)| items),
        _ => None,
    })
}

/// The `#[serde(...)]` entries of `attrs`, as `path` or `path=value` strings.
pub(crate) fn serde_entries(attrs: &[syn::Attribute]) -> Vec<String> {
    let mut out = Vec::new();
    for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        let _ = attr.parse_nested_meta(|meta| {
            let name = meta
                .path
                .get_ident()
                .map(|i| i.to_string())
                .unwrap_or_default();
            if let Ok(value) = meta.value() {
                let lit: syn::Lit = value.parse()?;
                if let syn::Lit::Str(s) = lit {
                    out.push(format!("{name}={}", s.value()));
                    return Ok(());
                }
            }
            out.push(name);
            Ok(())
        });
    }
    out
}

/// Whether `entries` ([`serde_entries`]) hold a `default` (or `default = "..."`).
pub(crate) fn has_default(entries: &[String]) -> bool {
    entries
        .iter()
        .any(|e| e == "default" || e.starts_with("default="))
}

/// Whether the item derives `::serde::Deserialize`.
fn derives_deserialize(attrs: &[syn::Attribute]) -> bool {
    derived(attrs).iter().any(|d| d == "Deserialize")
}

/// The last segment of every derived trait.
pub(crate) fn derived(attrs: &[syn::Attribute]) -> Vec<String> {
    let mut out = Vec::new();
    for attr in attrs.iter().filter(|a| a.path().is_ident("derive")) {
        let _ = attr.parse_nested_meta(|meta| {
            if let Some(last) = meta.path.segments.last() {
                out.push(last.ident.to_string());
            }
            Ok(())
        });
    }
    out
}

/// What an operation's `send()` gives when awaited: the `Output` of the `impl Future<Output =
/// …>` the runtime pass makes it return, or its return type as progenitor writes it.
pub(crate) fn send_answer(output: &syn::ReturnType) -> syn::Type {
    let syn::ReturnType::Type(_, ty) = output else {
        return syn::parse_quote!(());
    };
    let syn::Type::ImplTrait(future) = &**ty else {
        return (**ty).clone();
    };
    let output = future.bounds.iter().find_map(|bound| {
        let syn::TypeParamBound::Trait(t) = bound else {
            return None;
        };
        let last = t.path.segments.last().filter(|s| s.ident == "Future")?;
        let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
            return None;
        };
        args.args.iter().find_map(|arg| match arg {
            syn::GenericArgument::AssocType(assoc) if assoc.ident == "Output" => {
                Some(assoc.ty.clone())
            }
            _ => None,
        })
    });
    output.unwrap_or_else(|| (**ty).clone())
}
