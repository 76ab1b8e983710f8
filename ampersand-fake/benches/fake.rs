//! Requests per second of the fake, against their floor in the same run. Run with
//! `cargo bench -p ampersand-fake`.
//!
//! - list: `listProjects` of 100 projects through the SDK's client on the fake, against raw
//!   reqwest + serde_json on an axum server that answers the same bytes from memory (no
//!   routing by the spec, no credentials, no state), asked the same path with the same key;
//! - update: `updateProject` of one field through the SDK's update builder on the fake (the
//!   body read into the spec's type, the mask applied, the project made again from its type),
//!   against the same floor answering the bytes of the fake's answer to that update.
//!
//! Two more groups put the same client on both sides, so that only the server differs: the
//! floor's raw request sent to the fake too (the fake's cost without the SDK's), and the SDK's
//! update builder asking the floor too.
//! Each group reports requests per second (criterion's `elem/s`) of both, each measured with
//! the other's calls between its own, and the bench prints the ratio over those same calls.

use std::time::Duration;

use ampersand_client::types::Project;
use ampersand_client::{CallSettings, Client, Host};
use ampersand_fake::{Fake, Options};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// One thread for the client, the fake and the floor alike, as `#[tokio::test]` runs a test
/// (and the fake in it). On a runtime of worker threads, criterion's `block_on` from outside
/// them wakes a worker across threads whenever the SDK sets its per-attempt timer, which
/// costs the SDK's calls (not the floor's raw ones, which set none) about 10 µs each here.
fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

/// An axum server answering `body` to every request, and its base URL.
async fn floor(body: String) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let app = axum::Router::new().fallback(move || {
        let body = body.clone();
        async move { ([("content-type", "application/json")], body) }
    });
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    format!("http://{addr}")
}

fn bench(c: &mut Criterion) {
    let rt = runtime();
    let fake = rt.block_on(Fake::start(Options::new())).unwrap();
    let config = fake.config();
    let client = Client::new(
        config.base_url(Host::Platform),
        CallSettings::new(config.clone()).unwrap(),
    );
    ampersand_client::install_ring_provider();
    let http = reqwest::Client::new();
    let created: Vec<Project> = rt.block_on(async {
        let mut out = Vec::new();
        for i in 0..100 {
            let p = client
                .create_project()
                .body_map(|b| b.app_name("Bench").name(format!("bench-{i}")).org_id("o"))
                .send()
                .await
                .unwrap();
            out.push(p.into_inner());
        }
        out
    });
    let list_body = serde_json::to_string(&created).unwrap();
    // the floor is asked the same paths, with the same key, as the fake
    let base = fake.base_url(Host::Platform);
    let prefix = reqwest::Url::parse(&base)
        .unwrap()
        .path()
        .trim_end_matches('/')
        .to_string();
    let id = created[0].id.clone();
    let project_url = format!("{base}/projects/{id}");
    // the raw update: the same request to the fake (its cost without the SDK's) or the floor,
    // the answer's bytes
    let send_update = async |url: &str| {
        let body =
            serde_json::json!({ "updateMask": ["appName"], "project": { "appName": "Bench 2" } });
        let response = http
            .patch(url)
            .header("x-api-key", ampersand_fake::DEFAULT_API_KEY)
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200);
        response.bytes().await.unwrap()
    };
    // the floor answers the bytes the fake answers that update with (its `updateTime` too)
    let one_body = rt.block_on(send_update(&project_url));
    let one_body = String::from_utf8(one_body.to_vec()).unwrap();
    let list_floor = format!("{}{prefix}/projects", rt.block_on(floor(list_body)));
    let one_origin = rt.block_on(floor(one_body));
    let one_floor = format!("{one_origin}{prefix}/projects/{id}");
    // the SDK's client asking the floor, as it asks the fake
    let floor_client = Client::new(
        &format!("{one_origin}{prefix}"),
        CallSettings::new(config.clone()).unwrap(),
    );

    let list_fake = async || drop(client.list_projects().send().await.unwrap());
    let list_raw = async || {
        let bytes = http
            .get(&list_floor)
            .header("x-api-key", ampersand_fake::DEFAULT_API_KEY)
            .send()
            .await
            .unwrap()
            .bytes()
            .await
            .unwrap();
        drop(serde_json::from_slice::<Vec<Project>>(&bytes).unwrap())
    };
    let sdk_update = async |client: &Client| {
        let updated = client
            .update_project_fields()
            .project_id_or_name(&id)
            .app_name("Bench 2")
            .send()
            .await
            .unwrap();
        drop(updated)
    };
    let update_fake = async || sdk_update(&client).await;
    let update_sdk_floor = async || sdk_update(&floor_client).await;
    let raw_update =
        async |url: &str| drop(serde_json::from_slice::<Project>(&send_update(url).await).unwrap());
    let update_fake_raw = async || raw_update(&project_url).await;
    let update_raw = async || raw_update(&one_floor).await;

    let list = paired(
        c,
        &rt,
        "list 100 projects",
        [
            ("fake, the SDK's client", &list_fake),
            ("floor: static axum, reqwest + serde_json", &list_raw),
        ],
    );
    let update = paired(
        c,
        &rt,
        "update one project",
        [
            ("fake, the SDK's update builder", &update_fake),
            ("floor: static axum, reqwest + serde_json", &update_raw),
        ],
    );
    let update_raw_client = paired(
        c,
        &rt,
        "update one project, raw client",
        [
            ("fake, raw reqwest + serde_json", &update_fake_raw),
            ("floor: static axum, reqwest + serde_json", &update_raw),
        ],
    );
    let update_sdk_client = paired(
        c,
        &rt,
        "update one project, SDK client",
        [
            ("fake, the SDK's update builder", &update_fake),
            (
                "floor: static axum, the SDK's update builder",
                &update_sdk_floor,
            ),
        ],
    );
    for (what, ratio) in [
        ("list 100 projects", list),
        ("update one project", update),
        (
            "update one project, the same raw client on both",
            update_raw_client,
        ),
        (
            "update one project, the SDK's client on both",
            update_sdk_client,
        ),
    ] {
        if let Some(ratio) = ratio {
            println!(
                "{what}: the fake's throughput {ratio:.3}x the floor's, over the same \
                 interleaved calls (goal >= 0.8)"
            );
        }
    }
}

/// A group of two: each measured with the other's calls between its own, on the same loop;
/// the first's throughput over the second's, over all those calls (`None` when filtered out).
fn paired(
    c: &mut Criterion,
    rt: &tokio::runtime::Runtime,
    name: &str,
    [(first, a), (second, b)]: [(&str, &dyn Pair); 2],
) -> Option<f64> {
    let mut group = c.benchmark_group(name);
    group.throughput(Throughput::Elements(1));
    let sums = std::cell::Cell::new((Duration::ZERO, Duration::ZERO));
    group.bench_function(first, |bench| {
        bench.iter_custom(|iters| {
            let (took, other) = rt.block_on(interleaved(iters, a, b));
            let (x, y) = sums.get();
            sums.set((x + took, y + other));
            took
        })
    });
    group.bench_function(second, |bench| {
        bench.iter_custom(|iters| rt.block_on(interleaved(iters, b, a)).0)
    });
    group.finish();
    let (took, other) = sums.get();
    (!took.is_zero()).then(|| other.as_secs_f64() / took.as_secs_f64())
}

/// One call of a pair, boxed so that the pair's two calls share a type.
trait Pair {
    fn call(&self) -> std::pin::Pin<Box<dyn std::future::Future<Output = ()> + '_>>;
}

impl<F: AsyncFn()> Pair for F {
    fn call(&self) -> std::pin::Pin<Box<dyn std::future::Future<Output = ()> + '_>> {
        Box::pin(self())
    }
}

/// `iters` calls of `measured`, each followed by one of `other`: the time of each side.
async fn interleaved(iters: u64, measured: &dyn Pair, other: &dyn Pair) -> (Duration, Duration) {
    let (mut took, mut other_took) = (Duration::ZERO, Duration::ZERO);
    for _ in 0..iters {
        let start = std::time::Instant::now();
        measured.call().await;
        took += start.elapsed();
        let start = std::time::Instant::now();
        other.call().await;
        other_took += start.elapsed();
    }
    (took, other_took)
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(Duration::from_secs(3));
    targets = bench
}
criterion_main!(benches);
