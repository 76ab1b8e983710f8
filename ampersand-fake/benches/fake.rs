//! Requests per second of the fake, against their floor in the same run. Run with
//! `cargo bench -p ampersand-fake`.
//!
//! - list: `listProjects` of 100 projects through the SDK's client on the fake, against raw
//!   reqwest + serde_json on an axum server that answers the same bytes from memory (no
//!   routing by the spec, no credentials, no state);
//! - update: `updateProject` of one field through the SDK's update builder on the fake (the
//!   body read into the spec's type, the mask applied, the project made again from its type),
//!   against the same floor answering a fixed project.
//!
//! Each group reports requests per second (criterion's `elem/s`) of both, side by side.

use std::time::Duration;

use ampersand_client::types::Project;
use ampersand_client::{CallSettings, Client, Host};
use ampersand_fake::{Fake, Options};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
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
    let one_body = serde_json::to_string(&created[0]).unwrap();
    let list_floor = rt.block_on(floor(list_body));
    let one_floor = rt.block_on(floor(one_body));
    let _ = fake.base_url(Host::Platform);

    let mut group = c.benchmark_group("list 100 projects");
    group.throughput(Throughput::Elements(1));
    group.bench_function("fake, the SDK's client", |b| {
        b.to_async(&rt)
            .iter(|| async { client.list_projects().send().await.unwrap() })
    });
    group.bench_function("floor: static axum, reqwest + serde_json", |b| {
        b.to_async(&rt).iter(|| async {
            let bytes = http
                .get(&list_floor)
                .send()
                .await
                .unwrap()
                .bytes()
                .await
                .unwrap();
            serde_json::from_slice::<Vec<Project>>(&bytes).unwrap()
        })
    });
    group.finish();

    let mut group = c.benchmark_group("update one project");
    group.throughput(Throughput::Elements(1));
    let id = created[0].id.clone();
    group.bench_function("fake, the SDK's update builder", |b| {
        b.to_async(&rt).iter(|| async {
            client
                .update_project_fields()
                .project_id_or_name(&id)
                .app_name("Bench 2")
                .send()
                .await
                .unwrap()
        })
    });
    group.bench_function("floor: static axum, reqwest + serde_json", |b| {
        b.to_async(&rt).iter(|| async {
            let body = serde_json::json!({ "updateMask": ["appName"], "project": { "appName": "Bench 2" } });
            let bytes = http.patch(&one_floor).json(&body).send().await.unwrap().bytes().await.unwrap();
            serde_json::from_slice::<Project>(&bytes).unwrap()
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(Duration::from_secs(3));
    targets = bench
}
criterion_main!(benches);
