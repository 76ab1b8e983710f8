//! What a write costs as the fake holds more: a batch of 100 new records written
//! (`writeRecords`), then the same 100 deleted, so that the object holds as many after as
//! before, with 1,000 and with 100,000 records already held in it, in memory and with
//! `--state` (the store on disk), all in the same run (the time is of the two writes). Run with
//! `cargo bench -p ampersand-fake --bench records`.
//!
//! After criterion's own lines it prints the ratios: 100k against 1k held (the goal: at most
//! 1.2×, with and without the store) and the store against memory.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use ampersand_fake::{DEFAULT_API_KEY, DEFAULT_JWT, Fake, Options};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use serde_json::{Value, json};

/// The records a write takes (the write API's most).
const BATCH: usize = 100;

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
}

/// A fake holding `held` records of `contact` for group `g1`, and the URL of that object's
/// writes; with `store`, its state on disk in `dir`.
async fn holding(held: usize, store: Option<&std::path::Path>) -> (Fake, String) {
    let mut options = Options::new();
    if let Some(dir) = store {
        options = options.state_file(dir.join(format!("state-{held}")));
    }
    let fake = Fake::start(options).await.unwrap();
    ampersand_client::install_ring_provider();
    let http = reqwest::Client::new();
    let platform = fake.urls()["platform"].as_str().unwrap().to_string();
    let post = |url: String, body: Value| {
        let request = http
            .post(url)
            .header("x-api-key", DEFAULT_API_KEY)
            .bearer_auth(DEFAULT_JWT)
            .json(&body);
        async move {
            let response = request.send().await.unwrap();
            assert!(response.status().is_success(), "{}", response.status());
            response.json::<Value>().await.unwrap_or_default()
        }
    };
    post(
        format!("{platform}/projects"),
        json!({"appName": "A", "name": "pp", "orgId": "o"}),
    )
    .await;
    post(
        format!("{platform}/projects/pp/integrations"),
        json!({"name": "crm", "provider": "salesforce", "latestRevision": {"specVersion": "1.0.0",
            "content": {"name": "crm", "provider": "salesforce"}}}),
    )
    .await;
    // the integration by its name, as the write API takes it
    let integration = "crm";
    post(
        format!("{platform}/projects/pp/connections:generate"),
        json!({"provider": "salesforce", "groupRef": "g1", "consumerRef": "u1"}),
    )
    .await;
    post(
        format!("{platform}/projects/pp/integrations/{integration}/installations"),
        json!({"groupRef": "g1", "config": {"content": {}}}),
    )
    .await;
    let write = format!(
        "{}/projects/pp/integrations/{integration}/objects/contact",
        fake.urls()["write"].as_str().unwrap()
    );
    for start in (0..held).step_by(BATCH) {
        let batch: Vec<Value> = (start..start + BATCH)
            .map(|n| json!({"record": {"id": format!("r{n}"), "email": format!("c{n}@example.com")}}))
            .collect();
        post(
            write.clone(),
            json!({"groupRef": "g1", "type": "create", "batch": batch}),
        )
        .await;
    }
    (fake, write)
}

/// Times of each variant, to print the ratios.
#[derive(Default)]
struct Times(Mutex<Vec<(String, Duration, u64)>>);

impl Times {
    fn mean(&self, name: &str) -> f64 {
        let all = self.0.lock().unwrap();
        let (total, iters) = all
            .iter()
            .filter(|(n, _, _)| n == name)
            .fold((Duration::ZERO, 0), |(t, i), (_, d, n)| (t + *d, i + n));
        total.as_secs_f64() / iters.max(1) as f64
    }
}

fn bench(c: &mut Criterion) {
    let rt = runtime();
    let dir = tempfile::tempdir().unwrap();
    ampersand_client::install_ring_provider();
    let http = reqwest::Client::new();
    let times = Times::default();
    let mut group = c.benchmark_group("write 100 records, delete them");
    group.throughput(Throughput::Elements(2 * BATCH as u64));
    for (kind, store) in [("memory", None), ("store", Some(dir.path()))] {
        for held in [1_000, 100_000] {
            let (fake, write) = rt.block_on(holding(held, store));
            // 100 new records, then the same deleted: the object holds as many after as before
            let batch = |kind: &str, round: u64| {
                let records: Vec<Value> = (0..BATCH)
                    .map(|n| json!({"record": {"id": format!("new{round}-{n}"), "score": n}}))
                    .collect();
                json!({"groupRef": "g1", "type": kind, "batch": records})
            };
            let name = format!("{kind}, {held} held");
            group.bench_function(&name, |b| {
                b.to_async(&rt).iter_custom(|iters| {
                    let (http, write, times, name) = (&http, &write, &times, &name);
                    let bodies: Vec<(Value, Value)> = (0..iters)
                        .map(|round| (batch("create", round), batch("delete", round)))
                        .collect();
                    async move {
                        let start = Instant::now();
                        for (made, gone) in &bodies {
                            for body in [made, gone] {
                                let response = http
                                    .post(write.as_str())
                                    .header("x-api-key", DEFAULT_API_KEY)
                                    .json(body)
                                    .send()
                                    .await
                                    .unwrap();
                                assert_eq!(response.status().as_u16(), 200);
                                response.bytes().await.unwrap();
                            }
                        }
                        let took = start.elapsed();
                        times.0.lock().unwrap().push((name.clone(), took, iters));
                        took
                    }
                })
            });
            drop(fake);
        }
    }
    group.finish();
    for kind in ["memory", "store"] {
        let small = times.mean(&format!("{kind}, 1000 held"));
        let large = times.mean(&format!("{kind}, 100000 held"));
        println!(
            "write 100 records and delete them, {kind}: {:.0} µs with 1k held, {:.0} µs with 100k: {:.2}× (goal ≤ 1.2×)",
            small * 1e6,
            large * 1e6,
            large / small
        );
    }
    for held in [1_000, 100_000] {
        let memory = times.mean(&format!("memory, {held} held"));
        let store = times.mean(&format!("store, {held} held"));
        println!(
            "write 100 records and delete them, {held} held: the store {:.2}× memory",
            store / memory
        );
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(Duration::from_secs(4));
    targets = bench
}
criterion_main!(benches);
