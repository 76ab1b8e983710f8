//! What the client sends and follows: redirects within the origin, the size limit, the
//! credential each operation accepts, a caller's own HTTP client, per-request overrides, and
//! the connection pool.

use super::*;

#[tokio::test]
async fn redirects_to_another_origin_or_from_a_post_are_not_followed() {
    let other = Loopback::start(vec![projects()]).await;
    let server = Loopback::start(vec![Step::Respond(
        302,
        vec![("location", format!("{}/projects", other.base_url))],
        Default::default(),
    )])
    .await;
    let err = list(&client(&server)).await.unwrap_err();
    assert_eq!(
        err.kind(),
        ErrorKind::Redirect(RedirectRefusal::CrossOrigin)
    );
    assert_eq!(err.attempts(), 1);
    assert!(other.seen().is_empty(), "the other origin saw nothing");

    let server = Loopback::start(vec![
        Step::Respond(
            302,
            vec![("location", "/projects/p-1".into())],
            Default::default(),
        ),
        projects(),
    ])
    .await;
    let err = create_fails(&client(&server)).await;
    assert_eq!(
        err.kind(),
        ErrorKind::Redirect(RedirectRefusal::ChangesMethod)
    );
    let seen = server.seen();
    assert_eq!(seen.len(), 1, "no GET followed the POST");
    assert_eq!(seen[0].line, "POST /projects");
}

#[tokio::test]
async fn a_body_over_the_limit_is_refused_before_it_is_read() {
    let big = Step::raw(200, "application/json", &vec![b' '; 2 * 1024 * 1024]);
    let server = Loopback::start(vec![big]).await;
    let client = builder(&server)
        .max_response_bytes(1024 * 1024)
        .build()
        .unwrap();
    let err = list(&client).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::BodyTooLarge, "{err:?}");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(200));
    assert!(!err.is_retryable());
    assert_eq!(err.attempts(), 1);
    assert_eq!(server.seen().len(), 1);
}

#[tokio::test]
async fn each_operation_sends_the_credential_its_spec_accepts() {
    let me = json!({"user": {"id": "u-1", "firstName": "A", "lastName": "B",
                    "primaryEmail": "a@example.com", "createTime": "2024-01-01T00:00:00Z"},
                    "projectRoles": {}, "orgRole": null});
    let server = Loopback::start(vec![projects(), Step::json(200, &me)]).await;
    let client = client(&server);
    list(&client).await.unwrap();
    let _ = client.get_my_info().send().await;
    let seen = server.seen();
    let header = |i: usize, name: &str| {
        seen[i]
            .headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    };
    assert_eq!(header(0, "x-api-key").as_deref(), Some(KEY));
    assert_eq!(header(0, "authorization"), None);
    assert_eq!(seen[1].line, "GET /my-info");
    assert_eq!(
        header(1, "authorization"),
        Some(format!("Bearer {}", common::JWT))
    );
    assert_eq!(header(1, "x-api-key"), None, "getMyInfo accepts only a JWT");

    // a key alone cannot call a bearer-only operation: refused before sending
    let server = Loopback::start(vec![projects()]).await;
    let key_only = ClientBuilder::new()
        .api_key(KEY)
        .base_url(&server.base_url)
        .build()
        .unwrap();
    let err = key_only.get_my_info().send().await.unwrap_err();
    assert_eq!(
        err.kind(),
        ErrorKind::MissingCredential(ampersand_ext::CredentialKind::Bearer)
    );
    assert_eq!(err.attempts(), 0);
    assert!(server.seen().is_empty());
}

#[tokio::test]
async fn your_own_http_client_keeps_retries_and_the_redirect_policy() {
    let other = Loopback::start(vec![projects()]).await;
    let server = Loopback::start(vec![
        Step::problem(503, &json!({}), &[]),
        Step::Respond(
            302,
            vec![("location", format!("{}/projects", other.base_url))],
            Default::default(),
        ),
    ])
    .await;
    ampersand_ext::client::install_ring_provider();
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let client = builder(&server).http_client(http).build().unwrap();
    let err = list(&client).await.unwrap_err();
    assert_eq!(
        err.kind(),
        ErrorKind::Redirect(RedirectRefusal::CrossOrigin)
    );
    assert_eq!(err.attempts(), 2, "the 503 was retried");
    assert_eq!(server.seen().len(), 2);
    assert!(other.seen().is_empty());
}

// tokio's clock, paused: the waits and timeouts pass without waiting for them
#[tokio::test(start_paused = true)]
async fn timeout_and_retry_policy_can_be_overridden_per_request() {
    let server = Loopback::start(vec![Step::Hang, projects()]).await;
    // the client's own timeout is long: the override makes the hung attempt end and retry
    let patient = builder(&server)
        .attempt_timeout(Duration::from_secs(30))
        .build()
        .unwrap();
    let start = Instant::now();
    list(&patient.with_attempt_timeout(Duration::from_millis(200)))
        .await
        .unwrap();
    assert!(start.elapsed() < Duration::from_secs(5));
    assert_eq!(server.seen().len(), 2);

    // a create is retried only by a client whose policy opts in
    let server = Loopback::start(vec![
        Step::Reset,
        Step::json(
            201,
            &json!({
        "id": "p-1", "name": "mm", "appName": "MailMonkey", "orgId": "org-1",
        "createTime": "2024-01-01T00:00:00Z"}),
        ),
    ])
    .await;
    let created = client(&server)
        .with_retry_policy(fast().retry_non_idempotent(true))
        .create_project()
        .body(create_body())
        .send()
        .await
        .unwrap();
    assert_eq!(created.id, "p-1");
    let seen = server.seen();
    assert_eq!(seen.len(), 2);
    assert_eq!(seen[0].body, seen[1].body, "the same body, sent again");
}

// tokio's clock, paused: the server's latency, the pool's idle timeout and the test's waits
// pass without taking time
#[tokio::test(start_paused = true)]
async fn the_pool_keeps_at_most_the_idle_connections_asked_for_and_for_as_long() {
    let handler: common::loopback::Handler = std::sync::Arc::new(|_| projects());
    let server = Loopback::start_on_tokio_time(handler, Duration::from_millis(100)).await;
    let client = builder(&server)
        .pool_max_idle_per_host(2)
        .pool_idle_timeout(Duration::from_millis(500))
        .build()
        .unwrap();
    let calls = (0..20).map(|_| list(&client));
    for result in futures_util::future::join_all(calls).await {
        result.unwrap();
    }
    assert_eq!(server.max_in_flight(), 20);
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(
        server.closed(),
        18,
        "all but the 2 idle connections kept are closed"
    );
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(
        server.closed(),
        20,
        "the idle ones close after their idle timeout"
    );
}
