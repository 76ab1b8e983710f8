//! Fault injection against a loopback server of our own (`common::loopback`): each test
//! asserts the outcome, the attempts counted, and the requests the server saw.

use std::time::Duration;

use tokio::time::Instant;

use ampersand_ext::prelude::*;
use ampersand_ext::{RedirectRefusal, TransportKind};
use serde_json::json;

mod common;
use common::loopback::{Loopback, Step};

use common::calls::*;

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

#[tokio::test]
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

/// Every property of the spec's problem schema (`InputValidationProblem`, through its
/// `allOf`): its name, a valid value (the spec's sampler) and a malformed one (a value of
/// another JSON type, or a string that is not a date-time where one is declared).
fn problem_fields() -> Vec<(String, serde_json::Value, serde_json::Value)> {
    use serde_json::Value;
    fn collect(
        sampler: &ampersand_spec::sample::Sampler<'_>,
        schema: &Value,
        out: &mut Vec<(String, Value, Value)>,
    ) {
        let schema = sampler.resolve(schema);
        for part in schema
            .get("allOf")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            collect(sampler, part, out);
        }
        for (name, prop) in schema
            .get("properties")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            let prop = sampler.resolve(prop);
            let bad = match prop.get("type").and_then(Value::as_str) {
                Some("string")
                    if prop.get("format").and_then(Value::as_str) == Some("date-time") =>
                {
                    json!("not a time")
                }
                Some("string") => json!(5),
                Some("integer" | "number" | "boolean") => json!("soon"),
                Some("array") => json!("x"),
                Some("object") => json!(7),
                _ => continue,
            };
            out.push((name.clone(), sampler.sample(prop), bad));
        }
    }
    let spec = common::spec();
    let sampler = ampersand_spec::sample::Sampler::new(spec);
    let mut out = Vec::new();
    collect(
        &sampler,
        &json!({"$ref": "#/components/schemas/InputValidationProblem"}),
        &mut out,
    );
    out
}

/// The error of listing projects against a server that answers `status` with `problem`,
/// without retries.
async fn problem_error(status: u16, problem: &serde_json::Value) -> Error {
    let server = Loopback::start(vec![Step::problem(status, problem, &[])]).await;
    let client = builder(&server)
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap();
    list(&client).await.unwrap_err()
}

#[tokio::test]
async fn each_problem_field_that_does_not_parse_is_absent_and_named_and_the_rest_is_kept() {
    let fields = problem_fields();
    let names: Vec<&str> = fields.iter().map(|(n, _, _)| n.as_str()).collect();
    for expected in [
        "title",
        "detail",
        "requestId",
        "retryable",
        "retryAfter",
        "time",
        "issues",
    ] {
        assert!(names.contains(&expected), "{expected} in {names:?}");
    }
    let full: serde_json::Map<String, serde_json::Value> = fields
        .iter()
        .map(|(n, v, _)| (n.clone(), v.clone()))
        .collect();
    let whole = problem_error(422, &full.clone().into()).await;
    assert!(whole.unreadable_problem_fields().is_empty(), "{whole:?}");
    let baseline = serde_json::to_value(whole.problem().expect("the sample decodes")).unwrap();
    for (name, _, bad) in &fields {
        let mut body = full.clone();
        body.insert(name.clone(), bad.clone());
        let e = problem_error(422, &body.into()).await;
        assert_eq!(
            e.unreadable_problem_fields(),
            std::slice::from_ref(name),
            "{name}"
        );
        let got = serde_json::to_value(e.problem().expect("the rest decodes")).unwrap();
        for other in &names {
            if other == name {
                assert_eq!(got.get(*other), None, "{name} malformed is absent");
            } else {
                assert_eq!(
                    got.get(*other),
                    baseline.get(*other),
                    "{other} kept when {name} is malformed"
                );
            }
        }
        if name != "requestId" {
            assert_eq!(e.request_id(), full["requestId"].as_str(), "{name}");
        }
    }
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
async fn control_characters_from_the_server_are_escaped_in_every_message() {
    let nasty = "ok\r\n2026-01-01T00:00:00Z INFO forged\u{1b}[31m red\0 \u{202e}gnp.exe\u{2028}";
    let html = format!("<html><h1>{nasty}</h1></html>");
    let steps = [
        Step::problem(
            500,
            &json!({"title": nasty, "detail": nasty, "requestId": nasty,
                    "issues": [{"name": nasty, "detail": nasty}]}),
            &[],
        ),
        Step::raw(502, "text/html", html.as_bytes()),
        Step::raw(302, "text/plain", nasty.as_bytes()),
    ];
    for step in steps {
        let server = Loopback::start(vec![step]).await;
        let client = builder(&server)
            .retry_policy(RetryPolicy::none())
            .build()
            .unwrap();
        let e = list(&client).await.unwrap_err();
        for shown in [
            e.to_string(),
            e.body().map(|b| b.excerpt()).unwrap_or_default(),
        ] {
            let unsafe_char = shown
                .chars()
                .find(|c| c.is_control() || ('\u{2028}'..='\u{202e}').contains(c));
            assert_eq!(unsafe_char, None, "{shown}");
        }
        assert!(e.to_string().contains(r"ok\r\n2026"), "{e}");
    }
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

/// CRC-32 (IEEE), for a gzip member.
fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for byte in data {
        crc ^= u32::from(*byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// `data` as one gzip member (a stored deflate block) whose trailer carries `crc`.
fn gzip(data: &[u8], crc: u32) -> Vec<u8> {
    let mut out = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff, 1];
    let len = u16::try_from(data.len()).unwrap();
    out.extend(len.to_le_bytes());
    out.extend((!len).to_le_bytes());
    out.extend(data);
    out.extend(crc.to_le_bytes());
    out.extend(u32::try_from(data.len()).unwrap().to_le_bytes());
    out
}

#[tokio::test]
async fn a_gzip_body_with_a_bad_checksum_is_a_decode_error_not_a_cut_connection() {
    let body = json!([{"id": "p-1", "name": "mm", "appName": "MailMonkey", "orgId": "org-1",
                       "createTime": "2024-01-01T00:00:00Z"}])
    .to_string();
    let answer = |crc: u32| {
        Step::Respond(
            200,
            vec![
                ("content-type", "application/json".into()),
                ("content-encoding", "gzip".into()),
            ],
            std::sync::Arc::new(gzip(body.as_bytes(), crc)),
        )
    };
    // the member is right: it decodes
    let server = Loopback::start(vec![answer(crc32(body.as_bytes()))]).await;
    assert_eq!(list(&client(&server)).await.unwrap()[0].id, "p-1");
    // the same with a wrong checksum: the bytes all came, and would come again
    let server = Loopback::start(vec![answer(crc32(body.as_bytes()) ^ 1), projects()]).await;
    let e = list(&client(&server)).await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Decode, "{e:?}");
    assert_eq!((e.attempts(), server.seen().len()), (1, 1));
    assert!(!e.is_retryable());
    // and it says why: the coding, and the decoder's own words
    let said = e.to_string();
    assert!(
        said.contains("does not decode from its Content-Encoding: "),
        "{said}"
    );
    assert!(
        said.to_lowercase().contains("checksum") || said.to_lowercase().contains("crc"),
        "{said}"
    );
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

/// oauthConnect's body, sampled from its schema in the spec.
fn oauth_connect_body() -> types::OauthConnectBody {
    let schema = common::spec()
        .pointer("/paths/~1oauth-connect/post/requestBody/content/application~1json/schema")
        .expect("oauthConnect takes a JSON body");
    let sample = ampersand_spec::sample::Sampler::new(common::spec()).sample(schema);
    serde_json::from_value(sample).unwrap()
}

#[tokio::test]
async fn a_text_answer_is_a_string_and_one_that_is_not_utf8_is_a_decode_error() {
    let url = "https://login.example.com/oauth/authorize?client_id=abc&state=xyz";
    let server = Loopback::start(vec![Step::raw(200, "text/plain", url.as_bytes())]).await;
    let answer = client(&server)
        .oauth_connect()
        .body(oauth_connect_body())
        .send()
        .await
        .unwrap();
    let text: String = answer.into_inner();
    assert_eq!(text, url);
    let seen = server.seen();
    assert!(seen[0].headers.contains(&(
        "accept".into(),
        "text/plain, application/problem+json".into()
    )));

    let server = Loopback::start(vec![Step::raw(200, "text/plain", b"https://x/\xff\xfe")]).await;
    let e = client(&server)
        .oauth_connect()
        .body(oauth_connect_body())
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Decode, "{e:?}");
    assert_eq!(e.attempts(), 1);
    assert!(e.to_string().contains("not UTF-8 from byte 10"), "{e}");

    let server = Loopback::start(vec![Step::raw(200, "text/plain", url.as_bytes())]).await;
    let limited = builder(&server).max_response_bytes(8).build().unwrap();
    let e = limited
        .oauth_connect()
        .body(oauth_connect_body())
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::BodyTooLarge, "{e:?}");
}
