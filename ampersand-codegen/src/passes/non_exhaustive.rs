//! Semver-safe types: every generated struct and enum is `#[non_exhaustive]`, so that a newer
//! spec's added optional field or enum value is a compatible change for a caller. Structs are
//! built through their typify builder (`X::builder()`), `Default` or serde; open enums keep
//! their `Unknown(String)` variant for values this client does not know.

/// Marks the public structs and enums of `types` (not those of its `builder` module, whose
/// fields are private already).
///
/// ```
/// let mut items = syn::parse_str::<syn::File>("pub struct A { pub x: i64 } pub enum E { V }")
///     .unwrap()
///     .items;
/// ampersand_codegen::passes::non_exhaustive::apply(&mut items);
/// let code = quote::quote!(#(#items)*).to_string();
/// assert_eq!(code.matches("# [non_exhaustive]").count(), 2, "{code}");
/// ```
pub fn apply(items: &mut [syn::Item]) {
    for item in items.iter_mut() {
        let attrs = match item {
            syn::Item::Struct(s) if matches!(s.vis, syn::Visibility::Public(_)) => &mut s.attrs,
            syn::Item::Enum(e) if matches!(e.vis, syn::Visibility::Public(_)) => &mut e.attrs,
            _ => continue,
        };
        if !attrs.iter().any(|a| a.path().is_ident("non_exhaustive")) {
            attrs.push(syn::parse_quote!(#[non_exhaustive]));
        }
    }
}
