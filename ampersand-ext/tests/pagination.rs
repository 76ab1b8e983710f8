//! Paging listOperations on the wire: tokens in order, laziness, prefetch, a repeated token,
//! an error mid-stream, retries per page.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use ampersand_client::mock::MockServerExt;
use std::num::NonZeroU64;
use std::sync::atomic::{AtomicBool, Ordering};

use ampersand_ext::pagination::{Page, PageFuture, PageOptions, Paginate};
use ampersand_ext::prelude::*;
use futures_util::{FutureExt, StreamExt};
use httpmock::{HttpMockRequest, HttpMockResponse, MockServer};
use serde_json::{Value, json};

fn operation(id: &str) -> Value {
    json!({"id": id, "projectId": "p", "integrationId": "i", "installationId": "inst",
           "configId": "cfg", "actionType": "read", "status": "success",
           "createTime": "2024-01-15T10:30:00Z"})
}

fn page(ids: &[&str], next: Option<&str>, done: bool) -> HttpMockResponse {
    let mut pagination = json!({"done": done});
    if let Some(next) = next {
        pagination["nextPageToken"] = json!(next);
    }
    let results: Vec<Value> = ids.iter().map(|id| operation(id)).collect();
    HttpMockResponse::builder()
        .status(200)
        .header("content-type", "application/json")
        .body(json!({"results": results, "pagination": pagination}).to_string())
        .build()
}

/// A server answering by `pageToken` from `answers`, recording the tokens it gets.
struct Pager {
    server: MockServer,
    tokens: Arc<Mutex<Vec<Option<String>>>>,
    /// Told each time a page is asked for.
    asked: Arc<tokio::sync::Notify>,
}

impl Pager {
    /// Waits until `n` pages have been asked for: told by the server, not polled.
    async fn asked_for(&self, n: usize) {
        loop {
            let told = self.asked.notified();
            if self.tokens.lock().unwrap().len() >= n {
                return;
            }
            told.await;
        }
    }
}

async fn pager(answers: fn(Option<&str>, usize) -> HttpMockResponse) -> Pager {
    let server = MockServer::start_async().await;
    let tokens: Arc<Mutex<Vec<Option<String>>>> = Arc::default();
    let asked = Arc::new(tokio::sync::Notify::new());
    let (seen, tell) = (tokens.clone(), asked.clone());
    server.list_operations(|when, then| {
        when.project_id_or_name("p")
            .into_inner()
            .query_param("pageSize", "2");
        then.into_inner()
            .respond_with(move |req: &HttpMockRequest| {
                let token = req
                    .query_params()
                    .into_iter()
                    .find(|(k, _)| k == "pageToken")
                    .map(|(_, v)| v);
                let mut seen = seen.lock().unwrap();
                seen.push(token.clone());
                tell.notify_waiters();
                answers(token.as_deref(), seen.len())
            });
    });
    Pager {
        server,
        tokens,
        asked,
    }
}

mod common;

fn client(server: &MockServer, policy: RetryPolicy) -> Client {
    common::client_with(server, "k", policy)
}

/// listOperations of one installation, two per page.
fn call(client: &Client) -> ampersand_ext::client::builder::ListOperations<'_> {
    client
        .list_operations()
        .project_id_or_name("p")
        .integration_id("i")
        .installation_id("inst")
        .page_size(NonZeroU64::new(2).unwrap())
}

fn three_pages(token: Option<&str>, _: usize) -> HttpMockResponse {
    match token {
        None => page(&["op-1", "op-2"], Some("t2"), false),
        Some("t2") => page(&["op-3", "op-4"], Some("t3"), false),
        Some("t3") => page(&["op-5"], None, true),
        _ => HttpMockResponse::builder().status(400).body("{}").build(),
    }
}

#[tokio::test]
async fn items_come_in_order_and_tokens_are_sent_in_order() {
    let p = pager(three_pages).await;
    let ids: Vec<String> = call(&client(&p.server, RetryPolicy::none()))
        .items()
        .map(|op| op.unwrap().id)
        .collect()
        .await;
    assert_eq!(ids, ["op-1", "op-2", "op-3", "op-4", "op-5"]);
    assert_eq!(
        *p.tokens.lock().unwrap(),
        [None, Some("t2".into()), Some("t3".into())]
    );
}

#[tokio::test]
async fn pages_are_fetched_only_when_asked_for_unless_prefetching() {
    let p = pager(three_pages).await;
    let lazy_client = client(&p.server, RetryPolicy::none());
    let mut lazy = call(&lazy_client).pages_with(PageOptions::default().prefetch(false));
    let first = lazy.next().await.unwrap().unwrap();
    assert_eq!(first.items.len(), 2);
    tokio::task::yield_now().await;
    assert_eq!(
        p.tokens.lock().unwrap().len(),
        1,
        "no page is fetched before it is asked for"
    );

    let p = pager(three_pages).await;
    let client = client(&p.server, RetryPolicy::none());
    let mut eager = call(&client).stream();
    eager.next().await.unwrap().unwrap();
    // the second page arrives while the caller holds the first
    tokio::time::timeout(Duration::from_secs(30), p.asked_for(2))
        .await
        .expect("the second page is asked for");
    assert_eq!(*p.tokens.lock().unwrap(), [None, Some("t2".into())]);
    let rest: Vec<_> = eager.collect().await;
    assert_eq!(rest.len(), 2);
    assert_eq!(p.tokens.lock().unwrap().len(), 3);
}

#[tokio::test]
async fn a_repeated_token_ends_the_stream_with_an_error() {
    let p = pager(|token, _| match token {
        None => page(&["op-1"], Some("same"), false),
        _ => page(&["op-2"], Some("same"), false),
    })
    .await;
    let got: Vec<_> = call(&client(&p.server, RetryPolicy::none()))
        .pages_with(PageOptions::default().prefetch(false))
        .collect()
        .await;
    assert_eq!(got.len(), 3);
    assert!(got[0].is_ok() && got[1].is_ok());
    let err = got[2].as_ref().unwrap_err();
    assert_eq!(
        err.to_string(),
        "pagination: the server repeated the page token \"same\"; stopping"
    );
    assert_eq!(p.tokens.lock().unwrap().len(), 2);
}

#[tokio::test]
async fn a_missing_token_ends_the_stream_even_when_not_done() {
    let p = pager(|_, _| page(&["op-1"], None, false)).await;
    let got: Vec<_> = call(&client(&p.server, RetryPolicy::none()))
        .pages_with(PageOptions::default().prefetch(false))
        .collect()
        .await;
    assert_eq!(got.len(), 1);
}

#[tokio::test]
async fn an_error_mid_stream_is_an_item_and_retries_apply_per_page() {
    let p = pager(|token, _| match token {
        None => page(&["op-1"], Some("t2"), false),
        _ => HttpMockResponse::builder()
            .status(500)
            .header("content-type", "application/problem+json")
            .body(r#"{"title": "boom"}"#)
            .build(),
    })
    .await;
    let got: Vec<_> = call(&client(&p.server, RetryPolicy::none()))
        .items()
        .collect()
        .await;
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].as_ref().unwrap().id, "op-1");
    assert_eq!(
        got[1].as_ref().unwrap_err().status().map(|s| s.as_u16()),
        Some(500)
    );

    // the second page fails once, then the retry gets it
    let p = pager(|token, calls| match (token, calls) {
        (None, _) => page(&["op-1"], Some("t2"), false),
        (_, 2) => HttpMockResponse::builder().status(503).body("").build(),
        _ => page(&["op-2"], None, true),
    })
    .await;
    let policy = RetryPolicy::default().base_delay(Duration::from_millis(1));
    let ids: Vec<String> = call(&client(&p.server, policy))
        .items()
        .map(|op| op.unwrap().id)
        .collect()
        .await;
    assert_eq!(ids, ["op-1", "op-2"]);
    assert_eq!(p.tokens.lock().unwrap().len(), 3);
}

/// A paged call of the test's own: pages of one item until page 3; its fetches mark when they
/// are dropped, and page 2's panics when `panics` is set.
#[derive(Clone)]
struct Counted {
    dropped: Arc<AtomicBool>,
    panics: bool,
}

struct DropFlag(Arc<AtomicBool>);

impl Drop for DropFlag {
    fn drop(&mut self) {
        self.0.store(true, Ordering::SeqCst);
    }
}

impl<'a> Paginate<'a> for Counted {
    type Item = u32;

    fn fetch_page(&self, token: Option<String>) -> PageFuture<'a, u32> {
        let flag = DropFlag(self.dropped.clone());
        let panics = self.panics;
        Box::pin(async move {
            let _flag = flag;
            let n: u32 = token.as_deref().map_or(1, |t| t.parse().unwrap());
            if n > 1 {
                // the next page takes a while: the caller may drop the stream meanwhile
                tokio::time::sleep(Duration::from_millis(50)).await;
                assert!(!panics, "page {n} panicked");
            }
            Ok(Page::new(vec![n], (n < 3).then(|| (n + 1).to_string())))
        })
    }
}

// tokio's clock, paused: the tasks' waits pass without taking time
#[tokio::test(start_paused = true)]
async fn the_stream_owns_its_prefetch_which_is_cancelled_on_drop() {
    let dropped = Arc::new(AtomicBool::new(false));
    let mut pages = Counted {
        dropped: dropped.clone(),
        panics: false,
    }
    .stream();
    let first = pages.next().await.unwrap().unwrap();
    assert_eq!(first.items, [1]);
    dropped.store(false, Ordering::SeqCst);
    // page 2 is being fetched; dropping the stream drops that fetch
    drop(pages);
    assert!(
        dropped.load(Ordering::SeqCst),
        "the prefetch outlived the stream"
    );
}

// tokio's clock, paused: the tasks' waits pass without taking time
#[tokio::test(start_paused = true)]
async fn a_panicking_prefetch_reaches_the_caller_as_a_panic() {
    let mut pages = Counted {
        dropped: Arc::default(),
        panics: true,
    }
    .stream();
    pages.next().await.unwrap().unwrap();
    let second = std::panic::AssertUnwindSafe(pages.next())
        .catch_unwind()
        .await;
    let panic = second.expect_err("the panic is not turned into an error");
    let message = panic.downcast_ref::<String>().cloned().unwrap_or_default();
    assert!(message.contains("page 2 panicked"), "{message}");
}

// tokio's clock, paused: the tasks' waits pass without taking time
#[tokio::test(start_paused = true)]
async fn items_of_a_custom_paged_call_come_in_order() {
    let items: Vec<u32> = Counted {
        dropped: Arc::default(),
        panics: false,
    }
    .items()
    .map(|i| i.unwrap())
    .collect()
    .await;
    assert_eq!(items, [1, 2, 3]);
}
