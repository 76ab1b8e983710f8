//! Derives a user opts into: `schemars::JsonSchema` on every generated type is behind the
//! client's `schemars` feature (`#[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]`).
//! The derive expands to a schema builder per type, which a service that only calls the API
//! compiles for nothing: it is about a third of the client's cold build.

/// The derives that move behind a feature: (the derive's path as progenitor writes it, the
/// feature).
const OPTIONAL: &[(&str, &str)] = &[("::schemars::JsonSchema", "schemars")];

/// Moves each optional derive of every struct and enum in `items` (and in nested modules)
/// into a `cfg_attr` of its feature.
///
/// ```
/// let mut items = syn::parse_str::<syn::File>(
///     "#[derive(::schemars::JsonSchema, Clone, Debug)] pub struct A { pub x: i64 }",
/// )
/// .unwrap()
/// .items;
/// ampersand_codegen::passes::optional_derives::apply(&mut items);
/// let code = quote::quote!(#(#items)*).to_string();
/// assert!(code.contains("# [derive (Clone , Debug)]"), "{code}");
/// assert!(code.contains("# [cfg_attr (feature = \"schemars\" , derive (:: schemars :: JsonSchema))]"), "{code}");
/// ```
pub fn apply(items: &mut [syn::Item]) {
    for item in items.iter_mut() {
        let attrs = match item {
            syn::Item::Struct(s) => &mut s.attrs,
            syn::Item::Enum(e) => &mut e.attrs,
            syn::Item::Mod(m) => {
                if let Some((_, inner)) = &mut m.content {
                    apply(inner);
                }
                continue;
            }
            _ => continue,
        };
        let mut moved: Vec<syn::Attribute> = Vec::new();
        for attr in attrs.iter_mut() {
            if !attr.path().is_ident("derive") {
                continue;
            }
            let Ok(paths) = attr.parse_args_with(
                syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated,
            ) else {
                continue;
            };
            let mut kept = Vec::new();
            for path in paths {
                match feature_of(&path) {
                    Some(feature) => moved
                        .push(syn::parse_quote!(#[cfg_attr(feature = #feature, derive(#path))])),
                    None => kept.push(path),
                }
            }
            *attr = syn::parse_quote!(#[derive(#(#kept),*)]);
        }
        attrs.extend(moved);
        // a derive list left empty says nothing
        attrs.retain(|attr| {
            !(attr.path().is_ident("derive")
                && matches!(&attr.meta, syn::Meta::List(l) if l.tokens.is_empty()))
        });
    }
}

/// The feature an optional derive moves behind, if `path` is one.
fn feature_of(path: &syn::Path) -> Option<&'static str> {
    let text = quote::quote!(#path).to_string().replace(' ', "");
    OPTIONAL
        .iter()
        .find(|(derive, _)| *derive == text)
        .map(|(_, feature)| *feature)
}
