//! Asynchronous writes and triggered reads whose operations are waited for, the deadline of
//! that wait, and writeRecords' typed 422 kept whole by the raw call.

use super::*;

// tokio's clock, paused: the waits pass without taking time
#[tokio::test(start_paused = true)]
async fn an_asynchronous_write_is_accepted_and_its_operation_waited_for() {
    let write = Loopback::start(vec![Step::json(200, &json!({"operationId": "op-async"}))]).await;
    let operation = |status: &str| {
        json!({"id": "op-async", "projectId": "p", "integrationId": "i", "installationId": "in",
               "configId": "c", "actionType": "write", "status": status})
    };
    let platform = Loopback::start(vec![
        Step::json(200, &operation("in_progress")),
        Step::json(200, &operation("in_progress")),
        Step::json(200, &operation("success")),
    ])
    .await;
    let client = client(&write.base_url, &platform.base_url);
    let report = contacts(&client, WriteType::Update)
        .records(vec![
            json!({"id": "003xx1", "email": "a@example.com"}),
            json!({"id": "003xx2"}),
        ])
        .mode(WriteMode::Asynchronous)
        .send()
        .await;
    assert_eq!(body(&write.seen()[0])["mode"], "asynchronous");
    for outcome in &report.records {
        assert!(
            matches!(outcome, RecordOutcome::Accepted { operation_id } if operation_id == "op-async"),
            "{outcome}"
        );
    }
    let options = WaitOptions::default()
        .intervals(Duration::from_millis(5), Duration::from_millis(20))
        .deadline(Duration::from_secs(5));
    let op = client
        .wait_for_operation("my-project", "op-async", options)
        .await
        .unwrap();
    assert_eq!(op.status, "success");
    let polls = platform.seen();
    assert_eq!(polls.len(), 3);
    assert!(
        polls
            .iter()
            .all(|p| p.line == "GET /projects/my-project/operations/op-async")
    );
}

#[tokio::test]
async fn a_triggered_read_returns_its_operation_which_is_waited_for() {
    let read = Loopback::start(vec![Step::json(201, &json!({"operationId": "op-read"}))]).await;
    let done = json!({"id": "op-read", "projectId": "p", "integrationId": "i", "installationId": "in",
                      "configId": "c", "actionType": "read", "status": "success", "result": "[contact] 12 records"});
    let platform = Loopback::start(vec![Step::json(200, &done)]).await;
    let client = ClientBuilder::new()
        .api_key(KEY)
        .base_url(&platform.base_url)
        .host_base_url(Host::Read, &read.base_url)
        .build()
        .unwrap();
    let body = serde_json::from_value(json!({"groupRef": "customer-1", "mode": "async"})).unwrap();
    let started = client
        .read()
        .trigger_read()
        .project_id_or_name("my-project")
        .integration_id("my-integration")
        .object_name("contact")
        .body::<ampersand_client::read::types::ReadRequest>(body)
        .send()
        .await
        .unwrap();
    let seen = &read.seen()[0];
    assert_eq!(seen.line, PATH);
    assert_eq!(
        serde_json::from_slice::<Value>(&seen.body).unwrap(),
        json!({"groupRef": "customer-1", "mode": "async"})
    );
    let op = client
        .wait_for_operation("my-project", &started.operation_id, WaitOptions::default())
        .await
        .unwrap();
    assert_eq!(
        (op.status.as_str(), op.result.as_deref()),
        ("success", Some("[contact] 12 records"))
    );
    assert_eq!(
        platform.seen()[0].line,
        "GET /projects/my-project/operations/op-read"
    );
}

// tokio's clock, paused: the waits pass without taking time
#[tokio::test(start_paused = true)]
async fn waiting_past_the_deadline_is_a_deadline_error() {
    let running = json!({"id": "op-1", "projectId": "p", "integrationId": "i", "installationId": "in",
                         "configId": "c", "actionType": "read", "status": "in_progress"});
    let platform = Loopback::start(vec![Step::json(200, &running)]).await;
    let client = client("http://127.0.0.1:9", &platform.base_url);
    let options = WaitOptions::default()
        .intervals(Duration::from_millis(10), Duration::from_millis(10))
        .deadline(Duration::from_millis(60));
    let err = client
        .wait_for_operation("my-project", "op-1", options)
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Deadline);
    assert!(err.to_string().contains("op-1 still in_progress"), "{err}");
    assert!(platform.seen().len() >= 2);
}

/// A typed 422 larger than the error's body cap is still decoded whole.
#[tokio::test]
async fn the_raw_call_keeps_a_large_422_typed_and_whole() {
    let results: Vec<Value> = (0..100)
        .map(|i| json!({"success": false, "data": {"note": "x".repeat(1000), "i": i}}))
        .collect();
    let failure = json!({"operationId": "op-big", "successCount": 0, "failureCount": 100, "results": results});
    assert!(failure.to_string().len() > ampersand_client::BODY_CAP);
    let server = Loopback::start(vec![Step::json(422, &failure)]).await;
    let client = client(&server.base_url, "http://127.0.0.1:9");
    let body: WriteRequest =
        serde_json::from_value(json!({"groupRef": "g", "type": "create", "record": {"a": 1}}))
            .unwrap();
    let err = client
        .write()
        .write_records()
        .project_id_or_name("my-project")
        .integration_id("my-integration")
        .object_name("contact")
        .body(body)
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Api);
    assert_eq!(err.operation().unwrap().id, "writeRecords");
    assert!(err.body().unwrap().truncated, "the raw excerpt is capped");
    let Some(ampersand_ext::client::OperationErrorBody::WriteRecords(typed)) = err.error_body()
    else {
        panic!("{err:?}")
    };
    let WriteRecordsFailure::Batch(batch) = &**typed else {
        panic!("{typed:?}")
    };
    assert_eq!(batch.results.as_ref().unwrap().len(), 100);
    assert_eq!(
        batch.results.as_ref().unwrap()[99].data.as_ref().unwrap()["i"],
        99
    );
    assert_eq!(
        serde_json::to_value(batch).unwrap(),
        failure,
        "decoded whole"
    );
}
