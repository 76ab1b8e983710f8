//! Per-call overhead: a whole call through the client (request path, retries ready, tracing
//! span, credentials, body read, typed decode) against the floor, raw reqwest + serde_json
//! into the same types, both against the same minimal keep-alive HTTP/1.1 server on the
//! calls' own runtime, in the same run, for a page of 1 and of 200 installations. Run with
//! `cargo bench -p ampersand-client --bench call`; it prints the ratio and the difference a
//! call (goal for 1 installation: at most 0.5 µs more than the floor, 1.03×).
//!
//! - The floor is the same call written by hand: its URL formatted from the ids on every call
//!   and the same headers, so that both send the same bytes (checked before measuring).
//! - The calls, and the server, run on one current-thread runtime, as a service's tasks make
//!   them: a round trip wakes no other thread, so the loopback costs little beside the
//!   client's own work, which is what the ratio shows.
//! - The calls are interleaved: each measured call is followed by an unmeasured call of the
//!   other kind, so that both see the same machine.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use ampersand_client::types::Installation;
use ampersand_client::{CallConfig, CallSettings, Client};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use reqwest::header::ACCEPT;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

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

/// A minimal keep-alive HTTP/1.1 server on the benchmark's own runtime: it answers every
/// request of every connection with `body` in one write, and keeps the head of each request in
/// `heads`, if given. On the same current-thread runtime as the calls, a round trip costs no
/// wake-up of another thread, so what is measured is the client's own work.
async fn serve(body: Vec<u8>, heads: Option<Arc<Mutex<Vec<String>>>>) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a loopback port");
    let url = format!("http://{}", listener.local_addr().expect("an address"));
    let mut response = format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    response.extend_from_slice(&body);
    let response: Arc<[u8]> = response.into();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            tokio::spawn(connection(stream, response.clone(), heads.clone()));
        }
    });
    url
}

async fn connection(
    mut stream: tokio::net::TcpStream,
    response: Arc<[u8]>,
    heads: Option<Arc<Mutex<Vec<String>>>>,
) {
    stream.set_nodelay(true).ok();
    let mut buffer = Vec::with_capacity(1024);
    let mut chunk = [0u8; 4096];
    loop {
        // a GET without a body: read to the end of the head, answer in one write
        let end = loop {
            if let Some(at) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
                break at + 4;
            }
            match stream.read(&mut chunk).await {
                Ok(0) | Err(_) => return,
                Ok(n) => buffer.extend_from_slice(&chunk[..n]),
            }
        };
        if let Some(heads) = &heads {
            let head = String::from_utf8_lossy(&buffer[..end]).into_owned();
            heads.lock().expect("not poisoned").push(head);
        }
        buffer.drain(..end);
        if stream.write_all(&response).await.is_err() {
            return;
        }
    }
}

/// The floor: the same call with raw reqwest (the same URL, formatted from the ids, and the
/// same headers), decoded with serde_json into the same types.
async fn raw_call(
    http: &reqwest::Client,
    base: &str,
    project: &str,
    integration: &str,
) -> Vec<Installation> {
    let url = format!("{base}/projects/{project}/integrations/{integration}/installations");
    let bytes = http
        .get(url)
        .header(ACCEPT, "application/json, application/problem+json")
        .header("api-version", "1.0.0")
        .header("x-api-key", "bench-key")
        .send()
        .await
        .expect("a response")
        .bytes()
        .await
        .expect("a body");
    serde_json::from_slice(&bytes).expect("decodes")
}

/// Runs `measured` and `other` one after the other, `iters` times, inside the runtime (as a
/// service's task calls), and returns the time each took in all.
fn interleaved(
    runtime: &tokio::runtime::Runtime,
    iters: u64,
    measured: impl AsyncFn(),
    other: impl AsyncFn(),
) -> (Duration, Duration) {
    runtime.block_on(async {
        let (mut took, mut other_took) = (Duration::ZERO, Duration::ZERO);
        for _ in 0..iters {
            let start = Instant::now();
            measured().await;
            took += start.elapsed();
            let start = Instant::now();
            other().await;
            other_took += start.elapsed();
        }
        (took, other_took)
    })
}

fn calls(c: &mut Criterion) {
    // the calls run on the runtime's own thread, as a service's tasks call: a call made from a
    // thread outside the runtime would add a cross-thread wake-up of its worker whenever a
    // timer is set, which no task inside the runtime pays
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    ampersand_client::install_ring_provider();
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("a client");
    let client_of = |url: &str| {
        let mut config = CallConfig::default();
        config.api_key = Some("bench-key".into());
        Client::new_with_client(
            url,
            http.clone(),
            CallSettings::new(config).expect("valid credentials"),
        )
    };
    let sdk = async |client: &Client| {
        client
            .list_installations()
            .project_id_or_name("p")
            .integration_id("i")
            .send()
            .await
            .expect("decodes")
            .into_inner()
    };

    // the floor sends what the SDK sends, byte for byte, and decodes the same
    let heads = Arc::new(Mutex::new(Vec::new()));
    let url = runtime.block_on(serve(page(1), Some(heads.clone())));
    let (by_sdk, by_hand) = runtime.block_on(async {
        (
            sdk(&client_of(&url)).await,
            raw_call(&http, &url, "p", "i").await,
        )
    });
    assert_eq!(by_sdk, by_hand);
    let heads = heads.lock().expect("not poisoned").clone();
    assert_eq!(heads.len(), 2);
    assert_eq!(heads[0], heads[1], "the floor sends the same request");

    for n in [1, 200] {
        let body = page(n);
        let url = runtime.block_on(serve(body.clone(), None));
        let client = client_of(&url);
        let floor = async || {
            raw_call(&http, &url, "p", "i").await;
        };
        let mut group = c.benchmark_group(format!("list {n} installation(s)"));
        group.throughput(Throughput::Bytes(body.len() as u64));
        // the SDK's calls and the floor's calls of the same loop, for the ratio
        let paired = Mutex::new((Duration::ZERO, Duration::ZERO));
        let count = Mutex::new(0u64);
        group.bench_function("sdk call", |b| {
            b.iter_custom(|iters| {
                let (took, floor_took) =
                    interleaved(&runtime, iters, async || drop(sdk(&client).await), floor);
                let mut sums = paired.lock().expect("not poisoned");
                sums.0 += took;
                sums.1 += floor_took;
                *count.lock().expect("not poisoned") += iters;
                took
            })
        });
        group.bench_function("floor: reqwest + serde_json", |b| {
            b.iter_custom(|iters| {
                interleaved(&runtime, iters, floor, async || drop(sdk(&client).await)).0
            })
        });
        // the floor with what every attempt of the request path has and a raw call has not,
        // as plainly as tokio gives it: a timeout (a timer made, put into the wheel and
        // dropped per call; the SDK's attempts set a timer the thread kept instead)
        let timed_paired = Mutex::new((Duration::ZERO, Duration::ZERO, 0u64));
        group.bench_function("floor + tokio::time::timeout", |b| {
            b.iter_custom(|iters| {
                let timed = async || {
                    tokio::time::timeout(Duration::from_secs(30), floor())
                        .await
                        .expect("in time")
                };
                let (timed_took, took) =
                    interleaved(&runtime, iters, timed, async || drop(sdk(&client).await));
                let mut sums = timed_paired.lock().expect("not poisoned");
                sums.0 += took;
                sums.1 += timed_took;
                sums.2 += iters;
                timed_took
            })
        });
        group.finish();
        let (sdk_took, floor_took) = *paired.lock().expect("not poisoned");
        let calls = *count.lock().expect("not poisoned") as f64;
        if calls == 0.0 {
            // this size was filtered out
            continue;
        }
        let ratio = |sdk: Duration, floor: Duration, calls: f64| {
            (
                sdk.as_secs_f64() / floor.as_secs_f64(),
                (sdk.as_secs_f64() - floor.as_secs_f64()) * 1e6 / calls,
            )
        };
        let (times, more) = ratio(sdk_took, floor_took, calls);
        println!(
            "list {n} installation(s): sdk/floor {times:.3}, {more:+.2} µs a call, over the same \
             interleaved calls (goal for 1: <= 1.03 and <= 0.5 µs)"
        );
        let (sdk_took, timed_took, timed_calls) = *timed_paired.lock().expect("not poisoned");
        if timed_calls > 0 {
            let (times, more) = ratio(sdk_took, timed_took, timed_calls as f64);
            println!(
                "list {n} installation(s): sdk/(floor + tokio::time::timeout) {times:.3}, \
                 {more:+.2} µs a call: against a raw call with a timeout of its own"
            );
        }
    }
}

criterion_group!(benches, calls);
criterion_main!(benches);
