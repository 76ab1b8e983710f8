//! A 50 MB response on its own in this test binary, so that the process's peak memory is the
//! call's: the body is read once into a buffer of its announced length and decoded from it, so
//! the peak is the decoded value plus the body once (no second copy of the body).

use std::sync::Arc;

use ampersand_ext::prelude::*;
use serde_json::json;

mod common;
use common::loopback::{Loopback, Step};

const BODY_BYTES: usize = 50 * 1024 * 1024;

/// (current RSS, peak RSS since the last reset) in bytes, from /proc.
fn rss() -> Option<(usize, usize)> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))?
            .split_whitespace()
            .nth(1)?
            .parse::<usize>()
            .ok()
            .map(|kb| kb * 1024)
    };
    Some((field("VmRSS:")?, field("VmHWM:")?))
}

async fn list(
    client: &Client,
) -> Result<ampersand_ext::client::ResponseValue<types::ListOperationsResponse>, Error> {
    client
        .list_operations()
        .project_id_or_name("p")
        .integration_id("i")
        .installation_id("inst")
        .send()
        .await
}

#[tokio::test]
async fn a_50_mb_page_is_held_once_while_it_decodes_and_a_smaller_limit_refuses_it() {
    // a page of operations as the service sends them, 50 MB of it
    let operation = |i: usize| {
        json!({"id": format!("8c5f1a2e-6d3b-4f7a-9e21-{i:012}"), "projectId": "mailmonkey",
               "integrationId": "6f0e9d7c-1b2a-4c3d-8e5f-a0b1c2d3e4f5",
               "installationId": "3f8b2a1e-7c4d-4e9a-b5f6-1d2e3a4b5c6d",
               "configId": "a1b2c3d4-e5f6-4789-a012-3456789abcde", "actionType": "read",
               "status": "success", "result": "[contact] 120 records read",
               "createTime": "2024-05-06T07:08:09Z",
               "metadata": {"objects": ["contact"], "progress": {"objectName": "contact",
                            "recordsProcessed": 120, "recordsEstimatedTotal": 4000}}})
        .to_string()
    };
    let mut text = String::from(r#"{"results": ["#);
    let mut count = 0;
    while text.len() < BODY_BYTES - 1024 {
        if count > 0 {
            text.push(',');
        }
        text.push_str(&operation(count));
        count += 1;
    }
    text.push_str(r#"], "pagination": {"done": true}}"#);
    let body = Arc::new(text.into_bytes());
    let server = Loopback::start(vec![Step::Respond(
        200,
        vec![("content-type", "application/json".into())],
        body.clone(),
    )])
    .await;
    let client = ClientBuilder::new()
        .api_key("k")
        .base_url(&server.base_url)
        .build()
        .unwrap();

    // the peak is reset to now, so what follows is the call's alone
    let measured = std::fs::write("/proc/self/clear_refs", "5").is_ok();
    let (before, _) = rss().unwrap_or_default();
    let got = list(&client)
        .await
        .expect("50 MB is under the default limit")
        .into_inner();
    let (after, peak) = rss().unwrap_or_default();
    assert_eq!(got.results.len(), count);
    let last = got.results[count - 1].metadata.as_ref().unwrap();
    assert_eq!(last.objects.as_deref(), Some(&["contact".to_string()][..]));
    if measured {
        // what the call held on top of the decoded page it returned: the body, once
        let transient = peak.saturating_sub(after);
        let decoded = after.saturating_sub(before);
        println!(
            "body {} MB: decoded page {} MB, peak {} MB above it ({:.2}x the body in all)",
            body.len() >> 20,
            decoded >> 20,
            transient >> 20,
            peak.saturating_sub(before) as f64 / body.len() as f64
        );
        assert!(
            transient <= body.len() + body.len() / 10,
            "the call held {transient} bytes besides the decoded page, for a {} byte body",
            body.len()
        );
    }
    drop(got);

    // a 50 MB error page: kept capped, the peak is the body once
    let page = Arc::new({
        let mut page = b"<html><body>".to_vec();
        page.resize(BODY_BYTES, b'x');
        page
    });
    let failing = Loopback::start(vec![Step::Respond(
        502,
        vec![("content-type", "text/html".into())],
        page.clone(),
    )])
    .await;
    let once = ClientBuilder::new()
        .api_key("k")
        .base_url(&failing.base_url)
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap();
    let measured = std::fs::write("/proc/self/clear_refs", "5").is_ok();
    let (before, _) = rss().unwrap_or_default();
    let err = list(&once).await.unwrap_err();
    let (_, peak) = rss().unwrap_or_default();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(502));
    assert_eq!(
        err.body().unwrap().bytes.len(),
        ampersand_ext::client::BODY_CAP
    );
    assert!(err.body().unwrap().truncated);
    if measured {
        let added = peak.saturating_sub(before);
        println!(
            "error page {} MB: peak {} MB ({:.2}x)",
            page.len() >> 20,
            added >> 20,
            added as f64 / page.len() as f64
        );
        assert!(added <= 2 * page.len(), "{added} bytes for {}", page.len());
    }

    let limited = ClientBuilder::new()
        .api_key("k")
        .base_url(&server.base_url)
        .max_response_bytes(10 * 1024 * 1024)
        .build()
        .unwrap();
    let err = list(&limited).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::BodyTooLarge, "{err:?}");
    assert_eq!(server.seen().len(), 2);
}
