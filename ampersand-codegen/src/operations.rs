//! The operations' facts the generator emits beside progenitor's code: the `OPERATIONS` table (ids,
//! paths, credentials, declared error bodies) and the credentials each operation accepts.

use proc_macro2::TokenStream;
use quote::quote;
use serde_json::Value;

use crate::{CodegenError, passes, prepare};

/// The error bodies a module's operations declare (see [`operation_error_body`]).
pub(crate) fn error_bodies_of(
    document: &Value,
    module: Option<&str>,
    feature: &'static str,
) -> Vec<DeclaredErrorBody> {
    document_operations(document)
        .into_iter()
        .filter_map(|(_, _, op)| {
            let id = op.get("operationId")?.as_str()?.to_string();
            let (schema, statuses) = declared_error_body(op)?;
            Some(DeclaredErrorBody {
                module: module.map(str::to_string),
                feature,
                id,
                schema,
                statuses,
            })
        })
        .collect()
}

/// Each operation's index in `OPERATIONS` by Rust method name (the document's order, as
/// [`operations_table`] writes it), for the runtime pass.
pub(crate) fn operation_facts(document: &Value) -> passes::runtime::Operations {
    use heck::ToSnakeCase;
    document_operations(document)
        .into_iter()
        .enumerate()
        .map(|(index, (_, _, op))| {
            let id = op
                .get("operationId")
                .and_then(Value::as_str)
                .unwrap_or_default();
            (id.to_snake_case(), index)
        })
        .collect()
}

/// Every operation of a document, in its order: (path, method, operation object). The one
/// walk both `OPERATIONS` and the runtime pass's indexes follow, so they agree.
pub(crate) fn document_operations(document: &Value) -> Vec<(&str, &str, &Value)> {
    let paths = document.get("paths").and_then(Value::as_object);
    let mut out = Vec::new();
    for (path, item) in paths.into_iter().flatten() {
        for (method, op) in item.as_object().into_iter().flatten() {
            if ampersand_spec::METHODS.contains(&method.as_str()) {
                out.push((path.as_str(), method.as_str(), op));
            }
        }
    }
    out
}

/// The error body `op` declares that is not a problem (see [`prepare::ERROR_BODY_EXTENSION`]):
/// its schema's name and the statuses that carry it.
pub(crate) fn declared_error_body(op: &Value) -> Option<(String, Vec<u16>)> {
    let body = op.get(prepare::ERROR_BODY_EXTENSION)?;
    let schema = body["schema"].as_str()?.to_string();
    let statuses = body["statuses"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| s.as_u64().and_then(|s| u16::try_from(s).ok()))
        .collect();
    Some((schema, statuses))
}

/// The `OperationErrorBody` variant of the operation `id`: its name, upper camel case.
pub(crate) fn error_body_variant(id: &str) -> syn::Ident {
    let name = heck::ToUpperCamelCase::to_upper_camel_case(id);
    syn::Ident::new(&name, proc_macro2::Span::call_site())
}

/// An error body an operation declares, with where the operation is.
pub(crate) struct DeclaredErrorBody {
    /// The module of its API (`write`), `None` for the platform API.
    pub(crate) module: Option<String>,
    /// The feature that compiles the module (empty for the platform API).
    pub(crate) feature: &'static str,
    /// Its operationId.
    pub(crate) id: String,
    /// Its schema's name.
    pub(crate) schema: String,
    /// The statuses that carry it.
    pub(crate) statuses: Vec<u16>,
}

/// `OperationErrorBody`: one variant per operation that declares an error body that is not a
/// problem, holding it typed.
pub(crate) fn operation_error_body(bodies: &[DeclaredErrorBody]) -> syn::Item {
    let variants = bodies.iter().map(|body| {
        let DeclaredErrorBody {
            module,
            feature,
            id,
            schema,
            statuses,
        } = body;
        let variant = error_body_variant(id);
        let ty = syn::Ident::new(schema, proc_macro2::Span::call_site());
        let path = match module {
            Some(m) => {
                let m = syn::Ident::new(m, proc_macro2::Span::call_site());
                quote!(#m::types::#ty)
            }
            None => quote!(types::#ty),
        };
        let statuses = statuses
            .iter()
            .map(u16::to_string)
            .collect::<Vec<_>>()
            .join(", ");
        let doc = format!(" `{id}`'s error body on {statuses}.");
        let gate = (!feature.is_empty()).then(|| quote!(#[cfg(feature = #feature)]));
        quote! { #[doc = #doc] #gate #variant(Box<#path>), }
    });
    syn::parse_quote! {
        /// An error body an operation declares that is not a problem document, decoded whole
        /// into its own type ([`Error::error_body`]): one variant per such operation.
        #[derive(Debug, Clone, PartialEq)]
        #[non_exhaustive]
        pub enum OperationErrorBody {
            #(#variants)*
        }
    }
}

/// `pub const OPERATIONS`: every operation's id, Rust method, HTTP method and path template,
/// in the spec's order; each method is checked to exist on the generated `Client`.
pub(crate) fn operations_table(
    document: &Value,
    file: &syn::File,
) -> Result<syn::Item, CodegenError> {
    use heck::ToSnakeCase;
    let methods = client_methods(file);
    let mut entries = Vec::new();
    for (path, method, op) in document_operations(document) {
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
        let error_body = match declared_error_body(op) {
            Some((schema, statuses)) => {
                let ty = syn::Ident::new(&schema, proc_macro2::Span::call_site());
                let variant = error_body_variant(id);
                quote!(Some(&crate::ErrorBody {
                    statuses: &[#(#statuses),*],
                    decode: |body| crate::decode::from_slice::<types::#ty>(body)
                        .map(|b| crate::OperationErrorBody::#variant(Box::new(b))),
                }))
            }
            None => quote!(None),
        };
        let accept: Vec<&str> = op
            .get(prepare::ACCEPT_EXTENSION)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        let accept = accept.join(", ");
        if !is_header_value(&accept) {
            return Err(CodegenError::Pass {
                type_name: "OPERATIONS".into(),
                message: format!("{id}: the media types {accept:?} are not a header value"),
            });
        }
        let text = op
            .get("responses")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
            .filter(|(code, _)| code.starts_with('2'))
            .filter_map(|(_, r)| r.get("content").and_then(Value::as_object))
            .flat_map(|c| c.keys())
            .any(|media| media != "application/json");
        entries.push(quote! {
            crate::OperationMeta {
                id: #id, method_name: #rust, method: #http, path: #path, auth: &[#(#auth),*],
                accept: #accept, text: #text, error_body: #error_body,
            }
        });
    }
    Ok(syn::parse_quote! {
        /// Every operation of the spec, in its order: operationId, the `Client` method that
        /// starts it, HTTP method and path template.
        pub const OPERATIONS: &[crate::OperationMeta] = &[#(#entries),*];
    })
}

/// Whether `text` can be sent as a header value as it is (visible ASCII and spaces), which the
/// client's `HeaderValue::from_static` of it, made at compile time, needs.
fn is_header_value(text: &str) -> bool {
    text.bytes().all(|b| (0x20..0x7f).contains(&b))
}

/// `pub const API_VERSION`: the spec's `info.version`, which the request path sends in
/// `api-version` (as progenitor's `ClientInfo::api_version` returns it).
pub(crate) fn api_version(document: &Value) -> Result<syn::Item, CodegenError> {
    let version = document
        .pointer("/info/version")
        .and_then(Value::as_str)
        .unwrap_or_default();
    if !is_header_value(version) {
        return Err(CodegenError::Pass {
            type_name: "API_VERSION".into(),
            message: format!("the version {version:?} is not a header value"),
        });
    }
    Ok(syn::parse_quote! {
        /// The version of the API this client was generated from (the spec's `info.version`),
        /// sent with every request in `api-version`.
        pub const API_VERSION: &str = #version;
    })
}

/// The credentials an operation accepts, from its `security` (else the document's), in order:
/// `crate::CredentialKind::ApiKey` for an `apiKey` scheme in a header, `Bearer` for an `http`
/// bearer scheme.
pub(crate) fn operation_auth(
    document: &Value,
    op: &Value,
    pointer: &str,
) -> Result<Vec<TokenStream>, CodegenError> {
    Ok(accepted_credentials(document, op, pointer)?
        .into_iter()
        .map(|kind| match kind {
            Credential::ApiKey => quote!(crate::CredentialKind::ApiKey),
            Credential::Jwt => quote!(crate::CredentialKind::Bearer),
        })
        .collect())
}

/// A kind of credential an operation's `security` accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Credential {
    /// An `apiKey` scheme in a header (`X-Api-Key`).
    ApiKey,
    /// An `http` bearer scheme (a JWT).
    Jwt,
}

impl Credential {
    /// How the surface file and the change report name it.
    pub fn name(self) -> &'static str {
        match self {
            Credential::ApiKey => "API key",
            Credential::Jwt => "JWT",
        }
    }
}

/// The credentials the operation `op` accepts, from its `security` (else the document's), in
/// order and once each; empty for an operation that needs none (`security: []`). A scheme that
/// is not defined, or of another kind, fails naming it.
pub fn accepted_credentials(
    document: &Value,
    op: &Value,
    pointer: &str,
) -> Result<Vec<Credential>, CodegenError> {
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
                (Some("apiKey"), Some("header"), _) => Credential::ApiKey,
                (Some("http"), _, Some(s)) if s.eq_ignore_ascii_case("bearer") => Credential::Jwt,
                _ => {
                    return Err(CodegenError::Unsupported {
                        pointer: format!("/components/securitySchemes/{name}"),
                        construct: "a security scheme other than an API key header or HTTP bearer"
                            .into(),
                    });
                }
            };
            if !out.contains(&kind) {
                out.push(kind);
            }
        }
    }
    Ok(out)
}

/// The names of the methods of the generated `impl Client` blocks.
pub(crate) fn client_methods(file: &syn::File) -> Vec<String> {
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
