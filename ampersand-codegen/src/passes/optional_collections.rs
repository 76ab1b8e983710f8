//! An optional list or map is an `Option`: absent unless set, and an empty one the caller set
//! is sent.
//!
//! typify gives an optional list or map a plain `Vec`/map that is skipped when empty, so a
//! request body built with the generated types drops an empty map the caller set (which clears
//! it on the service). This pass makes every such field an `Option` (`null` or a missing key
//! reads as `None`):
//!
//! - the field: `T` → `Option<T>`, `#[serde(default, skip_serializing_if = "Option::is_none")]`;
//! - the struct's `Default`: `None` for it;
//! - its typify builder (`types::builder`): the field holds `Option<T>` (`None` until set) and
//!   the setter takes anything convertible into `Option<T>`, a plain `T` included.
//!
//! The document could say it (a `nullable` optional list), but typify then makes a property
//! that an `allOf` requires a required `Option` and mints a merged type for each such
//! composition, so it is said here, on the types. (A schema `default` is dropped by the
//! preparation step's `unset-stays-absent`, which makes a defaulted scalar an `Option` there.)

use std::collections::{BTreeMap, BTreeSet};

use syn::visit_mut::VisitMut;

use super::{builder_items, is_collection, serde_entries, type_name};

/// Rewrites the structs of `types` (and their builders in `types::builder`).
///
/// ```
/// let mut items = syn::parse_str::<syn::File>(r#"pub struct Obj {
///     #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
///     pub tags: ::std::vec::Vec<::std::string::String>,
/// }"#).unwrap().items;
/// ampersand_codegen::passes::optional_collections::apply(&mut items);
/// let code = quote::quote!(#(#items)*).to_string();
/// assert!(code.contains("pub tags : :: std :: option :: Option < :: std :: vec :: Vec"), "{code}");
/// ```
pub fn apply(items: &mut [syn::Item]) {
    // struct name → the fields made optional
    let mut changed: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for item in items.iter_mut() {
        let syn::Item::Struct(s) = item else { continue };
        let syn::Fields::Named(fields) = &mut s.fields else {
            continue;
        };
        for field in fields.named.iter_mut() {
            let entries = serde_entries(&field.attrs);
            let skipped_when_empty = entries
                .iter()
                .any(|e| e.starts_with("skip_serializing_if=") && e.ends_with("is_empty"));
            let optional_collection = skipped_when_empty && is_collection(&field.ty);
            if !optional_collection || entries.iter().any(|e| e == "flatten") {
                continue;
            }
            let ty = &field.ty;
            field.ty = syn::parse_quote!(::std::option::Option<#ty>);
            let kept: Vec<&String> = entries
                .iter()
                .filter(|e| {
                    *e != "default"
                        && !e.starts_with("default=")
                        && !e.starts_with("skip_serializing_if=")
                        && !e.starts_with("deserialize_with=")
                })
                .collect();
            field.attrs.retain(|a| !a.path().is_ident("serde"));
            let mut parts: Vec<proc_macro2::TokenStream> = kept
                .iter()
                .map(|e| match e.split_once('=') {
                    Some((k, v)) => {
                        let k = syn::Ident::new(k, proc_macro2::Span::call_site());
                        quote::quote!(#k = #v)
                    }
                    None => {
                        let k = syn::Ident::new(e, proc_macro2::Span::call_site());
                        quote::quote!(#k)
                    }
                })
                .collect();
            parts.push(quote::quote!(default));
            parts.push(quote::quote!(
                skip_serializing_if = "::std::option::Option::is_none"
            ));
            field.attrs.push(syn::parse_quote!(#[serde(#(#parts),*)]));
            let name = field
                .ident
                .as_ref()
                .map(|i| i.to_string())
                .unwrap_or_default();
            changed.entry(s.ident.to_string()).or_default().insert(name);
        }
    }
    if changed.is_empty() {
        return;
    }
    // the structs' Default impls
    for item in items.iter_mut() {
        if let syn::Item::Impl(imp) = item {
            rewrite_default_impl(imp, &changed, false);
        }
    }
    // the builders
    for item in builder_items(items) {
        match item {
            syn::Item::Struct(s) => {
                let Some(names) = changed.get(&s.ident.to_string()) else {
                    continue;
                };
                let syn::Fields::Named(fields) = &mut s.fields else {
                    continue;
                };
                for field in fields.named.iter_mut() {
                    let name = field.ident.as_ref().map(|i| i.to_string());
                    if name.is_some_and(|n| names.contains(&n)) {
                        wrap_first_generic(&mut field.ty);
                    }
                }
            }
            syn::Item::Impl(imp) => {
                rewrite_default_impl(imp, &changed, true);
                rewrite_setters(imp, &changed);
            }
            _ => {}
        }
    }
}

/// In `impl Default for S`, the changed fields start as `None` (`Ok(None)` in a builder).
fn rewrite_default_impl(
    imp: &mut syn::ItemImpl,
    changed: &BTreeMap<String, BTreeSet<String>>,
    builder: bool,
) {
    let is_default = imp
        .trait_
        .as_ref()
        .and_then(|(_, path, _)| path.segments.last())
        .is_some_and(|s| s.ident == "Default");
    let Some(names) = type_name(&imp.self_ty).and_then(|n| changed.get(&n)) else {
        return;
    };
    if !is_default {
        return;
    }
    struct Init<'a>(&'a BTreeSet<String>, bool);
    impl VisitMut for Init<'_> {
        fn visit_field_value_mut(&mut self, fv: &mut syn::FieldValue) {
            if let syn::Member::Named(name) = &fv.member
                && self.0.contains(&name.to_string())
            {
                fv.expr = if self.1 {
                    syn::parse_quote!(Ok(None))
                } else {
                    syn::parse_quote!(None)
                };
            }
            syn::visit_mut::visit_field_value_mut(self, fv);
        }
    }
    Init(names, builder).visit_item_impl_mut(imp);
}

/// A builder setter of a changed field takes `TryInto<Option<T>>`.
fn rewrite_setters(imp: &mut syn::ItemImpl, changed: &BTreeMap<String, BTreeSet<String>>) {
    if imp.trait_.is_some() {
        return;
    }
    let Some(names) = type_name(&imp.self_ty).and_then(|n| changed.get(&n)) else {
        return;
    };
    for item in &mut imp.items {
        let syn::ImplItem::Fn(f) = item else { continue };
        if !names.contains(&f.sig.ident.to_string()) {
            continue;
        }
        for predicate in f
            .sig
            .generics
            .where_clause
            .iter_mut()
            .flat_map(|w| w.predicates.iter_mut())
        {
            let syn::WherePredicate::Type(t) = predicate else {
                continue;
            };
            for bound in t.bounds.iter_mut() {
                let syn::TypeParamBound::Trait(tb) = bound else {
                    continue;
                };
                let Some(last) = tb.path.segments.last_mut() else {
                    continue;
                };
                if last.ident != "TryInto" {
                    continue;
                }
                if let syn::PathArguments::AngleBracketed(args) = &mut last.arguments
                    && let Some(syn::GenericArgument::Type(ty)) = args.args.first_mut()
                {
                    *ty = syn::parse_quote!(::std::option::Option<#ty>);
                }
            }
        }
    }
}

/// `Result<T, E>` → `Result<Option<T>, E>`.
fn wrap_first_generic(ty: &mut syn::Type) {
    let syn::Type::Path(p) = ty else { return };
    let Some(last) = p.path.segments.last_mut() else {
        return;
    };
    if let syn::PathArguments::AngleBracketed(args) = &mut last.arguments
        && let Some(syn::GenericArgument::Type(inner)) = args.args.first_mut()
    {
        *inner = syn::parse_quote!(::std::option::Option<#inner>);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn optional_collections_become_options_in_the_struct_its_default_and_its_builder() {
        let mut items = syn::parse_str::<syn::File>(
            r#"
            pub struct Obj {
                #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
                pub fields: ::std::vec::Vec<::std::string::String>,
                #[serde(rename = "fieldMap", default, skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty")]
                pub field_map: ::std::collections::BTreeMap<::std::string::String, bool>,
                pub ids: ::std::vec::Vec<::std::string::String>,
                #[serde(default)]
                pub disabled: bool,
            }
            impl ::std::default::Default for Obj {
                fn default() -> Self {
                    Self { fields: Default::default(), field_map: Default::default(),
                           ids: Default::default(), disabled: Default::default() }
                }
            }
            pub mod builder {
                pub struct Obj {
                    fields: ::std::result::Result<::std::vec::Vec<::std::string::String>, ::std::string::String>,
                    ids: ::std::result::Result<::std::vec::Vec<::std::string::String>, ::std::string::String>,
                }
                impl ::std::default::Default for Obj {
                    fn default() -> Self {
                        Self { fields: Ok(Default::default()), ids: Err("no".into()) }
                    }
                }
                impl Obj {
                    pub fn fields<T>(mut self, value: T) -> Self
                    where T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>, T::Error: ::std::fmt::Display,
                    { self }
                    pub fn ids<T>(mut self, value: T) -> Self
                    where T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>, T::Error: ::std::fmt::Display,
                    { self }
                }
            }
            "#,
        )
        .unwrap()
        .items;
        apply(&mut items);
        let code = quote::quote!(#(#items)*).to_string();
        for want in [
            "# [serde (default , skip_serializing_if = \"::std::option::Option::is_none\")] pub fields : :: std :: option :: Option < :: std :: vec :: Vec",
            "# [serde (rename = \"fieldMap\" , default , skip_serializing_if = \"::std::option::Option::is_none\")] pub field_map : :: std :: option :: Option < :: std :: collections :: BTreeMap",
            "pub ids : :: std :: vec :: Vec",
            "# [serde (default)] pub disabled : bool",
            "fields : None , field_map : None , ids : Default :: default ()",
            "fields : Ok (None) , ids : Err",
            "fields : :: std :: result :: Result < :: std :: option :: Option < :: std :: vec :: Vec",
            "T : :: std :: convert :: TryInto < :: std :: option :: Option < :: std :: vec :: Vec < :: std :: string :: String > > >",
            "T : :: std :: convert :: TryInto < :: std :: vec :: Vec < :: std :: string :: String > > , T :: Error : :: std :: fmt :: Display , { self } }",
        ] {
            assert!(code.contains(want), "missing {want}\n{code}");
        }
    }
}
