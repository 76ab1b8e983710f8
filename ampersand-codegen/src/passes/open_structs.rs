//! Open structs: fields the spec does not know are kept.
//!
//! A newer service sends fields this client's spec does not list. serde ignores them by
//! default, so a read-modify-write (get an installation, change one object, send it back)
//! would drop them. This pass adds to every generated struct a last field
//! `#[serde(flatten)] pub unknown_fields: UnknownFields` (a map) that collects them
//! and serialises them back, and fills it with `Default::default()` in typify's own struct
//! literals (its builders and defaults). Structs that already flatten something (typify's
//! `extra` for `additionalProperties`) or deny unknown fields are left as they are.

use std::collections::BTreeSet;

use syn::visit_mut::VisitMut;

use super::{derives_deserialize, segment_names, serde_entries};
use crate::CodegenError;

/// The field that keeps unknown fields.
///
/// ```
/// assert_eq!(ampersand_codegen::passes::open_structs::UNKNOWN_FIELDS, "unknown_fields");
/// ```
pub const UNKNOWN_FIELDS: &str = "unknown_fields";

/// Opens every struct among the items of `types` (and fixes the struct literals that build them).
///
/// ```
/// let mut items = syn::parse_str::<syn::File>(
///     "#[derive(::serde::Deserialize)] pub struct S { pub a: i32 }
///      impl Default for S { fn default() -> Self { Self { a: 0 } } }",
/// ).unwrap().items;
/// ampersand_codegen::passes::open_structs::apply(&mut items).unwrap();
/// let code = quote::quote!(#(#items)*).to_string();
/// assert!(code.contains("pub unknown_fields"));
/// assert!(code.contains("unknown_fields : :: std :: default :: Default :: default ()"));
/// ```
pub fn apply(items: &mut [syn::Item]) -> Result<(), CodegenError> {
    let mut opened = BTreeSet::new();
    for item in items.iter_mut() {
        let syn::Item::Struct(s) = item else { continue };
        if !derives_deserialize(&s.attrs)
            || serde_entries(&s.attrs)
                .iter()
                .any(|e| e == "deny_unknown_fields")
        {
            continue;
        }
        let syn::Fields::Named(fields) = &mut s.fields else {
            continue;
        };
        let flattens = fields
            .named
            .iter()
            .any(|f| serde_entries(&f.attrs).iter().any(|e| e == "flatten"));
        if flattens {
            continue;
        }
        if fields
            .named
            .iter()
            .any(|f| f.ident.as_ref().is_some_and(|i| i == UNKNOWN_FIELDS))
        {
            return Err(CodegenError::Pass {
                type_name: s.ident.to_string(),
                message: format!("a property is already named {UNKNOWN_FIELDS}"),
            });
        }
        fields.named.push(syn::parse_quote! {
            /// Fields the spec does not list, kept as the service sent them so that
            /// serialising the value back does not lose them.
            #[serde(flatten)]
            pub unknown_fields: crate::UnknownFields
        });
        opened.insert(s.ident.to_string());
    }
    open_builders(items, &opened);
    let mut fill = Fill {
        opened: &opened,
        nested: false,
        self_ty: None,
    };
    for item in items.iter_mut() {
        fill.visit_item_mut(item);
    }
    Ok(())
}

/// Adds the field to struct literals of opened structs.
/// typify's builders (`types::builder`) carry `unknown_fields` too, so that a value turned
/// into its builder and back (as the generated `.body(..)` does) keeps them.
fn open_builders(items: &mut [syn::Item], opened: &BTreeSet<String>) {
    for item in super::builder_items(items) {
        match item {
            syn::Item::Struct(s) if opened.contains(&s.ident.to_string()) => {
                if let syn::Fields::Named(fields) = &mut s.fields {
                    fields
                        .named
                        .push(syn::parse_quote!(unknown_fields: crate::UnknownFields));
                }
            }
            syn::Item::Impl(imp) => {
                if !super::type_name(&imp.self_ty).is_some_and(|n| opened.contains(&n)) {
                    continue;
                }
                let Some((_, path, _)) = &imp.trait_ else {
                    continue;
                };
                let trait_name = path.segments.last().map(|s| s.ident.to_string());
                let init: syn::Expr = match trait_name.as_deref() {
                    Some("Default") => syn::parse_quote!(::std::default::Default::default()),
                    Some("From" | "TryFrom") => syn::parse_quote!(value.unknown_fields),
                    _ => continue,
                };
                struct Add(syn::Expr);
                impl VisitMut for Add {
                    fn visit_expr_struct_mut(&mut self, e: &mut syn::ExprStruct) {
                        syn::visit_mut::visit_expr_struct_mut(self, e);
                        if e.path.is_ident("Self") && e.rest.is_none() {
                            let init = &self.0;
                            e.fields.push(syn::parse_quote!(unknown_fields: #init));
                        }
                    }
                }
                Add(init).visit_item_impl_mut(imp);
            }
            _ => {}
        }
    }
}

struct Fill<'a> {
    opened: &'a BTreeSet<String>,
    /// Inside a module nested in `types` (where `super::X` is a type and `X` a builder).
    nested: bool,
    /// The opened struct `Self` stands for in the current impl.
    self_ty: Option<String>,
}

impl Fill<'_> {
    /// The opened struct a path names here, if any.
    fn target(&self, path: &syn::Path) -> Option<String> {
        let segments = segment_names(path);
        let name = match (self.nested, segments.as_slice()) {
            (_, [only]) if only == "Self" => return self.self_ty.clone(),
            (false, [only]) => only.clone(),
            (true, [sup, name]) if sup == "super" => name.clone(),
            _ => return None,
        };
        self.opened.contains(&name).then_some(name)
    }
}

impl VisitMut for Fill<'_> {
    fn visit_item_mod_mut(&mut self, m: &mut syn::ItemMod) {
        let outer = self.nested;
        self.nested = true;
        syn::visit_mut::visit_item_mod_mut(self, m);
        self.nested = outer;
    }

    fn visit_item_impl_mut(&mut self, imp: &mut syn::ItemImpl) {
        let outer = self.self_ty.take();
        if let syn::Type::Path(p) = &*imp.self_ty {
            self.self_ty = self.target(&p.path);
        }
        syn::visit_mut::visit_item_impl_mut(self, imp);
        self.self_ty = outer;
    }

    fn visit_expr_struct_mut(&mut self, e: &mut syn::ExprStruct) {
        syn::visit_mut::visit_expr_struct_mut(self, e);
        if e.rest.is_some() || self.target(&e.path).is_none() {
            return;
        }
        let has = e
            .fields
            .iter()
            .any(|f| matches!(&f.member, syn::Member::Named(i) if i == UNKNOWN_FIELDS));
        if !has {
            e.fields
                .push(syn::parse_quote!(unknown_fields: ::std::default::Default::default()));
        }
    }
}
