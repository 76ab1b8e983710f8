//! The fake's validation, asynchronous work and webhook deliveries, on the wire: issues that
//! name the field and not its value, pending work that survives a restart, deliveries tried
//! again when the receiver fails, and an unusable webhook secret refused at start.

#[path = "../common/mod.rs"]
mod common;
mod records;
mod work;

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use ampersand_client::Host;
use ampersand_client::delivery::{Message, Notification};
use ampersand_fake::{Fake, Options, StartError};
use serde_json::{Value, json};

/// Sets up project `pp`, integration `crm`, a connection and an installation for group `g1`
/// reading contacts into a webhook destination at `hook`: the integration's id.
async fn setup(fake: &Fake, hook: &str) -> String {
    let platform = |method: &'static str, path: String, body: Value| async move {
        let (status, _, body) =
            common::send(fake, Host::Platform, method, &path, Some(body), true).await;
        assert!(status < 300, "{method} {path}: {status} {body}");
        body
    };
    platform(
        "POST",
        "/projects".into(),
        json!({"appName": "A", "name": "pp", "orgId": "o"}),
    )
    .await;
    platform("POST", "/projects/pp/integrations".into(), json!({"name": "crm", "provider": "salesforce",
        "latestRevision": {"specVersion": "1.0.0", "content": {"name": "crm", "provider": "salesforce"}}})).await;
    let (_, _, listed) = common::send(
        fake,
        Host::Platform,
        "GET",
        "/projects/pp/integrations",
        None,
        true,
    )
    .await;
    let integration = listed[0]["id"].as_str().unwrap().to_string();
    platform(
        "POST",
        "/projects/pp/connections:generate".into(),
        json!({"provider": "salesforce", "groupRef": "g1", "consumerRef": "u1"}),
    )
    .await;
    platform(
        "POST",
        "/projects/pp/destinations".into(),
        json!({"name": "hook", "type": "webhook", "metadata": {"url": hook}}),
    )
    .await;
    platform(
        "POST",
        format!("/projects/pp/integrations/{integration}/installations"),
        json!({"groupRef": "g1", "config": {"content": {"read": {"objects": {"contact": {
            "objectName": "contact", "destination": "hook", "selectedFields": {}, "selectedFieldMappings": {}}}}}}}),
    )
    .await;
    integration
}

/// A fake whose asynchronous work takes `delay`, a receiver of its webhooks, and the set-up
/// of [`setup`] delivering to it: the integration's id.
async fn set_up_with(delay: Duration) -> (Fake, ampersand_fake::Receiver, String) {
    let fake = Fake::start(Options::new().async_delay(delay))
        .await
        .unwrap();
    let hooks = ampersand_fake::Receiver::start().await.unwrap();
    let integration = setup(&fake, &hooks.url()).await;
    (fake, hooks, integration)
}

fn value_of(value: &impl serde::Serialize) -> Value {
    serde_json::to_value(value).unwrap()
}
