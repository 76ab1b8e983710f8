#![doc = include_str!("../README.md")]
#![deny(missing_docs)]

pub mod diff;
mod error;
pub mod masks;
pub mod notifications;
pub mod passes;
pub mod prepare;
mod secret_name;
pub mod surface;
pub mod update_fields;

use std::panic::{self, AssertUnwindSafe};
use std::path::Path;

use proc_macro2::TokenStream;
use quote::quote;
use serde_json::Value;

pub use error::CodegenError;

/// What to generate besides the client.
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

/// Loads, bundles and prepares the data-plane file `entry` (one of
/// [`ampersand_spec::DATA_PLANE`]) of the spec under `root`.
///
/// ```no_run
/// let doc = ampersand_codegen::prepared_entry("openapi".as_ref(), "api/write.yaml")?;
/// assert!(doc["components"]["schemas"]["WriteRecordsFailure"].is_object());
/// # Ok::<(), ampersand_codegen::CodegenError>(())
/// ```
pub fn prepared_entry(root: &Path, entry: &str) -> Result<Value, CodegenError> {
    let spec = ampersand_spec::Spec::load_entry(root, entry)?;
    // every error decodes as the one problem schema, which the file may not refer to itself
    let problem = format!(
        "{}problem/problem.yaml#/components/schemas/{}",
        "../".repeat(entry.matches('/').count()),
        prepare::PROBLEM_SCHEMA
    );
    let extra: &[&str] = if has_operations(spec.api()) {
        &[&problem]
    } else {
        &[]
    };
    let mut document = spec.bundle_with(extra)?.document;
    prepare::prepare(&mut document)?;
    Ok(document)
}

/// Generates the client (and optionally the mocks) from the spec directory `root`: the
/// platform API at the top, and one module per data-plane file ([`ampersand_spec::DATA_PLANE`]):
/// `read`, `write` and `search` with a `Client` each (on their own hosts, sharing the request
/// path), `webhook` and `notifications` with types only.
///
/// ```no_run
/// let options = ampersand_codegen::Options { httpmock: true };
/// let code = ampersand_codegen::generate("openapi".as_ref(), &options)?;
/// assert!(code.httpmock.unwrap().contains("MockServerExt"));
/// assert!(code.client.contains("pub mod write"));
/// # Ok::<(), ampersand_codegen::CodegenError>(())
/// ```
pub fn generate(root: &Path, options: &Options) -> Result<Generated, CodegenError> {
    let document = prepared_document(root)?;
    let mut platform = generate_module(&document, options, CLIENT_CRATE)?;
    let mut error_bodies = error_bodies_of(&document, None, "");
    let mut secret_fields = std::collections::BTreeSet::new();
    secret_fields.extend(prepare::secret_property_names(&document));
    let mut hosts = Vec::new();
    for &(name, entry) in ampersand_spec::DATA_PLANE {
        let document = prepared_entry(root, entry)?;
        secret_fields.extend(prepare::secret_property_names(&document));
        let ident = syn::Ident::new(name, proc_macro2::Span::call_site());
        let (items, mocks, feature) = if has_operations(&document) {
            let module = generate_module(&document, options, &format!("{CLIENT_CRATE}::{name}"))?;
            error_bodies.extend(error_bodies_of(&document, Some(name), DATA_PLANE_FEATURE));
            hosts.push((ident.clone(), entry, module_title(&document)));
            (
                module.client.items,
                module.mocks.map(|m| m.items),
                DATA_PLANE_FEATURE,
            )
        } else {
            let mut items = types_only(&document)?;
            items.extend(notifications::items(&document)?);
            (items, None, WEBHOOKS_FEATURE)
        };
        let doc = format!(
            " The types and operations of `{entry}` (see the crate docs), with the `{feature}` \
             feature (a default one)."
        );
        platform.client.items.push(syn::parse_quote! {
            #[doc = #doc]
            #[cfg(feature = #feature)]
            pub mod #ident { #(#items)* }
        });
        if let (Some(all), Some(items)) = (platform.mocks.as_mut(), mocks) {
            all.items.push(syn::parse_quote! {
                #[doc = #doc]
                #[cfg(feature = #feature)]
                pub mod #ident { #(#items)* }
            });
        }
    }
    platform.client.items.extend(hosts_items(&hosts));
    platform
        .client
        .items
        .push(operation_error_body(&error_bodies));
    let secret_fields = secret_fields.iter();
    platform.client.items.push(syn::parse_quote! {
        /// The property names whose string values the spec's schemas make credentials (typed
        /// [`Secret`] in the models: see the README's "Secrets"); useful to redact raw JSON.
        pub const SECRET_FIELDS: &[&str] = &[#(#secret_fields),*];
    });
    // the rule by which names are secret, as the generator applies it: the client redacts
    // by the same one
    let rule: syn::File = syn::parse_str(SECRET_NAME_RULE).map_err(CodegenError::Tokens)?;
    platform.client.items.extend(rule.items);
    Ok(Generated {
        client: format!(
            "{GENERATED_HEADER}{}",
            prettyplease::unparse(&platform.client)
        ),
        httpmock: platform
            .mocks
            .as_ref()
            .map(|m| format!("{GENERATED_HEADER}{}", prettyplease::unparse(m))),
    })
}

/// The rule of secret names (`secret_name.rs`), emitted into the client as it is.
const SECRET_NAME_RULE: &str = include_str!("secret_name.rs");

/// The first line of every file the generator writes.
pub const GENERATED_HEADER: &str =
    "// Generated by `cargo xtask generated` from `openapi/` (ampersand-codegen); do not edit.\n";

/// The error bodies a module's operations declare (see [`operation_error_body`]).
fn error_bodies_of(
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

/// The document's `info.title`, for docs.
fn module_title(document: &Value) -> String {
    document
        .pointer("/info/title")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

/// The client's feature that compiles the data-plane clients (`read`, `write`, `search`).
pub const DATA_PLANE_FEATURE: &str = "data-plane";

/// The client's feature that compiles the payload types without operations (`webhook`,
/// `notifications`).
pub const WEBHOOKS_FEATURE: &str = "webhooks";

/// The types of the integration manifest, `amp.yaml` ([`ampersand_spec::MANIFEST`] under the
/// spec directory `root`), for the `ampersand-manifest` crate: every struct with its builder,
/// and `SCHEMA`, the file's schemas as written. The code names `crate::UnknownFields` and
/// `crate::decode::null_as_default`, which that crate re-exports from `ampersand-client`.
///
/// ```no_run
/// let code = ampersand_codegen::generate_manifest("openapi".as_ref())?;
/// assert!(code.contains("pub struct Manifest"));
/// # Ok::<(), ampersand_codegen::CodegenError>(())
/// ```
pub fn generate_manifest(root: &Path) -> Result<String, CodegenError> {
    let items = manifest_items(root)?;
    let code = prettyplease::unparse(&syn::parse_quote!(#(#items)*));
    Ok(format!("{GENERATED_HEADER}{code}"))
}

/// The manifest module's items: the types of [`ampersand_spec::MANIFEST`] (its own entry,
/// so its names are the file's own: `Integration`, not the platform bundle's
/// `ManifestIntegration`), every builder kept (a caller writes manifests), and `SCHEMA`, the
/// file's schemas as written, which a validator walks.
fn manifest_items(root: &Path) -> Result<Vec<syn::Item>, CodegenError> {
    let document = prepared_entry(root, ampersand_spec::MANIFEST)?;
    let mut items = types_only_with(&document, false)?;
    let spec = ampersand_spec::Spec::load_entry(root, ampersand_spec::MANIFEST)?;
    let schemas = spec
        .bundle()?
        .document
        .pointer("/components/schemas")
        .cloned()
        .unwrap_or_default();
    let schema = serde_json::to_string(&schemas).map_err(CodegenError::NotOpenApi)?;
    let doc = format!(
        " The schemas of `{}` as the spec writes them (before the preparation step), as one \
         JSON object by name: `{}` is the root.",
        ampersand_spec::MANIFEST,
        ampersand_spec::MANIFEST_ROOT
    );
    items.push(syn::parse_quote! {
        #[doc = #doc]
        pub const SCHEMA: &str = #schema;
    });
    Ok(items)
}

/// `Host`, with a variant per data-plane client, and `Client::<host>()` for each, all with
/// the [`DATA_PLANE_FEATURE`].
fn hosts_items(hosts: &[(syn::Ident, &str, String)]) -> Vec<syn::Item> {
    use heck::ToUpperCamelCase;
    let variants: Vec<syn::Ident> = hosts
        .iter()
        .map(|(name, _, _)| syn::Ident::new(&name.to_string().to_upper_camel_case(), name.span()))
        .collect();
    let names: Vec<String> = hosts.iter().map(|(n, _, _)| n.to_string()).collect();
    let gate: syn::Attribute = syn::parse_quote!(#[cfg(feature = #DATA_PLANE_FEATURE)]);
    let gates = vec![gate.clone(); hosts.len()];
    let only_platform: syn::Attribute =
        syn::parse_quote!(#[cfg(not(feature = #DATA_PLANE_FEATURE))]);
    let mods: Vec<&syn::Ident> = hosts.iter().map(|(n, _, _)| n).collect();
    let docs: Vec<String> = hosts
        .iter()
        .map(|(_, entry, title)| format!(" {title} (`{entry}`)."))
        .collect();
    let methods = hosts
        .iter()
        .zip(&variants)
        .map(|((name, entry, title), variant)| {
            let doc = format!(
                " The client of the {title} (`{entry}`): the same credentials, request path and \
             `reqwest::Client` as this one, on the base URL configured for \
             [`Host::{variant}`] (else its server)."
            );
            quote! {
                #[doc = #doc]
                #gate
                pub fn #name(&self) -> #name::Client {
                    #name::Client::new_with_client(
                        self.inner().config().base_url(Host::#variant),
                        self.client().clone(),
                        self.inner().clone(),
                    )
                }
            }
        });
    vec![
        syn::parse_quote! {
            /// The hosts the API is served from: the platform API and each data-plane API.
            #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
            #[non_exhaustive]
            pub enum Host {
                /// The platform API (`api/api.yaml`): projects, integrations, installations, …
                Platform,
                #(#[doc = #docs] #gates #variants,)*
            }
        },
        syn::parse_quote! {
            impl Host {
                /// Every host this build has.
                #gate
                pub const ALL: &'static [Host] = &[Host::Platform, #(Host::#variants),*];

                /// Every host this build has.
                #only_platform
                pub const ALL: &'static [Host] = &[Host::Platform];

                /// The host's name: `platform`, or its module's (`write`).
                pub fn name(self) -> &'static str {
                    match self {
                        Host::Platform => "platform",
                        #(#gates Host::#variants => #names,)*
                    }
                }

                /// The first of its spec's `servers`.
                pub fn default_base_url(self) -> &'static str {
                    match self {
                        Host::Platform => DEFAULT_BASE_URL,
                        #(#gates Host::#variants => #mods::DEFAULT_BASE_URL,)*
                    }
                }

                /// Its operations, in its spec's order.
                pub fn operations(self) -> &'static [crate::OperationMeta] {
                    match self {
                        Host::Platform => OPERATIONS,
                        #(#gates Host::#variants => #mods::OPERATIONS,)*
                    }
                }
            }
        },
        syn::parse_quote! {
            impl Client {
                #(#methods)*
            }
        },
    ]
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
    let mut surface = surface::Surface::read(&generated.client, &document)?;
    for &(name, entry) in ampersand_spec::DATA_PLANE {
        let document = prepared_entry(root, entry)?;
        let code = if has_operations(&document) {
            generate_from_document(&document, &Options::default())?.client
        } else {
            let items = types_only(&document)?;
            prettyplease::unparse(&syn::parse_quote!(#(#items)*))
        };
        surface.absorb(name, surface::Surface::read(&code, &document)?);
    }
    let items = manifest_items(root)?;
    let code = prettyplease::unparse(&syn::parse_quote!(#(#items)*));
    let document = prepared_entry(root, ampersand_spec::MANIFEST)?;
    surface.absorb("manifest", surface::Surface::read(&code, &document)?);
    Ok(surface)
}

/// Whether a prepared document has operations (a data-plane API) or only payload types.
fn has_operations(document: &Value) -> bool {
    document
        .get("paths")
        .and_then(Value::as_object)
        .is_some_and(|p| !p.is_empty())
}

/// Generates the platform client alone from an already prepared document (see
/// [`prepared_document`]).
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
    let module = generate_module(document, options, CLIENT_CRATE)?;
    Ok(Generated {
        client: prettyplease::unparse(&module.client),
        httpmock: module.mocks.as_ref().map(prettyplease::unparse),
    })
}

/// One generated module, before formatting.
struct Module {
    client: syn::File,
    mocks: Option<syn::File>,
}

/// A client module from a prepared document: progenitor, the passes, `DEFAULT_BASE_URL` and
/// `OPERATIONS`; the mocks name the module as `crate_path`.
fn generate_module(
    document: &Value,
    options: &Options,
    crate_path: &str,
) -> Result<Module, CodegenError> {
    let openapi: openapiv3::OpenAPI =
        serde_json::from_value(document.clone()).map_err(CodegenError::NotOpenApi)?;
    let generated = quietly(|| run_progenitor(&openapi, options.httpmock, crate_path));
    let (client, httpmock) = match generated {
        Ok(result) => result?,
        Err(message) => return Err(blame_operation(document, message)),
    };
    let mut file: syn::File = syn::parse2(client).map_err(CodegenError::Tokens)?;
    let operations = operation_facts(document);
    passes::apply(&mut file, &operations)?;
    file.items.push(default_base_url(document)?);
    file.items.push(operations_table(document, &file)?);
    let updates = update_fields::items(document, &file, &operations)?;
    file.items.extend(updates);
    file.items.push(syn::parse_quote! {
        // the hooks every generated `send()` calls (see the runtime pass): `exec` is the
        // request path, with the operation the `send()` names in its `OperationInfo`
        impl crate::runtime::ClientHooks<crate::CallSettings> for Client {
            async fn exec(
                &self,
                request: reqwest::Request,
                info: &crate::runtime::OperationInfo,
            ) -> Result<crate::call::Exchange, crate::Error> {
                debug_assert_eq!(info.operation.method_name, info.operation_id);
                crate::call::call(&self.client, &self.inner, request, info.operation).await
            }
        }
    });
    let mocks = match httpmock {
        Some(tokens) => Some(syn::parse2(tokens).map_err(CodegenError::Tokens)?),
        None => None,
    };
    Ok(Module {
        client: file,
        mocks,
    })
}

/// The types of a document without operations (payload descriptions): progenitor's `types`
/// module with the type passes applied, and nothing else.
fn types_only(document: &Value) -> Result<Vec<syn::Item>, CodegenError> {
    types_only_with(document, true)
}

/// [`types_only`], with the builders of types no request sends behind the `builders`
/// feature or not (`gate_builders`).
fn types_only_with(document: &Value, gate_builders: bool) -> Result<Vec<syn::Item>, CodegenError> {
    let openapi: openapiv3::OpenAPI =
        serde_json::from_value(document.clone()).map_err(CodegenError::NotOpenApi)?;
    let (client, _) = match quietly(|| run_progenitor(&openapi, false, CLIENT_CRATE)) {
        Ok(result) => result?,
        Err(message) => {
            return Err(CodegenError::Generator {
                place: None,
                message,
            });
        }
    };
    let mut file: syn::File = syn::parse2(client).map_err(CodegenError::Tokens)?;
    if gate_builders {
        passes::apply_types(&mut file)?;
    } else {
        passes::apply_type_passes(&mut file)?;
    }
    let types = file
        .items
        .into_iter()
        .find(|item| matches!(item, syn::Item::Mod(m) if m.ident == "types"))
        .ok_or_else(|| CodegenError::Pass {
            type_name: "types".into(),
            message: "progenitor's output has no `mod types`".into(),
        })?;
    Ok(vec![
        types,
        syn::parse_quote!(
            pub use self::types::*;
        ),
    ])
}

/// Each operation's index in `OPERATIONS` by Rust method name (the document's order, as
/// [`operations_table`] writes it), for the runtime pass.
fn operation_facts(document: &Value) -> passes::runtime::Operations {
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
fn document_operations(document: &Value) -> Vec<(&str, &str, &Value)> {
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
fn declared_error_body(op: &Value) -> Option<(String, Vec<u16>)> {
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
fn error_body_variant(id: &str) -> syn::Ident {
    let name = heck::ToUpperCamelCase::to_upper_camel_case(id);
    syn::Ident::new(&name, proc_macro2::Span::call_site())
}

/// An error body an operation declares, with where the operation is.
struct DeclaredErrorBody {
    /// The module of its API (`write`), `None` for the platform API.
    module: Option<String>,
    /// The feature that compiles the module (empty for the platform API).
    feature: &'static str,
    /// Its operationId.
    id: String,
    /// Its schema's name.
    schema: String,
    /// The statuses that carry it.
    statuses: Vec<u16>,
}

/// `OperationErrorBody`: one variant per operation that declares an error body that is not a
/// problem, holding it typed.
fn operation_error_body(bodies: &[DeclaredErrorBody]) -> syn::Item {
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
        if !accept.bytes().all(|b| (0x20..0x7f).contains(&b)) {
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

/// The credentials an operation accepts, from its `security` (else the document's), in order:
/// `crate::CredentialKind::ApiKey` for an `apiKey` scheme in a header, `Bearer` for an `http`
/// bearer scheme.
fn operation_auth(
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

fn run_progenitor(
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
