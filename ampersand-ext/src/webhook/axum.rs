//! An axum extractor of verified deliveries, behind the `axum` feature: a handler that takes
//! a [`Delivery`] runs only for a delivery signed with the destination's secret, and gets it
//! decoded.
//!
//! The secret comes from the router's state ([`WebhookSecret`] itself, or any state it can be
//! taken from with [`FromRef`]). What the extractor refuses, it answers itself, so that Svix
//! retries only what may succeed later:
//!
//! - 401 when the delivery is not authentic (no signature matches, a header of the scheme is
//!   missing or unreadable);
//! - 400 when its timestamp is outside [`TOLERANCE`](super::TOLERANCE) (a replay, or a delivery
//!   held too long) or it is authentic but does not decode;
//! - the status of axum's body rejection when the body cannot be read (413 past the router's
//!   body limit: raise it with `axum::extract::DefaultBodyLimit` for large inline results).
//!
//! ```
//! use ampersand_ext::webhook::axum::Delivery;
//! use ampersand_ext::webhook::{Message, WebhookSecret};
//! use axum::{routing::post, Router};
//!
//! async fn receive(delivery: Delivery) -> axum::http::StatusCode {
//!     if let Message::Notification(n) = &delivery.message {
//!         println!("{}: {}", delivery.id, n.notification_type());
//!     }
//!     axum::http::StatusCode::NO_CONTENT
//! }
//!
//! let secret = WebhookSecret::new("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").unwrap();
//! let app: Router = Router::new().route("/webhook", post(receive)).with_state(secret);
//! ```

use std::time::SystemTime;

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{FromRef, FromRequest, Request};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::{Message, WebhookError, WebhookSecret, decode, delivery_id};

/// A delivery whose signature and timestamp verified, decoded.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Delivery {
    /// The delivery's id (its `svix-id` or `webhook-id`): the same on every retry of one
    /// delivery, to process it once.
    pub id: String,
    /// What it holds.
    pub message: Message,
}

/// Why the extractor refused a request; it answers with [`WebhookRejection::status`] and the
/// reason as text.
#[derive(Debug)]
#[non_exhaustive]
pub enum WebhookRejection {
    /// The delivery did not verify, or does not decode.
    Refused(WebhookError),
    /// The body could not be read (past the body limit, or cut).
    Body(BytesRejection),
}

impl WebhookRejection {
    /// The status the extractor answers with.
    pub fn status(&self) -> StatusCode {
        match self {
            WebhookRejection::Refused(e) => match e {
                WebhookError::StaleTimestamp(_)
                | WebhookError::FutureTimestamp(_)
                | WebhookError::Payload(_) => StatusCode::BAD_REQUEST,
                // the receiver's own secret is wrong: nothing the sender can fix
                WebhookError::MalformedSecret => StatusCode::INTERNAL_SERVER_ERROR,
                _ => StatusCode::UNAUTHORIZED,
            },
            WebhookRejection::Body(e) => e.status(),
        }
    }
}

impl std::fmt::Display for WebhookRejection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WebhookRejection::Refused(e) => write!(f, "webhook refused: {e}"),
            WebhookRejection::Body(e) => write!(f, "webhook body unreadable: {e}"),
        }
    }
}

impl std::error::Error for WebhookRejection {}

impl IntoResponse for WebhookRejection {
    fn into_response(self) -> Response {
        (self.status(), self.to_string()).into_response()
    }
}

impl<S> FromRequest<S> for Delivery
where
    S: Send + Sync,
    WebhookSecret: FromRef<S>,
{
    type Rejection = WebhookRejection;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let secret = WebhookSecret::from_ref(state);
        let headers = request.headers().clone();
        let body = Bytes::from_request(request, state)
            .await
            .map_err(WebhookRejection::Body)?;
        secret
            .verify_at(&headers, &body, SystemTime::now())
            .map_err(WebhookRejection::Refused)?;
        let message =
            decode(&body).map_err(|e| WebhookRejection::Refused(WebhookError::Payload(e)))?;
        // verified: the id header of the scheme is there
        let id = delivery_id(&headers).unwrap_or_default().to_string();
        Ok(Delivery { id, message })
    }
}
