//! Retries on the wire: attempts bounded and counted, Retry-After honoured up to the cap, a POST
//! retried only by opt-in, a timeout retried as a transport error.

use super::*;

#[tokio::test]
async fn a_get_that_gets_503_twice_succeeds_on_the_third_attempt() {
    let server = MockServer::start_async().await;
    let mock = server.list_projects(|when, then| {
        when.into_inner().any_request();
        then.into_inner()
            .respond_with(sequence(vec![status(503), status(503), projects_ok()]));
    });
    let projects = client(&server, fast())
        .list_projects()
        .send()
        .await
        .unwrap();
    mock.assert_calls(3);
    assert!(projects.is_empty());
}

#[tokio::test]
async fn attempts_are_bounded_and_counted_on_the_error() {
    let server = MockServer::start_async().await;
    let mock = server.list_projects(|when, then| {
        when.into_inner().any_request();
        then.into_inner().respond_with(sequence(vec![status(503)]));
    });
    let err: Error = client(&server, fast().max_attempts(3))
        .list_projects()
        .send()
        .await
        .unwrap_err();
    mock.assert_calls(3);
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(err.attempts(), 3);
    assert!(err.is_retryable());
    assert_eq!(
        err.to_string(),
        "listProjects: 503 Service Unavailable: unavailable after 3 attempts"
    );
}

/// The waits the request path chose before each retry, in milliseconds, as its `retrying`
/// events say, while `call` runs.
async fn waits_before_retries<F: std::future::Future>(call: F) -> (F::Output, Vec<u64>) {
    let (captured, guard) = common::capture::capturing(tracing::Level::DEBUG);
    let output = call.await;
    drop(guard);
    let logs = captured.text();
    let waits = logs
        .lines()
        .filter(|l| l.contains("retrying"))
        .map(|l| {
            let at = l.find("wait_ms=").expect("a retry says its wait") + "wait_ms=".len();
            let digits: String = l[at..].chars().take_while(char::is_ascii_digit).collect();
            digits.parse().unwrap()
        })
        .collect();
    (output, waits)
}

// a loopback server and tokio's clock, paused: the one-second wait passes without taking time
#[tokio::test(start_paused = true)]
async fn retry_after_is_honoured_in_seconds_up_to_the_cap_and_a_longer_one_ends_the_call() {
    use common::loopback::{Loopback, Step};
    let slow_down = |seconds: &'static str| {
        Step::problem(
            429,
            &json!({"title": "slow down"}),
            &[("retry-after", seconds)],
        )
    };
    let server = Loopback::start(vec![slow_down("1"), common::calls::projects()]).await;
    let first = common::calls::builder(&server).build().unwrap();
    let (answer, waits) = waits_before_retries(first.list_projects().send()).await;
    answer.unwrap();
    assert_eq!(server.seen().len(), 2);
    // the server's wait exactly (no backoff, no jitter), not fast()'s base delay
    assert_eq!(waits, [1000]);

    // with a short cap, a longer Retry-After is not cut short and retried early: the call
    // ends at once, carrying the wait
    let server = Loopback::start(vec![slow_down("120"), common::calls::projects()]).await;
    let capped = common::calls::builder(&server)
        .retry_policy(fast().max_retry_after(Duration::from_millis(200)))
        .build()
        .unwrap();
    let (answer, waits) = waits_before_retries(capped.list_projects().send()).await;
    let e = answer.unwrap_err();
    assert_eq!(server.seen().len(), 1);
    assert!(waits.is_empty(), "{waits:?}");
    assert_eq!(e.attempts(), 1);
    assert_eq!(e.retry_after(), Some(Duration::from_secs(120)));
}

fn create_project_body() -> ampersand_client::types::CreateProjectBody {
    serde_json::from_value(json!({"appName": "My App", "name": "my-project", "orgId": "org-1"}))
        .unwrap()
}

#[tokio::test]
async fn a_post_is_not_retried_by_default_and_is_with_opt_in() {
    let server = MockServer::start_async().await;
    let mock = server.create_project(|when, then| {
        when.into_inner().any_request();
        then.into_inner().respond_with(sequence(vec![status(503)]));
    });
    let client = client(&server, fast().max_attempts(3));
    let err: Error = client
        .create_project()
        .body(create_project_body())
        .send()
        .await
        .unwrap_err();
    mock.assert_calls(1);
    assert_eq!(err.attempts(), 1);

    let mut mock = mock;
    mock.delete();
    let mock = server.create_project(|when, then| {
        when.into_inner()
            .json_body(json!({"appName": "My App", "name": "my-project", "orgId": "org-1"}));
        then.into_inner().respond_with(sequence(vec![
            status(503),
            HttpMockResponse::builder()
                .status(201)
                .header("content-type", "application/json")
                .body(
                    json!({"id": "p-1", "name": "my-project", "appName": "My App",
                           "orgId": "org-1", "createTime": "2024-01-15T10:30:00Z"})
                    .to_string(),
                )
                .build(),
        ]));
    });
    let project = client
        .with_retry_policy(fast().max_attempts(3).retry_non_idempotent(true))
        .create_project()
        .body(create_project_body())
        .send()
        .await
        .unwrap();
    mock.assert_calls(2);
    assert_eq!(project.id, "p-1");
}

// a loopback server that never answers, and tokio's clock, paused: the timeouts pass without
// taking time
#[tokio::test(start_paused = true)]
async fn a_timeout_is_a_retryable_transport_error() {
    use common::loopback::{Loopback, Step};
    let server = Loopback::start(vec![Step::Hang, Step::Hang]).await;
    let client = common::calls::builder(&server)
        .attempt_timeout(Duration::from_millis(100))
        .retry_policy(fast().max_attempts(2))
        .build()
        .unwrap();
    let start = tokio::time::Instant::now();
    let err: Error = client.list_projects().send().await.unwrap_err();
    assert_eq!(server.seen().len(), 2);
    assert!(start.elapsed() >= Duration::from_millis(200));
    assert_eq!(
        err.kind(),
        ErrorKind::Transport(TransportKind::Timeout),
        "{err:?}"
    );
    assert_eq!(err.attempts(), 2);
    assert!(err.is_retryable());
    assert_eq!(err.to_string(), "listProjects: timed out after 2 attempts");
}
