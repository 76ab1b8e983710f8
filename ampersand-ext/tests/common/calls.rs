//! The client and the calls the loopback tests make (faults, hooks, JWTs).

#![allow(dead_code)]

use std::time::Duration;

use ampersand_ext::prelude::*;
use serde_json::json;

use super::loopback::{Loopback, Step};

pub const KEY: &str = "amp-key-faults-0123456789";

pub fn builder(server: &Loopback) -> ClientBuilder {
    builder_at(&server.base_url)
}

pub fn builder_at(base_url: &str) -> ClientBuilder {
    ClientBuilder::new()
        .api_key(KEY)
        .bearer_token(super::JWT)
        .base_url(base_url)
        .retry_policy(fast())
}

pub fn fast() -> RetryPolicy {
    RetryPolicy::default()
        .base_delay(Duration::from_millis(5))
        .max_delay(Duration::from_millis(20))
}

pub fn client(server: &Loopback) -> Client {
    builder(server).build().unwrap()
}

pub fn projects() -> Step {
    Step::json(
        200,
        &json!([{"id": "p-1", "name": "mm", "appName": "MailMonkey",
                             "orgId": "org-1", "createTime": "2024-01-01T00:00:00Z"}]),
    )
}

pub async fn list(client: &Client) -> Result<Vec<types::Project>, Error> {
    client.list_projects().send().await.map(|r| r.into_inner())
}

/// Creates the project of [`create_body`].
pub async fn create(
    client: &Client,
) -> Result<ampersand_ext::client::ResponseValue<types::Project>, Error> {
    client.create_project().body(create_body()).send().await
}

/// The error of creating a project, which must fail.
pub async fn create_fails(client: &Client) -> Error {
    create(client).await.unwrap_err()
}

pub fn create_body() -> types::CreateProjectBody {
    serde_json::from_value(json!({"name": "mm", "appName": "MailMonkey", "orgId": "org-1"}))
        .unwrap()
}
