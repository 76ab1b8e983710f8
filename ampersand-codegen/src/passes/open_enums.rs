//! Open enums: a string enum of the spec also holds the values the spec does not list.
//!
//! typify turns `{type: string, enum: [healthy, unhealthy]}` into a closed Rust enum, so a
//! response with `"healthStatus": "degraded"` fails to decode as a whole, and a
//! read-modify-write would have nothing to send back. This pass adds a last variant
//! `#[serde(untagged)] Unknown(String)`: a listed value still decodes to its variant, any other
//! string decodes to `Unknown` and serialises back unchanged. It also replaces typify's
//! `Display`, `FromStr` and `TryFrom` impls (which reject unknown values) by ones that accept
//! every string, adds `as_str()` and `is_known()`, and drops `Copy` (a `String` is not `Copy`).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{derived, derives_deserialize, serde_entries};
use crate::CodegenError;

/// The variant that holds a value the spec does not list.
pub const UNKNOWN: &str = "Unknown";

/// A unit-only enum: its name and (variant, wire value) pairs.
struct StringEnum {
    name: syn::Ident,
    values: Vec<(syn::Ident, String)>,
}

/// Opens every string enum among `items`.
///
/// ```
/// let mut items = syn::parse_str::<syn::File>(
///     "#[derive(::serde::Deserialize)] pub enum E { #[serde(rename = \"a\")] A }",
/// ).unwrap().items;
/// ampersand_codegen::passes::open_enums::apply(&mut items).unwrap();
/// let syn::Item::Enum(e) = &items[0] else { panic!() };
/// assert_eq!(e.variants.len(), 2);
/// ```
pub fn apply(items: &mut Vec<syn::Item>) -> Result<(), CodegenError> {
    let mut opened = Vec::new();
    for item in items.iter_mut() {
        if let syn::Item::Enum(e) = item
            && let Some(found) = string_enum(e)
        {
            open(e, &found)?;
            opened.push(found);
        }
    }
    let names: Vec<String> = opened.iter().map(|e| e.name.to_string()).collect();
    items.retain(|item| !is_replaced_impl(item, &names));
    for e in &opened {
        let file: syn::File = syn::parse2(impls(e)).expect("the impls below are valid Rust");
        items.extend(file.items);
    }
    Ok(())
}

fn string_enum(e: &syn::ItemEnum) -> Option<StringEnum> {
    let enum_serde = serde_entries(&e.attrs);
    if !derives_deserialize(&e.attrs) || !enum_serde.is_empty() || e.variants.is_empty() {
        return None; // untagged or tagged enums carry data: not a string enum
    }
    let mut values = Vec::new();
    for v in &e.variants {
        if !matches!(v.fields, syn::Fields::Unit) {
            return None;
        }
        let wire = serde_entries(&v.attrs)
            .iter()
            .find_map(|entry| entry.strip_prefix("rename=").map(str::to_string))
            .unwrap_or_else(|| v.ident.to_string());
        values.push((v.ident.clone(), wire));
    }
    Some(StringEnum {
        name: e.ident.clone(),
        values,
    })
}

fn open(e: &mut syn::ItemEnum, found: &StringEnum) -> Result<(), CodegenError> {
    if found.values.iter().any(|(v, _)| v == UNKNOWN) {
        return Err(CodegenError::Pass {
            type_name: found.name.to_string(),
            message: format!("a listed value already has the variant name {UNKNOWN}"),
        });
    }
    for attr in e.attrs.iter_mut().filter(|a| a.path().is_ident("derive")) {
        let kept: Vec<TokenStream> = derived(std::slice::from_ref(attr))
            .into_iter()
            .zip(derive_paths(attr))
            .filter(|(name, _)| name != "Copy")
            .map(|(_, path)| path)
            .collect();
        *attr = syn::parse_quote!(#[derive(#(#kept),*)]);
    }
    let unknown = format_ident!("{UNKNOWN}");
    e.variants.push(syn::parse_quote! {
        /// A value the spec this client was generated from does not list (the service is
        /// newer); it reads back with `as_str()` and serialises unchanged.
        #[serde(untagged)]
        #unknown(::std::string::String)
    });
    Ok(())
}

/// The derived paths of one `#[derive(...)]`, as written.
fn derive_paths(attr: &syn::Attribute) -> Vec<TokenStream> {
    let mut out = Vec::new();
    let _ = attr.parse_nested_meta(|meta| {
        let path = meta.path;
        out.push(quote!(#path));
        Ok(())
    });
    out
}

/// typify's `Display`, `FromStr` and `TryFrom` impls of an opened enum, which this pass replaces.
fn is_replaced_impl(item: &syn::Item, names: &[String]) -> bool {
    let syn::Item::Impl(imp) = item else {
        return false;
    };
    let (Some((_, trait_path, _)), syn::Type::Path(self_ty)) = (&imp.trait_, &*imp.self_ty) else {
        return false;
    };
    let is_opened = self_ty
        .path
        .segments
        .last()
        .is_some_and(|s| names.iter().any(|n| s.ident == n));
    let trait_name = trait_path.segments.last().map(|s| s.ident.to_string());
    is_opened
        && matches!(
            trait_name.as_deref(),
            Some("Display" | "FromStr" | "TryFrom")
        )
}

fn impls(e: &StringEnum) -> TokenStream {
    let name = &e.name;
    let unknown = format_ident!("{UNKNOWN}");
    let variants: Vec<&syn::Ident> = e.values.iter().map(|(v, _)| v).collect();
    let wires: Vec<&str> = e.values.iter().map(|(_, w)| w.as_str()).collect();
    quote! {
            impl #name {
                /// The value as it is on the wire.
                pub fn as_str(&self) -> &str {
                    match self {
                        #(Self::#variants => #wires,)*
                        Self::#unknown(value) => value.as_str(),
                    }
                }
                /// Whether the spec lists this value (`false` for `Unknown`).
                pub fn is_known(&self) -> bool {
                    !matches!(self, Self::#unknown(_))
                }
            }
            impl ::std::fmt::Display for #name {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.write_str(self.as_str())
                }
            }
            impl ::std::convert::From<&str> for #name {
                fn from(value: &str) -> Self {
                    match value {
                        #(#wires => Self::#variants,)*
                        other => Self::#unknown(other.to_string()),
                    }
                }
            }
            impl ::std::convert::From<::std::string::String> for #name {
                fn from(value: ::std::string::String) -> Self {
                    Self::from(value.as_str())
                }
            }
            impl ::std::convert::From<&::std::string::String> for #name {
                fn from(value: &::std::string::String) -> Self {
                    Self::from(value.as_str())
                }
            }
            impl ::std::str::FromStr for #name {
                type Err = ::std::convert::Infallible;
                fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
                    Ok(Self::from(value))
                }
            }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(code: &str) -> Vec<syn::Item> {
        syn::parse_str::<syn::File>(code).unwrap().items
    }

    #[test]
    fn opens_a_string_enum_and_replaces_its_conversions() {
        let mut items = items(
            r#"
            #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Copy, Debug)]
            pub enum Health {
                #[serde(rename = "healthy")]
                Healthy,
                Sick,
            }
            impl ::std::fmt::Display for Health { fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result { todo!() } }
            impl ::std::str::FromStr for Health { type Err = (); fn from_str(v: &str) -> Result<Self, ()> { todo!() } }
            impl ::std::convert::TryFrom<&str> for Health { type Error = (); fn try_from(v: &str) -> Result<Self, ()> { todo!() } }
            impl ::std::default::Default for Health { fn default() -> Self { Health::Sick } }
            #[derive(::serde::Deserialize)]
            #[serde(untagged)]
            pub enum Either { A(String), B(i64) }
            "#,
        );
        apply(&mut items).unwrap();
        let code = prettyplease::unparse(&syn::File {
            shebang: None,
            attrs: vec![],
            items,
        });
        assert!(code.contains("#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]"));
        assert!(code.contains("#[serde(untagged)]\n    Unknown(::std::string::String),"));
        assert!(code.contains(r#"Self::Healthy => "healthy""#));
        assert!(code.contains(r#""Sick" => Self::Sick"#));
        assert!(
            !code.contains("todo!()"),
            "typify's impls are replaced:\n{code}"
        );
        assert!(code.contains("impl ::std::default::Default for Health"));
        assert!(code.contains("pub enum Either {\n    A(String),\n    B(i64),\n}"));
    }

    #[test]
    fn refuses_an_enum_that_already_lists_unknown() {
        let mut items = items(
            "#[derive(::serde::Deserialize)] pub enum State { #[serde(rename = \"unknown\")] Unknown }",
        );
        let err = apply(&mut items).unwrap_err().to_string();
        assert_eq!(
            err,
            "generated type State: a listed value already has the variant name Unknown"
        );
    }
}
