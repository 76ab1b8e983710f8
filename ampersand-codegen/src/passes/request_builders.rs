//! Builders where a request needs them. typify writes a builder (`types::builder::X`, with
//! `X::builder()`) for every type; progenitor's operation builders use them for request bodies
//! (`.body_map(|b| …)`), and a caller needs them to make the types a request carries, which
//! are `#[non_exhaustive]`. The other types only arrive in responses: their builders, about a
//! third of the generated code, are compiled only with the client's `builders` feature (for
//! a caller who makes responses of their own, in tests say).

use std::collections::{BTreeMap, BTreeSet};

use syn::visit::Visit;

/// The feature the builders of response-only types are behind.
pub const FEATURE: &str = "builders";

/// Puts the builders of the types that no operation sends (as a body or a parameter, or
/// inside one) behind [`FEATURE`]. `file` is a client module: `mod types` and, when the
/// document has operations, progenitor's operation builders in `mod builder`.
///
/// ```
/// let mut file: syn::File = syn::parse_str(r#"
///     pub mod types {
///         pub struct Sent { pub part: Part }
///         pub struct Part { pub x: i64 }
///         pub struct Received { pub x: i64 }
///         impl Sent { pub fn builder() -> builder::Sent { Default::default() } }
///         impl Received { pub fn builder() -> builder::Received { Default::default() } }
///         pub mod builder {
///             pub struct Sent { part: Result<super::Part, String> }
///             pub struct Part { x: Result<i64, String> }
///             pub struct Received { x: Result<i64, String> }
///             impl From<super::Received> for Received { fn from(_: super::Received) -> Self { todo!() } }
///         }
///     }
///     pub mod builder {
///         pub struct Send<'a> { body: Result<types::builder::Sent, String> }
///     }
/// "#).unwrap();
/// ampersand_codegen::passes::request_builders::apply(&mut file);
/// let code = quote::quote!(#file).to_string();
/// // Received's builder struct, its impl, and its `builder()`
/// assert_eq!(code.matches("# [cfg (feature = \"builders\")]").count(), 3, "{code}");
/// ```
pub fn apply(file: &mut syn::File) {
    let mut roots = Names::default();
    for item in &file.items {
        if let syn::Item::Mod(m) = item
            && m.ident == "builder"
        {
            for item in m.content.iter().flat_map(|(_, items)| items) {
                if let syn::Item::Struct(s) = item {
                    roots.visit_fields(&s.fields);
                }
            }
        }
    }
    let Some(types) = super::types_module(file) else {
        return;
    };
    let sent = reachable(types, roots.0);
    let gate: syn::Attribute = syn::parse_quote!(#[cfg(feature = #FEATURE)]);
    for item in types.iter_mut() {
        // `impl X { pub fn builder() -> builder::X }`
        if let syn::Item::Impl(imp) = item {
            let only_builder = imp.trait_.is_none()
                && !imp.items.is_empty()
                && imp
                    .items
                    .iter()
                    .all(|i| matches!(i, syn::ImplItem::Fn(f) if f.sig.ident == "builder"));
            if only_builder && !super::type_name(&imp.self_ty).is_some_and(|n| sent.contains(&n)) {
                imp.attrs.push(gate.clone());
            }
        }
    }
    for item in super::builder_items(types) {
        let (name, attrs) = match item {
            syn::Item::Struct(s) => (s.ident.to_string(), &mut s.attrs),
            syn::Item::Impl(imp) => match super::type_name(&imp.self_ty) {
                Some(name) => (name, &mut imp.attrs),
                None => continue,
            },
            _ => continue,
        };
        if !sent.contains(&name) {
            attrs.push(gate.clone());
        }
    }
}

/// The identifiers a piece of syntax names (a superset of the types it refers to).
#[derive(Default)]
struct Names(BTreeSet<String>);

impl Names {
    fn visit_fields(&mut self, fields: &syn::Fields) {
        for field in fields {
            self.visit_type(&field.ty);
        }
    }
}

impl<'ast> Visit<'ast> for Names {
    fn visit_ident(&mut self, ident: &'ast proc_macro2::Ident) {
        self.0.insert(ident.to_string());
    }
}

/// The types of `types` (outside its builder module) that `roots` name, and every type their
/// fields and variants name, transitively.
fn reachable(types: &[syn::Item], roots: BTreeSet<String>) -> BTreeSet<String> {
    let mut refers: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for item in types {
        let mut names = Names::default();
        let name = match item {
            syn::Item::Struct(s) => {
                names.visit_fields(&s.fields);
                s.ident.to_string()
            }
            syn::Item::Enum(e) => {
                for variant in &e.variants {
                    names.visit_fields(&variant.fields);
                }
                e.ident.to_string()
            }
            _ => continue,
        };
        refers.insert(name, names.0);
    }
    let mut sent = BTreeSet::new();
    let mut todo: Vec<String> = roots
        .into_iter()
        .filter(|n| refers.contains_key(n))
        .collect();
    while let Some(name) = todo.pop() {
        if sent.insert(name.clone()) {
            todo.extend(
                refers[&name]
                    .iter()
                    .filter(|n| refers.contains_key(*n) && !sent.contains(*n))
                    .cloned(),
            );
        }
    }
    sent
}
