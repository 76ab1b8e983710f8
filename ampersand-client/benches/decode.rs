//! Decoding a page of 200 installations: the client's decode (plain serde_json, and
//! serde_path_to_error only for a body that fails, to name where; lenient collections, open
//! enums) against plain `serde_json` into the same types and into
//! `serde_json::Value`, in the same run. Run with `cargo bench -p ampersand-client`.

use ampersand_client::types::Installation;
use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};

fn page() -> Vec<u8> {
    let seed = include_str!("../../tests/fixtures/seed001_list_installations_response.json");
    let one: serde_json::Value = serde_json::from_str(seed).expect("seed 001 is JSON");
    let installation = one[0].clone();
    let page: Vec<serde_json::Value> = (0..200)
        .map(|i| {
            let mut copy = installation.clone();
            copy["id"] = serde_json::json!(format!("installation-{i}"));
            copy
        })
        .collect();
    serde_json::to_vec(&page).expect("serialises")
}

fn decode(c: &mut Criterion) {
    let body = page();
    let mut group = c.benchmark_group("decode 200 installations");
    group.throughput(Throughput::Bytes(body.len() as u64));
    group.bench_function("client decode (with JSON paths)", |b| {
        b.iter_batched(
            || body.clone(),
            |body| {
                ampersand_client::decode::from_slice::<Vec<Installation>>(&body).expect("decodes")
            },
            BatchSize::SmallInput,
        )
    });
    group.bench_function("baseline: serde_json into the same types", |b| {
        b.iter_batched(
            || body.clone(),
            |body| serde_json::from_slice::<Vec<Installation>>(&body).expect("decodes"),
            BatchSize::SmallInput,
        )
    });
    group.bench_function("baseline: serde_json::Value", |b| {
        b.iter_batched(
            || body.clone(),
            |body| serde_json::from_slice::<serde_json::Value>(&body).expect("decodes"),
            BatchSize::SmallInput,
        )
    });
    group.finish();
}

criterion_group!(benches, decode);
criterion_main!(benches);
