//! What the ext tests share: the seeds as fixtures, and a client for a mock server.
// each test file uses part of this
#![allow(dead_code)]

pub mod loopback;

use ampersand_ext::{Client, ClientBuilder, RetryPolicy};
use httpmock::MockServer;
use serde_json::Value;

/// A JSON fixture of the workspace's `tests/fixtures/`.
pub fn fixture(name: &str) -> Value {
    let path = format!("{}/../tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Seed 002's response with its one documentation quirk undone (`scopes: [[…]]` → `[…]`).
pub fn seed002_response() -> Value {
    let mut response = fixture("seed002_update_installation_response.json");
    let scopes = response["connection"]["providerApp"]["scopes"][0].clone();
    response["connection"]["providerApp"]["scopes"] = scopes;
    response
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
