//! No secret in traces or `Debug`, and what a call that fails before or after sending says.

use super::*;

// a 422 with its issues and an HTML 500 page: the tests crate's client.rs, on the same
// request path

/// A connection as getConnection returns it with `includeCreds=true`.
fn connection_with_tokens() -> Value {
    let mut connection = common::sample("Connection");
    connection["providerApp"] = common::sample("ProviderApp");
    connection["providerApp"]["clientSecret"] = json!("client-secret-xyz");
    connection["oauth2AuthorizationCode"] = json!({
        "accessToken": {"token": ACCESS_TOKEN, "expiresAt": "2024-10-22T18:55:28Z"},
        "refreshToken": {"token": REFRESH_TOKEN},
        "scopes": ["crm.read"],
    });
    connection
}

#[tokio::test]
async fn traces_and_debug_output_never_show_the_key_or_the_tokens() {
    let server = MockServer::start_async().await;
    let connection = connection_with_tokens();
    let mock = server.get_connection(|when, then| {
        when.connection_id("conn-1").include_creds(true);
        then.into_inner()
            .status(200)
            .header("content-type", "application/json")
            .header("x-request-id", "req-77")
            .json_body(connection.clone());
    });
    let (captured, _guard) = common::capture::capturing(tracing::Level::TRACE);

    let client = client(&server, fast());
    let fetched = client
        .get_connection()
        .project_id_or_name("project-456")
        .connection_id("conn-1")
        .include_creds(true)
        .send()
        .await
        .unwrap()
        .into_inner();
    mock.assert();
    let auth = fetched.oauth2_authorization_code.as_ref().unwrap();
    assert_eq!(
        auth.access_token.as_ref().unwrap().token.expose(),
        ACCESS_TOKEN
    );

    let logs = captured.text();
    assert!(logs.contains("ampersand.request"), "{logs}");
    assert!(logs.contains("operation_id=\"getConnection\""), "{logs}");
    assert!(
        logs.contains("path=\"/projects/{projectIdOrName}/connections/{connectionId}\""),
        "{logs}"
    );
    assert!(
        logs.contains("status=200") && logs.contains("attempt=1"),
        "{logs}"
    );
    assert!(logs.contains("request_id=\"req-77\""), "{logs}");
    let debug = format!(
        "{fetched:?} {client:?} {:?}",
        ClientBuilder::new().api_key(KEY)
    );
    for secret in [KEY, ACCESS_TOKEN, REFRESH_TOKEN, "client-secret-xyz"] {
        assert!(!logs.contains(secret), "{secret} in the logs");
        assert!(!debug.contains(secret), "{secret} in Debug output: {debug}");
    }
    assert!(debug.contains("[redacted]"));
    // serialising still sends the real values (a write-back keeps them)
    let back = serde_json::to_value(&fetched).unwrap();
    assert_eq!(
        back["oauth2AuthorizationCode"]["refreshToken"]["token"],
        REFRESH_TOKEN
    );
}

#[tokio::test]
async fn a_body_that_does_not_decode_names_operation_status_path_and_excerpt() {
    let server = MockServer::start_async().await;
    server.list_projects(|when, then| {
        when.into_inner().any_request();
        then.into_inner()
            .status(200)
            .header("content-type", "application/json")
            .body(r#"[{"id": 7, "name": "p"}]"#);
    });
    let err: Error = client(&server, fast())
        .list_projects()
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Decode, "{err:?}");
    assert_eq!(err.operation().map(|o| o.id), Some("listProjects"));
    assert_eq!(err.status().map(|s| s.as_u16()), Some(200));
    let decode = err.decode_error().expect("the serde error is the source");
    assert_eq!(decode.path, "[0].id");
    assert!(
        decode
            .message
            .starts_with("invalid type: integer `7`, expected a string"),
        "{decode}"
    );
    assert_eq!(err.body().unwrap().excerpt(), r#"[{"id":7,"name":"p"}]"#);
    assert!(!err.is_retryable());
}

#[tokio::test]
async fn a_missing_required_parameter_is_refused_before_sending() {
    let server = MockServer::start_async().await;
    let any = server.mock(|when, then| {
        when.any_request();
        then.status(500);
    });
    let err: Error = client(&server, fast())
        .get_installation()
        .integration_id("i")
        .installation_id("x")
        .send()
        .await
        .unwrap_err();
    assert_eq!(any.calls(), 0, "nothing was sent");
    assert_eq!(err.kind(), ErrorKind::InvalidRequest, "{err:?}");
    assert!(err.message().contains("project_id_or_name"), "{err}");
    assert_eq!(err.operation().map(|o| o.id), Some("getInstallation"));
    assert_eq!((err.status(), err.attempts()), (None, 0));
}
