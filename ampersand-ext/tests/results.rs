//! A delivery's records read whatever their form (`Client::results`), and an installation
//! notification's config whatever its form (`Client::installation_config`), against loopback
//! servers that stand in for the storage a `downloadUrl` or `configURL` names: what is sent
//! there (no credential, no hook), what comes back typed, and each bad input a typed error
//! after the records read before it.

mod common;

use std::sync::Arc;
use std::time::Duration;

use ampersand_ext::client::hook::{Attempt, Hook};
use ampersand_ext::client::notifications::types::InstallationUpdatedData;
use ampersand_ext::client::webhook::types::{ResultEntry, ResultInfoType};
use ampersand_ext::prelude::*;
use ampersand_ext::webhook::{ConfigRef, WebhookMessage};
use ampersand_ext::{RedirectRefusal, TransportKind};
use common::JWT;
use common::calls::{KEY, builder};
use common::loopback::{Loopback, Step};
use futures_util::StreamExt;
use serde_json::{Map, Value};

/// The records the tests' caller wants: the `fields` of each.
#[derive(Debug, serde::Deserialize, PartialEq)]
struct Contact {
    email: String,
}

/// A schema of the webhook spec (`openapi/webhook/webhook.yaml`) as a sample instance.
fn sample<T: serde::de::DeserializeOwned>(entry: &str, name: &str) -> T {
    let root = format!("{}/../openapi", env!("CARGO_MANIFEST_DIR"));
    let spec = ampersand_spec::Spec::load_entry(root, entry).unwrap();
    let doc = spec.bundle().unwrap().document;
    let value = ampersand_spec::sample::Sampler::new(&doc).component(name);
    serde_json::from_value(value).unwrap()
}

/// A record (a `ResultEntry` of the spec) whose `fields` hold `email`.
fn entry(email: Value) -> ResultEntry {
    let mut entry: ResultEntry = sample("webhook/webhook.yaml", "ResultEntry");
    entry.fields = Some(Map::from_iter([("email".to_string(), email)]));
    entry
}

/// `n` records, `c0@x` … as JSON, the body a `downloadUrl` serves.
fn records(n: usize) -> Vec<ResultEntry> {
    (0..n).map(|i| entry(format!("c{i}@x").into())).collect()
}

/// Read results of `n` records behind `url`.
fn by_url(url: &str, n: usize) -> WebhookMessage {
    let mut message: WebhookMessage = sample("webhook/webhook.yaml", "WebhookMessage");
    message.result_info.type_ = ResultInfoType::Url;
    message.result_info.download_url = Some(url.to_string());
    message.result_info.num_records = n as i64;
    message.result = None;
    message
}

fn json_body(entries: &[ResultEntry]) -> Step {
    Step::raw(
        200,
        "application/json",
        &serde_json::to_vec(entries).unwrap(),
    )
}

/// Adds a header that would be a credential, on every attempt it sees.
struct AddsAuthorization;

impl Hook for AddsAuthorization {
    fn before_attempt(&self, _attempt: &Attempt, request: &mut reqwest::Request) {
        let value = "Bearer from-a-hook".parse().unwrap();
        request.headers_mut().insert("authorization", value);
        request
            .headers_mut()
            .insert("x-from-hook", "1".parse().unwrap());
    }
}

/// Every record of `stream`, in order: each decoded one, or its error.
async fn all<T>(
    stream: impl futures_util::Stream<Item = Result<T, Error>>,
) -> Vec<Result<T, Error>> {
    stream.collect().await
}

#[tokio::test]
async fn records_behind_a_url_are_fetched_without_any_credential_or_hook_and_typed() {
    let storage = Loopback::start(vec![json_body(&records(3))]).await;
    let api = Loopback::start(vec![]).await;
    let client = builder(&api).hook(AddsAuthorization).build().unwrap();
    let url = format!(
        "{}/results/r-1.json?X-Amz-Signature=s3cr3t-signature",
        storage.base_url
    );

    let got = all(client.results(&by_url(&url, 3)).fields::<Contact>()).await;
    let emails: Vec<String> = got.into_iter().map(|r| r.unwrap().email).collect();
    assert_eq!(emails, ["c0@x", "c1@x", "c2@x"]);

    let seen = storage.seen();
    assert_eq!(seen.len(), 1);
    assert_eq!(
        seen[0].line,
        "GET /results/r-1.json?X-Amz-Signature=s3cr3t-signature"
    );
    let header = |name: &str| seen[0].headers.iter().find(|(k, _)| k == name);
    assert_eq!(
        header("accept").map(|(_, v)| v.as_str()),
        Some("application/json")
    );
    for name in ["x-api-key", "authorization", "x-from-hook", "cookie"] {
        assert_eq!(header(name), None, "{name} reached the download's origin");
    }
    let all_values: String = seen[0].headers.iter().map(|(_, v)| v.as_str()).collect();
    assert!(!all_values.contains(KEY) && !all_values.contains(JWT));
    assert!(api.seen().is_empty());
}

#[tokio::test]
async fn inline_records_come_the_same_way_without_a_request() {
    let storage = Loopback::start(vec![json_body(&records(3))]).await;
    let client = builder(&storage).build().unwrap();
    let mut message = by_url("https://unused.example", 2);
    message.result_info.type_ = ResultInfoType::Inline;
    message.result_info.download_url = None;
    message.result = Some(records(2));
    let got = all(client.results(&message).fields::<Contact>()).await;
    let emails: Vec<String> = got.into_iter().map(|r| r.unwrap().email).collect();
    assert_eq!(emails, ["c0@x", "c1@x"]);
    // the generated entries, as they were
    let entries = all(client.results(&message).entries()).await;
    let entries: Vec<ResultEntry> = entries.into_iter().map(Result::unwrap).collect();
    assert_eq!(entries, records(2));
    assert!(storage.seen().is_empty());
}

#[tokio::test]
async fn a_record_that_does_not_fit_is_an_error_of_its_own_naming_its_index_and_path() {
    let mut entries = records(4);
    entries[1] = entry(Value::from(7));
    let storage = Loopback::start(vec![json_body(&entries)]).await;
    let client = builder(&storage).build().unwrap();
    let url = format!("{}/r", storage.base_url);
    let got = all(client.results(&by_url(&url, 4)).fields::<Contact>()).await;
    assert_eq!(got.len(), 4);
    let misfit = got[1].as_ref().unwrap_err();
    assert_eq!(misfit.kind(), ErrorKind::Decode);
    assert_eq!(misfit.record(), Some(1));
    assert_eq!(misfit.decode_error().unwrap().path, "[1].fields.email");
    let others: Vec<&str> = [0, 2, 3]
        .iter()
        .map(|&i| got[i].as_ref().unwrap().email.as_str())
        .collect();
    assert_eq!(others, ["c0@x", "c2@x", "c3@x"]);
}

#[tokio::test(start_paused = true)]
async fn a_retryable_status_is_tried_again_after_its_retry_after() {
    let busy = Step::Respond(503, vec![("retry-after", "1".into())], Arc::new(Vec::new()));
    let storage = Loopback::start(vec![busy, json_body(&records(2))]).await;
    let client = builder(&storage).build().unwrap();
    let start = tokio::time::Instant::now();
    let url = format!("{}/r", storage.base_url);
    let got = all(client.results(&by_url(&url, 2)).fields::<Contact>()).await;
    assert!(got.iter().all(Result::is_ok), "{got:?}");
    assert_eq!(storage.seen().len(), 2);
    assert!(start.elapsed() >= Duration::from_secs(1));
}

/// The one error reading `url`'s results ends with, after the records before it.
async fn ends_with(client: &Client, url: &str) -> (usize, Error) {
    let mut got = all(client.results(&by_url(url, 3)).fields::<Contact>()).await;
    let last = got.pop().expect("an item").unwrap_err();
    assert!(got.iter().all(Result::is_ok), "{got:?}");
    assert_eq!(last.record(), None);
    (got.len(), last)
}

#[tokio::test]
async fn a_url_that_is_not_https_is_refused_before_anything_is_sent() {
    let storage = Loopback::start(vec![json_body(&records(1))]).await;
    let client = builder(&storage).build().unwrap();
    for url in [
        "http://storage.example.com/r",
        "ftp://127.0.0.1/r",
        "not a url",
    ] {
        let (before, e) = ends_with(&client, url).await;
        assert_eq!((before, e.kind()), (0, ErrorKind::InvalidRequest), "{url}");
    }
    let mut missing = by_url("https://x.example", 1);
    missing.result_info.download_url = None;
    let got = all(client.results(&missing).fields::<Contact>()).await;
    assert_eq!(
        got[0].as_ref().unwrap_err().kind(),
        ErrorKind::InvalidRequest
    );
    assert!(storage.seen().is_empty());
}

#[tokio::test]
async fn a_redirect_off_the_origin_is_not_followed() {
    let elsewhere = Loopback::start(vec![json_body(&records(1))]).await;
    let to = Step::Respond(
        302,
        vec![("location", format!("{}/r", elsewhere.base_url))],
        Arc::default(),
    );
    let storage = Loopback::start(vec![to]).await;
    let client = builder(&storage).build().unwrap();
    let (before, e) = ends_with(&client, &format!("{}/r", storage.base_url)).await;
    assert_eq!(before, 0);
    assert_eq!(e.kind(), ErrorKind::Redirect(RedirectRefusal::CrossOrigin));
    assert!(elsewhere.seen().is_empty());
}

#[tokio::test]
async fn a_cut_body_ends_the_records_after_those_that_came_whole() {
    let whole = serde_json::to_vec(&records(3)).unwrap();
    let cut_at = whole.len() - 10;
    let storage = Loopback::start(vec![Step::CutBody(
        200,
        whole.len(),
        whole[..cut_at].to_vec(),
    )])
    .await;
    let client = builder(&storage)
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap();
    let (before, e) = ends_with(&client, &format!("{}/r", storage.base_url)).await;
    assert_eq!(before, 2);
    assert_eq!(e.kind(), ErrorKind::Transport(TransportKind::Body), "{e}");
}

#[tokio::test]
async fn a_body_over_the_limit_is_not_read() {
    let storage = Loopback::start(vec![json_body(&records(50))]).await;
    let client = builder(&storage).max_response_bytes(1024).build().unwrap();
    let (before, e) = ends_with(&client, &format!("{}/r", storage.base_url)).await;
    assert_eq!((before, e.kind()), (0, ErrorKind::BodyTooLarge), "{e}");
}

#[tokio::test]
async fn a_body_that_is_not_an_array_of_objects_is_a_typed_error() {
    let object = Step::raw(200, "application/json", br#"{"records": []}"#);
    let html = Step::raw(200, "text/html", b"<html>Access Denied</html>");
    for step in [object, html] {
        let storage = Loopback::start(vec![step]).await;
        let client = builder(&storage).build().unwrap();
        let (before, e) = ends_with(&client, &format!("{}/r", storage.base_url)).await;
        assert_eq!((before, e.kind()), (0, ErrorKind::Decode), "{e}");
    }
    let mut body = serde_json::to_value(records(2)).unwrap();
    body.as_array_mut()
        .unwrap()
        .insert(1, Value::from("not a record"));
    let storage = Loopback::start(vec![Step::json(200, &body)]).await;
    let client = builder(&storage).build().unwrap();
    let got = all(client
        .results(&by_url(&format!("{}/r", storage.base_url), 3))
        .fields::<Contact>())
    .await;
    assert_eq!(got.len(), 3);
    assert_eq!(got[1].as_ref().unwrap_err().record(), Some(1));
    assert!(got[0].is_ok() && got[2].is_ok());
}

#[tokio::test(start_paused = true)]
async fn a_hung_storage_ends_within_the_budget() {
    let storage = Loopback::start(vec![Step::Hang]).await;
    let client = builder(&storage)
        .attempt_timeout(Duration::from_secs(2))
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap();
    let start = tokio::time::Instant::now();
    let (_, e) = ends_with(&client, &format!("{}/r", storage.base_url)).await;
    assert_eq!(e.kind(), ErrorKind::Transport(TransportKind::Timeout));
    assert!(start.elapsed() <= Duration::from_secs(3));
}

#[tokio::test]
async fn an_error_status_names_the_origin_and_never_the_signed_url() {
    let denied = Step::raw(
        403,
        "application/xml",
        b"<Error><Code>AccessDenied</Code></Error>",
    );
    let storage = Loopback::start(vec![denied]).await;
    let client = builder(&storage).build().unwrap();
    let url = format!("{}/r?X-Amz-Signature=s3cr3t-signature", storage.base_url);
    let (_, e) = ends_with(&client, &url).await;
    assert_eq!(e.kind(), ErrorKind::Api);
    assert_eq!(e.status().map(|s| s.as_u16()), Some(403));
    let shown = format!("{e} {e:?}");
    assert!(shown.contains(&storage.base_url), "{shown}");
    assert!(shown.contains("AccessDenied"), "{shown}");
    assert!(!shown.contains("s3cr3t"), "{shown}");
    let results = format!("{:?}", client.results(&by_url(&url, 1)));
    assert!(!results.contains("s3cr3t"), "{results}");
}

/// An installation update whose config and last config are behind URLs.
fn updated(config_url: Option<String>) -> InstallationUpdatedData {
    let mut data: InstallationUpdatedData = sample(
        "notifications/notifications.yaml",
        "InstallationUpdatedData",
    );
    // an installation's config as the platform spec describes it
    let config = common::sample("Config").as_object().cloned().unwrap();
    data.config = Some(config.clone());
    data.last_config = Some(config);
    data.config_url = config_url.clone();
    data.last_config_url = config_url;
    data
}

#[tokio::test]
async fn a_config_behind_its_url_is_fetched_without_credentials_like_an_inline_one() {
    let data = updated(None);
    let inline = data.config.clone().expect("the sample config is inline");
    let storage = Loopback::start(vec![Step::json(200, &Value::Object(inline.clone()))]).await;
    let client = builder(&storage).hook(AddsAuthorization).build().unwrap();
    let got: Map<String, Value> = client.installation_config(data.config_ref()).await.unwrap();
    assert_eq!(got, inline);
    assert!(storage.seen().is_empty());

    let mut by_url = updated(Some(format!("{}/config.json", storage.base_url)));
    by_url.config = None;
    by_url.last_config = None;
    for config in [by_url.config_ref(), by_url.last_config_ref()] {
        assert!(matches!(config, ConfigRef::Url(_)));
        let got: Map<String, Value> = client.installation_config(config).await.unwrap();
        assert_eq!(got, inline);
    }
    let seen = storage.seen();
    assert_eq!(seen.len(), 2);
    assert!(seen.iter().all(|s| {
        s.headers
            .iter()
            .all(|(k, _)| k != "x-api-key" && k != "authorization")
    }));

    // a config that does not fit the caller's type names its path
    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Wrong {
        content: u32,
    }
    let e = client
        .installation_config::<Wrong>(by_url.config_ref())
        .await
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Decode);
    assert_eq!(e.decode_error().unwrap().path, "content");
}
