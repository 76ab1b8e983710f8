//! One enum of every notification a payload document describes: each schema with a
//! single-valued `notificationType` enum and a `data` reference becomes a variant carrying
//! that data, and any other type reads as `Unknown`, so a kind the service adds later still
//! decodes.

use heck::ToUpperCamelCase;
use serde_json::Value;

use crate::CodegenError;

/// The notification kinds of `document`: (notificationType, variant name, data type name), in
/// the document's order.
///
/// ```
/// let doc = serde_json::json!({"components": {"schemas": {
///     "ThingDoneNotificationPayload": {"type": "object", "properties": {
///         "notificationType": {"type": "string", "enum": ["thing.done"]},
///         "data": {"$ref": "#/components/schemas/ThingDoneData"}}},
///     "ThingDoneData": {"type": "object"}}}});
/// let kinds = ampersand_codegen::notifications::kinds(&doc);
/// assert_eq!(kinds, [("thing.done".to_string(), "ThingDone".to_string(), "ThingDoneData".to_string())]);
/// ```
pub fn kinds(document: &Value) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    let schemas = document
        .pointer("/components/schemas")
        .and_then(Value::as_object);
    for (name, schema) in schemas.into_iter().flatten() {
        let kind = schema
            .pointer("/properties/notificationType/enum")
            .and_then(Value::as_array)
            .filter(|values| values.len() == 1)
            .and_then(|values| values[0].as_str());
        let data = schema
            .pointer("/properties/data/$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix("#/components/schemas/"));
        if let (Some(kind), Some(data)) = (kind, data) {
            let variant = name
                .strip_suffix("NotificationPayload")
                .unwrap_or(name)
                .to_upper_camel_case();
            out.push((kind.to_string(), variant, data.to_string()));
        }
    }
    out
}

/// `pub enum Notification` with its decoding and encoding, or nothing when the document has
/// no notification kinds.
pub fn items(document: &Value) -> Result<Vec<syn::Item>, CodegenError> {
    let kinds = kinds(document);
    if kinds.is_empty() {
        return Ok(Vec::new());
    }
    let mut seen = std::collections::BTreeSet::new();
    for (kind, variant, _) in &kinds {
        if !seen.insert(variant.clone()) || variant == "Unknown" {
            return Err(CodegenError::Pass {
                type_name: "Notification".into(),
                message: format!("two notification kinds make the variant {variant} ({kind})"),
            });
        }
    }
    let ident = |s: &str| syn::Ident::new(s, proc_macro2::Span::call_site());
    let names: Vec<&String> = kinds.iter().map(|(k, _, _)| k).collect();
    let variants: Vec<syn::Ident> = kinds.iter().map(|(_, v, _)| ident(v)).collect();
    let datas: Vec<syn::Ident> = kinds.iter().map(|(_, _, d)| ident(d)).collect();
    let docs: Vec<String> = names.iter().map(|k| format!(" `{k}`")).collect();
    Ok(vec![
        syn::parse_quote! {
            /// A notification, by its `notificationType`. A type this client does not know
            /// reads as [`Notification::Unknown`] with its data as sent.
            #[derive(Debug, Clone, PartialEq)]
            #[non_exhaustive]
            pub enum Notification {
                #(#[doc = #docs] #variants(types::#datas),)*
                /// A `notificationType` this client does not know.
                Unknown {
                    /// Its `notificationType`.
                    notification_type: ::std::string::String,
                    /// Its `data`, as sent.
                    data: ::serde_json::Value,
                },
            }
        },
        syn::parse_quote! {
            impl Notification {
                /// Every `notificationType` this client knows.
                pub const TYPES: &'static [&'static str] = &[#(#names),*];

                /// The notification of type `notification_type` with `data`: what a payload
                /// without `notificationType` (the Kinesis form, whose type travels beside it)
                /// decodes with. The error names the JSON path under `data` that does not fit.
                pub fn from_parts(
                    notification_type: &str,
                    data: ::serde_json::Value,
                ) -> ::std::result::Result<Self, crate::DecodeError> {
                    fn typed<T: ::serde::de::DeserializeOwned>(
                        data: &::serde_json::Value,
                    ) -> ::std::result::Result<T, crate::DecodeError> {
                        let mut track = ::serde_path_to_error::Track::new();
                        let de = ::serde_path_to_error::Deserializer::new(data, &mut track);
                        T::deserialize(de).map_err(|e| {
                            crate::DecodeError::new(format!("data.{}", track.path()), &e)
                        })
                    }
                    Ok(match notification_type {
                        #(#names => Self::#variants(typed(&data)?),)*
                        other => Self::Unknown {
                            notification_type: other.to_string(),
                            data,
                        },
                    })
                }

                /// Its `notificationType`.
                pub fn notification_type(&self) -> &str {
                    match self {
                        #(Self::#variants(_) => #names,)*
                        Self::Unknown { notification_type, .. } => notification_type,
                    }
                }

                /// Its `data`, as JSON.
                pub fn data(&self) -> ::serde_json::Value {
                    let data = match self {
                        #(Self::#variants(data) => ::serde_json::to_value(data),)*
                        Self::Unknown { data, .. } => Ok(data.clone()),
                    };
                    data.unwrap_or_default()
                }
            }
        },
        syn::parse_quote! {
            impl ::serde::Serialize for Notification {
                fn serialize<S: ::serde::Serializer>(&self, s: S) -> ::std::result::Result<S::Ok, S::Error> {
                    use ::serde::ser::SerializeStruct;
                    let mut out = s.serialize_struct("Notification", 2)?;
                    out.serialize_field("notificationType", self.notification_type())?;
                    match self {
                        #(Self::#variants(data) => out.serialize_field("data", data)?,)*
                        Self::Unknown { data, .. } => out.serialize_field("data", data)?,
                    }
                    out.end()
                }
            }
        },
        syn::parse_quote! {
            impl<'de> ::serde::Deserialize<'de> for Notification {
                fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> ::std::result::Result<Self, D::Error> {
                    #[derive(::serde::Deserialize)]
                    struct Payload {
                        #[serde(rename = "notificationType")]
                        notification_type: ::std::string::String,
                        data: ::serde_json::Value,
                    }
                    let payload = Payload::deserialize(d)?;
                    Notification::from_parts(&payload.notification_type, payload.data)
                        .map_err(<D::Error as ::serde::de::Error>::custom)
                }
            }
        },
    ])
}
