//! The axum extractor of webhook deliveries (`ampersand_ext::webhook::axum::Delivery`) in a
//! router, called in-process: a signed delivery reaches the handler typed; a forged, unsigned,
//! stale or undecodable one is answered by the extractor, the handler never run.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, SystemTime};

use ampersand_ext::webhook::axum::{Delivery, WebhookRejection};
use ampersand_ext::webhook::{self, Message, TOLERANCE, WebhookError, WebhookSecret};
use axum::Router;
use axum::body::Body;
use axum::extract::{FromRef, State};
use axum::http::{Request, StatusCode};
use axum::routing::post;
use tower::ServiceExt as _;

const SECRET: &str = "whsec_AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=";

/// The receiver's state: the secret the extractor takes, and what the handler saw.
#[derive(Clone)]
struct Receiver {
    secret: WebhookSecret,
    handled: Arc<AtomicUsize>,
}

impl FromRef<Receiver> for WebhookSecret {
    fn from_ref(state: &Receiver) -> WebhookSecret {
        state.secret.clone()
    }
}

async fn handle(State(state): State<Receiver>, delivery: Delivery) -> String {
    state.handled.fetch_add(1, Ordering::SeqCst);
    match delivery.message {
        Message::Notification(n) => format!("{} {}", delivery.id, n.notification_type()),
        Message::Results(m) => format!("{} results of {}", delivery.id, m.object_name),
        _ => delivery.id,
    }
}

/// A connection.error notification as the spec describes it (required fields).
fn notification() -> Vec<u8> {
    let root = ampersand_tests::openapi_dir();
    let spec = ampersand_spec::Spec::load_entry(root, "notifications/notifications.yaml")
        .expect("the notifications file loads");
    let doc = spec.bundle().expect("it bundles").document;
    let payload =
        ampersand_spec::sample::Sampler::new(&doc).component("ConnectionErrorNotificationPayload");
    assert_eq!(payload["notificationType"], "connection.error");
    serde_json::to_vec(&payload).unwrap()
}

/// Posts `body` with `headers` to a fresh receiver; its answer, and how often the handler ran.
async fn post_to_receiver(
    headers: &reqwest::header::HeaderMap,
    body: Vec<u8>,
) -> (StatusCode, String, usize) {
    let state = Receiver {
        secret: WebhookSecret::new(SECRET).unwrap(),
        handled: Arc::default(),
    };
    let app = Router::new()
        .route("/webhook", post(handle))
        .with_state(state.clone());
    let mut request = Request::post("/webhook");
    for (name, value) in headers {
        request = request.header(name.as_str(), value.as_bytes());
    }
    let response = app
        .oneshot(request.body(Body::from(body)).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let bytes = axum::body::to_bytes(response.into_body(), 1 << 20)
        .await
        .unwrap();
    let text = String::from_utf8(bytes.to_vec()).unwrap();
    (status, text, state.handled.load(Ordering::SeqCst))
}

#[tokio::test]
async fn a_signed_delivery_reaches_the_handler_typed() {
    let body = notification();
    let headers = webhook::sign(SECRET, "msg_1", SystemTime::now(), &body).unwrap();
    let (status, text, handled) = post_to_receiver(&headers, body).await;
    assert_eq!(
        (status, text.as_str(), handled),
        (StatusCode::OK, "msg_1 connection.error", 1)
    );
}

#[tokio::test]
async fn what_does_not_verify_is_answered_by_the_extractor() {
    let body = notification();
    let now = SystemTime::now();
    let signed = webhook::sign(SECRET, "msg_1", now, &body).unwrap();
    // forged: the body changed after signing
    let mut forged = body.clone();
    forged.extend_from_slice(b" ");
    let (status, text, handled) = post_to_receiver(&signed, forged).await;
    assert_eq!((status, handled), (StatusCode::UNAUTHORIZED, 0), "{text}");
    assert_eq!(
        text,
        WebhookRejection::Refused(WebhookError::BadSignature).to_string()
    );
    // unsigned
    let (status, text, handled) =
        post_to_receiver(&reqwest::header::HeaderMap::new(), body.clone()).await;
    assert_eq!((status, handled), (StatusCode::UNAUTHORIZED, 0), "{text}");
    assert!(text.contains("svix-id header is missing"), "{text}");
    // stale: signed past the tolerance
    let old = now - TOLERANCE - Duration::from_secs(60);
    let stale = webhook::sign(SECRET, "msg_1", old, &body).unwrap();
    let (status, text, handled) = post_to_receiver(&stale, body.clone()).await;
    assert_eq!((status, handled), (StatusCode::BAD_REQUEST, 0), "{text}");
    assert!(text.contains("old, more than the tolerance"), "{text}");
    // authentic, but not a message
    let junk = b"[1, 2, 3]".to_vec();
    let signed_junk = webhook::sign(SECRET, "msg_2", now, &junk).unwrap();
    let (status, text, handled) = post_to_receiver(&signed_junk, junk).await;
    assert_eq!((status, handled), (StatusCode::BAD_REQUEST, 0), "{text}");
    assert!(text.contains("does not decode"), "{text}");
}
