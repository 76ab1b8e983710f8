//! What the fake's tests share: a plain HTTP client and a raw request with the fake's
//! credentials.
// each test file uses part of this
#![allow(dead_code)]

use ampersand_client::{CallConfig, CallSettings, Client, Host, RetryPolicy};
use ampersand_fake::{DEFAULT_API_KEY, DEFAULT_JWT, Fake};
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use serde_json::Value;

/// A plain reqwest client (rustls needs its provider first, as the SDK's builder installs it).
pub fn http() -> reqwest::Client {
    ampersand_client::install_ring_provider();
    reqwest::Client::new()
}

/// The generated client on `fake`, retrying nothing.
pub fn client(fake: &Fake) -> Client {
    client_with(fake, |_| {})
}

/// The generated client on `fake`, retrying nothing, its configuration as `change` leaves it.
pub fn client_with(fake: &Fake, change: impl FnOnce(&mut CallConfig)) -> Client {
    let mut config = fake.config();
    config.retry = RetryPolicy::none();
    change(&mut config);
    let base = config.base_url(Host::Platform).to_string();
    Client::new(&base, CallSettings::new(config).unwrap())
}

/// Sends `method path` to `host` of the fake, with its API key and JWT unless `auth` is
/// false, and `body` written over the spec's sample of the operation's request body
/// ([`complete`]) as JSON: the status, the content type and the JSON body (null if none).
pub async fn send(
    fake: &Fake,
    host: Host,
    method: &str,
    path: &str,
    body: Option<Value>,
    auth: bool,
) -> (u16, String, Value) {
    let body = body.map(|given| complete(host, method, path, given));
    send_as_given(fake, host, method, path, body, auth).await
}

/// [`send`] with `body` exactly as given: for the tests of bodies the fake refuses.
pub async fn send_as_given(
    fake: &Fake,
    host: Host,
    method: &str,
    path: &str,
    body: Option<Value>,
    auth: bool,
) -> (u16, String, Value) {
    let url = format!("{}{path}", fake.base_url(host));
    let mut request = http().request(method.parse().unwrap(), url);
    if auth {
        request = request
            .header("x-api-key", DEFAULT_API_KEY)
            .header("authorization", format!("Bearer {DEFAULT_JWT}"));
    }
    if let Some(body) = body {
        request = request.json(&body);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let content_type = response
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap_or_default().to_string())
        .unwrap_or_default();
    let bytes = response.bytes().await.unwrap_or_default();
    let body = match serde_json::from_slice(&bytes) {
        Ok(json) => json,
        Err(_) if bytes.is_empty() => Value::Null,
        Err(_) => Value::String(String::from_utf8_lossy(&bytes).into_owned()),
    };
    (status, content_type, body)
}

/// `given` written over the spec's sample of the request body of the operation `method path`
/// routes to on `host` (its required fields, at every depth): a field a newer spec makes
/// required is sent with no edit of the tests. `given` alone when the path is no operation's.
pub fn complete(host: Host, method: &str, path: &str, given: Value) -> Value {
    static BODIES: std::sync::OnceLock<ampersand_spec::RequestBodies> = std::sync::OnceLock::new();
    let bodies = BODIES.get_or_init(|| {
        ampersand_spec::RequestBodies::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../openapi"))
            .unwrap()
    });
    let path = path.split('?').next().unwrap_or_default();
    match operation_of(host, method, path) {
        Some(operation) => bodies.complete(operation, given),
        None => given,
    }
}

/// [`complete`] for a request to `url`, a URL of the fake (its host found by its prefix).
pub fn complete_url(method: &str, url: &str, given: Value) -> Value {
    let path = url.split_once("://").map_or(url, |(_, rest)| rest);
    let path = path.find('/').map_or("", |at| &path[at..]);
    let host = Host::ALL
        .iter()
        .find_map(|&host| Some((host, path.strip_prefix(&ampersand_fake::prefix(host))?)));
    match host {
        Some((host, path)) => complete(host, method, path, given),
        None => given,
    }
}

/// The id of the operation of `host` that `method path` (a concrete path) routes to.
pub fn operation_of(host: Host, method: &str, path: &str) -> Option<&'static str> {
    let got: Vec<&str> = path.split('/').collect();
    let fits = |template: &str| {
        let want: Vec<&str> = template.split('/').collect();
        want.len() == got.len()
            && want
                .iter()
                .zip(&got)
                .all(|(want, got)| match want.find('}') {
                    // a parameter, maybe with a literal suffix (`{connectionId}:oauth-update`)
                    Some(end) if want.starts_with('{') => got
                        .strip_suffix(&want[end + 1..])
                        .is_some_and(|value| !value.is_empty() && !value.contains(':')),
                    _ => want == got,
                })
    };
    // a template with more literal segments first (`connections:generate` before `{id}`)
    let mut fitting: Vec<_> = host
        .operations()
        .iter()
        .filter(|op| op.method.eq_ignore_ascii_case(method) && fits(op.path))
        .collect();
    fitting.sort_by_key(|op| op.path.matches('{').count());
    fitting.first().map(|op| op.id)
}

/// Whether `id` reads as a UUID, as the service's ids do.
#[allow(dead_code)]
pub fn uuid_like(id: &str) -> bool {
    let parts: Vec<usize> = id.split('-').map(str::len).collect();
    parts == [8, 4, 4, 4, 12] && id.chars().all(|c| c == '-' || c.is_ascii_hexdigit())
}

/// The binary on `state`, and its platform base URL once it is ready.
pub fn spawn_with_state(state: &std::path::Path) -> (std::process::Child, String) {
    let state = state.to_str().unwrap();
    let (child, urls) = spawn(&["--addr", "127.0.0.1:0", "--state", state], Stdio::null());
    (child, urls["platform"].as_str().unwrap().to_string())
}

/// The binary with `args`, and the ready line it prints (the base URL of each host).
pub fn spawn(args: &[&str], stderr: Stdio) -> (std::process::Child, Value) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_ampersand-fake"));
    command.args(args);
    spawn_command(command, stderr)
}

/// The fake `command` starts, and the ready line it prints.
pub fn spawn_command(mut command: Command, stderr: Stdio) -> (std::process::Child, Value) {
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(stderr)
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let urls = serde_json::from_str(&line).unwrap_or_else(|e| panic!("{e}: {line:?}"));
    (child, urls)
}
