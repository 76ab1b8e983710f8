//! What does not: a 422 problem with its issues, an HTML 500 page, truncated JSON, a missing
//! required scalar, an undeclared status, and redirects left to the request path.

use super::*;

#[tokio::test]
async fn a_422_problem_comes_back_typed_with_its_issues() {
    let server = MockServer::start_async().await;
    let problem = json!({
        "type": "https://docs.withampersand.com/errors/validation",
        "title": "Invalid input",
        "status": 422,
        "detail": "the installation config is invalid",
        "requestId": "req-42",
        "issues": [{"in": "body", "name": "config.content.read.objects.contacts.schedule",
                    "value": "every minute", "detail": "not a cron expression"}],
    });
    let mock = server.get_installation(|when, then| {
        when.installation_id("bad");
        then.into_inner()
            .status(422)
            .header("content-type", "application/problem+json")
            .json_body(problem.clone());
    });
    let err = get_installation(&server, "bad").await.unwrap_err();
    mock.assert();
    assert_eq!(err.kind(), ErrorKind::InputValidation, "{err:?}");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(422));
    assert_eq!(err.operation().map(|o| o.id), Some("getInstallation"));
    assert_eq!(err.attempts(), 1);
    let headers = err.headers().expect("the headers");
    assert!(
        headers
            .keys()
            .all(|k| !k.as_str().starts_with("x-ampersand-rs")),
        "only what the server sent: {headers:?}"
    );
    assert_eq!(err.request_id(), Some("req-42"));
    let response = err.problem().expect("the problem");
    assert_eq!(response.request_id.as_deref(), Some("req-42"));
    assert_eq!(response.status, Some(422));
    assert_eq!(
        response.detail.as_deref(),
        Some("the installation config is invalid")
    );
    let issue = &response.issues.as_ref().expect("issues")[0];
    assert_eq!(
        issue.name.as_deref(),
        Some("config.content.read.objects.contacts.schedule")
    );
    assert_eq!(issue.in_.as_ref().map(|i| i.as_str()), Some("body"));
    assert_eq!(issue.value, Some(json!("every minute")));
    assert_eq!(err.issues().len(), 1);
    assert!(!err.is_retryable());
    // one line: the operation, the status, the problem, each issue, the request id
    assert_eq!(
        err.to_string(),
        "getInstallation: 422 Unprocessable Entity: Invalid input: the installation config is \
         invalid; config.content.read.objects.contacts.schedule: not a cron expression \
         (request req-42)"
    );
}

#[tokio::test]
async fn a_500_html_page_comes_back_with_its_status_and_text() {
    let server = MockServer::start_async().await;
    let page = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    let mock = server.get_installation(|when, then| {
        when.installation_id("html");
        then.into_inner()
            .status(500)
            .header("content-type", "text/html")
            .body(page);
    });
    let err = get_installation(&server, "html").await.unwrap_err();
    // the raw client has the default policy: a GET answered 500 is tried 4 times
    mock.assert_calls(4);
    assert_eq!(err.attempts(), 4);
    assert_eq!(err.kind(), ErrorKind::Api, "{err:?}");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(500));
    assert_eq!(err.headers().unwrap()["content-type"], "text/html");
    assert!(err.problem().is_none(), "no problem was invented");
    assert_eq!(
        &err.body().unwrap().bytes[..],
        page.as_bytes(),
        "nothing thrown away"
    );
    let shown = err.to_string();
    assert!(
        shown.starts_with(
            "getInstallation: 500 Internal Server Error; body starts: <html><body><h1>502 Bad Gateway"
        ),
        "{shown}"
    );
    assert!(shown.ends_with("after 4 attempts"), "{shown}");
}

#[tokio::test]
async fn truncated_json_in_a_success_is_a_decode_error_not_a_panic() {
    let server = MockServer::start_async().await;
    let mock = server.get_installation(|when, then| {
        when.installation_id("cut");
        then.into_inner()
            .status(200)
            .header("content-type", "application/json")
            .body(r#"{"id": "inst-1", "projectId": "#);
    });
    let err = get_installation(&server, "cut").await.unwrap_err();
    mock.assert();
    assert_eq!(err.kind(), ErrorKind::Decode, "{err:?}");
    let body = &err.body().unwrap().bytes;
    assert_eq!(&body[..], br#"{"id": "inst-1", "projectId": "#);
    let e = err.decode_error().unwrap();
    assert_eq!(e.category, serde_json::error::Category::Eof);
    assert!(e.message.contains("EOF while parsing"), "{e}");
}

#[tokio::test]
async fn a_missing_required_scalar_names_its_path() {
    let server = MockServer::start_async().await;
    let mut installation = ampersand_tests::installation();
    installation["connection"]
        .as_object_mut()
        .unwrap()
        .remove("provider");
    let mock = server.get_installation(|when, then| {
        when.installation_id("partial");
        then.into_inner()
            .status(200)
            .header("content-type", "application/json")
            .json_body(installation.clone());
    });
    let err = get_installation(&server, "partial").await.unwrap_err();
    mock.assert();
    assert_eq!(err.kind(), ErrorKind::Decode, "{err:?}");
    let e = err.decode_error().unwrap();
    assert!(
        e.to_string()
            .starts_with("connection: missing field `provider`"),
        "{e}"
    );
}

#[tokio::test]
async fn an_undeclared_status_keeps_its_status_headers_and_body() {
    let server = MockServer::start_async().await;
    // getInstallation declares 200 and errors; a 202 is not in the spec
    let mock = server.get_installation(|when, then| {
        when.installation_id("odd");
        then.into_inner()
            .status(202)
            .header("x-request-id", "req-7")
            .body("accepted, come back later");
    });
    let err = get_installation(&server, "odd").await.unwrap_err();
    mock.assert();
    assert_eq!(err.kind(), ErrorKind::UnexpectedStatus, "{err:?}");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(202));
    assert_eq!(err.headers().unwrap()["x-request-id"], "req-7");
    assert_eq!(err.request_id(), Some("req-7"));
    assert_eq!(&err.body().unwrap().bytes[..], b"accepted, come back later");
}

#[tokio::test]
async fn the_raw_client_new_leaves_redirects_to_the_request_path() {
    // `Client::new` builds its own reqwest client: reqwest must not follow a redirect to
    // another origin itself (it would carry the API key there)
    let other = MockServer::start_async().await;
    let elsewhere = other.mock(|when, then| {
        when.any_request();
        then.status(200).json_body(json!([]));
    });
    let server = MockServer::start_async().await;
    server.mock(|when, then| {
        when.method("GET").path("/projects");
        then.status(302)
            .header("location", format!("{}/projects", other.base_url()));
    });
    let mut config = ampersand_client::CallConfig::default();
    config.api_key = Some("raw-key".into());
    let client = ampersand_client::Client::new(
        &server.base_url(),
        ampersand_client::CallSettings::new(config).unwrap(),
    );
    let err = client.list_projects().send().await.unwrap_err();
    assert_eq!(
        err.kind(),
        ErrorKind::Redirect(ampersand_client::RedirectRefusal::CrossOrigin)
    );
    assert_eq!(err.status().map(|s| s.as_u16()), Some(302));
    assert_eq!(
        elsewhere.calls_async().await,
        0,
        "the other origin saw nothing"
    );
}

#[tokio::test]
async fn a_parameter_left_unset_is_refused_when_awaited_naming_its_operation_with_nothing_sent() {
    let server = MockServer::start_async().await;
    let any = server.mock(|when, then| {
        when.any_request();
        then.status(200).json_body(json!({}));
    });
    let client = raw_client(&server);
    // the parameters are checked when the future is made; the refusal is its output
    let future = client
        .get_installation()
        .project_id_or_name(PROJECT)
        .integration_id(INTEGRATION)
        .send();
    let err = future.await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidRequest, "{err:?}");
    assert_eq!(err.operation().map(|o| o.id), Some("getInstallation"));
    assert!(err.to_string().contains("installation_id"), "{err}");
    assert_eq!((err.status(), err.attempts()), (None, 0));
    assert_eq!(any.calls_async().await, 0, "nothing was sent");
}
