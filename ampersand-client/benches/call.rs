//! Per-call overhead: a whole call through the client (request path, retries ready, tracing
//! span, credentials, body read, typed decode) against the floor, raw reqwest + serde_json
//! into the same types, both against the same in-process loopback HTTP/1.1 server
//! (keep-alive, TCP_NODELAY, one write per response), in the same run, for a page of 1 and of
//! 200 installations. Run with `cargo bench -p ampersand-client --bench call`.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::time::Duration;

use ampersand_client::types::Installation;
use ampersand_client::{CallConfig, Client, Inner};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn page(n: usize) -> Vec<u8> {
    let seed = include_str!("../../tests/fixtures/seed001_list_installations_response.json");
    let one: serde_json::Value = serde_json::from_str(seed).expect("seed 001 is JSON");
    let page: Vec<serde_json::Value> = (0..n)
        .map(|i| {
            let mut copy = one[0].clone();
            copy["id"] = serde_json::json!(format!("installation-{i}"));
            copy
        })
        .collect();
    serde_json::to_vec(&page).expect("serialises")
}

/// Serves `body` to every request on every connection, until the process ends.
fn serve(body: Vec<u8>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
    let url = format!("http://{}", listener.local_addr().expect("an address"));
    let mut response = format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    response.extend_from_slice(&body);
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let response = response.clone();
            std::thread::spawn(move || connection(stream, &response));
        }
    });
    url
}

fn connection(stream: TcpStream, response: &[u8]) {
    stream.set_nodelay(true).ok();
    let mut writer = stream.try_clone().expect("a second handle");
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    loop {
        // a GET without a body: read the head, answer in one write
        loop {
            line.clear();
            match reader.read_line(&mut line) {
                Ok(0) | Err(_) => return,
                Ok(_) if line == "\r\n" => break,
                Ok(_) => {}
            }
        }
        if writer.write_all(response).is_err() {
            return;
        }
    }
}

/// The floor: one call with raw reqwest, decoded with serde_json into the same types.
async fn raw_call(http: &reqwest::Client, url: &str) -> Vec<Installation> {
    let bytes = http
        .get(url)
        .header("x-api-key", "bench-key")
        .send()
        .await
        .expect("a response")
        .bytes()
        .await
        .expect("a body");
    serde_json::from_slice(&bytes).expect("decodes")
}

fn calls(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("a runtime");
    for n in [1, 200] {
        let body = page(n);
        let url = serve(body.clone());
        ampersand_client::install_ring_provider();
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("a client");
        let mut config = CallConfig::default();
        config.api_key = Some("bench-key".into());
        let client = Client::new_with_client(&url, http.clone(), Inner::new(config));
        let mut group = c.benchmark_group(format!("list {n} installation(s)"));
        group.throughput(Throughput::Bytes(body.len() as u64));
        group.bench_function("sdk call", |b| {
            b.iter(|| {
                runtime.block_on(async {
                    client
                        .list_installations()
                        .project_id_or_name("p")
                        .integration_id("i")
                        .send()
                        .await
                        .expect("decodes")
                        .into_inner()
                })
            })
        });
        let raw_url = format!("{url}/projects/p/integrations/i/installations");
        group.bench_function("floor: reqwest + serde_json", |b| {
            b.iter(|| runtime.block_on(raw_call(&http, &raw_url)))
        });
        // the floor with what every attempt of the request path has and a raw call has not:
        // a timeout (a timer registered and dropped per call)
        group.bench_function("floor + per-attempt timeout", |b| {
            b.iter(|| {
                runtime.block_on(async {
                    let call = raw_call(&http, &raw_url);
                    tokio::time::timeout(Duration::from_secs(30), call)
                        .await
                        .expect("in time")
                })
            })
        });
        group.finish();
    }
}

criterion_group!(benches, calls);
criterion_main!(benches);
