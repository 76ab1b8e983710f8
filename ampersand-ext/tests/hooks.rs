//! Hooks on every attempt: they see the request before the credentials and what came of it,
//! with the credentials a server echoes redacted; a hook cannot send the request (and its
//! credentials) to another origin.

use std::time::Duration;

use ampersand_ext::prelude::*;
use serde_json::json;

mod common;
use common::calls::*;
use common::loopback::{Loopback, Step};

/// A hook that records what it saw of each attempt and tags each with a `traceparent`.
#[derive(Default)]
struct Recorder(std::sync::Mutex<Vec<String>>);

impl ampersand_ext::client::hook::Hook for Recorder {
    fn before_attempt(
        &self,
        attempt: &ampersand_ext::client::hook::Attempt,
        request: &mut reqwest::Request,
    ) {
        let credentials = ["x-api-key", "authorization"]
            .iter()
            .any(|h| request.headers().contains_key(*h));
        self.0.lock().unwrap().push(format!(
            "before {} #{} credentials seen: {credentials}",
            attempt.operation.id, attempt.number
        ));
        let traceparent = format!(
            "00-4bf92f3577b34da6a3ce929d0e0e4736-{:016x}-01",
            attempt.number
        );
        request
            .headers_mut()
            .insert("traceparent", traceparent.parse().unwrap());
        // a hook that tries to set the credential does not win
        request
            .headers_mut()
            .insert("x-api-key", "from-a-hook".parse().unwrap());
    }

    fn after_attempt(
        &self,
        attempt: &ampersand_ext::client::hook::Attempt,
        outcome: ampersand_ext::client::hook::AttemptOutcome<'_>,
        took: Duration,
    ) {
        use ampersand_ext::client::hook::AttemptOutcome;
        let what = match outcome {
            AttemptOutcome::Response { status, headers } => {
                format!("{} {:?}", status.as_u16(), headers.get("x-request-id"))
            }
            AttemptOutcome::Failed(e) => format!("{:?}", e.kind()),
            _ => "other".into(),
        };
        assert!(took < Duration::from_secs(5));
        self.0.lock().unwrap().push(format!(
            "after {} #{} {what}",
            attempt.operation.id, attempt.number
        ));
    }
}

#[tokio::test]
async fn hooks_see_every_attempt_before_the_credentials_and_what_came_of_it() {
    let recorder = std::sync::Arc::new(Recorder::default());
    let server = Loopback::start(vec![
        Step::problem(503, &json!({}), &[("x-request-id", "req-1")]),
        Step::Reset,
        projects(),
    ])
    .await;
    let client = builder(&server).hook(recorder.clone()).build().unwrap();
    list(&client).await.unwrap();
    assert_eq!(
        *recorder.0.lock().unwrap(),
        [
            "before listProjects #1 credentials seen: false",
            "after listProjects #1 503 Some(\"req-1\")",
            "before listProjects #2 credentials seen: false",
            "after listProjects #2 Transport(Reset)",
            "before listProjects #3 credentials seen: false",
            "after listProjects #3 200 None",
        ]
    );
    let seen = server.seen();
    for (i, request) in seen.iter().enumerate() {
        let traceparent = format!("00-4bf92f3577b34da6a3ce929d0e0e4736-{:016x}-01", i + 1);
        assert!(
            request
                .headers
                .contains(&("traceparent".into(), traceparent)),
            "{request:?}"
        );
        assert!(
            request.headers.contains(&("x-api-key".into(), KEY.into())),
            "{request:?}"
        );
    }
}

/// A redirect is part of its attempt: it sends the request as the attempt sent it (made
/// again from the call, with the same headers and key) and, with hooks, what they made of it.
#[tokio::test]
async fn a_redirect_sends_the_request_as_its_attempt_sent_it() {
    for hooked in [false, true] {
        let recorder = std::sync::Arc::new(Recorder::default());
        let moved = Step::Respond(
            302,
            vec![("location", "/elsewhere/projects".into())],
            Default::default(),
        );
        let server = Loopback::start(vec![moved, projects()]).await;
        let mut built = builder(&server);
        if hooked {
            built = built.hook(recorder.clone());
        }
        let client = built.build().unwrap();
        assert_eq!(list(&client).await.unwrap().len(), 1);
        let seen = server.seen();
        assert_eq!(seen.len(), 2, "hooked: {hooked}");
        assert_eq!(seen[1].line, "GET /elsewhere/projects");
        let sorted = |i: usize| {
            let mut headers = seen[i].headers.clone();
            headers.sort();
            headers
        };
        assert_eq!(sorted(0), sorted(1), "hooked: {hooked}");
        for name in ["accept", "api-version"] {
            assert!(seen[1].headers.iter().any(|(k, _)| k == name), "{name}");
        }
        assert!(seen[1].headers.contains(&("x-api-key".into(), KEY.into())));
        let traced = seen[1].headers.iter().any(|(k, _)| k == "traceparent");
        assert_eq!(traced, hooked);
        let told = recorder.0.lock().unwrap().clone();
        match hooked {
            true => assert_eq!(
                told,
                [
                    "before listProjects #1 credentials seen: false",
                    "after listProjects #1 200 None",
                ]
            ),
            false => assert!(told.is_empty()),
        }
    }
}

#[cfg(feature = "data-plane")]
#[tokio::test]
async fn a_helper_on_a_data_plane_host_goes_through_the_same_hooks() {
    let recorder = std::sync::Arc::new(Recorder::default());
    let server = Loopback::start(vec![projects()]).await;
    let write = Loopback::start(vec![Step::json(
        200,
        &json!({"operationId": "op-1", "successCount": 1, "failureCount": 0,
                "results": [{"success": true, "recordId": "r-1"}]}),
    )])
    .await;
    let client = builder(&server)
        .host_base_url(ampersand_ext::client::Host::Write, &write.base_url)
        .hook(recorder.clone())
        .build()
        .unwrap();
    let report = client
        .write_all()
        .project_id_or_name("p")
        .integration_id("i")
        .object_name("contact")
        .group_ref("g")
        .type_(ampersand_ext::write::WriteType::Create)
        .records(vec![json!({"email": "a@example.com"})])
        .mode(ampersand_ext::write::WriteMode::Synchronous)
        .send()
        .await;
    assert_eq!(report.succeeded(), 1);
    assert_eq!(
        *recorder.0.lock().unwrap(),
        [
            "before writeRecords #1 credentials seen: false",
            "after writeRecords #1 200 None",
        ]
    );
    assert!(
        write.seen()[0]
            .headers
            .iter()
            .any(|(k, _)| k == "traceparent")
    );
}

/// A hook that keeps the response headers it is shown.
#[derive(Default)]
struct Headers(std::sync::Mutex<Vec<reqwest::header::HeaderMap>>);

impl ampersand_ext::client::hook::Hook for Headers {
    fn after_attempt(
        &self,
        _attempt: &ampersand_ext::client::hook::Attempt,
        outcome: ampersand_ext::client::hook::AttemptOutcome<'_>,
        _took: Duration,
    ) {
        if let ampersand_ext::client::hook::AttemptOutcome::Response { headers, .. } = outcome {
            self.0.lock().unwrap().push(headers.clone());
        }
    }
}

#[tokio::test]
async fn a_hook_sees_no_credential_the_server_echoes() {
    let echo = vec![
        ("content-type", "application/json".to_string()),
        ("x-request-id", "req-7".to_string()),
        ("x-echo", format!("you sent {KEY}")),
        ("x-auth-echo", format!("Bearer {}", common::JWT)),
        ("set-cookie", "session=abc".to_string()),
    ];
    let body = json!([{"id": "p-1", "name": "mm", "appName": "MailMonkey", "orgId": "org-1",
                       "createTime": "2024-01-01T00:00:00Z"}]);
    let server = Loopback::start(vec![Step::Respond(
        200,
        echo,
        std::sync::Arc::new(body.to_string().into_bytes()),
    )])
    .await;
    let hook = std::sync::Arc::new(Headers::default());
    let client = builder(&server).hook(hook.clone()).build().unwrap();
    let answer = client.list_projects().send().await.unwrap();
    // the caller's own response keeps them as received
    assert!(answer.headers()["x-echo"].to_str().unwrap().contains(KEY));
    let seen = hook.0.lock().unwrap().pop().unwrap();
    let shown: Vec<String> = seen
        .iter()
        .map(|(k, v)| format!("{k}: {}", v.to_str().unwrap()))
        .collect();
    assert!(
        shown
            .iter()
            .all(|h| !h.contains(KEY) && !h.contains(common::JWT)),
        "{shown:?}"
    );
    assert_eq!(seen["x-request-id"], "req-7");
    assert_eq!(seen["x-echo"], "you sent [redacted]");
    assert_eq!(seen["set-cookie"], "[redacted]");
}

/// A hook that sends every request to `to`.
struct Mover {
    to: String,
}

impl ampersand_ext::client::hook::Hook for Mover {
    fn before_attempt(
        &self,
        _attempt: &ampersand_ext::client::hook::Attempt,
        request: &mut reqwest::Request,
    ) {
        let path = request.url().path().to_string();
        *request.url_mut() = format!("{}{path}", self.to).parse().unwrap();
    }
}

#[tokio::test]
async fn a_hook_cannot_send_the_credentials_to_another_origin() {
    let server = Loopback::start(vec![projects()]).await;
    let elsewhere = Loopback::start(vec![projects()]).await;
    let client = builder(&server)
        .hook(std::sync::Arc::new(Mover {
            to: elsewhere.base_url.clone(),
        }))
        .build()
        .unwrap();
    let e = list(&client).await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidRequest, "{e:?}");
    assert!(e.to_string().contains("a hook moved the request"), "{e}");
    assert!(!e.to_string().contains(KEY));
    assert!(server.seen().is_empty() && elsewhere.seen().is_empty());
    // within the origin, a hook may change the request
    let client = builder(&server)
        .hook(std::sync::Arc::new(Mover {
            to: server.base_url.clone(),
        }))
        .build()
        .unwrap();
    list(&client).await.unwrap();
    assert_eq!(server.seen().len(), 1);
}
