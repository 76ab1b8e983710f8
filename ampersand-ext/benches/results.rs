//! Reading a read delivery's records behind its `downloadUrl` (`Client::results`), typed to
//! the caller's struct, against its floors in the same run. Run with
//! `cargo bench -p ampersand-ext --bench results`; `AMPERSAND_BENCH_RESULTS_MB` sets the size
//! of the large delivery (200 unless told).
//!
//! - memory: peak RSS (VmHWM, reset before each) reading a delivery of one batch of records
//!   (1,000), then the large one, in one process, from a loopback axum server that makes each
//!   body as it sends it (so that it holds none): the large read's peak against the small's;
//! - throughput: the large delivery read through the SDK from a loopback axum server that
//!   sends it from memory in 64 KiB slices, against a plain
//!   `serde_json::from_slice` of the same bytes already in memory into a `Vec` of the same type.
//!
//! The ratios print after criterion's own lines.

#[path = "measure/rss.rs"]
mod rss;

use std::convert::Infallible;
use std::time::{Duration, Instant};

use ampersand_ext::client::webhook::types::ResultInfoType;
use ampersand_ext::prelude::*;
use ampersand_ext::webhook::WebhookMessage;
use axum::body::{Body, Bytes};
use criterion::{Criterion, criterion_group, criterion_main};
use futures_util::StreamExt;
use rss::{peak_rss_kb, reset_peak_rss};

/// The caller's record type: what each record's `fields` hold.
#[derive(serde::Deserialize)]
#[allow(dead_code)]
struct Contact {
    email: String,
    name: String,
    score: u64,
}

/// The floor's element: a record with its `fields` as a [`Contact`].
#[derive(serde::Deserialize)]
#[allow(dead_code)]
struct Entry {
    fields: Contact,
}

/// Records made per chunk of the body.
const PER_CHUNK: usize = 256;
/// Records in one batch.
const BATCH: usize = 1_000;

/// The record `i` as the service delivers it: its id, its fields and the provider's raw form.
fn record(i: usize, out: &mut Vec<u8>) {
    use std::io::Write;
    let _ = write!(
        out,
        r#"{{"id":"rec-{i:07}","fields":{{"email":"person{i}@example.com","name":"Person {i}","score":{i}}},"raw":{{"Id":"rec-{i:07}","Email":"person{i}@example.com","Name":"Person {i}","Score":{i}}}}}"#
    );
}

/// Chunk `c` of a body of `n` records: the array's records from `c × PER_CHUNK`, with its
/// brackets where it starts and ends.
fn chunk(c: usize, n: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(PER_CHUNK * 200);
    let first = c * PER_CHUNK;
    if first == 0 {
        out.push(b'[');
    }
    for i in first..(first + PER_CHUNK).min(n) {
        if i > 0 {
            out.push(b',');
        }
        record(i, &mut out);
    }
    if first + PER_CHUNK >= n {
        out.push(b']');
    }
    out
}

/// How many records make about `mb` megabytes.
fn records_in(mb: usize) -> usize {
    let mut one = Vec::new();
    record(500_000, &mut one);
    mb * 1_000_000 / (one.len() + 1)
}

/// Serves `/{n}`: a body of `n` records, made chunk by chunk as it is sent (the server holds
/// none of it); with `body`, serves `/{n}` from it instead, in slices (the server's cost is
/// then only sending it).
async fn serve(body: Option<Bytes>) -> String {
    let app = axum::Router::new().route(
        "/{n}",
        axum::routing::get(move |axum::extract::Path(n): axum::extract::Path<usize>| {
            let body = body.clone();
            async move {
                let chunks: futures_util::stream::BoxStream<'static, Bytes> = match body {
                    Some(body) => {
                        let slices = (0..body.len()).step_by(SLICE);
                        let slices =
                            slices.map(move |at| body.slice(at..(at + SLICE).min(body.len())));
                        futures_util::stream::iter(slices).boxed()
                    }
                    None => {
                        let chunks = 0..n.div_ceil(PER_CHUNK).max(1);
                        futures_util::stream::iter(chunks)
                            .map(move |c| Bytes::from(chunk(c, n)))
                            .boxed()
                    }
                };
                let body = Body::from_stream(chunks.map(Ok::<_, Infallible>));
                ([("content-type", "application/json")], body)
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    format!("http://{addr}")
}

/// The slices a body held in memory is sent in.
const SLICE: usize = 64 * 1024;

/// A delivery of `n` records behind `base/n`: the webhook spec's sample of one, by URL.
fn delivery(base: &str, n: usize) -> WebhookMessage {
    let root = format!("{}/../openapi", env!("CARGO_MANIFEST_DIR"));
    let spec = ampersand_spec::Spec::load_entry(root, "webhook/webhook.yaml").expect("the spec");
    let doc = spec.bundle().expect("a bundle").document;
    let sample = ampersand_spec::sample::Sampler::new(&doc).component("WebhookMessage");
    let mut message: WebhookMessage = serde_json::from_value(sample).expect("a delivery");
    message.result_info.type_ = ResultInfoType::Url;
    message.result_info.download_url = Some(format!("{base}/{n}"));
    message.result_info.num_records = n as i64;
    message.result = None;
    message
}

/// Reads every record of `message`, typed; how many.
async fn read(client: &Client, message: &WebhookMessage) -> usize {
    client
        .results(message)
        .fields::<Contact>()
        .fold(0, |n, contact| async move {
            contact.expect("a contact");
            n + 1
        })
        .await
}

fn size_mb() -> usize {
    std::env::var("AMPERSAND_BENCH_RESULTS_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200)
}

fn results(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    let base = rt.block_on(serve(None));
    let client = ClientBuilder::new()
        .api_key("bench-key")
        .max_response_bytes(usize::MAX)
        .attempt_timeout(Duration::from_secs(600))
        .build()
        .expect("a client");
    let n = records_in(size_mb());
    let large = delivery(&base, n);

    // memory first, before the floor holds the whole body
    let peak = |message: &WebhookMessage, expected: usize| {
        reset_peak_rss();
        assert_eq!(rt.block_on(read(&client, message)), expected);
        peak_rss_kb()
    };
    let small_peak = peak(&delivery(&base, BATCH), BATCH);
    let start = Instant::now();
    let large_peak = peak(&large, n);
    let once = start.elapsed();

    let body: Vec<u8> = (0..n.div_ceil(PER_CHUNK))
        .flat_map(|c| chunk(c, n))
        .collect();
    let body = Bytes::from(body);
    let large = delivery(&rt.block_on(serve(Some(body.clone()))), n);
    let mut group = c.benchmark_group("results");
    group.sample_size(10);
    group.throughput(criterion::Throughput::Bytes(body.len() as u64));
    // each sample's time a read, the fastest of each compared: the least disturbed by the
    // machine's other work
    let (mut sdk, mut floor) = (Duration::MAX, Duration::MAX);
    group.bench_function("sdk: downloaded and typed as it arrives", |b| {
        b.iter_custom(|iters| {
            let start = Instant::now();
            for _ in 0..iters {
                assert_eq!(rt.block_on(read(&client, &large)), n);
            }
            let took = start.elapsed();
            sdk = sdk.min(took / iters as u32);
            took
        })
    });
    group.bench_function("floor: serde_json::from_slice in memory", |b| {
        b.iter_custom(|iters| {
            let start = Instant::now();
            for _ in 0..iters {
                let entries: Vec<Entry> = serde_json::from_slice(&body).expect("the body");
                assert_eq!(entries.len(), n);
            }
            let took = start.elapsed();
            floor = floor.min(took / iters as u32);
            took
        })
    });
    group.finish();
    println!(
        "results memory: peak RSS {small_peak} kB reading {BATCH} records, {large_peak} kB reading \
         {n} ({} MB, once in {once:.2?}): {:.3} (goal < 2)",
        body.len() / 1_000_000,
        large_peak as f64 / small_peak.max(1) as f64,
    );
    println!(
        "results throughput: SDK {sdk:.2?}, floor {floor:.2?} for {} MB (the fastest of each): \
         {:.3} of the floor (goal >= 0.8)",
        body.len() / 1_000_000,
        floor.as_secs_f64() / sdk.as_secs_f64(),
    );
}

criterion_group!(benches, results);
criterion_main!(benches);
