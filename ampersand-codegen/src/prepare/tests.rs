use serde_json::json;

use super::*;

fn op(responses: Value) -> Value {
    json!({
        "openapi": "3.0.1", "info": {"title": "t", "version": "1"},
        "paths": {"/a": {"post": {"operationId": "postA", "responses": responses}}},
    })
}

fn responses(doc: &Value) -> &Value {
    &doc["paths"]["/a"]["post"]["responses"]
}

fn problem(schema: &str) -> Value {
    json!({"description": "p", "content": {"application/problem+json":
        {"schema": {"$ref": format!("#/components/schemas/{schema}")}}}})
}

#[test]
fn default_becomes_both_ranges_and_declared_codes_win() {
    let mut doc = op(
        json!({"200": {"description": "ok"}, "4XX": {"description": "mine"},
        "default": {"description": "d"}}),
    );
    default_as_4xx_5xx(&mut doc).unwrap();
    let r = responses(&doc);
    assert_eq!(r["4XX"]["description"], "mine");
    assert_eq!(r["5XX"]["description"], "d");
    assert!(r.get("default").is_none());
    assert_eq!(r["200"]["description"], "ok");
}

#[test]
fn every_error_response_gets_the_one_problem_schema() {
    let mut doc = op(
        json!({"201": {"description": "ok"}, "400": problem("ApiProblem"),
        "422": problem("InputValidationProblem"), "404": {"description": "no body"}}),
    );
    one_problem_schema(&mut doc).unwrap();
    for code in ["400", "422", "404"] {
        assert_eq!(
            responses(&doc)[code]["content"],
            json!({"application/json": {"schema":
                {"$ref": "#/components/schemas/InputValidationProblem"}}}),
            "{code}"
        );
    }
    assert!(responses(&doc)["201"].get("content").is_none());
}

#[test]
fn an_unknown_error_schema_is_named_with_its_place() {
    let mut doc = op(json!({"200": {"description": "ok"}, "409": problem("Conflict")}));
    let err = one_problem_schema(&mut doc).unwrap_err().to_string();
    assert_eq!(
        err,
        "#/paths/~1a/post/responses/409/content/application~1problem+json: the preparation \
         step does not support an error body that is not one of ApiProblem, \
         InputValidationProblem"
    );
}

#[test]
fn secret_strings_are_marked_and_others_left() {
    let mut doc = json!({"components": {"schemas": {"Token": {"type": "object", "properties": {
        "token": {"type": "string", "description": "the token"},
        "tokenURL": {"type": "string"},
        "nextPageToken": {"type": "string"},
        "apiKey": {"type": "object", "properties": {"key": {"type": "string", "example": "k"}}},
    }}}}});
    secret_fields(&mut doc).unwrap();
    let props = &doc["components"]["schemas"]["Token"]["properties"];
    let secret = json!({"type": "string", "format": SECRET_FORMAT});
    assert_eq!(props["token"], secret);
    assert_eq!(props["apiKey"]["properties"]["key"], secret);
    assert_eq!(props["tokenURL"], json!({"type": "string"}));
    assert_eq!(props["nextPageToken"], json!({"type": "string"}));
    assert_eq!(props["apiKey"]["type"], "object");
    assert_eq!(secret_property_names(&doc), ["key", "token"]);
}

#[test]
fn names_that_hold_credentials_and_names_that_do_not() {
    for name in [
        "password",
        "dbPassword",
        "secret",
        "clientSecret",
        "secretAccessKey",
        "awsSecretKey",
        "accessKey",
        "privateKey",
        "apiKey",
        "X-Api-Key",
        "key",
        "webhookSigningKey",
        "token",
        "refreshToken",
        "awsSessionToken",
        "connectionString",
        "credentials",
        "serviceAccountCredentials",
        "client_secret",
        // words run together, as servers and headers write them
        "apikey",
        "clientsecret",
        "dbpassword",
        "accesstoken",
        "x-api-key",
    ] {
        assert!(is_secret_property(name), "{name}");
    }
    for name in [
        "name",
        "tokenURL",
        "nextPageToken",
        "pageToken",
        "partitionKey",
        "partitionKeyTemplate",
        "primaryKey",
        "idempotencyKey",
        "publicKey",
        "publicKeyPem",
        "keyFormat",
        "awsKeyId",
        "authScheme",
        "connectionId",
        "tokenType",
        "pagetoken",
        "publickey",
        "",
    ] {
        assert!(!is_secret_property(name), "{name}");
    }
}

#[test]
fn the_schema_says_which_strings_are_secret() {
    let mut doc = json!({"components": {"schemas": {
        "Destination": {"type": "object", "properties": {
            "name": {"type": "string"},
            "secrets": {"$ref": "#/components/schemas/DestinationAuth"},
            "s3Secrets": {"type": "object", "properties": {"region": {"type": "string"}}},
            "headers": {"type": "object", "additionalProperties": {"type": "string"}},
            "pin": {"type": "string", "format": "password"},
            "seed": {"type": "string", "writeOnly": true},
            "count": {"type": "integer", "writeOnly": true},
        }},
        "DestinationAuth": {"type": "object", "properties": {
            "awsKeyId": {"type": "string"},
            "extra": {"type": "object", "additionalProperties": {"type": "string"}},
            "nested": {"$ref": "#/components/schemas/Nested"}}},
        "Nested": {"type": "object", "properties": {"user": {"type": "string"}}},
        "KinesisSecrets": {"type": "object", "properties": {"projectNumber": {"type": "string"}}},
        "Other": {"type": "object", "properties": {"user": {"type": "string"},
            "credentials": {"type": "object", "properties": {"user": {"type": "string"}}},
            "oauth2ClientCredentials": {"type": "object", "properties": {
                "clientId": {"type": "string"}, "clientSecret": {"type": "string"}}}}},
        "DestinationWithSecrets": {"type": "object", "properties": {"name": {"type": "string"}}},
    }}});
    secret_fields(&mut doc).unwrap();
    let secret = json!({"type": "string", "format": SECRET_FORMAT});
    let schemas = &doc["components"]["schemas"];
    let d = &schemas["Destination"]["properties"];
    assert_eq!(d["name"], json!({"type": "string"}));
    assert_eq!(d["s3Secrets"]["properties"]["region"], secret);
    assert_eq!(
        d["headers"]["additionalProperties"],
        json!({"type": "string"})
    );
    assert_eq!(d["pin"], secret);
    assert_eq!(d["seed"], secret);
    assert_eq!(d["count"]["type"], "integer");
    let auth = &schemas["DestinationAuth"]["properties"];
    assert_eq!(auth["awsKeyId"], secret);
    assert_eq!(auth["extra"]["additionalProperties"], secret);
    assert_eq!(schemas["Nested"]["properties"]["user"], secret);
    assert_eq!(
        schemas["KinesisSecrets"]["properties"]["projectNumber"],
        secret
    );
    let other = &schemas["Other"]["properties"];
    assert_eq!(other["user"], json!({"type": "string"}));
    assert_eq!(other["credentials"]["properties"]["user"], secret);
    let oauth = &other["oauth2ClientCredentials"]["properties"];
    assert_eq!(oauth["clientId"], json!({"type": "string"}));
    assert_eq!(oauth["clientSecret"], secret);
    assert_eq!(
        schemas["DestinationWithSecrets"]["properties"]["name"],
        json!({"type": "string"})
    );
}

#[test]
fn unsupported_constructs_are_named() {
    let cases = [
        (
            json!({"200": {"description": "a", "content": {"application/json": {"schema": {"type": "string"}}}},
                   "201": {"description": "b", "content": {"application/json": {"schema": {"type": "integer"}}}}}),
            "#/paths/~1a/post/responses: the preparation step does not support success responses of different types",
        ),
        (
            json!({"200": {"description": "a", "content": {"application/json": {}}}}),
            "#/paths/~1a/post/responses/200: the preparation step does not support a JSON body without a schema, or with an encoding",
        ),
        (
            json!({"200": {"description": "a", "content": {"text/plain": {}, "application/json": {"schema": {}}}}}),
            "#/paths/~1a/post/responses/200: the preparation step does not support a success response with several media types",
        ),
    ];
    for (responses, message) in cases {
        let mut doc = op(responses);
        assert_eq!(
            supported_constructs(&mut doc).unwrap_err().to_string(),
            message
        );
    }
    let mut doc = op(json!({"204": {"description": "ok"}}));
    doc["paths"]["/a"]["post"]["requestBody"] =
        json!({"content": {"multipart/form-data": {"schema": {"type": "object"}}}});
    assert_eq!(
        supported_constructs(&mut doc).unwrap_err().to_string(),
        "#/paths/~1a/post/requestBody: the preparation step does not support a request body of media type multipart/form-data"
    );
    let mut doc = op(json!({"200": {"description": "ok"}, "204": {"description": "also ok"}}));
    supported_constructs(&mut doc).unwrap();
}
