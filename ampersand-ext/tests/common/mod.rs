//! What the ext tests share: the seeds as fixtures, and a client for a mock server.
// each test file uses part of this
#![allow(dead_code)]

pub mod calls;
pub mod capture;
pub mod loopback;

use ampersand_ext::{Client, ClientBuilder, RetryPolicy};
use httpmock::MockServer;
use serde_json::Value;

/// A JSON fixture of the workspace's `tests/fixtures/`.
pub fn fixture(name: &str) -> Value {
    let path = format!("{}/../tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The platform spec (`openapi/api/api.yaml` and what it reaches), bundled once.
pub fn spec() -> &'static Value {
    static SPEC: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    SPEC.get_or_init(|| {
        let root = format!("{}/../openapi", env!("CARGO_MANIFEST_DIR"));
        let spec = ampersand_spec::Spec::load(root).expect("openapi/ loads");
        spec.bundle().expect("openapi/ bundles").document
    })
}

/// An instance of the platform spec's component schema `name`, built from the schema
/// (required fields, one entry per list and map): a fixture that follows the spec, so a field
/// a newer spec makes required is in it with no hand edit.
pub fn sample(name: &str) -> Value {
    ampersand_spec::sample::Sampler::new(spec()).component(name)
}

/// An installation as the spec describes it, with the ids the tests look for: `inst-1`, its
/// connection `connection-123` and its config `config-123`.
pub fn installation() -> Value {
    let mut installation = sample("Installation");
    installation["id"] = "inst-1".into();
    installation["connection"]["id"] = "connection-123".into();
    installation["config"]["id"] = "config-123".into();
    installation
}

/// The JWT of [`client_with`]'s clients, for the operations that accept only a bearer token.
pub const JWT: &str = "eyJhbGciOiJSUzI1NiJ9.ext.test";

/// A client with API key `key`, [`JWT`] and `policy`, talking to `server`.
pub fn client_with(server: &MockServer, key: &str, policy: RetryPolicy) -> Client {
    ClientBuilder::new()
        .api_key(key)
        .bearer_token(JWT)
        .base_url(server.base_url())
        .retry_policy(policy)
        .build()
        .unwrap()
}

/// How many cases a randomized test runs: `AMPERSAND_FUZZ_CASES` when set (the large run is
/// `AMPERSAND_FUZZ_CASES=100000 cargo test --release`), else `default` (a few thousand).
pub fn fuzz_cases(default: u32) -> u32 {
    std::env::var("AMPERSAND_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The request body of `operation` as a generated type: the spec's sample of its schema (its
/// required fields, at every depth), with `given` written over it (objects merged, anything
/// else replaced). A field a newer spec makes required is there with no edit here.
pub fn body<T: serde::de::DeserializeOwned>(operation: &str, given: Value) -> T {
    static BODIES: std::sync::OnceLock<ampersand_spec::RequestBodies> = std::sync::OnceLock::new();
    let bodies = BODIES.get_or_init(|| {
        ampersand_spec::RequestBodies::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../openapi"))
            .unwrap()
    });
    assert!(
        bodies.sample(operation).is_some(),
        "the spec has no operation {operation} with a JSON body"
    );
    serde_json::from_value(bodies.complete(operation, given)).unwrap()
}
