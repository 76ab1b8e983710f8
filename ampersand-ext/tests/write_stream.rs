//! A write of any size: records read lazily from an iterator or a stream of the caller's own
//! `Serialize` type, at most `concurrency × batch size` of them held at once, batches yielded
//! as they end in input order, progress counted as it goes, and a write dropped halfway
//! stopping where it was. The loopback server answers on tokio's paused clock.

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use ampersand_ext::client::Host;
use ampersand_ext::prelude::*;
use ampersand_ext::write::{BatchWrite, Progress, RecordOutcome, WriteMode, WriteType};
use common::loopback::{Handler, Loopback, Seen, Step};
use futures_util::StreamExt;
use serde_json::{Value, json};

/// A record type of the caller's own.
#[derive(serde::Serialize)]
struct Contact {
    email: String,
    n: usize,
}

fn contact(n: usize) -> Contact {
    Contact {
        email: format!("person{n}@example.com"),
        n,
    }
}

/// Answers each batch with a success per record, `recordId` `id-<n>`, after `latency`.
async fn server(latency: Duration) -> Loopback {
    let handler: Handler = Arc::new(|seen: &Seen| {
        let body: Value = serde_json::from_slice(&seen.body).unwrap();
        let ns: Vec<u64> = body["batch"]
            .as_array()
            .unwrap()
            .iter()
            .map(|item| item["record"]["n"].as_u64().unwrap())
            .collect();
        Step::json(
            200,
            &json!({"operationId": format!("op-{}", ns[0]), "successCount": ns.len(), "failureCount": 0,
                    "results": ns.iter().map(|n| json!({"success": true, "recordId": format!("id-{n}")})).collect::<Vec<_>>()}),
        )
    });
    Loopback::start_on_tokio_time(handler, latency).await
}

fn write(server: &Loopback) -> BatchWrite {
    ClientBuilder::new()
        .api_key("k")
        .base_url("http://127.0.0.1:9")
        .host_base_url(Host::Write, &server.base_url)
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap()
        .write_all()
        .project_id_or_name("my-project")
        .integration_id("my-integration")
        .object_name("contact")
        .group_ref("customer-1")
        .type_(WriteType::Create)
        .mode(WriteMode::Synchronous)
        .batch_size(10)
        .concurrency(3)
}

/// The records read so far never run ahead of the batches yielded by more than the batches in
/// flight: memory stays within `concurrency × batch size` records whatever the input's size.
#[tokio::test(start_paused = true)]
async fn records_are_read_as_batches_have_room_and_come_back_in_order() {
    let server = server(Duration::from_millis(20)).await;
    let read = Arc::new(AtomicUsize::new(0));
    let counter = read.clone();
    let input = (0..1000).map(move |n| {
        counter.fetch_add(1, Ordering::SeqCst);
        contact(n)
    });
    let mut batches = Box::pin(write(&server).records(input).stream());
    let mut yielded = 0;
    let mut next_index = 0;
    while let Some(done) = batches.next().await {
        yielded += 1;
        let read_now = read.load(Ordering::SeqCst);
        assert!(
            read_now <= (yielded + 3) * 10,
            "{read_now} records read when {yielded} batches were yielded"
        );
        for (i, outcome) in done.indexed() {
            assert_eq!(i, next_index, "input order");
            next_index += 1;
            let RecordOutcome::Written(result) = outcome else {
                panic!("{i}: {outcome}")
            };
            assert_eq!(
                result.record_id.as_deref(),
                Some(format!("id-{i}").as_str())
            );
        }
    }
    assert_eq!((yielded, next_index), (100, 1000));
    assert!(server.max_in_flight() <= 3, "{}", server.max_in_flight());
    // the caller's struct went on the wire as its fields
    let first: Value = serde_json::from_slice(&server.seen()[0].body).unwrap();
    assert_eq!(
        first["batch"][0]["record"],
        json!({"email": "person0@example.com", "n": 0})
    );
}

/// Records from a `Stream` (read from a file or a database as they come) are written the same
/// way; the progress ends with every record sent and written.
#[tokio::test(start_paused = true)]
async fn a_stream_of_records_is_written_and_counted() {
    let server = server(Duration::from_millis(5)).await;
    let write = write(&server).record_stream(futures_util::stream::iter(0..95).map(contact));
    let progress = write.progress();
    let report = write.send().await;
    assert_eq!(report.succeeded(), 95);
    assert_eq!(report.batches.len(), 10);
    let now: Progress = *progress.borrow();
    assert_eq!(
        (now.sent, now.written, now.refused, now.failed),
        (95, 95, 0, 0)
    );
}

/// A write dropped halfway starts no other batch; its progress says what was sent.
#[tokio::test(start_paused = true)]
async fn a_write_dropped_halfway_stops_and_its_progress_says_what_was_sent() {
    let server = server(Duration::from_millis(20)).await;
    let write = write(&server).records((0..1000).map(contact));
    let progress = write.progress();
    let mut batches = Box::pin(write.stream());
    batches.next().await.expect("a first batch");
    drop(batches);
    // whatever was in flight has ended or been aborted; nothing more comes
    tokio::time::sleep(Duration::from_secs(1)).await;
    let seen = server.seen().len();
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert_eq!(server.seen().len(), seen, "no batch after the drop");
    let now = *progress.borrow();
    assert!(now.sent <= 4 * 10, "{now:?}");
    assert!(now.sent >= seen * 10, "{now:?} for {seen} calls");
    assert_eq!(now.written, 10, "{now:?}: the first batch");
}
