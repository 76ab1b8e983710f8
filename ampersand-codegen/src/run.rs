//! Running progenitor: its settings, its panics caught and its errors blamed on the operation they
//! came from.

use std::panic::{self, AssertUnwindSafe};

use proc_macro2::TokenStream;
use quote::quote;
use serde_json::Value;

use crate::{CLIENT_CRATE, CodegenError, prepare};

pub(crate) fn settings() -> progenitor::GenerationSettings {
    let mut settings = progenitor::GenerationSettings::default();
    settings
        .with_interface(progenitor::InterfaceStyle::Builder)
        .with_tag(progenitor::TagStyle::Merged)
        .with_inner_type(quote!(crate::CallSettings))
        .with_hooks(progenitor::HooksMode::Expected)
        .with_derive("::schemars::JsonSchema")
        .with_derive("PartialEq")
        .with_map_type("::std::collections::BTreeMap")
        .with_conversion(
            schemars::schema::SchemaObject {
                instance_type: Some(schemars::schema::InstanceType::String.into()),
                format: Some(prepare::SECRET_FORMAT.to_string()),
                ..Default::default()
            },
            "crate::Secret",
            std::iter::empty(),
        );
    settings
}

pub(crate) fn run_progenitor(
    openapi: &openapiv3::OpenAPI,
    httpmock: bool,
    crate_path: &str,
) -> Result<(TokenStream, Option<TokenStream>), CodegenError> {
    let mut generator = progenitor::Generator::new(&settings());
    let client = generator
        .generate_tokens(openapi)
        .map_err(|e| CodegenError::Progenitor(e.to_string()))?;
    let mocks = if httpmock {
        Some(
            generator
                .httpmock(openapi, crate_path)
                .map_err(|e| CodegenError::Progenitor(e.to_string()))?,
        )
    } else {
        None
    };
    Ok((client, mocks))
}

/// Runs `f`, turning a panic into its message without printing a backtrace.
pub(crate) fn quietly<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    let previous = panic::take_hook();
    panic::set_hook(Box::new(|_| {}));
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    panic::set_hook(previous);
    result.map_err(|payload| {
        payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a panic without a message".into())
    })
}

/// After progenitor panicked on the whole document: generate each operation alone and name
/// the first one that panics too.
pub(crate) fn blame_operation(document: &Value, message: String) -> CodegenError {
    let paths = document
        .get("paths")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    for (path, item) in &paths {
        let Some(item) = item.as_object() else {
            continue;
        };
        for (method, op) in item {
            if !ampersand_spec::METHODS.contains(&method.as_str()) {
                continue;
            }
            let mut single = document.clone();
            single["paths"] = serde_json::json!({ path: { method: op } });
            let Ok(openapi) = serde_json::from_value::<openapiv3::OpenAPI>(single) else {
                continue;
            };
            if quietly(|| run_progenitor(&openapi, false, CLIENT_CRATE)).is_err() {
                let operation = op
                    .get("operationId")
                    .and_then(Value::as_str)
                    .unwrap_or("(no operationId)");
                return CodegenError::Generator {
                    place: Some(format!(
                        "{operation} (#/paths/{}/{method})",
                        ampersand_spec::escape_segment(path)
                    )),
                    message,
                };
            }
        }
    }
    CodegenError::Generator {
        place: None,
        message,
    }
}
