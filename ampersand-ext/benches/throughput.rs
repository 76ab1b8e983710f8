//! Throughput and paging against their floors, in the same run, on an in-process loopback
//! HTTP/1.1 server (keep-alive, TCP_NODELAY, one write per response) that answers each request
//! after a fixed latency. Run with `cargo bench -p ampersand-ext --bench throughput`.
//!
//! - batch write: 10,000 records, batches of 100, concurrency 8, 20 ms per call, through
//!   `write_all`, against raw reqwest + serde_json sending the same batches with the same
//!   concurrency, and against the ideal `ceil(n / batch) / concurrency × latency` (250 ms);
//! - bulk update: 1,000 installations updated with an update mask, concurrency 8, 20 ms per
//!   call, against the ideal `(1 + n / concurrency) × latency` (2.52 s: the list, then the
//!   updates);
//! - paging: 20 pages, 20 ms per page, 20 ms of the caller's work per page, with prefetch
//!   against without it (the sequential time);
//! - paging memory: peak RSS (VmHWM) after streaming 10 pages of 200 operations, then after
//!   1,000 pages, in one process;
//! - write memory: peak RSS and time of writing 10,000 small records of the caller's own type,
//!   made lazily by an iterator, then 1,000,000 (batches of 100, 8 in flight, 20 ms a call):
//!   the peak against the smaller write's, the time against the ideal. Each peak is measured
//!   from a reset of VmHWM (`/proc/self/clear_refs`).
//!
//! Each group prints the ratios after criterion's own lines.

#[path = "../tests/common/loopback.rs"]
#[allow(dead_code)]
mod loopback;

#[path = "measure/rss.rs"]
mod rss;

#[path = "measure/memory.rs"]
mod memory;
use memory::{paging_memory, write_memory};

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use ampersand_ext::bulk::ClientBulkExt;
use ampersand_ext::client::Host;
use ampersand_ext::pagination::{PageOptions, Paginate};
use ampersand_ext::prelude::*;
use ampersand_ext::write::WriteType;
use criterion::{Criterion, criterion_group, criterion_main};
use futures_util::StreamExt;
use loopback::{Handler, Loopback, Seen, Step};
use rss::{peak_rss_kb, reset_peak_rss};
use serde_json::{Value, json};

const LATENCY: Duration = Duration::from_millis(20);
const CONCURRENCY: usize = 8;

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a runtime")
}

fn client(base: &str) -> Client {
    ClientBuilder::new()
        .api_key("bench-key")
        .base_url(base)
        .host_base_url(Host::Write, base)
        .build()
        .expect("a client")
}

/// Times of each variant, to print the ratios.
#[derive(Default)]
struct Times(Mutex<Vec<(&'static str, Duration, u64)>>);

impl Times {
    fn add(&self, name: &'static str, took: Duration, iters: u64) {
        self.0.lock().unwrap().push((name, took, iters));
    }
    fn mean(&self, name: &str) -> Duration {
        let all = self.0.lock().unwrap();
        let (total, iters) = all
            .iter()
            .filter(|(n, _, _)| *n == name)
            .fold((Duration::ZERO, 0), |(t, i), (_, d, n)| (t + *d, i + n));
        total / iters.max(1) as u32
    }
}

/// The answer to a batch of `n`: one success per record.
fn results(n: usize) -> Arc<Vec<u8>> {
    let results: Vec<Value> = (0..n)
        .map(|i| json!({"success": true, "recordId": format!("id-{i}")}))
        .collect();
    let body =
        json!({"operationId": "op", "successCount": n, "failureCount": 0, "results": results});
    Arc::new(body.to_string().into_bytes())
}

/// One success per record of each batch. The server stands in for a remote service whose
/// work is not on this machine: it counts the records without parsing the batch, and a full
/// batch's answer is made once, so that the two cores go to the clients being measured.
fn written() -> Handler {
    let full = results(BATCH);
    Arc::new(move |seen: &Seen| {
        let n = seen
            .body
            .windows(RECORD_KEY.len())
            .filter(|w| *w == RECORD_KEY)
            .count();
        let body = if n == BATCH { full.clone() } else { results(n) };
        Step::Respond(200, vec![("content-type", "application/json".into())], body)
    })
}

/// How each record of a batch starts on the wire (serde_json's compact form).
const RECORD_KEY: &[u8] = b"\"record\":";

const BATCH: usize = 100;

fn batch_write(c: &mut Criterion) {
    const N: usize = 10_000;
    let rt = runtime();
    let server = rt.block_on(Loopback::start_with(written(), LATENCY));
    let client = client(&server.base_url);
    let records: Vec<Value> = (0..N)
        .map(|i| json!({"email": format!("person{i}@example.com"), "warmthScore": "ready-for-close"}))
        .collect();
    ampersand_ext::client::install_ring_provider();
    let http = reqwest::Client::new();
    let url = format!(
        "{}/projects/p/integrations/i/objects/contact",
        server.base_url
    );
    let times = Times::default();
    let mut group = c.benchmark_group("batch_write_10000");
    group.sample_size(10);
    group.bench_function("sdk", |b| {
        b.iter_custom(|iters| {
            // the caller's records, theirs to give (made before the clock starts)
            let inputs: Vec<Vec<Value>> = (0..iters).map(|_| records.clone()).collect();
            let start = Instant::now();
            for input in inputs {
                let report = rt.block_on(
                    client
                        .write_all()
                        .project_id_or_name("p")
                        .integration_id("i")
                        .object_name("contact")
                        .group_ref("g")
                        .type_(WriteType::Create)
                        .records(input)
                        .concurrency(CONCURRENCY)
                        .send(),
                );
                assert_eq!(report.succeeded(), N);
            }
            let took = start.elapsed();
            times.add("sdk", took, iters);
            took
        })
    });
    group.bench_function("raw_reqwest", |b| {
        b.iter_custom(|iters| {
            let start = Instant::now();
            for _ in 0..iters {
                let written: usize = rt.block_on(
                    futures_util::stream::iter(records.chunks(BATCH))
                        .map(|chunk| {
                            let body = json!({"groupRef": "g", "type": "create",
                                "batch": chunk.iter().map(|r| json!({"record": r})).collect::<Vec<_>>()});
                            let request = http.post(&url).header("x-api-key", "bench-key").json(&body);
                            async move {
                                let answer: Value = request.send().await.unwrap().json().await.unwrap();
                                answer["results"].as_array().map_or(0, Vec::len)
                            }
                        })
                        .buffered(CONCURRENCY)
                        .fold(0, |sum, n| async move { sum + n }),
                );
                assert_eq!(written, N);
            }
            let took = start.elapsed();
            times.add("raw", took, iters);
            took
        })
    });
    group.finish();
    let ideal = LATENCY * (N.div_ceil(BATCH) as u32) / CONCURRENCY as u32;
    // what the stand-in's latency alone allows: the rounds of `concurrency` calls, each a wait
    // of the latency as the server waits, one after the other
    let rounds = N.div_ceil(BATCH).div_ceil(CONCURRENCY);
    let timer = rt.block_on(async {
        let start = Instant::now();
        for _ in 0..rounds {
            loopback::wait(LATENCY).await;
        }
        start.elapsed()
    });
    let (sdk, raw) = (times.mean("sdk"), times.mean("raw"));
    println!(
        "batch write of {N}: sdk {sdk:.0?}, raw reqwest {raw:.0?}, ideal {ideal:.0?}: sdk/ideal {:.3}, sdk/raw {:.3} (goal: sdk/ideal <= 1.2); \
         the latency alone ({rounds} waits of {LATENCY:?} one after the other) takes {timer:.0?}: {:.3} of the ideal, sdk/timer {:.3}",
        sdk.as_secs_f64() / ideal.as_secs_f64(),
        sdk.as_secs_f64() / raw.as_secs_f64(),
        timer.as_secs_f64() / ideal.as_secs_f64(),
        sdk.as_secs_f64() / timer.as_secs_f64(),
    );
}

fn installations(n: usize) -> Vec<u8> {
    let seed: Value = serde_json::from_str(include_str!(
        "../../tests/fixtures/seed001_list_installations_response.json"
    ))
    .expect("seed 001 is JSON");
    let page: Vec<Value> = (0..n)
        .map(|i| {
            let mut one = seed[0].clone();
            one["id"] = json!(format!("inst-{i}"));
            one
        })
        .collect();
    serde_json::to_vec(&page).expect("serialises")
}

fn bulk_update(c: &mut Criterion) {
    const N: usize = 1_000;
    let rt = runtime();
    let list = Arc::new(installations(N));
    let mut updated: Value = serde_json::from_str(include_str!(
        "../../tests/fixtures/seed002_update_installation_response.json"
    ))
    .expect("seed 002 is JSON");
    // the seed's documentation quirk (`scopes: [[…]]`) undone
    let scopes = updated["connection"]["providerApp"]["scopes"][0].clone();
    updated["connection"]["providerApp"]["scopes"] = scopes;
    let updated = Arc::new(updated.to_string().into_bytes());
    let handler: Handler = Arc::new(move |seen: &Seen| {
        let body = if seen.line.starts_with("GET") {
            list.clone()
        } else {
            updated.clone()
        };
        Step::Respond(200, vec![("content-type", "application/json".into())], body)
    });
    let server = rt.block_on(Loopback::start_with(handler, LATENCY));
    let client = client(&server.base_url);
    let times = Times::default();
    let mut group = c.benchmark_group("bulk_update_1000");
    group.sample_size(10);
    group.bench_function("sdk", |b| {
        b.iter_custom(|iters| {
            let start = Instant::now();
            for _ in 0..iters {
                let results = rt
                    .block_on(
                        client.update_installations("p", "i", None, CONCURRENCY, |u| {
                            u.connection_id("conn-2")
                        }),
                    )
                    .expect("the list");
                assert!(results.iter().all(|r| r.result.is_ok()));
                assert_eq!(results.len(), N);
            }
            let took = start.elapsed();
            times.add("sdk", took, iters);
            took
        })
    });
    group.finish();
    let ideal = LATENCY + LATENCY * (N as u32) / CONCURRENCY as u32;
    let sdk = times.mean("sdk");
    println!(
        "bulk update of {N}: sdk {:.0} ms, ideal {:.0} ms: sdk/ideal {:.3} (goal <= 1.2)",
        sdk.as_secs_f64() * 1e3,
        ideal.as_secs_f64() * 1e3,
        sdk.as_secs_f64() / ideal.as_secs_f64()
    );
}

/// listOperations pages of `size` operations, `pages` of them, by `pageToken`.
fn pager(pages: usize, size: usize) -> Handler {
    let operation = |id: String| {
        json!({"id": id, "projectId": "p", "integrationId": "i", "installationId": "inst",
               "configId": "cfg", "actionType": "read", "status": "success",
               "createTime": "2024-01-15T10:30:00Z"})
    };
    Arc::new(move |seen: &Seen| {
        let page: usize = seen
            .line
            .split("pageToken=")
            .nth(1)
            .and_then(|t| t.split(['&', ' ']).next())
            .and_then(|t| t.parse().ok())
            .unwrap_or(0);
        let results: Vec<Value> = (0..size)
            .map(|i| operation(format!("op-{page}-{i}")))
            .collect();
        let done = page + 1 >= pages;
        let mut pagination = json!({"done": done});
        if !done {
            pagination["nextPageToken"] = json!((page + 1).to_string());
        }
        Step::json(200, &json!({"results": results, "pagination": pagination}))
    })
}

fn paging_overlap(c: &mut Criterion) {
    const PAGES: usize = 20;
    let rt = runtime();
    let server = rt.block_on(Loopback::start_with(pager(PAGES, 10), LATENCY));
    let client = client(&server.base_url);
    let times = Times::default();
    let mut group = c.benchmark_group("paging_20_pages_20ms_work");
    group.sample_size(10);
    for (name, prefetch) in [("prefetch", true), ("sequential", false)] {
        group.bench_function(name, |b| {
            b.iter_custom(|iters| {
                let start = Instant::now();
                for _ in 0..iters {
                    rt.block_on(async {
                        let mut pages = client
                            .list_operations()
                            .project_id_or_name("p")
                            .integration_id("i")
                            .installation_id("inst")
                            .pages_with(PageOptions::default().prefetch(prefetch));
                        let mut seen = 0;
                        while let Some(page) = pages.next().await {
                            seen += page.expect("a page").items.len();
                            tokio::time::sleep(LATENCY).await; // the caller's work
                        }
                        assert_eq!(seen, PAGES * 10);
                    });
                }
                let took = start.elapsed();
                times.add(name, took, iters);
                took
            })
        });
    }
    group.finish();
    let (with, without) = (times.mean("prefetch"), times.mean("sequential"));
    println!(
        "paging: prefetch {with:.0?}, sequential {without:.0?}: {:.3} of the sequential time (goal <= 0.6)",
        with.as_secs_f64() / without.as_secs_f64()
    );
}

criterion_group!(
    benches,
    write_memory,
    paging_memory,
    batch_write,
    bulk_update,
    paging_overlap
);
criterion_main!(benches);
