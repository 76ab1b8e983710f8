//! Validation issues that name the field and not its value, and pending work, deliveries and
//! pauses that survive restarts and failures.

use super::*;

#[tokio::test]
async fn issues_name_the_field_and_never_echo_its_value() {
    let fake = Fake::start(Options::new()).await.unwrap();
    let (status, media, body) = common::send(
        &fake,
        Host::Platform,
        "POST",
        "/projects",
        Some(json!({"appName": "A", "name": "pp", "orgId": "o"})),
        true,
    )
    .await;
    assert_eq!(
        (status, media.as_str()),
        (201, "application/json"),
        "{body}"
    );
    let secret = 987_654_321_987u64;
    let (status, media, body) = common::send(&fake, Host::Platform, "POST",
        "/projects/pp/connections:generate",
        Some(json!({"provider": "salesforce", "groupRef": "g1", "consumerRef": "u1", "apiKey": secret})),
        true).await;
    assert_eq!(
        (status, media.as_str()),
        (400, "application/problem+json"),
        "{body}"
    );
    let issue = &body["issues"][0];
    assert_eq!(
        (issue["in"].as_str(), issue["name"].as_str()),
        (Some("body"), Some("apiKey")),
        "{body}"
    );
    assert!(!body.to_string().contains(&secret.to_string()), "{body}");
    // a query parameter is read as its schema's type, then checked against its bounds
    let integration = "/projects/pp/integrations/i/installations/x/operations";
    for (query, detail) in [
        ("pageSize=many", "is not an integer"),
        ("pageSize=5000", "maximum"),
    ] {
        let (status, _, body) = common::send(
            &fake,
            Host::Platform,
            "GET",
            &format!("{integration}?{query}"),
            None,
            true,
        )
        .await;
        assert_eq!(status, 400, "{query}: {body}");
        assert_eq!(body["issues"][0]["in"], "query");
        assert_eq!(body["issues"][0]["name"], "pageSize");
        assert!(
            !body.to_string().contains("many"),
            "the value is not echoed: {body}"
        );
        assert!(
            body["issues"][0]["detail"]
                .as_str()
                .unwrap()
                .contains(detail),
            "{body}"
        );
    }
    // the write API's 400 is text, as its spec declares
    let (status, media, body) = common::send_as_given(
        &fake,
        Host::Write,
        "POST",
        "/projects/pp/integrations/i/objects/contact",
        Some(json!({"type": "create"})),
        true,
    )
    .await;
    assert_eq!((status, media.as_str()), (400, "text/plain"));
    assert!(body.as_str().unwrap().contains("groupRef"), "{body}");
}

#[tokio::test(start_paused = true)]
async fn pending_work_is_resumed_after_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("state.json");
    let hooks = ampersand_fake::Receiver::start().await.unwrap();
    let slow = Options::new()
        .state_file(&file)
        .async_delay(Duration::from_secs(3600));
    let fake = Fake::start(slow).await.unwrap();
    let integration = setup(&fake, &hooks.url()).await;
    let (status, _, started) = common::send(
        &fake,
        Host::Write,
        "POST",
        &format!("/projects/pp/integrations/{integration}/objects/contact"),
        Some(
            json!({"groupRef": "g1", "type": "create", "mode": "asynchronous", "record": {"a": 1}}),
        ),
        true,
    )
    .await;
    assert_eq!(status, 200, "{started}");
    let operation = started["operationId"].as_str().unwrap().to_string();
    drop(fake);

    let quick = Options::new()
        .state_file(&file)
        .async_delay(Duration::from_millis(10));
    let fake = Fake::start(quick).await.unwrap();
    let path = format!("/projects/pp/operations/{operation}");
    // tokio's clock is paused: the restarted fake's delay passes without taking time
    tokio::time::sleep(Duration::from_millis(10)).await;
    let (_, _, op) = common::send(&fake, Host::Platform, "GET", &path, None, true).await;
    assert_eq!(op["status"], "success", "{op}");
    // installation.created came before the restart; write.async.done after it
    let mut kinds = Vec::new();
    while let Some(d) = hooks.next(Duration::from_secs(2)).await {
        let body: Value = serde_json::from_slice(&d.body).unwrap();
        kinds.push(
            body["notificationType"]
                .as_str()
                .unwrap_or("results")
                .to_string(),
        );
        if kinds.last().is_some_and(|k| k == "write.async.done") {
            break;
        }
    }
    assert_eq!(kinds, ["installation.created", "write.async.done"]);
}

// tokio's clock, paused: the fake's delays and the quiet that ends a drain pass without
// taking time, and no window depends on how fast the machine is
#[tokio::test(start_paused = true)]
async fn a_delivery_is_tried_again_when_the_receiver_fails() {
    let calls = Arc::new(AtomicU32::new(0));
    let (sent, mut received) = tokio::sync::mpsc::unbounded_channel();
    let counter = calls.clone();
    let app = axum::Router::new().fallback(axum::routing::post(
        move |headers: axum::http::HeaderMap, body: axum::body::Bytes| {
            let (counter, sent) = (counter.clone(), sent.clone());
            async move {
                // the first attempt fails
                if counter.fetch_add(1, Ordering::SeqCst) == 0 {
                    return axum::http::StatusCode::SERVICE_UNAVAILABLE;
                }
                let _ = sent.send((headers, body));
                axum::http::StatusCode::OK
            }
        },
    ));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/in", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });

    let secret = "whsec_dGVzdC1zZWNyZXQtZm9yLXRoZS1yZXRyeS10ZXN0";
    let fake = Fake::start(Options::new().webhook_secret(secret))
        .await
        .unwrap();
    setup(&fake, &url).await;
    let (headers, body) = tokio::time::timeout(Duration::from_secs(5), received.recv())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(calls.load(Ordering::SeqCst), 2);
    let message = ampersand_client::delivery::verify(secret, &headers, &body).unwrap();
    assert!(matches!(
        message,
        ampersand_client::delivery::Message::Notification(_)
    ));
    assert!(
        ampersand_client::delivery::verify(ampersand_fake::DEFAULT_WEBHOOK_SECRET, &headers, &body)
            .is_err()
    );
}

#[tokio::test]
async fn an_unusable_webhook_secret_stops_the_start() {
    let refused = Fake::start(Options::new().webhook_secret("not-a-svix-secret"))
        .await
        .unwrap_err();
    assert!(matches!(refused, StartError::Options(_)), "{refused}");
    assert!(refused.to_string().contains("webhook secret"), "{refused}");
}

// tokio's clock, paused: the fake's delays and the quiet that ends a drain pass without
// taking time, and no window depends on how fast the machine is
#[tokio::test(start_paused = true)]
async fn a_new_pause_is_announced_once_and_a_resume_lets_it_be_paused_again() {
    let (fake, hooks, integration) = set_up_with(ampersand_fake::DEFAULT_ASYNC_DELAY).await;
    let (_, _, listed) = common::send(
        &fake,
        Host::Platform,
        "GET",
        &format!("/projects/pp/integrations/{integration}/installations"),
        None,
        true,
    )
    .await;
    let installation = listed[0]["id"].as_str().unwrap().to_string();
    let at = format!("/projects/pp/integrations/{integration}/installations/{installation}");
    let kinds = || async {
        let mut kinds = Vec::new();
        while let Some(d) = hooks.next(Duration::from_millis(400)).await {
            let body: Value = serde_json::from_slice(&d.body).unwrap();
            if body["notificationType"] == "read.schedule.paused" {
                // the SDK reads it as the spec's typed notification
                let message = ampersand_client::delivery::decode(&d.body).unwrap();
                let Message::Notification(n) = message else {
                    panic!("{body}");
                };
                let Notification::ReadSchedulePaused(data) = *n else {
                    panic!("{body}");
                };
                assert_eq!(value_of(&data)["installationId"], installation.as_str());
                assert!(
                    body["data"]["config"]["content"]["read"]["objects"]["contact"].is_object()
                );
            }
            kinds.push(
                body["notificationType"]
                    .as_str()
                    .unwrap_or("results")
                    .to_string(),
            );
        }
        kinds
    };
    let read = |verb: &'static str, body: Option<Value>| {
        let path = format!("{at}:{verb}");
        let fake = &fake;
        async move { common::send(fake, Host::Read, "POST", &path, body, true).await }
    };
    assert_eq!(kinds().await, ["installation.created"]);
    // every object, when the body names none
    assert_eq!(read("pause", None).await.0, 204);
    assert_eq!(kinds().await, ["read.schedule.paused"]);
    // paused already: nothing new to announce
    assert_eq!(
        read("pause", Some(json!({ "objects": ["contact"] })))
            .await
            .0,
        204
    );
    assert_eq!(kinds().await, Vec::<String>::new());
    assert_eq!(
        read("unpause", Some(json!({ "note": "fixed" }))).await.0,
        204
    );
    assert_eq!(
        read("pause", Some(json!({ "objects": ["contact"] })))
            .await
            .0,
        204
    );
    assert_eq!(kinds().await, ["read.schedule.paused"]);
    // an object the installation does not read is named
    let (status, _, problem) = read("pause", Some(json!({ "objects": ["contact", "lead"] }))).await;
    assert_eq!(status, 400);
    assert!(problem.to_string().contains("objects[1]"), "{problem}");
    assert!(problem.to_string().contains("lead"), "{problem}");
}
