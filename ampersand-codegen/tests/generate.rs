//! The pipeline on tiny documents: what progenitor cannot take is named, what it can is opened.

use ampersand_codegen::{CodegenError, Options, generate_from_document, prepare};
use serde_json::{Value, json};

fn document(responses: Value) -> Value {
    json!({
        "openapi": "3.0.1",
        "info": {"title": "t", "version": "1"},
        "servers": [{"url": "https://example.test/v1"}],
        "paths": {
            "/ok": {"get": {"operationId": "getOk", "responses": {
                "200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}}},
            "/a": {"get": {"operationId": "getA", "responses": responses}},
        },
        "components": {"schemas": {
            "Thing": {"type": "object", "required": ["health"], "properties": {
                "health": {"type": "string", "enum": ["healthy", "unhealthy"]},
                "tags": {"type": "array", "items": {"type": "string"}}}},
            "ApiProblem": {"type": "object", "properties": {"title": {"type": "string"}}},
            "InputValidationProblem": {"type": "object", "properties": {"title": {"type": "string"}, "issues": {"type": "array", "items": {"type": "string"}}}},
            "Other": {"type": "object", "properties": {"code": {"type": "integer"}}},
        }},
    })
}

#[test]
fn a_progenitor_panic_names_the_operation() {
    // two error schemas: progenitor's issue #344, which the preparation step exists to avoid
    let doc = document(json!({
        "200": {"description": "ok"},
        "400": {"description": "a", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ApiProblem"}}}},
        "404": {"description": "b", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Other"}}}},
    }));
    let err = generate_from_document(&doc, &Options::default()).unwrap_err();
    let CodegenError::Generator { place, message } = &err else {
        panic!("expected a generator error, got {err}");
    };
    assert_eq!(place.as_deref(), Some("getA (#/paths/~1a/get)"));
    assert!(message.contains("response_types.len() <= 1"), "{message}");
    assert!(
        err.to_string()
            .starts_with("progenitor panicked on getA (#/paths/~1a/get): ")
    );
}

#[test]
fn a_prepared_document_generates_open_enums_lenient_lists_and_the_base_url() {
    let mut doc = document(json!({
        "204": {"description": "done"},
        "404": {"description": "b", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/ApiProblem"}}}},
        "default": {"description": "e", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/InputValidationProblem"}}}},
    }));
    prepare::prepare(&mut doc).unwrap();
    let code = generate_from_document(&doc, &Options { httpmock: true }).unwrap();
    let client = &code.client;
    assert!(
        client.contains("Unknown(::std::string::String)"),
        "open enum"
    );
    assert!(client.contains("pub fn is_known(&self) -> bool"));
    // an optional list is an Option: absent unless set, an empty one set is sent
    assert!(client.contains("::std::option::Option<::std::vec::Vec<"));
    assert!(!client.contains(r#"skip_serializing_if = "::std::vec::Vec::is_empty""#));
    assert!(client.contains(r#"pub const DEFAULT_BASE_URL: &str = "https://example.test/v1";"#));
    // one request path and one error: progenitor's statements, against crate::runtime
    let compact: String = client.chars().filter(|c| !c.is_whitespace()).collect();
    assert!(compact.contains("pubusecrate::runtime::{ByteStream,ClientInfo,ResponseValue};"));
    assert!(compact.contains("crate::runtime::operation(&super::OPERATIONS[0usize],{letchecked=("));
    // the parameters checked before the future, which captures their values alone
    assert!(compact.contains("::futures_util::future::Either::Left(asyncmove{"));
    assert!(
        compact.contains("::futures_util::future::Either::Right(crate::runtime::Refused::new(e),)")
    );
    // of progenitor's three hooks, `exec` alone (the other two do nothing), handed what makes
    // the request (again for a retry or a redirect), and `send()` the body's own future
    assert!(
        compact.contains(
            "letresponse=client.exec(||->::std::result::Result<::reqwest::Request,crate::Error"
        ),
        "{client}"
    );
    assert!(compact.contains("Ok(request)},&info"), "{client}");
    assert!(!compact.contains("client.pre(") && !compact.contains("client.post("));
    assert!(compact.contains("pubfnsend(self,)->impl::std::future::Future<Output="));
    assert!(compact.contains("implcrate::runtime::ClientHooks<crate::CallSettings>forClient"));
    assert!(!client.contains("progenitor_client::Error"));
    assert!(client.contains("crate::Error"));
    assert!(!client.contains("Error<types::InputValidationProblem>"));
    assert!(client.contains("auth: &[]"), "no security: no credential");
    assert!(code.httpmock.unwrap().contains("fn get_a<F>"));
}

/// The names of the structs of `types::builder`, with whether each is behind a `cfg`.
fn type_builders(client: &str) -> Vec<(String, bool)> {
    let file: syn::File = syn::parse_str(client).unwrap();
    let module = |items: &[syn::Item], name: &str| -> Vec<syn::Item> {
        items
            .iter()
            .find_map(|item| match item {
                syn::Item::Mod(m) if m.ident == name => m.content.as_ref().map(|c| c.1.clone()),
                _ => None,
            })
            .unwrap_or_default()
    };
    let builders = module(&module(&file.items, "types"), "builder");
    builders
        .iter()
        .filter_map(|item| match item {
            syn::Item::Struct(s) => Some((
                s.ident.to_string(),
                s.attrs.iter().any(|a| a.path().is_ident("cfg")),
            )),
            _ => None,
        })
        .collect()
}

#[test]
fn builders_of_response_only_types_and_json_schema_are_behind_features() {
    let mut doc = document(json!({"204": {"description": "done"}}));
    doc["paths"]["/things"] = json!({"post": {"operationId": "createThing",
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewThing"}}}},
        "responses": {"201": {"description": "made", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}}});
    doc["components"]["schemas"]["NewThing"] = json!({"type": "object", "required": ["part"],
        "properties": {"part": {"$ref": "#/components/schemas/Part"}}});
    doc["components"]["schemas"]["Part"] = json!({"type": "object",
        "properties": {"size": {"type": "integer"}}});
    prepare::prepare(&mut doc).unwrap();
    let code = generate_from_document(&doc, &Options::default()).unwrap();
    let builders = type_builders(&code.client);
    assert!(
        builders.iter().any(|(name, _)| name == "Thing"),
        "{builders:?}"
    );
    // the body and what it carries keep theirs; the others (the response's, the problems')
    // are behind `builders`
    for (name, gated) in &builders {
        let sent = matches!(name.as_str(), "NewThing" | "Part");
        assert_eq!(*gated, !sent, "{name}: {builders:?}");
    }
    let compact: String = code.client.chars().filter(|c| !c.is_whitespace()).collect();
    assert!(compact.contains(r#"#[cfg(feature="builders")]implThing{pubfnbuilder()"#));
    assert!(!compact.contains("derive(::schemars::JsonSchema,"));
    assert!(compact.contains(r#"#[cfg_attr(feature="schemars",derive(::schemars::JsonSchema))]"#));
}
