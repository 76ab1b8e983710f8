//! Reading the generated code: a type as compact text, the builders' fields, the update
//! builders' setters, and a type's schema as a caller sees it.

use std::collections::BTreeMap;

use quote::ToTokens;

use super::{Member, SchemaSurface};
use crate::passes::first_generic;

/// Compact text of a type: `Option<String>` rather than `:: std :: option :: Option < …`.
pub(super) fn ty_text(ty: &syn::Type) -> String {
    let text = ty.to_token_stream().to_string();
    let text = text
        .replace(":: std :: string :: ", "")
        .replace(":: std :: vec :: ", "")
        .replace(":: std :: collections :: ", "")
        .replace(":: std :: option :: ", "")
        .replace(":: chrono :: offset :: ", "")
        .replace(":: chrono :: ", "")
        .replace(":: serde_json :: ", "serde_json::")
        .replace(":: uuid :: ", "uuid::")
        .replace("crate :: ", "")
        .replace("super :: ", "")
        .replace("types :: ", "");
    let mut out = String::new();
    for token in text.split(' ') {
        let glue = out.ends_with(['<', '&', ':']) || token.starts_with(['<', '>', ',', ':']);
        if !out.is_empty() && !glue {
            out.push(' ');
        }
        out.push_str(token);
    }
    out.replace(",>", ">")
        .replace(",", ", ")
        .replace(",  ", ", ")
}

/// `Option<T>` → (`T`, false); anything else → (itself, true).
pub(super) fn optional(ty: &syn::Type) -> (String, bool) {
    if let syn::Type::Path(p) = ty
        && let Some(last) = p.path.segments.last()
        && last.ident == "Option"
        && let syn::PathArguments::AngleBracketed(args) = &last.arguments
        && let Some(syn::GenericArgument::Type(inner)) = args.args.first()
    {
        return (ty_text(inner), false);
    }
    (ty_text(ty), true)
}

/// Builder structs of `pub mod builder`: params (fields but `client`) and `send()`'s success
/// type, by struct name.
pub(super) fn builder_structs(
    file: &syn::File,
) -> BTreeMap<String, (BTreeMap<String, Member>, String)> {
    let mut out = BTreeMap::new();
    let Some(items) = crate::passes::module_items(file, "builder") else {
        return out;
    };
    for item in items {
        if let syn::Item::Struct(s) = item {
            let mut params = BTreeMap::new();
            for field in &s.fields {
                let Some(name) = field.ident.as_ref().map(|i| i.to_string()) else {
                    continue;
                };
                if name == "client" {
                    continue;
                }
                // fields are Result<T, String>
                let inner = first_generic(&field.ty).unwrap_or(&field.ty);
                let (ty, required) = optional(inner);
                params.insert(name, Member { ty, required });
            }
            out.insert(s.ident.to_string(), (params, String::new()));
        }
    }
    for item in items {
        let syn::Item::Impl(imp) = item else { continue };
        let syn::Type::Path(self_ty) = &*imp.self_ty else {
            continue;
        };
        let Some(name) = self_ty.path.segments.last().map(|s| s.ident.to_string()) else {
            continue;
        };
        for item in &imp.items {
            let syn::ImplItem::Fn(f) = item else { continue };
            if f.sig.ident != "send" {
                continue;
            }
            if let syn::ReturnType::Type(..) = &f.sig.output {
                // Result<ResponseValue<T>, Error<E>>, what the future gives
                let answer = crate::passes::send_answer(&f.sig.output);
                let response = first_generic(&answer)
                    .and_then(first_generic)
                    .map(ty_text)
                    .unwrap_or_default();
                if let Some(entry) = out.get_mut(&name) {
                    entry.1 = response;
                }
            }
        }
    }
    out
}

/// The mask setters of each update builder of `mod update_mask`, by builder name: each method
/// with a value `V: TryInto<T>`, its path as its doc names it (`Sets `path``) and `T`.
pub(super) fn update_setters(file: &syn::File) -> BTreeMap<String, Vec<(String, String, String)>> {
    let mut out: BTreeMap<String, Vec<(String, String, String)>> = BTreeMap::new();
    let Some(items) = crate::passes::module_items(file, "update_mask") else {
        return out;
    };
    for item in items {
        let syn::Item::Impl(imp) = item else { continue };
        let Some(name) = crate::passes::type_name(&imp.self_ty) else {
            continue;
        };
        for item in &imp.items {
            let syn::ImplItem::Fn(f) = item else { continue };
            let value = f
                .sig
                .generics
                .where_clause
                .iter()
                .flat_map(|w| &w.predicates)
                .find_map(|p| match p {
                    syn::WherePredicate::Type(t)
                        if t.bounded_ty.to_token_stream().to_string() == "V" =>
                    {
                        t.bounds.iter().find_map(|b| match b {
                            syn::TypeParamBound::Trait(t) => {
                                let last = t.path.segments.last()?;
                                let syn::PathArguments::AngleBracketed(args) = &last.arguments
                                else {
                                    return None;
                                };
                                match (last.ident == "TryInto", args.args.first()?) {
                                    (true, syn::GenericArgument::Type(ty)) => Some(ty_text(ty)),
                                    _ => None,
                                }
                            }
                            _ => None,
                        })
                    }
                    _ => None,
                });
            let doc = f.attrs.iter().find_map(|a| match &a.meta {
                syn::Meta::NameValue(nv) if nv.path.is_ident("doc") => match &nv.value {
                    syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Str(s),
                        ..
                    }) => Some(s.value()),
                    _ => None,
                },
                _ => None,
            });
            let path = doc
                .as_deref()
                .and_then(|d| d.trim_start().strip_prefix("Sets `"))
                .and_then(|d| d.split('`').next());
            if let (Some(ty), Some(path)) = (value, path) {
                out.entry(name.clone()).or_default().push((
                    f.sig.ident.to_string(),
                    path.to_string(),
                    ty,
                ));
            }
        }
    }
    out
}

/// The value of `#[serde(key = "...")]`, read as the passes read serde attributes.
pub(super) fn serde_value(attrs: &[syn::Attribute], key: &str) -> Option<String> {
    let prefix = format!("{key}=");
    crate::passes::serde_entries(attrs)
        .into_iter()
        .find_map(|e| e.strip_prefix(&prefix).map(str::to_string))
}

/// Whether a `#[serde(default)]` (or `default = "..."`) is present.
pub(super) fn has_serde_default(attrs: &[syn::Attribute]) -> bool {
    crate::passes::has_default(&crate::passes::serde_entries(attrs))
}

pub(super) fn struct_surface(s: &syn::ItemStruct) -> SchemaSurface {
    match &s.fields {
        syn::Fields::Named(fields) => {
            let mut out = BTreeMap::new();
            for field in &fields.named {
                let rust = field
                    .ident
                    .as_ref()
                    .map(|i| i.to_string())
                    .unwrap_or_default();
                if rust == crate::passes::open_structs::UNKNOWN_FIELDS {
                    continue; // every struct has it: not part of the spec's surface
                }
                let wire = serde_value(&field.attrs, "rename").unwrap_or(rust);
                let (ty, mut required) = optional(&field.ty);
                if has_serde_default(&field.attrs) {
                    required = false;
                }
                out.insert(wire, Member { ty, required });
            }
            SchemaSurface::Struct(out)
        }
        other => SchemaSurface::Other(format!(
            "newtype of `{}`",
            other
                .iter()
                .map(|f| ty_text(&f.ty))
                .collect::<Vec<_>>()
                .join(", ")
        )),
    }
}

pub(super) fn enum_surface(e: &syn::ItemEnum) -> SchemaSurface {
    let unit = e
        .variants
        .iter()
        .filter(|v| v.ident != crate::passes::open_enums::UNKNOWN)
        .all(|v| matches!(v.fields, syn::Fields::Unit));
    if unit {
        let values = e
            .variants
            .iter()
            .filter(|v| matches!(v.fields, syn::Fields::Unit))
            .map(|v| serde_value(&v.attrs, "rename").unwrap_or_else(|| v.ident.to_string()))
            .collect();
        SchemaSurface::Enum(values)
    } else {
        let variants: Vec<String> = e
            .variants
            .iter()
            .map(|v| {
                let inner: Vec<String> = v.fields.iter().map(|f| ty_text(&f.ty)).collect();
                format!("`{}({})`", v.ident, inner.join(", "))
            })
            .collect();
        SchemaSurface::Other(format!("one of {}", variants.join(", ")))
    }
}
