//! Times: a `date-time` field reads and writes through the client's `rfc3339` module, which
//! keeps chrono's serde form (chrono's own RFC 3339 writer; its strict parser first, then the
//! relaxed one its `Deserialize` uses) at a fraction of the cost. Every `DateTime<Utc>` field,
//! or `Option` of one, of a struct or an enum's struct variant gets
//! `#[serde(serialize_with = …, deserialize_with = …)]` (and `default` for an `Option`, which
//! a `deserialize_with` no longer reads as `None` when the key is missing). `serialize_with`
//! rather than `with`: schemars reads `with` as a type. The field's type is unchanged.

use super::{first_generic, has_default, serde_entries, type_name};

/// The module the added attributes name.
///
/// ```
/// assert_eq!(ampersand_codegen::passes::times::MODULE, "crate::rfc3339");
/// ```
pub const MODULE: &str = "crate::rfc3339";

/// Points every time field of the structs and enums among `items` at [`MODULE`].
///
/// ```
/// let mut items = syn::parse_str::<syn::File>(
///     "#[derive(::serde::Deserialize)] pub struct S { pub at: ::chrono::DateTime<::chrono::offset::Utc> }",
/// ).unwrap().items;
/// ampersand_codegen::passes::times::apply(&mut items);
/// let syn::Item::Struct(s) = &items[0] else { panic!() };
/// assert_eq!(s.fields.iter().next().unwrap().attrs.len(), 1);
/// ```
pub fn apply(items: &mut [syn::Item]) {
    for item in items.iter_mut() {
        match item {
            syn::Item::Struct(s) => fields(&mut s.fields),
            syn::Item::Enum(e) => {
                for variant in e.variants.iter_mut() {
                    fields(&mut variant.fields);
                }
            }
            _ => {}
        }
    }
}

fn fields(fields: &mut syn::Fields) {
    let syn::Fields::Named(fields) = fields else {
        return;
    };
    for field in fields.named.iter_mut() {
        let optional = match &field.ty {
            ty if is_time(ty) => false,
            ty if type_name(ty).as_deref() == Some("Option")
                && first_generic(ty).is_some_and(is_time) =>
            {
                true
            }
            _ => continue,
        };
        let entries = serde_entries(&field.attrs);
        let key = |e: &String| e.split('=').next().unwrap_or_default().to_string();
        if entries
            .iter()
            .any(|e| key(e).ends_with("with") || e == "flatten")
        {
            continue;
        }
        let (ser, de) = if optional {
            (
                format!("{MODULE}::serialize_option"),
                format!("{MODULE}::deserialize_option"),
            )
        } else {
            (
                format!("{MODULE}::serialize"),
                format!("{MODULE}::deserialize"),
            )
        };
        field.attrs.push(if optional && !has_default(&entries) {
            syn::parse_quote!(#[serde(default, serialize_with = #ser, deserialize_with = #de)])
        } else {
            syn::parse_quote!(#[serde(serialize_with = #ser, deserialize_with = #de)])
        });
    }
}

/// Whether `ty` is chrono's `DateTime<Utc>`.
fn is_time(ty: &syn::Type) -> bool {
    type_name(ty).as_deref() == Some("DateTime")
        && first_generic(ty).is_some_and(|tz| type_name(tz).as_deref() == Some("Utc"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_fields_read_and_write_through_the_module_and_others_stay() {
        let mut items = syn::parse_str::<syn::File>(
            r#"
            #[derive(::serde::Deserialize, ::serde::Serialize)]
            pub struct Obj {
                #[serde(rename = "createTime")]
                pub create_time: ::chrono::DateTime<::chrono::offset::Utc>,
                #[serde(rename = "updateTime", skip_serializing_if = "::std::option::Option::is_none")]
                pub update_time: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
                pub seen: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                pub local: ::chrono::DateTime<::chrono::offset::Local>,
                pub day: ::chrono::NaiveDate,
                pub name: ::std::string::String,
            }
            #[derive(::serde::Deserialize)]
            pub enum Either {
                Timed { at: ::chrono::DateTime<::chrono::offset::Utc> },
                Plain(::std::string::String),
            }
            "#,
        )
        .unwrap()
        .items;
        apply(&mut items);
        let code = quote::quote!(#(#items)*).to_string();
        let one = "serialize_with = \"crate::rfc3339::serialize\" , \
                   deserialize_with = \"crate::rfc3339::deserialize\"";
        let optional = "serialize_with = \"crate::rfc3339::serialize_option\" , \
                        deserialize_with = \"crate::rfc3339::deserialize_option\"";
        assert!(
            code.contains(&format!("# [serde ({one})] pub create_time")),
            "{code}"
        );
        assert!(code.contains(&format!("# [serde (default , {optional})] pub update_time")));
        assert!(code.contains(&format!("# [serde ({optional})] pub seen")));
        assert!(code.contains(&format!("# [serde ({one})] at")));
        assert_eq!(code.matches("rfc3339").count(), 8, "{code}");
    }
}
