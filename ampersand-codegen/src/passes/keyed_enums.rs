//! Keyed enums: an object known by which of its members it has.
//!
//! A `oneOf` whose choices are objects each with one required member (`{required: [redirect],
//! properties: {redirect: …}}` or `{required: [connection], properties: {connection: …}}`)
//! becomes, in typify's hands, an externally tagged enum (`Redirect(…)`, `Connection(…)`),
//! whose derived `Deserialize` accepts an object of exactly one member. A newer server that
//! adds a member beside it (`{"redirect": …, "expiresIn": 600}`) would fail the whole decode
//! with a syntax error. This pass replaces that `Deserialize` with one that takes the first
//! variant's member the object has, in the spec's order, and ignores the members it does not
//! know, as every generated struct does; an object with none of them is an error naming them.
//! Serialising is unchanged (`{"redirect": …}`).

use proc_macro2::TokenStream;
use quote::quote;

use super::{derived, serde_entries};

/// An enum whose every variant holds one value, known by its member name.
struct KeyedEnum {
    name: syn::Ident,
    /// The variants, in the spec's order.
    variants: Vec<Keyed>,
}

/// One variant: its member, and what it holds.
struct Keyed {
    ident: syn::Ident,
    member: String,
    /// The fields of a variant that holds an inline object (`Redirect { url }`); `None` for one
    /// that holds a value of its own type (`Connection(Connection)`).
    fields: Option<syn::FieldsNamed>,
}

/// Gives every keyed enum among `items` a `Deserialize` that tolerates added members.
///
/// ```
/// let mut items = syn::parse_str::<syn::File>(
///     "#[derive(::serde::Deserialize, ::serde::Serialize)] pub enum Answer {
///          #[serde(rename = \"redirect\")] Redirect(String),
///          #[serde(rename = \"connection\")] Connection(String),
///      }",
/// ).unwrap().items;
/// ampersand_codegen::passes::keyed_enums::apply(&mut items);
/// let code = quote::quote!(#(#items)*).to_string();
/// assert!(code.contains("impl < 'de > :: serde :: Deserialize < 'de > for Answer"));
/// assert!(code.contains("derive (:: serde :: Serialize)"));
/// ```
pub fn apply(items: &mut Vec<syn::Item>) {
    let mut keyed = Vec::new();
    for item in items.iter_mut() {
        if let syn::Item::Enum(e) = item
            && let Some(found) = keyed_enum(e)
        {
            drop_derived_deserialize(e);
            keyed.push(found);
        }
    }
    for e in &keyed {
        items.push(syn::parse2(deserialize(e)).expect("the impl below is valid Rust"));
    }
}

fn keyed_enum(e: &syn::ItemEnum) -> Option<KeyedEnum> {
    // externally tagged: derives Deserialize, with no enum-wide serde attribute (untagged,
    // tag, content) and no generics
    let derives = derived(&e.attrs);
    if !derives.iter().any(|d| d == "Deserialize")
        || !serde_entries(&e.attrs).is_empty()
        || !e.generics.params.is_empty()
        || e.variants.len() < 2
    {
        return None;
    }
    let mut variants = Vec::new();
    for v in &e.variants {
        let fields = match &v.fields {
            syn::Fields::Unnamed(fields) if fields.unnamed.len() == 1 => None,
            syn::Fields::Named(fields) => Some(fields.clone()),
            _ => return None,
        };
        let entries = serde_entries(&v.attrs);
        if entries.iter().any(|entry| !entry.starts_with("rename=")) {
            return None;
        }
        let member = entries
            .iter()
            .find_map(|entry| entry.strip_prefix("rename=").map(str::to_string))
            .unwrap_or_else(|| v.ident.to_string());
        variants.push(Keyed {
            ident: v.ident.clone(),
            member,
            fields,
        });
    }
    Some(KeyedEnum {
        name: e.ident.clone(),
        variants,
    })
}

fn drop_derived_deserialize(e: &mut syn::ItemEnum) {
    for attr in e.attrs.iter_mut().filter(|a| a.path().is_ident("derive")) {
        let mut kept: Vec<TokenStream> = Vec::new();
        let _ = attr.parse_nested_meta(|meta| {
            let last = meta.path.segments.last().map(|s| s.ident.to_string());
            if last.as_deref() != Some("Deserialize") {
                let path = meta.path;
                kept.push(quote!(#path));
            }
            Ok(())
        });
        *attr = syn::parse_quote!(#[derive(#(#kept),*)]);
    }
}

fn deserialize(e: &KeyedEnum) -> TokenStream {
    let name = &e.name;
    let arms = e.variants.iter().map(|keyed| {
        let Keyed {
            ident,
            member,
            fields,
        } = keyed;
        // an inline object decodes into a struct of the variant's fields (their serde
        // attributes kept), then becomes the variant
        let (declare, decode, make) = match fields {
            None => (
                quote!(),
                quote!(::serde_json::from_value(value)),
                quote!(#name::#ident),
            ),
            Some(named) => {
                let names: Vec<&syn::Ident> = named
                    .named
                    .iter()
                    .filter_map(|f| f.ident.as_ref())
                    .collect();
                (
                    quote!(#[derive(::serde::Deserialize)] struct Fields #named),
                    quote!(::serde_json::from_value::<Fields>(value)),
                    quote!(|f: Fields| #name::#ident { #(#names: f.#names),* }),
                )
            }
        };
        quote! {
            if let ::std::option::Option::Some(value) = object.remove(#member) {
                #declare
                return #decode
                    .map(#make)
                    .map_err(|e| {
                        <D::Error as ::serde::de::Error>::custom(::std::format!("{}: {e}", #member))
                    });
            }
        }
    });
    let members = e
        .variants
        .iter()
        .map(|v| format!("`{}`", v.member))
        .collect::<Vec<_>>()
        .join(", ");
    let missing = format!("an object with one of the members {members}");
    quote! {
        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
            where
                D: ::serde::Deserializer<'de>,
            {
                let mut object = <::serde_json::Map<::std::string::String, ::serde_json::Value>
                    as ::serde::Deserialize>::deserialize(deserializer)?;
                #(#arms)*
                ::std::result::Result::Err(<D::Error as ::serde::de::Error>::custom(
                    ::std::concat!("expected ", #missing),
                ))
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
    fn only_enums_of_one_value_a_variant_are_keyed() {
        for other in [
            // untagged, a string enum, a tagged one, a variant of two fields
            "#[derive(::serde::Deserialize)] #[serde(untagged)] pub enum A { B(String), C(i64) }",
            "#[derive(::serde::Deserialize)] pub enum A { B, C }",
            "#[derive(::serde::Deserialize)] #[serde(tag = \"kind\")] pub enum A { B(X), C(Y) }",
            "#[derive(::serde::Deserialize)] pub enum A { B(String, i64), C(i64) }",
            "#[derive(::serde::Serialize)] pub enum A { B(String), C(i64) }",
        ] {
            let mut found = items(other);
            let before = found.clone();
            apply(&mut found);
            assert_eq!(found, before, "{other}");
        }
        let mut keyed = items(
            "#[derive(Clone, ::serde::Deserialize, ::serde::Serialize)]
             pub enum A { #[serde(rename = \"b\")] B { url: String }, C(i64) }",
        );
        apply(&mut keyed);
        let code = quote!(#(#keyed)*).to_string();
        assert!(
            code.contains("derive (Clone , :: serde :: Serialize)"),
            "{code}"
        );
        assert!(code.contains("object . remove (\"b\")"), "{code}");
        assert!(code.contains("struct Fields { url : String }"), "{code}");
        assert!(code.contains("A :: B { url : f . url }"), "{code}");
        assert!(code.contains("object . remove (\"C\")"), "{code}");
        assert!(code.contains("one of the members `b`, `C`"), "{code}");
    }
}
