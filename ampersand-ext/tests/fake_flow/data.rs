//! The data plane on the fake: writes searched, read back and notified, and read results
//! that arrive inline or by a URL that expires.

use super::*;

#[tokio::test(start_paused = true)]
async fn writes_are_searched_read_back_and_notified() {
    let w = world().await;
    let _created = next_message(&w).await;
    // 150 records in batches of 100, synchronously: each record's outcome in order
    let records = (0..150).map(|i| json!({"email": format!("c{i:03}@example.com"), "n": i}));
    let report = write_contacts(&w, records.collect()).await;
    assert_eq!(report.batches.len(), 2);
    assert_eq!(report.succeeded(), 150, "{:?}", report.failures().next());

    let found = w
        .client
        .search()
        .search_records()
        .project_id_or_name("flow")
        .integration_id(&w.integration)
        .group_ref("g1")
        .body(body::<SearchRequest>(
            "searchRecords",
            json!({"objectName": "contact", "fieldFilters": [
            {"fieldName": "email", "operator": "eq", "value": "c042@example.com"}]}),
        ))
        .send()
        .await
        .unwrap()
        .into_inner();
    let found = json!(found);
    assert_eq!(found["result"].as_array().unwrap().len(), 1, "{found}");
    assert_eq!(found["result"][0]["fields"]["n"], 42);

    // an asynchronous write is an operation, done after the fake's delay
    let started = w
        .client
        .write()
        .write_records()
        .project_id_or_name("flow")
        .integration_id(&w.integration)
        .object_name("contact")
        .body(body::<WriteRequest>(
            "writeRecords",
            json!({"groupRef": "g1", "type": "create", "mode": "asynchronous",
            "record": {"email": "late@example.com"}}),
        ))
        .send()
        .await
        .unwrap()
        .into_inner();
    let operation = json!(started)["operationId"].as_str().unwrap().to_string();
    let running = w
        .client
        .get_operation()
        .project_id_or_name("flow")
        .operation_id(&operation)
        .send()
        .await
        .unwrap();
    assert_eq!(running.status, "in_progress");
    let wait = WaitOptions::default()
        .deadline(Duration::from_secs(5))
        .intervals(Duration::from_millis(10), Duration::from_millis(50));
    let done = w
        .client
        .wait_for_operation("flow", &operation, wait)
        .await
        .unwrap();
    assert_eq!(done.status, "success");
    assert_eq!(done.action_type, "write");
    let written = json!(done.metadata)["successfulRecordIds"].clone();
    assert_eq!(written.as_array().unwrap().len(), 1);
    let notice = notification(&next_message(&w).await);
    assert_eq!(notice["notificationType"], "write.async.done");
    assert_eq!(notice["data"]["success"], true);
    assert_eq!(notice["data"]["successfulRecordIds"], written);

    // a triggered read delivers every record of the object, then says it is done
    let (operation, m) = triggered_read(&w).await;
    assert_eq!(m.object_name, "contact");
    assert_eq!(m.result_info.num_records, 151);
    assert_eq!(m.operation_id.as_deref(), Some(operation.as_str()));
    assert_eq!(m.result.as_ref().map(Vec::len), Some(151));
    let notice = notification(&next_message(&w).await);
    assert_eq!(notice["notificationType"], "read.triggered.done");
    assert_eq!(notice["data"]["objectName"], "contact");
}

/// Writes a contact of each email, triggers a read of contacts and returns its results'
/// delivery.
async fn written_then_read(w: &World, emails: &[String]) -> Box<WebhookMessage> {
    let records = emails.iter().map(|email| json!({ "email": email }));
    let report = write_contacts(w, records.collect()).await;
    assert_eq!(report.succeeded(), emails.len());
    triggered_read(w).await.1
}

/// Writes `records` (contacts) in batches, synchronously.
async fn write_contacts(w: &World, records: Vec<Value>) -> ampersand_ext::write::WriteReport {
    w.client
        .write_all()
        .project_id_or_name("flow")
        .integration_id(&w.integration)
        .object_name("contact")
        .group_ref("g1")
        .type_(WriteType::Create)
        .records(records)
        .mode(WriteMode::Synchronous)
        .send()
        .await
}

/// Triggers a read of contacts: its operation id, and its results' delivery.
async fn triggered_read(w: &World) -> (String, Box<WebhookMessage>) {
    let read = w
        .client
        .read()
        .trigger_read()
        .project_id_or_name("flow")
        .integration_id(&w.integration)
        .object_name("contact")
        .body(body::<ReadRequest>(
            "triggerRead",
            json!({"groupRef": "g1"}),
        ))
        .send()
        .await
        .unwrap()
        .into_inner();
    match next_message(w).await {
        Message::Results(message) => (read.operation_id, message),
        other => panic!("not read results: {other:?}"),
    }
}

#[tokio::test(start_paused = true)]
async fn large_read_results_arrive_by_url_and_read_as_inline_ones_do() {
    #[derive(serde::Deserialize)]
    struct Contact {
        email: String,
    }
    let w = world_with(Options::new().url_results_above(100)).await;
    let _created = next_message(&w).await;
    let written: Vec<String> = (0..150).map(|i| format!("c{i:03}@example.com")).collect();
    let message = written_then_read(&w, &written).await;
    assert_eq!(
        message.result_info.type_,
        ampersand_ext::client::webhook::types::ResultInfoType::Url
    );
    assert_eq!(message.result_info.num_records, 150);
    assert!(message.result.is_none());
    let url = message.result_info.download_url.as_deref().unwrap();
    assert!(url.starts_with(&w.client.baseurl()[..w.client.baseurl().len() - "/v1".len()]));
    let read: Vec<String> = w
        .client
        .results(&message)
        .fields::<Contact>()
        .map(|contact| contact.unwrap().email)
        .collect()
        .await;
    assert_eq!(read, written);
}

#[tokio::test(start_paused = true)]
async fn an_expired_download_url_is_refused_as_storage_refuses_it() {
    let options = Options::new()
        .url_results_above(0)
        .download_ttl(Duration::ZERO);
    let w = world_with(options).await;
    let _created = next_message(&w).await;
    let message = written_then_read(&w, &["only@example.com".to_string()]).await;
    let got: Vec<_> = w.client.results(&message).entries().collect().await;
    let e = got[0].as_ref().unwrap_err();
    assert_eq!(e.status().map(|s| s.as_u16()), Some(403), "{e}");
    assert_eq!(got.len(), 1);
}
