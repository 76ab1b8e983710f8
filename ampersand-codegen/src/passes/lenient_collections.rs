//! Lenient collections: a list or map field reads `null` or a missing key as empty.
//!
//! The spec marks some lists and maps required (a read object's `selectedFieldMappings`), but
//! the service omits them when empty (seed 001's own example does), and a Go service sends
//! `null` for a nil slice or map. One rule for every generated struct: a field whose type is a
//! `Vec` or a map gets `#[serde(default, deserialize_with = "crate::decode::null_as_default")]`.
//! A missing required *scalar* is still an error. Serialisation is unchanged. (An optional
//! list or map then becomes an `Option` in [`super::optional_collections`], where `null` or a
//! missing key reads as `None`.)

use super::{derives_deserialize, has_default, is_collection, serde_entries};

/// The function the added `deserialize_with` names.
///
/// ```
/// assert_eq!(ampersand_codegen::passes::lenient_collections::NULL_AS_DEFAULT, "crate::decode::null_as_default");
/// ```
pub const NULL_AS_DEFAULT: &str = "crate::decode::null_as_default";

/// Adds the lenient attribute to every list and map field of the structs among `items`.
///
/// ```
/// let mut items = syn::parse_str::<syn::File>(
///     "#[derive(::serde::Deserialize)] pub struct S { pub v: Vec<i32> }",
/// ).unwrap().items;
/// ampersand_codegen::passes::lenient_collections::apply(&mut items);
/// let syn::Item::Struct(s) = &items[0] else { panic!() };
/// assert_eq!(s.fields.iter().next().unwrap().attrs.len(), 1);
/// ```
pub fn apply(items: &mut [syn::Item]) {
    for item in items.iter_mut() {
        let syn::Item::Struct(s) = item else {
            continue;
        };
        if !derives_deserialize(&s.attrs) {
            continue;
        }
        let syn::Fields::Named(fields) = &mut s.fields else {
            continue;
        };
        for field in fields.named.iter_mut() {
            if !is_collection(&field.ty) {
                continue;
            }
            let entries = serde_entries(&field.attrs);
            if entries.iter().any(|e| {
                e.starts_with("deserialize_with") || e.starts_with("with") || e == "flatten"
            }) {
                continue;
            }
            field.attrs.push(if has_default(&entries) {
                syn::parse_quote!(#[serde(deserialize_with = #NULL_AS_DEFAULT)])
            } else {
                syn::parse_quote!(#[serde(default, deserialize_with = #NULL_AS_DEFAULT)])
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_and_maps_become_lenient_and_other_fields_stay() {
        let mut items = syn::parse_str::<syn::File>(
            r#"
            #[derive(::serde::Deserialize)]
            pub struct Obj {
                pub name: ::std::string::String,
                pub fields: ::std::vec::Vec<::std::string::String>,
                #[serde(default, skip_serializing_if = "::std::collections::BTreeMap::is_empty")]
                pub mappings: ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
                pub maybe: ::std::option::Option<::std::vec::Vec<i64>>,
            }
            #[derive(::serde::Serialize)]
            pub struct WriteOnly { pub ids: ::std::vec::Vec<i64> }
            "#,
        )
        .unwrap()
        .items;
        apply(&mut items);
        let code = quote::quote!(#(#items)*).to_string();
        let lenient = "deserialize_with = \"crate::decode::null_as_default\"";
        assert_eq!(code.matches(lenient).count(), 2, "{code}");
        assert!(code.contains(&format!("# [serde (default , {lenient})] pub fields")));
        assert!(code.contains(&format!("# [serde ({lenient})] pub mappings")));
    }
}
