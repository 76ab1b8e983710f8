//! The fake on the wire: started in-process and as a binary, its projects kept between calls
//! through the SDK's own client, its refusals (credentials, validation, masks, unknown ids,
//! taken names) as the spec's problems, and every operation it does not model a 501.

#[path = "../common/mod.rs"]
mod common;
mod credentials;
mod faults;
mod lifecycle;
mod oauth;
mod wire;

use common::http;
use std::process::{Command, Stdio};

use ampersand_client::{ErrorKind, RetryPolicy};
use ampersand_client::{Host, UpdateMaskRule};
use ampersand_fake::{DEFAULT_API_KEY, DEFAULT_JWT, Fake, Options, StartError};
use serde_json::{Value, json};

async fn fake() -> Fake {
    Fake::start(Options::new()).await.unwrap()
}

/// Whether `fake` lists no project.
async fn lists_no_project(fake: &Fake) -> bool {
    client(fake)
        .list_projects()
        .send()
        .await
        .unwrap()
        .is_empty()
}

fn client(fake: &Fake) -> ampersand_client::Client {
    common::client(fake)
}

/// A client of `fake` (no retries), after it created the project `name`.
async fn with_project(fake: &Fake, name: &str) -> ampersand_client::Client {
    let client = client(fake);
    client
        .create_project()
        .body_map(|b| b.app_name("A").name(name).org_id("org-1"))
        .send()
        .await
        .unwrap();
    client
}

/// A raw request to the platform API, with the fake's API key and JWT unless `auth` is false.
async fn raw(
    fake: &Fake,
    method: &str,
    path: &str,
    body: Option<Value>,
    auth: bool,
) -> (u16, String, Value) {
    common::send(fake, Host::Platform, method, path, body, auth).await
}
