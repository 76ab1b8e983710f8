//! Faults on demand: the next calls of an operation failed, a dropped connection, a slow
//! answer, and the admin endpoints that set them and reset the fake.

use super::*;

// tokio's clock, paused: the faults' waits and the client's timeouts pass without taking time
#[tokio::test(start_paused = true)]
async fn a_fault_takes_the_next_calls_of_its_operation() {
    use ampersand_fake::Fault;
    use std::time::Duration;
    let fake = fake().await;
    fake.fail(
        "listProjects",
        2,
        Fault::status(503)
            .retry_after(Duration::from_secs(2))
            .retryable(true),
    );
    for _ in 0..2 {
        let url = format!("{}/projects", fake.base_url(Host::Platform));
        let response = http()
            .get(url)
            .header("x-api-key", DEFAULT_API_KEY)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), 503);
        assert_eq!(response.headers()["retry-after"], "2");
        assert_eq!(
            response.headers()["content-type"],
            "application/problem+json"
        );
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["retryable"], true);
        let at =
            chrono::DateTime::parse_from_rfc3339(body["retryAfter"].as_str().unwrap()).unwrap();
        assert!(at > chrono::Utc::now(), "{body}");
    }
    // the third call is answered; other operations were never touched
    assert_eq!(raw(&fake, "GET", "/projects", None, true).await.0, 200);

    // the SDK retries a 503 (a short Retry-After) and gets the answer
    fake.fail(
        "listProjects",
        1,
        Fault::status(503).retry_after(Duration::from_millis(10)),
    );
    assert!(client_retrying(&fake).list_projects().send().await.is_ok());
    // and without retries sees the fault as it is
    fake.fail(
        "listProjects",
        1,
        Fault::status(429).retry_after(Duration::from_secs(3)),
    );
    let e = client(&fake).list_projects().send().await.unwrap_err();
    assert_eq!(e.status().unwrap().as_u16(), 429);
    assert_eq!(e.retry_after(), Some(Duration::from_secs(3)));
    // retryable: false is the problem's
    fake.fail("listProjects", 1, Fault::status(503).retryable(false));
    let e = client_retrying(&fake)
        .list_projects()
        .send()
        .await
        .unwrap_err();
    assert_eq!((e.attempts(), e.is_retryable()), (1, false));
}

fn client_retrying(fake: &Fake) -> ampersand_client::Client {
    common::client_with(fake, |c| c.retry = RetryPolicy::default())
}

// tokio's clock, paused: the faults' waits and the client's timeouts pass without taking time
#[tokio::test(start_paused = true)]
async fn a_dropped_connection_and_a_slow_answer() {
    use ampersand_fake::Fault;
    use std::time::Duration;
    use tokio::time::Instant;
    let fake = fake().await;
    fake.fail("getProject", 1, Fault::drop_connection());
    let e = client(&fake)
        .get_project()
        .project_id_or_name("p")
        .send()
        .await
        .unwrap_err();
    assert!(matches!(e.kind(), ErrorKind::Transport(_)), "{e}");
    assert_eq!(e.status(), None);
    // the next call is answered (404: no such project)
    let e = client(&fake)
        .get_project()
        .project_id_or_name("p")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.status().unwrap().as_u16(), 404);

    fake.fail(
        "listProjects",
        1,
        Fault::latency(Duration::from_millis(300)),
    );
    let started = Instant::now();
    client(&fake).list_projects().send().await.unwrap();
    assert!(started.elapsed() >= Duration::from_millis(300));
    // a slow failure, past the client's attempt timeout
    fake.fail(
        "listProjects",
        1,
        Fault::status(500).delayed(Duration::from_secs(5)),
    );
    let slow = common::client_with(&fake, |c| c.attempt_timeout = Duration::from_millis(200));
    let e = slow.list_projects().send().await.unwrap_err();
    assert_eq!(
        e.kind(),
        ErrorKind::Transport(ampersand_client::TransportKind::Timeout),
        "{e}"
    );
}

#[tokio::test]
async fn the_admin_endpoints_set_faults_and_reset() {
    let fake = fake().await;
    let admin = |path: &str, body: Value| {
        let url = format!("http://{}/_fake/{path}", fake.addr());
        async move {
            let response = http().post(url).json(&body).send().await.unwrap();
            let status = response.status().as_u16();
            (
                status,
                response.json::<Value>().await.unwrap_or(Value::Null),
            )
        }
    };
    let (status, _) = admin(
        "faults",
        json!({ "operation": "listProjects", "times": 1, "status": 503, "retryAfterSeconds": 1 }),
    )
    .await;
    assert_eq!(status, 204);
    let (status, _, _) = raw(&fake, "GET", "/projects", None, true).await;
    assert_eq!(status, 503);
    assert_eq!(raw(&fake, "GET", "/projects", None, true).await.0, 200);
    // refused: an operation the spec does not have, a status that is not an error, a typo
    for (body, name) in [
        (
            json!({ "operation": "listPrjects", "status": 503 }),
            "operation",
        ),
        (
            json!({ "operation": "listProjects", "status": 200 }),
            "body",
        ),
        (
            json!({ "operation": "listProjects", "stauts": 503 }),
            "body",
        ),
    ] {
        let (status, problem) = admin("faults", body.clone()).await;
        assert_eq!(status, 400, "{body}");
        assert_eq!(problem["issues"][0]["name"], name, "{problem}");
    }
    // reset: the projects and the faults waiting are gone
    client(&fake)
        .create_project()
        .body_map(|b| b.app_name("A").name("kept").org_id("o"))
        .send()
        .await
        .unwrap();
    fake.fail("getProject", 5, ampersand_fake::Fault::status(500));
    assert_eq!(admin("reset", json!({})).await.0, 204);
    assert!(lists_no_project(&fake).await);
    let e = client(&fake)
        .get_project()
        .project_id_or_name("kept")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.status().unwrap().as_u16(), 404);
    // a health check for a container
    let health = http()
        .get(format!("http://{}/_fake/health", fake.addr()))
        .send()
        .await
        .unwrap();
    assert_eq!(health.status().as_u16(), 200);
    assert_eq!(health.json::<Value>().await.unwrap()["status"], "ok");
}
