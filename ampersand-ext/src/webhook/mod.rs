//! Webhook deliveries: verifying their signature (the Svix scheme Ampersand signs with) and
//! decoding them into typed messages; [`ampersand_client::delivery`], with an axum extractor
//! behind the `axum` feature.
//!
//! ```
//! use ampersand_ext::webhook::{self, Message, WebhookError};
//! # let secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
//! # let body = br#"{"notificationType": "connection.created", "data": {"projectId": "p", "connectionId": "c", "provider": "hubspot", "groupRef": "g", "consumerRef": "u", "consumerName": "U"}}"#;
//! # let headers = webhook::sign(secret, "msg_1", std::time::SystemTime::now(), body).unwrap();
//!
//! match webhook::verify(secret, &headers, body) {
//!     Ok(Message::Notification(n)) => println!("{}", n.notification_type()),
//!     Ok(Message::Results(m)) => println!("{} records of {}", m.result_info.num_records, m.object_name),
//!     Ok(_) => {}
//!     Err(WebhookError::BadSignature) => eprintln!("not from Ampersand: answer 401"),
//!     Err(e) => eprintln!("refused: {e}"),
//! }
//! ```

#[cfg(feature = "axum")]
pub mod axum;

pub use ampersand_client::delivery::*;
