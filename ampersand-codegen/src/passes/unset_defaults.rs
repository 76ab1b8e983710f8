//! Exactly what the caller set is sent: no schema default they did not choose, an empty list
//! or map they set kept, an unset one absent.
//!
//! typify gives a field with a schema `default` the plain type and fills the default in
//! (`disabled: false`, `createdBy: "api:create-installation"`), and an optional list or map a
//! plain `Vec`/map that is skipped when empty, so a request body built with the generated
//! types carries values the caller never chose and drops an empty map the caller set (which
//! clears it on the service). This pass makes every such field an `Option`, absent unless
//! set (`null` reads as absent):
//!
//! - the field: `T` → `Option<T>`, `#[serde(default, skip_serializing_if = "Option::is_none")]`;
//! - the struct's `Default`: `None` for it;
//! - its typify builder (`types::builder`): the field holds `Option<T>` (`None` until set) and
//!   the setter takes anything convertible into `Option<T>`, a plain `T` included.
//!
//! Reading a value the service left out gives `None`; the spec's default is what the service
//! applies then.

use std::collections::{BTreeMap, BTreeSet};

use syn::visit_mut::VisitMut;

use super::{builder_items, is_collection, serde_entries, type_name};

/// Rewrites the structs of `types` (and their builders in `types::builder`).
///
/// ```
/// let mut items = syn::parse_str::<syn::File>(r#"
///     pub struct Obj { #[serde(default)] pub disabled: bool }
/// "#).unwrap().items;
/// ampersand_codegen::passes::unset_defaults::apply(&mut items);
/// let code = quote::quote!(#(#items)*).to_string();
/// assert!(code.contains("pub disabled : :: std :: option :: Option < bool >"), "{code}");
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
            let defaulted = entries
                .iter()
                .any(|e| e == "default" || e.starts_with("default="));
            let skipped_when_empty = entries
                .iter()
                .any(|e| e.starts_with("skip_serializing_if=") && e.ends_with("is_empty"));
            let scalar = defaulted && !is_optional_or_collection(&field.ty);
            let optional_collection = skipped_when_empty && is_collection(&field.ty);
            if !(scalar || optional_collection) || entries.iter().any(|e| e == "flatten") {
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

/// Whether `ty` is an `Option`, a list or a map (or not a plain path), which has no default
/// to leave out.
fn is_optional_or_collection(ty: &syn::Type) -> bool {
    is_collection(ty) || type_name(ty).is_none_or(|n| n == "Option")
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
            if let syn::Member::Named(name) = &fv.member {
                if self.0.contains(&name.to_string()) {
                    fv.expr = if self.1 {
                        syn::parse_quote!(Ok(None))
                    } else {
                        syn::parse_quote!(None)
                    };
                }
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
                if let syn::PathArguments::AngleBracketed(args) = &mut last.arguments {
                    if let Some(syn::GenericArgument::Type(ty)) = args.args.first_mut() {
                        *ty = syn::parse_quote!(::std::option::Option<#ty>);
                    }
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
    if let syn::PathArguments::AngleBracketed(args) = &mut last.arguments {
        if let Some(syn::GenericArgument::Type(inner)) = args.args.first_mut() {
            *inner = syn::parse_quote!(::std::option::Option<#inner>);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaulted_scalars_become_optional_in_the_struct_its_default_and_its_builder() {
        let mut items = syn::parse_str::<syn::File>(
            r#"
            pub struct Obj {
                #[serde(rename = "createdBy", default = "defaults::obj_created_by")]
                pub created_by: ::std::string::String,
                #[serde(default)]
                pub disabled: bool,
                #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
                pub fields: ::std::vec::Vec<::std::string::String>,
                pub name: ::std::string::String,
            }
            impl ::std::default::Default for Obj {
                fn default() -> Self {
                    Self { created_by: defaults::obj_created_by(), disabled: Default::default(),
                           fields: Default::default(), name: Default::default() }
                }
            }
            pub mod builder {
                pub struct Obj {
                    created_by: ::std::result::Result<::std::string::String, ::std::string::String>,
                    disabled: ::std::result::Result<bool, ::std::string::String>,
                    name: ::std::result::Result<::std::string::String, ::std::string::String>,
                }
                impl ::std::default::Default for Obj {
                    fn default() -> Self {
                        Self { created_by: Ok(super::defaults::obj_created_by()),
                               disabled: Ok(Default::default()), name: Err("no".into()) }
                    }
                }
                impl Obj {
                    pub fn disabled<T>(mut self, value: T) -> Self
                    where T: ::std::convert::TryInto<bool>, T::Error: ::std::fmt::Display,
                    { self }
                    pub fn name<T>(mut self, value: T) -> Self
                    where T: ::std::convert::TryInto<::std::string::String>, T::Error: ::std::fmt::Display,
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
            "# [serde (rename = \"createdBy\" , default , skip_serializing_if = \"::std::option::Option::is_none\")] pub created_by : :: std :: option :: Option < :: std :: string :: String >",
            "pub disabled : :: std :: option :: Option < bool >",
            "created_by : None , disabled : None",
            "created_by : Ok (None) , disabled : Ok (None) , name : Err",
            "disabled : :: std :: result :: Result < :: std :: option :: Option < bool > ,",
            "T : :: std :: convert :: TryInto < :: std :: option :: Option < bool > >",
            "T : :: std :: convert :: TryInto < :: std :: string :: String >",
            "# [serde (default , skip_serializing_if = \"::std::option::Option::is_none\")] pub fields : :: std :: option :: Option < :: std :: vec :: Vec",
            "pub name : :: std :: string :: String",
        ] {
            assert!(code.contains(want), "missing {want}\n{code}");
        }
    }
}
