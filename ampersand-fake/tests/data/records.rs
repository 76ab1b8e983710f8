//! Records: object metadata as written, read results delivered again, and a new installation
//! backfilled with what its connection has.

use super::*;

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

// tokio's clock, paused: the fake's delays and the quiet that ends a drain pass without
// taking time, and no window depends on how fast the machine is
#[tokio::test(start_paused = true)]
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

// tokio's clock, paused: the fake's delays and the quiet that ends a drain pass without
// taking time, and no window depends on how fast the machine is
#[tokio::test(start_paused = true)]
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
