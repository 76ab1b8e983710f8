//! The fake's validation, asynchronous work and webhook deliveries, on the wire: issues that
//! name the field and not its value, pending work that survives a restart, deliveries tried
//! again when the receiver fails, and an unusable webhook secret refused at start.

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use ampersand_client::Host;
use ampersand_client::delivery::{Message, Notification};
use ampersand_fake::{Fake, Options, StartError};
use serde_json::{Value, json};

/// Sets up project `pp`, integration `crm`, a connection and an installation for group `g1`
/// reading contacts into a webhook destination at `hook`: the integration's id.
async fn setup(fake: &Fake, hook: &str) -> String {
    let platform = |method: &'static str, path: String, body: Value| async move {
        let (status, _, body) =
            common::send(fake, Host::Platform, method, &path, Some(body), true).await;
        assert!(status < 300, "{method} {path}: {status} {body}");
        body
    };
    platform(
        "POST",
        "/projects".into(),
        json!({"appName": "A", "name": "pp", "orgId": "o"}),
    )
    .await;
    platform("POST", "/projects/pp/integrations".into(), json!({"name": "crm", "provider": "salesforce",
        "latestRevision": {"specVersion": "1.0.0", "content": {"name": "crm", "provider": "salesforce"}}})).await;
    let (_, _, listed) = common::send(
        fake,
        Host::Platform,
        "GET",
        "/projects/pp/integrations",
        None,
        true,
    )
    .await;
    let integration = listed[0]["id"].as_str().unwrap().to_string();
    platform(
        "POST",
        "/projects/pp/connections:generate".into(),
        json!({"provider": "salesforce", "groupRef": "g1", "consumerRef": "u1"}),
    )
    .await;
    platform(
        "POST",
        "/projects/pp/destinations".into(),
        json!({"name": "hook", "type": "webhook", "metadata": {"url": hook}}),
    )
    .await;
    platform(
        "POST",
        format!("/projects/pp/integrations/{integration}/installations"),
        json!({"groupRef": "g1", "config": {"content": {"read": {"objects": {"contact": {
            "objectName": "contact", "destination": "hook", "selectedFields": {}, "selectedFieldMappings": {}}}}}}}),
    )
    .await;
    integration
}

/// A fake whose asynchronous work takes `delay`, a receiver of its webhooks, and the set-up
/// of [`setup`] delivering to it: the integration's id.
async fn set_up_with(delay: Duration) -> (Fake, ampersand_fake::Receiver, String) {
    let fake = Fake::start(Options::new().async_delay(delay))
        .await
        .unwrap();
    let hooks = ampersand_fake::Receiver::start().await.unwrap();
    let integration = setup(&fake, &hooks.url()).await;
    (fake, hooks, integration)
}

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

#[tokio::test]
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

#[tokio::test]
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

fn value_of(value: &impl serde::Serialize) -> Value {
    serde_json::to_value(value).unwrap()
}

#[tokio::test]
async fn object_metadata_is_what_was_written_and_upserted_in_the_groups_instance() {
    let fake = Fake::start(Options::new()).await.unwrap();
    let integration = setup(&fake, "http://127.0.0.1:9/unused").await;
    let send = |host: Host, method: &'static str, path: String, body: Option<Value>| {
        let fake = &fake;
        async move {
            let (status, _, body) = common::send(fake, host, method, &path, body, true).await;
            assert!(status < 300, "{method} {path}: {status} {body}");
            body
        }
    };
    let record =
        json!({"email": "a@example.com", "age": 3, "vip": true, "score": 1.5, "note": null});
    send(
        Host::Write,
        "POST",
        format!("/projects/pp/integrations/{integration}/objects/contact"),
        Some(json!({"groupRef": "g1", "type": "create", "record": record})),
    )
    .await;
    let metadata =
        format!("/projects/pp/integrations/{integration}/objects/contact/metadata?groupRef=g1");
    let seen = send(Host::Platform, "GET", metadata.clone(), None).await;
    let types: Vec<(String, Value, Value)> = seen["fields"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(k, f)| (k.clone(), f["valueType"].clone(), f["readOnly"].clone()))
        .collect();
    assert_eq!(
        types,
        [
            ("age".to_string(), json!("int"), json!(false)),
            ("email".to_string(), json!("string"), json!(false)),
            ("id".to_string(), json!("string"), json!(true)),
            ("score".to_string(), json!("float"), json!(false)),
            ("vip".to_string(), json!("boolean"), json!(false)),
        ]
    );
    assert_eq!(
        (&seen["name"], seen.get("mappedObjectName")),
        (&json!("contact"), None)
    );
    // a field seen is updated by an upsert, a new one created; the fields then show both
    let upsert = json!({"groupRef": "g1", "fields": {"contact": [
        {"fieldName": "email", "displayName": "E-mail", "valueType": "string", "required": true},
        {"fieldName": "Tier__c", "displayName": "Tier", "valueType": "int"}]}});
    let done = send(
        Host::Platform,
        "PUT",
        format!("/projects/pp/integrations/{integration}/object-metadata"),
        Some(upsert),
    )
    .await;
    assert_eq!(done["fields"]["contact"]["email"]["action"], "update");
    assert_eq!(done["fields"]["contact"]["Tier__c"]["action"], "create");
    let seen = send(Host::Platform, "GET", metadata, None).await;
    assert_eq!(
        (
            &seen["fields"]["email"]["displayName"],
            &seen["fields"]["email"]["isRequired"]
        ),
        (&json!("E-mail"), &json!(true))
    );
    assert_eq!(seen["fields"]["Tier__c"]["isCustom"], true);

    // another integration on the same connection that maps contact to `people` reaches the
    // same instance by the mapped name
    let content = json!({"name": "mapped", "provider": "salesforce", "read": {"objects": [
        {"objectName": "contact", "mapToName": "people", "destination": "hook", "schedule": "*/10 * * * *"}]}});
    send(
        Host::Platform,
        "POST",
        "/projects/pp/integrations".into(),
        Some(json!({"name": "mapped", "provider": "salesforce",
            "latestRevision": {"specVersion": "1.0.0", "content": content}})),
    )
    .await;
    send(
        Host::Platform,
        "POST",
        "/projects/pp/integrations/mapped/installations".into(),
        Some(json!({"groupRef": "g1", "config": {"content": {}}})),
    )
    .await;
    let seen = send(
        Host::Platform,
        "GET",
        "/projects/pp/integrations/mapped/objects/people/metadata?groupRef=g1".into(),
        None,
    )
    .await;
    assert_eq!(
        (
            &seen["name"],
            &seen["mappedObjectName"],
            &seen["fields"]["Tier__c"]["valueType"]
        ),
        (&json!("contact"), &json!("people"), &json!("int"))
    );
}

#[tokio::test]
async fn the_latest_pages_of_read_results_are_delivered_again() {
    let (fake, hooks, integration) = set_up_with(Duration::from_millis(10)).await;
    let object = format!("/projects/pp/integrations/{integration}/objects/contact");
    let again = |pages: u32| {
        let fake = &fake;
        let path = format!("{object}:deliverResults");
        async move {
            let body = json!({"groupRef": "g1", "pages": pages});
            common::send(fake, Host::Read, "POST", &path, Some(body), true).await
        }
    };
    // nothing read yet
    let (status, _, problem) = again(1).await;
    assert_eq!(status, 400);
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains("no results of contact"),
        "{problem}"
    );
    for email in ["a@example.com", "b@example.com"] {
        let body = json!({"groupRef": "g1", "type": "create", "record": {"email": email}});
        let (status, _, _) =
            common::send(&fake, Host::Write, "POST", &object, Some(body), true).await;
        assert_eq!(status, 200);
    }
    let read = json!({"groupRef": "g1", "mode": "async"});
    let (status, _, _) = common::send(&fake, Host::Read, "POST", &object, Some(read), true).await;
    assert_eq!(status, 201);
    let pages = || async {
        let mut pages = Vec::new();
        while let Some(d) = hooks.next(Duration::from_millis(400)).await {
            let body: Value = serde_json::from_slice(&d.body).unwrap();
            if body.get("notificationType").is_none() {
                pages.push(body);
            }
        }
        pages
    };
    let first = pages().await;
    assert_eq!(first.len(), 1);
    assert_eq!(first[0]["result"].as_array().unwrap().len(), 2);
    // one page kept: asked for five, it is delivered once more, as it was
    assert_eq!(again(5).await.0, 204);
    assert_eq!(pages().await, first);
    assert_eq!(again(0).await.0, 204);
    assert_eq!(pages().await, Vec::<Value>::new());
}

#[tokio::test]
async fn a_new_installation_backfills_the_records_its_connection_has() {
    let (fake, hooks, first) = set_up_with(Duration::from_millis(300)).await;
    let send = |host: Host, method: &'static str, path: String, body: Option<Value>| {
        let fake = &fake;
        async move {
            let (status, _, body) = common::send(fake, host, method, &path, body, true).await;
            assert!(status < 300, "{method} {path}: {status} {body}");
            body
        }
    };
    for email in ["a@example.com", "b@example.com", "c@example.com"] {
        let body = json!({"groupRef": "g1", "type": "create", "record": {"email": email}});
        let path = format!("/projects/pp/integrations/{first}/objects/contact");
        send(Host::Write, "POST", path, Some(body)).await;
    }
    // a second integration on the group's connection, whose installation backfills contacts
    send(
        Host::Platform,
        "POST",
        "/projects/pp/integrations".into(),
        Some(json!({"name": "second",
        "provider": "salesforce", "latestRevision": {"specVersion": "1.0.0",
        "content": {"name": "second", "provider": "salesforce"}}})),
    )
    .await;
    let installed = send(Host::Platform, "POST", "/projects/pp/integrations/second/installations".into(),
        Some(json!({"groupRef": "g1", "config": {"content": {"read": {"objects": {"contact": {
            "objectName": "contact", "destination": "hook", "selectedFields": {}, "selectedFieldMappings": {},
            "backfill": {"defaultPeriod": {"fullHistory": true}}}}}}}})))
        .await;
    let installation = installed["id"].as_str().unwrap();
    let progress = format!(
        "/projects/pp/integrations/second/installations/{installation}/objects/contact/backfill-progress"
    );
    let get = |path: String| send(Host::Platform, "GET", path, None);
    let started = get(progress.clone()).await;
    assert_eq!(
        (&started["recordsProcessed"], &started["installationId"]),
        (&json!(0), &json!(installation))
    );
    let operation = started["operationId"].as_str().unwrap().to_string();
    let op = get(format!("/projects/pp/operations/{operation}")).await;
    assert_eq!(
        (&op["status"], &op["actionType"]),
        (&json!("in_progress"), &json!("read"))
    );
    // the records arrive as backfill results, then read.backfill.done
    let mut seen = Vec::new();
    while let Some(d) = hooks.next(Duration::from_secs(2)).await {
        let body: Value = serde_json::from_slice(&d.body).unwrap();
        if body["installationId"] == installation {
            assert_eq!(
                (&body["readType"], &body["operationId"]),
                (&json!("backfill"), &json!(operation))
            );
            seen.push(format!(
                "{} records",
                body["result"].as_array().unwrap().len()
            ));
        } else if let Some(kind) = body["notificationType"].as_str() {
            if body["data"]["installationId"] == installation {
                seen.push(kind.to_string());
            }
            if kind == "read.backfill.done" {
                break;
            }
        }
    }
    assert_eq!(
        seen,
        ["installation.created", "3 records", "read.backfill.done"]
    );
    let done = get(progress).await;
    assert_eq!(done["recordsProcessed"], 3);
    let op = get(format!("/projects/pp/operations/{operation}")).await;
    assert_eq!(op["status"], "success");
    // an object a config change adds is backfilled too; one backfilled already is not again
    let at = format!("/projects/pp/integrations/second/installations/{installation}");
    let account = json!({"objectName": "account", "destination": "hook", "selectedFields": {},
        "selectedFieldMappings": {}, "backfill": {"defaultPeriod": {"days": 7}}});
    let change = json!({"updateMask": ["config.content.read.objects.account"],
        "installation": {"config": {"content": {"read": {"objects": {"account": account}}}}}});
    send(Host::Platform, "PATCH", at.clone(), Some(change)).await;
    let added = get(format!("{at}/objects/account/backfill-progress")).await;
    assert_ne!(added["operationId"], json!(operation));
    let again = get(format!("{at}/objects/contact/backfill-progress")).await;
    assert_eq!(again["operationId"], json!(operation));
    // an object without a backfill has no progress
    let (status, _, _) = common::send(
        &fake,
        Host::Platform,
        "GET",
        &format!("/projects/pp/integrations/{first}/installations/{installation}/objects/lead/backfill-progress"),
        None,
        true,
    )
    .await;
    assert_eq!(status, 404);
}
