//! Batches on the wire: their size and concurrency, each record's outcome in input order,
//! refusals and failed calls on their own records, and a write dropped mid-way.

use super::*;

/// The batches run as tasks of the caller's runtime; dropping the write must still stop them,
/// as dropping any future stops its work.
#[tokio::test(start_paused = true)]
async fn dropping_the_write_aborts_the_batches_in_flight() {
    let server = Loopback::start_on_tokio_time(all_written(), Duration::from_millis(300)).await;
    let client = client(&server.base_url, "http://127.0.0.1:9");
    let write = contacts(&client, WriteType::Create)
        .records(records(400))
        .concurrency(2)
        .send();
    let cut = tokio::time::timeout(Duration::from_millis(100), write).await;
    assert!(cut.is_err(), "the write was still going");

    // the two batches in flight were cut off: their connections closed (an answered batch's
    // connection would go back to the pool, open), and no other batch was sent
    tokio::time::timeout(Duration::from_secs(30), server.closing(2))
        .await
        .expect("the two connections in flight close");
    assert_eq!(
        server.closed(),
        2,
        "the connections of the batches in flight closed"
    );
    assert_eq!(server.seen().len(), 2);
}

#[tokio::test(start_paused = true)]
async fn a_thousand_records_go_in_batches_of_100_at_most_3_at_once_and_come_back_in_order() {
    let server = Loopback::start_on_tokio_time(all_written(), Duration::from_millis(20)).await;
    let client = client(&server.base_url, "http://127.0.0.1:9");
    let report = contacts(&client, WriteType::Create)
        .records(records(1000))
        .concurrency(3)
        .send()
        .await;

    let seen = server.seen();
    assert_eq!(seen.len(), 10);
    let mut sent: Vec<u64> = Vec::new();
    for request in &seen {
        assert_eq!(request.line, PATH);
        assert!(request.headers.contains(&("x-api-key".into(), KEY.into())));
        let body = body(request);
        // exactly what the caller asked for: no mode, no policy, no defaults
        let keys: Vec<&str> = body
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(keys, ["batch", "groupRef", "type"]);
        assert_eq!(body["groupRef"], "customer-1");
        assert_eq!(body["type"], "create");
        let ns = numbers(&body);
        assert_eq!(ns.len(), MAX_BATCH);
        for item in body["batch"].as_array().unwrap() {
            let n = item["record"]["n"].as_u64().unwrap();
            assert_eq!(
                item,
                &json!({"record": {"email": format!("person{n}@example.com"), "n": n}})
            );
        }
        sent.extend(ns);
    }
    sent.sort();
    assert_eq!(
        sent,
        (0..1000).collect::<Vec<u64>>(),
        "every record sent once"
    );
    assert_eq!(
        server.max_in_flight(),
        3,
        "never more than the concurrency, and reaching it"
    );

    assert_eq!(report.records.len(), 1000);
    assert_eq!(report.succeeded(), 1000);
    for (i, outcome) in report.records.iter().enumerate() {
        let RecordOutcome::Written(result) = outcome else {
            panic!("{i}: {outcome}")
        };
        assert_eq!(
            result.record_id.as_deref(),
            Some(format!("id-{i}").as_str())
        );
    }
    let ranges: Vec<_> = report.batches.iter().map(|b| b.records.clone()).collect();
    assert_eq!(
        ranges,
        (0..10).map(|b| b * 100..b * 100 + 100).collect::<Vec<_>>()
    );
    assert_eq!(report.batches[3].operation_id.as_deref(), Some("op-300"));
}

#[tokio::test]
async fn refusals_and_failed_calls_land_on_their_own_records() {
    let handler: Handler = Arc::new(|seen: &Seen| {
        let ns = numbers(&body(seen));
        match ns[0] {
            // a 422 with per-record results: odd records refused
            0 => Step::json(
                422,
                &json!({
                    "operationId": "op-0", "successCount": 50, "failureCount": 50,
                    "errors": [{"message": "some records failed"}],
                    "results": ns.iter().map(|n| if n % 2 == 0 {
                        json!({"success": true, "recordId": format!("id-{n}")})
                    } else {
                        json!({"success": false})
                    }).collect::<Vec<_>>(),
                }),
            ),
            // writeRecords' text/plain 400
            100 => Step::raw(
                400,
                "text/plain",
                b"groupRef customer-1 has no installation",
            ),
            // a 422 for the whole batch, without per-record results
            _ => Step::json(
                422,
                &json!({"operationId": "op-200", "successCount": 0, "failureCount": 50,
                        "errors": [{"message": "Batch write failed: provider rolled back all records"}]}),
            ),
        }
    });
    let server = Loopback::start_with(handler, Duration::ZERO).await;
    let client = client(&server.base_url, "http://127.0.0.1:9");
    let report = contacts(&client, WriteType::Create)
        .records(records(250))
        .mode(WriteMode::Synchronous)
        .all_or_none(false)
        .send()
        .await;
    for request in server.seen() {
        let body = body(&request);
        assert_eq!(body["mode"], "synchronous");
        assert_eq!(body["batchPolicy"], json!({"allOrNone": false}));
    }
    assert_eq!(report.records.len(), 250);
    for (i, outcome) in report.records.iter().enumerate() {
        match (i, outcome) {
            (0..100, RecordOutcome::Written(r)) if i % 2 == 0 => {
                assert_eq!(r.record_id.as_deref(), Some(format!("id-{i}").as_str()))
            }
            (0..100, RecordOutcome::Refused { result, errors }) if i % 2 == 1 => {
                assert!(!result.as_ref().unwrap().success);
                assert_eq!(errors, &["some records failed"]);
            }
            (100..200, RecordOutcome::Failed(e)) => {
                assert_eq!(e.status().map(|s| s.as_u16()), Some(400));
                let text = &e.body().unwrap().bytes;
                assert_eq!(&text[..], b"groupRef customer-1 has no installation");
                assert!(e.to_string().contains("has no installation"), "{e}");
            }
            (
                200..250,
                RecordOutcome::Refused {
                    result: None,
                    errors,
                },
            ) => {
                assert_eq!(
                    errors,
                    &["Batch write failed: provider rolled back all records"]
                );
            }
            _ => panic!("record {i}: {outcome}"),
        }
    }
    assert_eq!(report.succeeded(), 50);
    assert_eq!(report.failures().count(), 200);
    let statuses: Vec<_> = report.batches.iter().map(|b| b.status).collect();
    assert_eq!(statuses, [Some(422), Some(400), Some(422)]);
}

/// An answer whose results cannot be matched to the batch's records (one result for three)
/// fails every record of the batch: a success with a `Decode` error carrying the response's
/// facts, a 422 with the service's own error.
#[tokio::test]
async fn results_that_do_not_match_the_batch_fail_its_records_with_the_answers_facts() {
    let handler: Handler = Arc::new(|seen: &Seen| {
        let ns = numbers(&body(seen));
        let answer = json!({
            "operationId": format!("op-{}", ns[0]), "successCount": 1, "failureCount": 0,
            "results": [{"success": true, "recordId": "id-x"}],
        });
        match ns[0] {
            0 => Step::json(200, &answer),
            _ => Step::json(422, &answer),
        }
    });
    let server = Loopback::start_with(handler, Duration::ZERO).await;
    let client = client(&server.base_url, "http://127.0.0.1:9");
    let report = contacts(&client, WriteType::Create)
        .records(records(6))
        .batch_size(3)
        .concurrency(1)
        .mode(WriteMode::Synchronous)
        .send()
        .await;
    assert_eq!(report.records.len(), 6);
    for (i, outcome) in report.records.iter().enumerate() {
        let RecordOutcome::Failed(e) = outcome else {
            panic!("record {i}: {outcome}");
        };
        assert_eq!(e.operation().map(|o| o.id), Some("writeRecords"));
        if i < 3 {
            assert_eq!(e.kind(), ErrorKind::Decode, "{e:?}");
            assert_eq!(e.status().map(|s| s.as_u16()), Some(200));
            assert_eq!(
                e.message(),
                "writeRecords answered 1 results for a batch of 3 records"
            );
        } else {
            assert_eq!(e.kind(), ErrorKind::Api, "{e:?}");
            assert_eq!(e.status().map(|s| s.as_u16()), Some(422));
        }
    }
}

/// A record that does not serialize to a JSON object fails alone, naming its index; the
/// others of its batch are written.
#[tokio::test]
async fn a_record_that_is_not_an_object_fails_alone() {
    let server = Loopback::start_with(all_written(), Duration::ZERO).await;
    let client = client(&server.base_url, "http://127.0.0.1:9");
    let input = vec![json!({"n": 0}), json!("not a record"), json!({"n": 2})];
    let report = contacts(&client, WriteType::Create)
        .records(input)
        .mode(WriteMode::Synchronous)
        .send()
        .await;
    let sent: Vec<Vec<u64>> = server.seen().iter().map(|s| numbers(&body(s))).collect();
    assert_eq!(sent, [vec![0, 2]], "one call, without the string");
    match &report.records[..] {
        [
            RecordOutcome::Written(a),
            RecordOutcome::Failed(e),
            RecordOutcome::Written(c),
        ] => {
            assert_eq!(a.record_id.as_deref(), Some("id-0"));
            assert_eq!(c.record_id.as_deref(), Some("id-2"));
            assert_eq!(e.kind(), ErrorKind::InvalidRequest);
            assert!(
                e.to_string()
                    .contains("record 1 is not a JSON object but a string"),
                "{e}"
            );
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn a_required_setting_left_unset_fails_every_record_and_sends_nothing() {
    let server = Loopback::start_with(all_written(), Duration::ZERO).await;
    let client = client(&server.base_url, "http://127.0.0.1:9");
    let report = client
        .write_all()
        .project_id_or_name("my-project")
        .integration_id("my-integration")
        .group_ref("customer-1")
        .type_(WriteType::Create)
        .records(records(3))
        .send()
        .await;
    assert_eq!(report.records.len(), 3);
    for outcome in &report.records {
        let RecordOutcome::Failed(e) = outcome else {
            panic!("{outcome:?}")
        };
        assert_eq!(e.kind(), ErrorKind::InvalidRequest);
        assert_eq!(e.message(), "writeRecords: object_name is not set");
    }
    assert!(server.seen().is_empty(), "nothing was sent");
}

/// A newer server's answers carry fields the spec does not list, at every level: written
/// records are still written, refused ones refused, and none is reported as a failed call
/// (which a caller would retry, writing them twice).
#[tokio::test]
async fn a_newer_servers_extra_fields_leave_every_record_reported_right() {
    let handler: Handler = Arc::new(|seen: &Seen| {
        let ns = numbers(&body(seen));
        let results: Vec<Value> = ns
            .iter()
            .map(|n| {
                json!({"success": n % 3 != 0, "recordId": format!("id-{n}"),
                       "writtenAt": "2026-12-03T00:00:00Z", "shard": {"id": 7}})
            })
            .collect();
        let answer = json!({
            "operationId": format!("op-{}", ns[0]),
            "successCount": ns.iter().filter(|n| *n % 3 != 0).count(),
            "failureCount": ns.iter().filter(|n| *n % 3 == 0).count(),
            "results": results,
            "region": "eu-west-1",
        });
        if ns[0] == 0 {
            Step::json(200, &answer)
        } else {
            let mut refused = answer;
            refused["errors"] = json!([{"message": "some records failed", "code": "E42"}]);
            Step::json(422, &refused)
        }
    });
    let server = Loopback::start_with(handler, Duration::ZERO).await;
    let client = client(&server.base_url, "http://127.0.0.1:9");
    let report = contacts(&client, WriteType::Create)
        .records(records(150))
        .mode(WriteMode::Synchronous)
        .send()
        .await;
    assert_eq!(report.records.len(), 150);
    for (i, outcome) in report.records.iter().enumerate() {
        match outcome {
            RecordOutcome::Written(r) => {
                assert!(i % 3 != 0, "record {i} was refused: {outcome}");
                assert_eq!(r.record_id.as_deref(), Some(format!("id-{i}").as_str()));
                assert_eq!(r.unknown_fields["writtenAt"], "2026-12-03T00:00:00Z");
            }
            RecordOutcome::Refused { result, .. } if i % 3 == 0 => {
                let result = result
                    .as_ref()
                    .expect("its own result, from the 200 or the 422");
                assert!(!result.success);
            }
            _ => panic!("record {i}: {outcome}"),
        }
    }
    assert_eq!(
        report
            .failures()
            .filter(|f| matches!(f.1, RecordOutcome::Failed(_)))
            .count(),
        0
    );
}
