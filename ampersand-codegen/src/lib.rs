//! Turns the spec directory `openapi/` into the Rust source of `ampersand-client`.
//!
//! One pipeline, shared by the client's build script and `cargo xtask`:
//!
//! 1. [`ampersand_spec::Spec::load`] reads and checks `api/api.yaml` and its sibling files;
//! 2. [`ampersand_spec::Spec::bundle`] inlines the sibling schemas into one document;
//! 3. [`prepare::prepare`] applies the preparation step, a few named rules ([`prepare::RULES`]);
//! 4. progenitor generates the client (builder interface) and, on request, typed httpmock mocks;
//! 5. two passes over the generated types ([`passes`]) make decoding forgiving where the
//!    service is looser than its spec: unknown enum values are kept, and a missing or `null`
//!    list or map reads as empty.
//!
//! ```no_run
//! let code = ampersand_codegen::generate("openapi".as_ref(), &Default::default())?;
//! assert!(code.client.contains("pub fn list_installations"));
//! # Ok::<(), ampersand_codegen::CodegenError>(())
//! ```
#![deny(missing_docs)]

pub mod diff;
mod error;
pub mod passes;
pub mod prepare;
pub mod surface;

use std::panic::{self, AssertUnwindSafe};
use std::path::Path;

use proc_macro2::TokenStream;
use quote::quote;
use serde_json::Value;

pub use error::CodegenError;

/// What to generate besides the client.
///
/// ```
/// let options = ampersand_codegen::Options { httpmock: true };
/// assert!(!ampersand_codegen::Options::default().httpmock && options.httpmock);
/// ```
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Also generate progenitor's typed httpmock helpers (`MockServerExt`).
    pub httpmock: bool,
}

/// Generated Rust source, formatted.
///
/// ```no_run
/// let code = ampersand_codegen::generate("openapi".as_ref(), &Default::default())?;
/// std::fs::write("client.rs", &code.client).unwrap();
/// # Ok::<(), ampersand_codegen::CodegenError>(())
/// ```
#[derive(Debug, Clone)]
pub struct Generated {
    /// The client: `Client`, one builder per operation, and `types`.
    pub client: String,
    /// The httpmock helpers, when [`Options::httpmock`] asked for them. They refer to the
    /// client as `ampersand_client::…`.
    pub httpmock: Option<String>,
}

/// The crate name the httpmock helpers use to refer to the client.
///
/// ```
/// assert_eq!(ampersand_codegen::CLIENT_CRATE, "ampersand_client");
/// ```
pub const CLIENT_CRATE: &str = "ampersand_client";

/// Loads, bundles and prepares the spec under `root`: the document progenitor is given.
///
/// ```no_run
/// let doc = ampersand_codegen::prepared_document("openapi".as_ref())?;
/// assert!(doc["components"]["schemas"]["ApiProblem"].is_object());
/// # Ok::<(), ampersand_codegen::CodegenError>(())
/// ```
pub fn prepared_document(root: &Path) -> Result<Value, CodegenError> {
    let spec = ampersand_spec::Spec::load(root)?;
    let mut document = spec.bundle()?.document;
    prepare::prepare(&mut document)?;
    Ok(document)
}

/// Generates the client (and optionally the mocks) from the spec directory `root`.
///
/// ```no_run
/// let options = ampersand_codegen::Options { httpmock: true };
/// let code = ampersand_codegen::generate("openapi".as_ref(), &options)?;
/// assert!(code.httpmock.unwrap().contains("MockServerExt"));
/// # Ok::<(), ampersand_codegen::CodegenError>(())
/// ```
pub fn generate(root: &Path, options: &Options) -> Result<Generated, CodegenError> {
    let document = prepared_document(root)?;
    generate_from_document(&document, options)
}

/// The API surface of the client generated from the spec directory `root`.
///
/// ```no_run
/// let surface = ampersand_codegen::surface_of("openapi".as_ref())?;
/// std::fs::write("API.md", surface.to_markdown()).unwrap();
/// # Ok::<(), ampersand_codegen::CodegenError>(())
/// ```
pub fn surface_of(root: &Path) -> Result<surface::Surface, CodegenError> {
    let document = prepared_document(root)?;
    let generated = generate_from_document(&document, &Options::default())?;
    surface::Surface::read(&generated.client, &document)
}

/// Generates from an already prepared document (see [`prepared_document`]).
///
/// A panic inside progenitor becomes [`CodegenError::Generator`], naming the first operation
/// that fails on its own.
///
/// ```no_run
/// let doc = ampersand_codegen::prepared_document("openapi".as_ref())?;
/// let code = ampersand_codegen::generate_from_document(&doc, &Default::default())?;
/// assert!(code.client.contains("pub mod types"));
/// # Ok::<(), ampersand_codegen::CodegenError>(())
/// ```
pub fn generate_from_document(
    document: &Value,
    options: &Options,
) -> Result<Generated, CodegenError> {
    let openapi: openapiv3::OpenAPI =
        serde_json::from_value(document.clone()).map_err(CodegenError::NotOpenApi)?;
    let (client, httpmock) = match quietly(|| run_progenitor(&openapi, options.httpmock)) {
        Ok(result) => result?,
        Err(message) => return Err(blame_operation(document, message)),
    };
    let mut file: syn::File = syn::parse2(client).map_err(CodegenError::Tokens)?;
    passes::apply(&mut file)?;
    file.items.push(default_base_url(document)?);
    file.items.push(operations_table(document, &file)?);
    let secret_fields = prepare::SECRET_PROPERTIES;
    file.items.push(syn::parse_quote! {
        /// The property names whose string values are credentials (typed [`Secret`] in the
        /// models); useful to redact raw JSON.
        pub const SECRET_FIELDS: &[&str] = &[#(#secret_fields),*];
    });
    let client = prettyplease::unparse(&file);
    let httpmock = match httpmock {
        Some(tokens) => {
            let file: syn::File = syn::parse2(tokens).map_err(CodegenError::Tokens)?;
            Some(prettyplease::unparse(&file))
        }
        None => None,
    };
    Ok(Generated { client, httpmock })
}

/// `pub const DEFAULT_BASE_URL`, the first of the spec's `servers`.
fn default_base_url(document: &Value) -> Result<syn::Item, CodegenError> {
    let url = document
        .pointer("/servers/0/url")
        .and_then(Value::as_str)
        .ok_or_else(|| CodegenError::Unsupported {
            pointer: "/servers".into(),
            construct: "a spec without `servers` (the client needs a default base URL)".into(),
        })?;
    Ok(syn::parse_quote! {
        /// The base URL of the Ampersand API: the first of the spec's `servers`. Pass another
        /// one to [`Client::new`] to override it.
        pub const DEFAULT_BASE_URL: &str = #url;
    })
}

/// `pub const OPERATIONS`: every operation's id, Rust method, HTTP method and path template,
/// in the spec's order; each method is checked to exist on the generated `Client`.
fn operations_table(document: &Value, file: &syn::File) -> Result<syn::Item, CodegenError> {
    use heck::ToSnakeCase;
    let methods = client_methods(file);
    let mut entries = Vec::new();
    let paths = document.get("paths").and_then(Value::as_object);
    for (path, item) in paths.into_iter().flatten() {
        for (method, op) in item.as_object().into_iter().flatten() {
            if !ampersand_spec::METHODS.contains(&method.as_str()) {
                continue;
            }
            let id = op
                .get("operationId")
                .and_then(Value::as_str)
                .unwrap_or_default();
            let rust = id.to_snake_case();
            if !methods.contains(&rust) {
                return Err(CodegenError::Pass {
                    type_name: "Client".into(),
                    message: format!("no method {rust} for operation {id}"),
                });
            }
            let http = method.to_uppercase();
            let auth = operation_auth(
                document,
                op,
                &format!("/paths/{}/{method}", ampersand_spec::escape_segment(path)),
            )?;
            entries.push(quote! {
                crate::OperationMeta {
                    id: #id, method_name: #rust, method: #http, path: #path, auth: &[#(#auth),*],
                }
            });
        }
    }
    Ok(syn::parse_quote! {
        /// Every operation of the spec, in its order: operationId, the `Client` method that
        /// starts it, HTTP method and path template.
        pub const OPERATIONS: &[crate::OperationMeta] = &[#(#entries),*];
    })
}

/// The credentials an operation accepts, from its `security` (else the document's), in order:
/// `crate::CredentialKind::ApiKey` for an `apiKey` scheme in a header, `Bearer` for an `http`
/// bearer scheme.
fn operation_auth(
    document: &Value,
    op: &Value,
    pointer: &str,
) -> Result<Vec<TokenStream>, CodegenError> {
    let requirements = op
        .get("security")
        .or_else(|| document.get("security"))
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let mut out = Vec::new();
    for requirement in &requirements {
        for name in requirement.as_object().into_iter().flat_map(|r| r.keys()) {
            let scheme = document
                .pointer(&format!(
                    "/components/securitySchemes/{}",
                    ampersand_spec::escape_segment(name)
                ))
                .ok_or_else(|| CodegenError::Unsupported {
                    pointer: format!("{pointer}/security"),
                    construct: format!("security scheme {name:?} is not defined"),
                })?;
            let kind = match (
                scheme.get("type").and_then(Value::as_str),
                scheme.get("in").and_then(Value::as_str),
                scheme.get("scheme").and_then(Value::as_str),
            ) {
                (Some("apiKey"), Some("header"), _) => quote!(crate::CredentialKind::ApiKey),
                (Some("http"), _, Some(s)) if s.eq_ignore_ascii_case("bearer") => {
                    quote!(crate::CredentialKind::Bearer)
                }
                _ => {
                    return Err(CodegenError::Unsupported {
                        pointer: format!("/components/securitySchemes/{name}"),
                        construct: "a security scheme other than an API key header or HTTP bearer"
                            .into(),
                    })
                }
            };
            if !out
                .iter()
                .any(|k: &TokenStream| k.to_string() == kind.to_string())
            {
                out.push(kind);
            }
        }
    }
    Ok(out)
}

/// The names of the methods of the generated `impl Client` blocks.
fn client_methods(file: &syn::File) -> Vec<String> {
    let mut out = Vec::new();
    for item in &file.items {
        let syn::Item::Impl(imp) = item else { continue };
        let is_client = matches!(&*imp.self_ty, syn::Type::Path(p) if p.path.is_ident("Client"));
        if is_client && imp.trait_.is_none() {
            for item in &imp.items {
                if let syn::ImplItem::Fn(f) = item {
                    out.push(f.sig.ident.to_string());
                }
            }
        }
    }
    out
}

fn settings() -> progenitor::GenerationSettings {
    let mut settings = progenitor::GenerationSettings::default();
    settings
        .with_interface(progenitor::InterfaceStyle::Builder)
        .with_tag(progenitor::TagStyle::Merged)
        .with_inner_type(quote!(crate::Inner))
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

fn run_progenitor(
    openapi: &openapiv3::OpenAPI,
    httpmock: bool,
) -> Result<(TokenStream, Option<TokenStream>), CodegenError> {
    let mut generator = progenitor::Generator::new(&settings());
    let client = generator
        .generate_tokens(openapi)
        .map_err(|e| CodegenError::Progenitor(e.to_string()))?;
    let mocks = if httpmock {
        Some(
            generator
                .httpmock(openapi, CLIENT_CRATE)
                .map_err(|e| CodegenError::Progenitor(e.to_string()))?,
        )
    } else {
        None
    };
    Ok((client, mocks))
}

/// Runs `f`, turning a panic into its message without printing a backtrace.
fn quietly<T>(f: impl FnOnce() -> T) -> Result<T, String> {
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
fn blame_operation(document: &Value, message: String) -> CodegenError {
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
            if quietly(|| run_progenitor(&openapi, false)).is_err() {
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
