//! The contract harness itself: a request the real service would reject fails here too, and
//! every kind of error response the spec declares reaches the caller typed.

use ampersand_client::mock::MockServerExt;
use ampersand_ext::{Error, ErrorKind};
use ampersand_tests::contract::{Contract, JWT, KEY, api, encode_segment, failures};
use serde_json::{Value, json};

/// Sends a raw request to a contract's mock and returns its status.
async fn raw(c: &Contract, method: &str, path: &str, body: Option<Value>) -> u16 {
    ampersand_client::install_ring_provider();
    let http = reqwest::Client::new();
    let mut request = http
        .request(
            method.parse().unwrap(),
            format!("{}{path}", c.server.base_url()),
        )
        .header("x-api-key", KEY)
        .header("api-version", api().version())
        .header("accept", ampersand_tests::contract::declared_accept(c.op()));
    if let Some(body) = body {
        request = request.json(&body);
    }
    request.send().await.unwrap().status().as_u16()
}

/// The spec check of one request for the operation `name`.
fn check(name: &str, uri: &str, body: &str) -> Result<(), Vec<String>> {
    let url = reqwest::Url::parse(uri).unwrap();
    let query: Vec<(String, String)> = url.query_pairs().into_owned().collect();
    api().check_parts(api().op(name), &query, body.as_bytes())
}

#[test]
fn an_unknown_mistyped_or_missing_query_parameter_is_refused() {
    let base = "http://localhost/projects/p/connections/c";
    assert_eq!(
        check("get_connection", &format!("{base}?includeCreds=true"), ""),
        Ok(())
    );
    let problems = check(
        "get_connection",
        &format!("{base}?includeCreds=yes&debug=1"),
        "",
    )
    .unwrap_err()
    .join("\n");
    assert!(
        problems.contains("query includeCreds=yes is not a \"boolean\""),
        "{problems}"
    );
    assert!(
        problems.contains("unknown query parameter debug"),
        "{problems}"
    );
    let problems = check("get_connection", &format!("{base}?refresh=sometimes"), "")
        .unwrap_err()
        .join("\n");
    assert!(
        problems.contains("query refresh: : \"sometimes\" is not one of"),
        "{problems}"
    );
    let required = api()
        .operations()
        .find_map(|(name, op)| {
            let params = op.spec["parameters"].as_array()?;
            let p = params
                .iter()
                .find(|p| p["in"] == "query" && p["required"] == true)?;
            Some((
                name.to_string(),
                op.path.clone(),
                p["name"].as_str()?.to_string(),
            ))
        })
        .expect("an operation with a required query parameter");
    let (name, path, param) = required;
    let body = api()
        .request_body(api().op(&name))
        .map(|b| b.to_string())
        .unwrap_or_default();
    let problems = check(&name, &format!("http://localhost{path}"), &body)
        .unwrap_err()
        .join("\n");
    assert!(
        problems.contains(&format!("required query parameter {param} is missing")),
        "{problems}"
    );
}

#[tokio::test]
async fn a_body_missing_a_required_field_or_with_a_bad_enum_is_refused() {
    let c = Contract::new("create_destination")
        .await
        .path("projectIdOrName", "p");
    c.server
        .create_destination(|w, t| drop(c.expect(w.into_inner(), t.into_inner())));
    let good = api().request_body(api().op("create_destination")).unwrap();
    let path = "/projects/p/destinations";
    assert_eq!(raw(&c, "POST", path, Some(good.clone())).await, 201);

    let mut missing = good.clone();
    missing.as_object_mut().unwrap().remove("name");
    assert_eq!(raw(&c, "POST", path, Some(missing)).await, 404);
    let mut bad_enum = good.clone();
    bad_enum["type"] = json!("carrier-pigeon");
    assert_eq!(raw(&c, "POST", path, Some(bad_enum)).await, 404);
    let seen = failures("createDestination").join("\n");
    assert!(seen.contains("\"name\" is a required property"), "{seen}");
    assert!(seen.contains("carrier-pigeon"), "{seen}");
}

#[test]
fn path_segments_are_fully_encoded() {
    assert_eq!(encode_segment("a/b ..?#é"), "a%2Fb%20..%3F%23%C3%A9");
    assert_eq!(encode_segment("plain-id_1.2~x"), "plain-id_1.2~x");
}

/// Whether the spec declares `status` for the operation `id`.
fn declares(id: &str, status: &str) -> bool {
    let op = ampersand_tests::spec()
        .operations()
        .into_iter()
        .find(|o| o.operation_id == id)
        .unwrap();
    let pointer = format!("{}/responses", op.pointer);
    let responses = ampersand_tests::spec()
        .api()
        .pointer(&pointer)
        .unwrap()
        .as_object()
        .unwrap();
    responses.contains_key(status)
}

fn problem(status: u16, issues: bool) -> Value {
    let mut p = json!({"type": "https://docs.withampersand.com/errors", "title": "Problem",
        "status": status, "detail": format!("detail {status}"), "requestId": format!("req-{status}")});
    if issues {
        p["issues"] = json!([{"in": "body", "name": "name", "detail": "required"}]);
    }
    p
}

fn ext_client(server: &httpmock::MockServer) -> ampersand_client::Client {
    ampersand_ext::ClientBuilder::new()
        .api_key(KEY)
        .bearer_token(JWT)
        .base_url(server.base_url())
        .retry_policy(ampersand_ext::RetryPolicy::none())
        .build()
        .unwrap()
}

async fn create_integration(server: &httpmock::MockServer, status: u16, body: Value) -> Error {
    server.create_integration(|w, t| {
        w.project_id_or_name("p");
        t.into_inner()
            .status(status)
            .header("content-type", "application/problem+json")
            .json_body(body);
    });
    let body = api().request_body(api().op("create_integration")).unwrap();
    let body: ampersand_client::types::CreateIntegrationBody =
        serde_json::from_value(body).unwrap();
    ext_client(server)
        .create_integration()
        .project_id_or_name("p")
        .body(body)
        .send()
        .await
        .unwrap_err()
}

#[tokio::test]
async fn declared_400_and_422_problems_are_typed_and_422_has_issues() {
    assert!(declares("createIntegration", "400") && declares("createIntegration", "422"));
    let server = httpmock::MockServer::start_async().await;
    let e = create_integration(&server, 400, problem(400, false)).await;
    assert_eq!(e.kind(), ErrorKind::Api, "{e:?}");
    assert_eq!(
        (e.status().map(|s| s.as_u16()), e.detail()),
        (Some(400), Some("detail 400"))
    );
    assert_eq!(e.request_id(), Some("req-400"));
    assert_eq!(e.operation().map(|o| o.id), Some("createIntegration"));
    assert_eq!(e.attempts(), 1);

    let server = httpmock::MockServer::start_async().await;
    let e = create_integration(&server, 422, problem(422, true)).await;
    assert_eq!(e.kind(), ErrorKind::InputValidation, "{e:?}");
    assert_eq!(e.status().map(|s| s.as_u16()), Some(422));
    assert_eq!(e.issues()[0].name.as_deref(), Some("name"));
}

#[tokio::test]
async fn declared_404_and_409_problems_are_typed() {
    assert!(declares("deleteApiKey", "404") && declares("claimDomain", "409"));
    let server = httpmock::MockServer::start_async().await;
    server.delete_api_key(|w, t| {
        w.api_key("k");
        t.into_inner()
            .status(404)
            .header("content-type", "application/problem+json")
            .json_body(problem(404, false));
    });
    let e: Error = ext_client(&server)
        .delete_api_key()
        .project_id_or_name("p")
        .api_key("k")
        .send()
        .await
        .unwrap_err();
    assert!(
        e.kind() == ErrorKind::Api
            && e.status().map(|s| s.as_u16()) == Some(404)
            && e.title() == Some("Problem"),
        "{e:?}"
    );

    server.claim_domain(|w, t| {
        w.into_inner().any_request();
        t.into_inner()
            .status(409)
            .header("content-type", "application/problem+json")
            .json_body(problem(409, false));
    });
    let body = api().request_body(api().op("claim_domain")).unwrap();
    let e: Error = ext_client(&server)
        .claim_domain()
        .body(serde_json::from_value::<ampersand_client::types::ClaimDomainBody>(body).unwrap())
        .send()
        .await
        .unwrap_err();
    assert!(
        e.kind() == ErrorKind::Api && e.status().map(|s| s.as_u16()) == Some(409),
        "{e:?}"
    );
    assert_eq!(e.request_id(), Some("req-409"));
}

#[tokio::test]
async fn a_default_response_is_an_api_error_and_an_undeclared_status_keeps_its_body() {
    assert!(declares("deleteInstallation", "default") && !declares("deleteInstallation", "503"));
    let server = httpmock::MockServer::start_async().await;
    server.delete_installation(|w, t| {
        w.installation_id("down");
        t.into_inner()
            .status(503)
            .header("content-type", "application/problem+json")
            .json_body(problem(503, false));
    });
    server.delete_installation(|w, t| {
        w.installation_id("odd");
        t.into_inner()
            .status(200)
            .body("deleted, but said so with 200");
    });
    let call = |id: &'static str| {
        let client = ext_client(&server);
        async move {
            let e: Error = client
                .delete_installation()
                .project_id_or_name("p")
                .integration_id("i")
                .installation_id(id)
                .send()
                .await
                .unwrap_err();
            e
        }
    };
    let e = call("down").await;
    assert!(
        e.kind() == ErrorKind::Api && e.status().map(|s| s.as_u16()) == Some(503),
        "{e:?}"
    );
    assert!(e.is_retryable());

    let e = call("odd").await;
    assert!(!declares("deleteInstallation", "200"));
    assert_eq!(e.kind(), ErrorKind::UnexpectedStatus);
    assert_eq!(e.status().map(|s| s.as_u16()), Some(200));
    assert_eq!(
        e.to_string(),
        "deleteInstallation: unexpected status 200 OK; body starts: deleted, but said so with 200"
    );
    let body = e.body().expect("the body is kept");
    assert_eq!(&body.bytes[..], b"deleted, but said so with 200");
}

#[tokio::test]
async fn an_error_status_the_operation_does_not_declare_is_still_an_api_error_with_its_problem() {
    // an operation whose responses cover no 404 (no 404, 4XX nor default), read from the spec
    assert!(
        !["404", "4XX", "default"]
            .iter()
            .any(|status| declares("listJWTKeys", status))
    );
    let server = httpmock::MockServer::start_async().await;
    server.list_jwt_keys(|w, t| {
        w.project_id_or_name("p");
        t.into_inner()
            .status(404)
            .header("content-type", "application/problem+json")
            .json_body(problem(404, false));
    });
    let e: Error = ext_client(&server)
        .list_jwt_keys()
        .project_id_or_name("p")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Api, "{e:?}");
    assert_eq!(e.status().map(|s| s.as_u16()), Some(404));
    assert_eq!(e.detail(), Some("detail 404"));
    assert_eq!(e.request_id(), Some("req-404"));
    assert_eq!(e.operation().map(|o| o.id), Some("listJWTKeys"));
    assert!(
        e.body().is_none(),
        "a problem is decoded, not kept as a body"
    );
}
