//! Writing records in batches and waiting for operations, against a loopback server that
//! answers each batch from its body: the wire of every batch, each record's outcome in input
//! order, the bound on concurrency, writeRecords' typed 422 and text 400, asynchronous mode.

mod batches;
#[path = "../common/mod.rs"]
mod common;
mod operations;

use std::sync::Arc;
use std::time::Duration;

use ampersand_client::write::types::{WriteRecordsFailure, WriteRequest};
use ampersand_ext::client::Host;
use ampersand_ext::prelude::*;
use ampersand_ext::write::{MAX_BATCH, RecordOutcome, WaitOptions, WriteMode, WriteType};
use common::loopback::{Handler, Loopback, Seen, Step};
use serde_json::{Value, json};

const KEY: &str = "write-test-key";
const PATH: &str = "POST /projects/my-project/integrations/my-integration/objects/contact";

fn client(write: &str, platform: &str) -> Client {
    ClientBuilder::new()
        .api_key(KEY)
        .base_url(platform)
        .host_base_url(Host::Write, write)
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap()
}

/// A write of contacts for `customer-1` of `my-integration` in `my-project`.
fn contacts(client: &Client, kind: WriteType) -> ampersand_ext::write::BatchWrite {
    client
        .write_all()
        .project_id_or_name("my-project")
        .integration_id("my-integration")
        .object_name("contact")
        .group_ref("customer-1")
        .type_(kind)
}

fn records(n: usize) -> Vec<Value> {
    (0..n)
        .map(|i| json!({"email": format!("person{i}@example.com"), "n": i}))
        .collect()
}

fn body(seen: &Seen) -> Value {
    serde_json::from_slice(&seen.body).unwrap()
}

/// The `n` of each record of a batch body.
fn numbers(body: &Value) -> Vec<u64> {
    body["batch"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["record"]["n"].as_u64().unwrap())
        .collect()
}

/// Answers every batch with a success per record, `recordId` `id-<n>`.
fn all_written() -> Handler {
    Arc::new(|seen: &Seen| {
        let ns = numbers(&body(seen));
        Step::json(
            200,
            &json!({
                "operationId": format!("op-{}", ns[0]),
                "successCount": ns.len(), "failureCount": 0,
                "results": ns.iter().map(|n| json!({"success": true, "recordId": format!("id-{n}")})).collect::<Vec<_>>(),
            }),
        )
    })
}
