//! Retries: what is retried (a 503, a reset, a cut body, a hung attempt, an HTML 503), what is
//! not (a POST, truncated JSON, a problem that says so), the waits a server asks for, and the
//! budget they fit in.

use super::*;

#[tokio::test]
async fn a_503_then_a_200_succeeds_on_the_second_attempt() {
    let server = Loopback::start(vec![
        Step::problem(503, &json!({"title": "unavailable"}), &[]),
        projects(),
    ])
    .await;
    let got = list(&client(&server)).await.unwrap();
    assert_eq!(got[0].id, "p-1");
    let seen = server.seen();
    assert_eq!(seen.len(), 2);
    assert!(seen.iter().all(|r| r.line == "GET /projects"));
    assert!(
        seen.iter()
            .all(|r| r.headers.contains(&("x-api-key".into(), KEY.into())))
    );
}

// tokio's clock, paused: the waits and timeouts pass without waiting for them
#[tokio::test(start_paused = true)]
async fn a_429_retry_after_is_honoured_as_delta_seconds_and_as_a_date() {
    for as_date in [false, true] {
        let retry_after = match as_date {
            false => "1".to_string(),
            true => httpdate::fmt_http_date(std::time::SystemTime::now() + Duration::from_secs(2)),
        };
        let server = Loopback::start(vec![
            Step::problem(
                429,
                &json!({"title": "slow down"}),
                &[("retry-after", &retry_after)],
            ),
            projects(),
        ])
        .await;
        let start = Instant::now();
        list(&client(&server)).await.unwrap();
        let waited = start.elapsed();
        // a second, exactly; an HTTP date has a one-second resolution: it asks for 1 to 2 s
        match as_date {
            false => assert_eq!(waited, Duration::from_secs(1)),
            true => assert!(
                waited >= Duration::from_millis(900),
                "{retry_after}: {waited:?}"
            ),
        }
        assert!(waited < Duration::from_secs(5), "{retry_after}: {waited:?}");
        assert_eq!(server.seen().len(), 2);
    }
}

#[tokio::test]
async fn a_reset_before_the_response_is_retried_for_a_get_and_not_for_a_post() {
    let server = Loopback::start(vec![Step::Reset, projects()]).await;
    list(&client(&server)).await.unwrap();
    assert_eq!(server.seen().len(), 2);

    let server = Loopback::start(vec![Step::Reset]).await;
    let err = create_fails(&client(&server)).await;
    assert_eq!(
        err.kind(),
        ErrorKind::Transport(TransportKind::Reset),
        "{err:?}"
    );
    assert_eq!(err.attempts(), 1);
    assert!(err.is_retryable());
    assert_eq!(server.seen().len(), 1, "a POST is not repeated");
    assert_eq!(server.seen()[0].line, "POST /projects");
}

/// A retry sends the request again as the first was sent: the same line, headers (the
/// credential among them) and body, made again by the operation rather than kept as a copy.
#[tokio::test]
async fn a_post_retried_by_opt_in_sends_the_same_request_again() {
    let created = Step::json(
        201,
        &json!({"id": "p-1", "name": "mm", "appName": "MailMonkey",
                "orgId": "org-1", "createTime": "2024-01-01T00:00:00Z"}),
    );
    let server = Loopback::start(vec![
        Step::problem(503, &json!({"title": "unavailable"}), &[]),
        created,
    ])
    .await;
    let client = builder(&server)
        .retry_policy(fast().retry_non_idempotent(true))
        .build()
        .unwrap();
    let project = create(&client).await.unwrap().into_inner();
    assert_eq!(project.id, "p-1");
    let seen = server.seen();
    assert_eq!(seen.len(), 2);
    assert_eq!(seen[0].line, "POST /projects");
    assert_eq!(seen[1].line, seen[0].line);
    assert_eq!(seen[1].headers, seen[0].headers);
    assert_eq!(seen[1].body, seen[0].body);
    // createProject takes a bearer token only
    let bearer = format!("Bearer {}", common::JWT);
    assert!(seen[1].headers.contains(&("authorization".into(), bearer)));
    let body: serde_json::Value = serde_json::from_slice(&seen[1].body).unwrap();
    assert_eq!(
        body,
        json!({"name": "mm", "appName": "MailMonkey", "orgId": "org-1"})
    );
}

#[tokio::test]
async fn a_body_cut_mid_way_is_retried_and_counted() {
    let cut = Step::CutBody(200, 500, br#"[{"id": "p-1", "na"#.to_vec());
    let server = Loopback::start(vec![cut.clone(), projects()]).await;
    list(&client(&server)).await.unwrap();
    assert_eq!(server.seen().len(), 2);

    let server = Loopback::start(vec![cut]).await;
    let err = list(
        &builder(&server)
            .retry_policy(fast().max_attempts(3))
            .build()
            .unwrap(),
    )
    .await
    .unwrap_err();
    assert_eq!(
        err.kind(),
        ErrorKind::Transport(TransportKind::Body),
        "{err:?}"
    );
    assert_eq!(
        err.status().map(|s| s.as_u16()),
        Some(200),
        "the status was received"
    );
    assert_eq!(err.attempts(), 3);
    assert_eq!(server.seen().len(), 3);
}

// tokio's clock, paused: the waits and timeouts pass without waiting for them
#[tokio::test(start_paused = true)]
async fn a_hung_attempt_times_out_and_is_retried_within_the_budget() {
    let server = Loopback::start(vec![Step::Hang, projects()]).await;
    let client = builder(&server)
        .attempt_timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    let start = Instant::now();
    list(&client).await.unwrap();
    assert!(start.elapsed() < Duration::from_secs(2));
    assert_eq!(server.seen().len(), 2);

    // hanging for ever: the total budget ends the call
    let server = Loopback::start(vec![Step::Hang]).await;
    let client = builder(&server)
        .attempt_timeout(Duration::from_millis(200))
        .retry_policy(
            fast()
                .max_attempts(10)
                .max_elapsed(Duration::from_millis(700)),
        )
        .build()
        .unwrap();
    let start = Instant::now();
    let err = list(&client).await.unwrap_err();
    let took = start.elapsed();
    assert_eq!(
        err.kind(),
        ErrorKind::Transport(TransportKind::Timeout),
        "{err:?}"
    );
    assert!(took < Duration::from_millis(1500), "{took:?}");
    assert!(err.attempts() >= 3, "{} attempts", err.attempts());
    assert_eq!(server.seen().len() as u32, err.attempts());
}

// tokio's clock, paused: the waits pass without taking time
#[tokio::test(start_paused = true)]
async fn a_trickling_body_times_out() {
    let body = br#"[{"id": "p-1", "name": "mm", "appName": "MailMonkey", "orgId": "o"}]"#.to_vec();
    let server = Loopback::start(vec![Step::Trickle(200, body, Duration::from_millis(50))]).await;
    let client = builder(&server)
        .attempt_timeout(Duration::from_millis(300))
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap();
    let err = list(&client).await.unwrap_err();
    assert_eq!(
        err.kind(),
        ErrorKind::Transport(TransportKind::Timeout),
        "{err:?}"
    );
    assert_eq!(err.attempts(), 1);
    assert_eq!(server.seen().len(), 1);
}

#[tokio::test]
async fn truncated_json_is_a_decode_error_and_is_not_retried() {
    let server = Loopback::start(vec![Step::raw(
        200,
        "application/json",
        br#"[{"id": "p-1", "#,
    )])
    .await;
    let err = list(&client(&server)).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Decode, "{err:?}");
    assert_eq!(
        err.decode_error().unwrap().category,
        serde_json::error::Category::Eof
    );
    assert_eq!(err.attempts(), 1);
    assert_eq!(server.seen().len(), 1);
}

#[tokio::test]
async fn an_html_503_is_retried_then_kept_with_status_headers_and_body() {
    let page = b"<html><body>Service Unavailable</body></html>";
    let server = Loopback::start(vec![Step::Respond(
        503,
        vec![
            ("content-type", "text/html".into()),
            ("x-request-id", "req-html".into()),
        ],
        std::sync::Arc::new(page.to_vec()),
    )])
    .await;
    let err = list(
        &builder(&server)
            .retry_policy(fast().max_attempts(3))
            .build()
            .unwrap(),
    )
    .await
    .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Api, "{err:?}");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(err.attempts(), 3);
    assert_eq!(err.request_id(), Some("req-html"));
    assert_eq!(err.headers().unwrap()["content-type"], "text/html");
    assert_eq!(&err.body().unwrap().bytes[..], page);
    assert!(err.is_retryable());
    assert_eq!(server.seen().len(), 3);
}

#[tokio::test]
async fn a_problem_that_says_retryable_false_is_not_retried() {
    let server = Loopback::start(vec![Step::problem(
        500,
        &json!({"title": "broken", "retryable": false, "requestId": "req-1"}),
        &[],
    )])
    .await;
    let err = list(&client(&server)).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Api);
    assert_eq!(err.attempts(), 1);
    assert!(!err.is_retryable());
    assert_eq!(err.problem().unwrap().retryable, Some(false));
    assert_eq!(server.seen().len(), 1);
}

// tokio's clock, paused: the waits and timeouts pass without waiting for them
#[tokio::test(start_paused = true)]
async fn a_problem_retry_after_instant_is_honoured() {
    let at = chrono::Utc::now() + chrono::Duration::milliseconds(800);
    let server = Loopback::start(vec![
        Step::problem(
            503,
            &json!({"title": "later", "retryAfter": at.to_rfc3339()}),
            &[],
        ),
        projects(),
    ])
    .await;
    let start = Instant::now();
    list(&client(&server)).await.unwrap();
    assert!(
        start.elapsed() >= Duration::from_millis(600),
        "{:?}",
        start.elapsed()
    );
    assert_eq!(server.seen().len(), 2);
}

#[tokio::test]
async fn a_503_that_says_retryable_false_is_not_retried_when_its_retry_after_is_malformed() {
    for retry_after in [json!("soon"), json!(5)] {
        let server = Loopback::start(vec![
            Step::problem(
                503,
                &json!({"retryable": false, "retryAfter": retry_after, "title": "down"}),
                &[],
            ),
            projects(),
        ])
        .await;
        let e = list(&client(&server)).await.unwrap_err();
        assert_eq!((server.seen().len(), e.attempts()), (1, 1), "{retry_after}");
        assert!(!e.is_retryable());
        assert_eq!(e.title(), Some("down"));
        assert_eq!(e.problem().and_then(|p| p.retryable), Some(false));
        assert_eq!(e.unreadable_problem_fields(), ["retryAfter"]);
    }
}

// tokio's clock, paused: the waits and timeouts pass without waiting for them
#[tokio::test(start_paused = true)]
async fn a_server_wait_longer_than_the_client_sleeps_fails_at_once_carrying_the_wait() {
    let hour_ahead = (chrono::Utc::now() + chrono::TimeDelta::hours(1)).to_rfc3339();
    let cases: [(&[(&'static str, &str)], serde_json::Value); 3] = [
        (&[("retry-after", "3600")], json!({"title": "busy"})),
        (&[], json!({"title": "busy", "retryAfter": hour_ahead})),
        // within the 90 s budget, but longer than the 30 s the client sleeps through
        (&[("retry-after", "60")], json!({"title": "busy"})),
    ];
    for (headers, body) in cases {
        let server = Loopback::start(vec![Step::problem(503, &body, headers), projects()]).await;
        let start = Instant::now();
        let e = list(&client(&server)).await.unwrap_err();
        assert!(
            start.elapsed() < Duration::from_secs(2),
            "{headers:?}: {:?}",
            start.elapsed()
        );
        assert_eq!((server.seen().len(), e.attempts()), (1, 1), "{headers:?}");
        assert!(e.is_retryable());
        let wait = e.retry_after().expect("the wait the server asked for");
        let asked = if headers.is_empty() {
            3600
        } else {
            headers[0].1.parse().unwrap()
        };
        assert!(
            wait <= Duration::from_secs(asked) && wait > Duration::from_secs(asked - 10),
            "{headers:?}: {wait:?}"
        );
    }
    // a wait within what the client sleeps through is honoured, and still reported
    let server = Loopback::start(vec![
        Step::problem(503, &json!({}), &[("retry-after", "1")]),
        Step::problem(503, &json!({}), &[("retry-after", "1")]),
    ])
    .await;
    let client = builder(&server)
        .retry_policy(fast().max_attempts(2))
        .build()
        .unwrap();
    let start = Instant::now();
    let e = list(&client).await.unwrap_err();
    assert!(start.elapsed() >= Duration::from_millis(900));
    assert_eq!(
        (e.attempts(), e.retry_after()),
        (2, Some(Duration::from_secs(1)))
    );
}

#[tokio::test]
async fn a_refused_connection_sent_nothing_and_is_retried_for_a_post_too() {
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base_url = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    let e = create_fails(&builder_at(&base_url).build().unwrap()).await;
    assert_eq!(
        e.kind(),
        ErrorKind::Transport(TransportKind::Connect),
        "{e:?}"
    );
    assert_eq!(
        e.attempts(),
        4,
        "a POST that never reached the server is tried again"
    );
}
