//! JWTs from a provider: refreshed before they expire (a short-lived one kept for most of its
//! life), once for every caller waiting, again after a 401, and a provider that does not
//! answer ends the call within its budget.

use std::time::Duration;

use ampersand_ext::prelude::*;
use serde_json::json;

mod common;
use common::calls::*;
use common::loopback::{Loopback, Step};

/// A JWT numbered `n` whose `exp` is `lifetime` seconds from now (unsigned: the client reads,
/// never verifies, it).
fn jwt(n: u32, lifetime: u64) -> String {
    use base64::Engine as _;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let claims = format!(r#"{{"sub":"user-{n}","exp":{}}}"#, now + lifetime);
    let payload = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(claims);
    format!("eyJhbGciOiJIUzI1NiJ9.{payload}.sig-{n}")
}

/// A provider that counts the tokens it makes; the first lives `first` seconds (0: expired
/// as it is made), the others an hour.
fn provider(
    made: std::sync::Arc<std::sync::atomic::AtomicU32>,
    first: u64,
) -> impl Fn() -> std::future::Ready<Result<String, std::convert::Infallible>> + Send + Sync {
    move || {
        let n = made.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
        std::future::ready(Ok(jwt(n, if n == 1 { first } else { 3600 })))
    }
}

fn bearer(seen: &common::loopback::Seen) -> String {
    seen.headers
        .iter()
        .find(|(k, _)| k == "authorization")
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

#[tokio::test(start_paused = true)]
async fn a_jwt_about_to_expire_is_refreshed_once_for_200_concurrent_calls() {
    use std::sync::atomic::{AtomicU32, Ordering};
    let made = std::sync::Arc::new(AtomicU32::new(0));
    let handler: common::loopback::Handler = std::sync::Arc::new(|_| projects());
    let server = Loopback::start_on_tokio_time(handler, Duration::from_millis(20)).await;
    // no API key: every operation gets the provider's JWT
    let client = ClientBuilder::new()
        .base_url(&server.base_url)
        .jwt_provider(provider(made.clone(), 0))
        .build()
        .unwrap();
    list(&client).await.unwrap();
    assert_eq!(made.load(Ordering::SeqCst), 1);
    // the provider's first token (its `exp` made when it was, not recomputed here: a second
    // may have passed)
    let sent = bearer(&server.seen()[0]);
    assert!(
        sent.starts_with("Bearer eyJ") && sent.ends_with(".sig-1"),
        "{sent}"
    );
    // the first token expired as it was made: the next calls need a new one
    let calls = (0..200).map(|_| list(&client));
    for result in futures_util::future::join_all(calls).await {
        result.unwrap();
    }
    assert_eq!(made.load(Ordering::SeqCst), 2, "one refresh for all 200");
    let seen = server.seen();
    assert_eq!(seen.len(), 201);
    assert!(seen[1..].iter().all(|s| bearer(s).ends_with(".sig-2")));
    // and a fresh token is kept
    list(&client).await.unwrap();
    assert_eq!(made.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn a_refused_jwt_is_replaced_and_the_attempt_sent_once_more_even_for_a_post() {
    use std::sync::atomic::{AtomicU32, Ordering};
    let created = json!({"id": "p-1", "name": "mm", "appName": "MailMonkey",
                         "orgId": "org-1", "createTime": "2024-01-01T00:00:00Z"});
    // the service has revoked the first token
    let handler: common::loopback::Handler = std::sync::Arc::new(move |seen| {
        if bearer(seen).ends_with(".sig-1") {
            Step::problem(401, &json!({"title": "token revoked"}), &[])
        } else {
            Step::json(201, &created)
        }
    });
    let server = Loopback::start_with(handler, Duration::ZERO).await;
    let made = std::sync::Arc::new(AtomicU32::new(0));
    let client = ClientBuilder::new()
        .api_key(KEY)
        .base_url(&server.base_url)
        .jwt_provider(provider(made.clone(), 3600))
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap();
    // createProject takes only a JWT
    let project = create(&client).await.unwrap();
    assert_eq!(project.attempts(), 2);
    assert_eq!(made.load(Ordering::SeqCst), 2);
    let seen = server.seen();
    assert_eq!(seen.len(), 2);
    assert!(seen.iter().all(|s| s.line == "POST /projects"));
    assert!(bearer(&seen[0]).ends_with(".sig-1") && bearer(&seen[1]).ends_with(".sig-2"));
    // an operation that accepts the API key still gets it, not the JWT (this server answers
    // it with a project, which is no list: the call's outcome is not the point)
    list(&client).await.unwrap_err();
    let last = server.seen().pop().unwrap();
    assert!(last.headers.contains(&("x-api-key".into(), KEY.into())));
    assert_eq!(bearer(&last), "");

    // a service that refuses every token: once more, then the 401
    let handler: common::loopback::Handler =
        std::sync::Arc::new(|_| Step::problem(401, &json!({"title": "no"}), &[]));
    let server = Loopback::start_with(handler, Duration::ZERO).await;
    let client = ClientBuilder::new()
        .base_url(&server.base_url)
        .jwt_provider(provider(std::sync::Arc::new(AtomicU32::new(0)), 3600))
        .build()
        .unwrap();
    let e = create_fails(&client).await;
    assert_eq!(e.status().map(|s| s.as_u16()), Some(401));
    assert_eq!((e.attempts(), server.seen().len()), (2, 2));
    // no token shows in the error
    assert!(!format!("{e} {e:?}").contains(".sig-"), "{e:?}");
}

/// A same-origin 307 of a POST is followed within its attempt: the request made again, with
/// its body and the provider's token that attempt sent (no new token fetched).
#[tokio::test(start_paused = true)]
async fn a_redirect_carries_the_token_and_body_of_its_attempt() {
    use std::sync::atomic::{AtomicU32, Ordering};
    let created = json!({"id": "p-1", "name": "mm", "appName": "MailMonkey",
                         "orgId": "org-1", "createTime": "2024-01-01T00:00:00Z"});
    let handler: common::loopback::Handler =
        std::sync::Arc::new(move |seen| match seen.line.as_str() {
            "POST /projects" => Step::Respond(
                307,
                vec![("location", "/moved/projects".into())],
                Default::default(),
            ),
            _ => Step::json(201, &created),
        });
    let server = Loopback::start_with(handler, Duration::ZERO).await;
    let made = std::sync::Arc::new(AtomicU32::new(0));
    let client = ClientBuilder::new()
        .base_url(&server.base_url)
        .jwt_provider(provider(made.clone(), 3600))
        .build()
        .unwrap();
    let project = create(&client).await.unwrap();
    assert_eq!(project.attempts(), 1);
    assert_eq!(made.load(Ordering::SeqCst), 1);
    let seen = server.seen();
    assert_eq!(seen.len(), 2);
    assert_eq!(seen[1].line, "POST /moved/projects");
    assert!(bearer(&seen[1]).ends_with(".sig-1"), "{:?}", seen[1]);
    assert_eq!(bearer(&seen[0]), bearer(&seen[1]));
    assert!(!seen[1].body.is_empty());
    assert_eq!(seen[0].body, seen[1].body);
}

/// A provider that counts the tokens it makes, each living `lifetime` seconds, and yields
/// once before answering (so that calls arriving meanwhile wait for it).
fn yielding_provider(
    made: std::sync::Arc<std::sync::atomic::AtomicU32>,
    lifetime: u64,
) -> impl Fn() -> std::pin::Pin<
    Box<dyn std::future::Future<Output = Result<String, std::convert::Infallible>> + Send>,
> + Send
+ Sync {
    move || {
        let made = made.clone();
        Box::pin(async move {
            tokio::task::yield_now().await;
            let n = made.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
            Ok(jwt(n, lifetime))
        })
    }
}

#[tokio::test]
async fn a_short_lived_token_is_kept_for_most_of_its_life() {
    use std::sync::atomic::{AtomicU32, Ordering};
    let made = std::sync::Arc::new(AtomicU32::new(0));
    let handler: common::loopback::Handler = std::sync::Arc::new(|_| projects());
    let server = Loopback::start_with(handler, Duration::ZERO).await;
    // 20 seconds: within the 30-second margin, which would make every call fetch one
    let client = ClientBuilder::new()
        .base_url(&server.base_url)
        .jwt_provider(yielding_provider(made.clone(), 20))
        .build()
        .unwrap();
    for _ in 0..10 {
        list(&client).await.unwrap();
    }
    assert_eq!(
        made.load(Ordering::SeqCst),
        1,
        "one token for the ten calls"
    );
    assert!(server.seen().iter().all(|s| bearer(s).ends_with(".sig-1")));
}

#[tokio::test]
async fn callers_waiting_on_a_refresh_use_the_token_it_got() {
    use std::sync::atomic::{AtomicU32, Ordering};
    let made = std::sync::Arc::new(AtomicU32::new(0));
    let handler: common::loopback::Handler = std::sync::Arc::new(|_| projects());
    let server = Loopback::start_with(handler, Duration::ZERO).await;
    // tokens that are never fresh (expired as they are made): each call that finds none
    // fetches one, but the calls waiting on that fetch take what it got
    let client = ClientBuilder::new()
        .base_url(&server.base_url)
        .jwt_provider(yielding_provider(made.clone(), 0))
        .build()
        .unwrap();
    let calls = (0..50).map(|_| list(&client));
    for result in futures_util::future::join_all(calls).await {
        result.unwrap();
    }
    assert_eq!(
        made.load(Ordering::SeqCst),
        1,
        "one fetch for the 50 waiting calls"
    );
    let seen = server.seen();
    assert_eq!(seen.len(), 50);
    assert!(seen.iter().all(|s| bearer(s).ends_with(".sig-1")));
    // a later call finds the token stale, and fetches
    list(&client).await.unwrap();
    assert_eq!(made.load(Ordering::SeqCst), 2);
}

/// A provider whose first `answers` calls give an hour-long token, and whose next ones never
/// answer.
fn hanging_provider(
    answers: u32,
) -> impl Fn() -> std::pin::Pin<
    Box<dyn std::future::Future<Output = Result<String, std::convert::Infallible>> + Send>,
> + Send
+ Sync {
    let made = std::sync::Arc::new(std::sync::atomic::AtomicU32::new(0));
    move || {
        let n = made.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
        Box::pin(async move {
            if n > answers {
                std::future::pending::<()>().await;
            }
            Ok(jwt(n, 3600))
        })
    }
}

// the clock is tokio's, paused: the timeout passes without waiting for it
#[tokio::test(start_paused = true)]
async fn a_provider_that_never_answers_ends_the_call_within_its_budget() {
    let server = Loopback::start(vec![projects()]).await;
    let client = ClientBuilder::new()
        .base_url(&server.base_url)
        .jwt_provider(hanging_provider(0))
        .attempt_timeout(Duration::from_secs(7))
        .build()
        .unwrap();
    let start = tokio::time::Instant::now();
    let e = list(&client).await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Deadline, "{e:?}");
    assert!(
        e.to_string()
            .contains("the JWT provider gave no token within 7000 ms"),
        "{e}"
    );
    assert_eq!(start.elapsed(), Duration::from_secs(7));
    assert_eq!(e.attempts(), 0);
    assert!(server.seen().is_empty(), "nothing was sent");
}

#[tokio::test(start_paused = true)]
async fn a_provider_that_hangs_after_a_401_ends_the_call_within_its_budget() {
    let server = Loopback::start(vec![Step::problem(401, &json!({"title": "expired"}), &[])]).await;
    let client = ClientBuilder::new()
        .base_url(&server.base_url)
        .jwt_provider(hanging_provider(1))
        .attempt_timeout(Duration::from_secs(5))
        .build()
        .unwrap();
    let e = list(&client).await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Deadline, "{e:?}");
    assert!(e.to_string().contains("JWT provider"), "{e}");
    assert_eq!((e.attempts(), server.seen().len()), (1, 1));
}
