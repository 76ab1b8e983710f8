//! Webhook deliveries: verifying their signature (the Svix scheme Ampersand signs with),
//! signing them (for tools that play the service, such as the local Ampersand), and decoding
//! them into typed messages. `ampersand_ext::webhook` is this module, with an axum extractor.
//!
//! Each webhook destination has its own signing secret, `whsec_<base64>`, shown in the
//! Ampersand dashboard. A delivery carries `svix-id`, `svix-timestamp` and `svix-signature`
//! (or the same values as `webhook-id`, `webhook-timestamp`, `webhook-signature`); it is
//! authentic when one `v1,<base64>` entry of the signature header is the HMAC-SHA256 of
//! `{id}.{timestamp}.{body}` with the secret's key, and its timestamp is within
//! [`TOLERANCE`] of now, before or after. Verify the body exactly as received, before any
//! JSON parsing.
//!
//! A read or subscribe delivery's records come inline or, when large, behind a `downloadUrl`;
//! an installation notification's config inline or behind a `configURL`.
//! [`Client::results`](crate::Client::results) and
//! [`Client::installation_config`](crate::Client::installation_config) read either form. A
//! download goes through the client's `reqwest::Client`, retry policy, timeouts (each chunk
//! within the attempt timeout) and size limit, with **no credential and no hook** (a hook may
//! add one): Ampersand's API key never reaches the storage that serves the results. Only
//! `https` URLs are fetched (`http` on a loopback host), redirects are followed within the
//! URL's origin only, and errors name the origin, never the URL (a presigned URL's query is its
//! signature).
//!
//! ```
//! use ampersand_client::delivery::{self, Message, WebhookError};
//! # let secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
//! # let body = br#"{"notificationType": "connection.created", "data": {"projectId": "p", "connectionId": "c", "provider": "hubspot", "groupRef": "g", "consumerRef": "u", "consumerName": "U"}}"#;
//! # let headers = delivery::sign(secret, "msg_1", std::time::SystemTime::now(), body).unwrap();
//!
//! match delivery::verify(secret, &headers, body) {
//!     Ok(Message::Notification(n)) => println!("{}", n.notification_type()),
//!     Ok(Message::Results(m)) => println!("{} records of {}", m.result_info.num_records, m.object_name),
//!     Ok(_) => {}
//!     Err(WebhookError::BadSignature) => eprintln!("not from Ampersand: answer 401"),
//!     Err(e) => eprintln!("refused: {e}"),
//! }
//! ```

mod array;
mod results;

pub use results::{ConfigRef, Records, Results};

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use hmac::{Hmac, Mac};
use reqwest::header::{HeaderMap, HeaderValue};
use sha2::Sha256;

use crate::DecodeError;
pub use crate::notifications::Notification;
pub use crate::webhook::types::WebhookMessage;

/// How far a delivery's timestamp may be from now, before or after.
pub const TOLERANCE: Duration = Duration::from_secs(5 * 60);

/// The prefix of a signing secret.
pub const SECRET_PREFIX: &str = "whsec_";

/// The header names of one scheme: Svix's, or the unbranded ones.
pub(crate) const HEADER_SETS: [[&str; 3]; 2] = [
    ["svix-id", "svix-timestamp", "svix-signature"],
    ["webhook-id", "webhook-timestamp", "webhook-signature"],
];

/// Why a delivery was refused.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum WebhookError {
    /// A header of the scheme is missing (the id, the timestamp or the signature).
    #[error("the {0} header is missing")]
    MissingHeader(&'static str),
    /// A header is there but unreadable (the timestamp is not a number, say).
    #[error("the {0} header is not valid")]
    InvalidHeader(&'static str),
    /// The secret is not `whsec_` followed by base64.
    #[error("the signing secret is not `whsec_` followed by base64")]
    MalformedSecret,
    /// No `v1` signature of the header matches the body: not sent by Ampersand with this
    /// secret, or changed on the way.
    #[error("no signature matches the body")]
    BadSignature,
    /// The timestamp is older than [`TOLERANCE`]: a replay, or a delivery held too long.
    #[error("the timestamp is {0:?} old, more than the tolerance")]
    StaleTimestamp(Duration),
    /// The timestamp is more than [`TOLERANCE`] ahead of this clock.
    #[error("the timestamp is {0:?} in the future, more than the tolerance")]
    FutureTimestamp(Duration),
    /// The delivery is authentic but its body does not decode as a message.
    #[error("the payload does not decode: {0}")]
    Payload(DecodeError),
}

/// A verified delivery.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Message {
    /// Read or subscribe results (`resultInfo` says whether they are inline or behind a URL).
    Results(Box<WebhookMessage>),
    /// A notification, by its `notificationType`.
    Notification(Box<Notification>),
}

/// A signing secret, decoded. `Debug` does not show it.
#[derive(Clone)]
pub struct WebhookSecret {
    key: Vec<u8>,
}

impl fmt::Debug for WebhookSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("WebhookSecret([redacted])")
    }
}

impl WebhookSecret {
    /// Decodes `whsec_<base64>` (the prefix may be left out, as Svix's libraries allow).
    ///
    /// ```
    /// use ampersand_client::delivery::{WebhookError, WebhookSecret};
    /// assert!(WebhookSecret::new("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").is_ok());
    /// assert_eq!(WebhookSecret::new("whsec_not base64!").unwrap_err(), WebhookError::MalformedSecret);
    /// ```
    pub fn new(secret: &str) -> Result<Self, WebhookError> {
        let encoded = secret.strip_prefix(SECRET_PREFIX).unwrap_or(secret);
        match BASE64.decode(encoded) {
            Ok(key) if !key.is_empty() => Ok(WebhookSecret { key }),
            _ => Err(WebhookError::MalformedSecret),
        }
    }

    fn mac(&self, id: &str, timestamp: &str, body: &[u8]) -> Hmac<Sha256> {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.key).expect("HMAC takes any key size");
        mac.update(id.as_bytes());
        mac.update(b".");
        mac.update(timestamp.as_bytes());
        mac.update(b".");
        mac.update(body);
        mac
    }

    /// The `v1,<base64>` signature of a delivery (what the service puts in the header).
    pub fn signature(&self, id: &str, timestamp: &str, body: &[u8]) -> String {
        let tag = self.mac(id, timestamp, body).finalize().into_bytes();
        format!("v1,{}", BASE64.encode(tag))
    }

    /// Checks the signature and the timestamp of a delivery against the clock reading `now`.
    pub fn verify_at(
        &self,
        headers: &HeaderMap,
        body: &[u8],
        now: SystemTime,
    ) -> Result<(), WebhookError> {
        let [id_name, ts_name, sig_name] = *HEADER_SETS
            .iter()
            .find(|set| headers.contains_key(set[0]))
            .unwrap_or(&HEADER_SETS[0]);
        let id = header(headers, id_name)?;
        let timestamp = header(headers, ts_name)?;
        let signatures = header(headers, sig_name)?;
        let seconds: u64 = timestamp
            .trim()
            .parse()
            .map_err(|_| WebhookError::InvalidHeader(ts_name))?;
        // a time this clock cannot hold (a forged `9223372036854775808`) is no timestamp
        let sent = UNIX_EPOCH
            .checked_add(Duration::from_secs(seconds))
            .ok_or(WebhookError::InvalidHeader(ts_name))?;
        match now.duration_since(sent) {
            Ok(age) if age > TOLERANCE => return Err(WebhookError::StaleTimestamp(age)),
            Err(ahead) if ahead.duration() > TOLERANCE => {
                return Err(WebhookError::FutureTimestamp(ahead.duration()));
            }
            _ => {}
        }
        let mac = self.mac(id, timestamp, body);
        let authentic = signatures
            .split(' ')
            .filter_map(|entry| entry.strip_prefix("v1,"))
            .filter_map(|sig| BASE64.decode(sig).ok())
            // constant-time comparison
            .any(|sig| mac.clone().verify_slice(&sig).is_ok());
        if authentic {
            Ok(())
        } else {
            Err(WebhookError::BadSignature)
        }
    }
}

fn header<'h>(headers: &'h HeaderMap, name: &'static str) -> Result<&'h str, WebhookError> {
    headers
        .get(name)
        .ok_or(WebhookError::MissingHeader(name))?
        .to_str()
        .map_err(|_| WebhookError::InvalidHeader(name))
}

/// Verifies a delivery (see the [module docs](self)) and decodes it.
pub fn verify(secret: &str, headers: &HeaderMap, body: &[u8]) -> Result<Message, WebhookError> {
    verify_at(secret, headers, body, SystemTime::now())
}

/// [`verify`] against the clock reading `now`.
pub fn verify_at(
    secret: &str,
    headers: &HeaderMap,
    body: &[u8],
    now: SystemTime,
) -> Result<Message, WebhookError> {
    WebhookSecret::new(secret)?.verify_at(headers, body, now)?;
    decode(body).map_err(WebhookError::Payload)
}

/// Decodes a delivery's body without verifying it: a notification when it has a
/// `notificationType`, read or subscribe results otherwise. Use [`verify`] on what arrives
/// from the network.
pub fn decode(body: &[u8]) -> Result<Message, DecodeError> {
    #[derive(serde::Deserialize)]
    struct Probe {
        #[serde(rename = "notificationType")]
        notification_type: Option<serde::de::IgnoredAny>,
    }
    let probe: Probe = crate::decode::from_slice(body)?;
    if probe.notification_type.is_some() {
        crate::decode::from_slice(body).map(|n| Message::Notification(Box::new(n)))
    } else {
        crate::decode::from_slice(body).map(|m| Message::Results(Box::new(m)))
    }
}

/// The headers a delivery of `body` signed with `secret` carries (`svix-id`,
/// `svix-timestamp`, `svix-signature`): for tests and local tools that play the service.
pub fn sign(
    secret: &str,
    id: &str,
    at: SystemTime,
    body: &[u8],
) -> Result<HeaderMap, WebhookError> {
    let secret = WebhookSecret::new(secret)?;
    let timestamp = at
        .duration_since(UNIX_EPOCH)
        .map_err(|_| WebhookError::InvalidHeader("svix-timestamp"))?
        .as_secs()
        .to_string();
    let mut headers = HeaderMap::new();
    let value =
        |v: &str| HeaderValue::from_str(v).map_err(|_| WebhookError::InvalidHeader("svix-id"));
    headers.insert("svix-id", value(id)?);
    headers.insert("svix-timestamp", value(&timestamp)?);
    headers.insert(
        "svix-signature",
        value(&secret.signature(id, &timestamp, body))?,
    );
    Ok(headers)
}

/// The id of a delivery (its `svix-id`, or `webhook-id`), if its headers carry one.
pub fn delivery_id(headers: &HeaderMap) -> Option<&str> {
    HEADER_SETS
        .iter()
        .find_map(|set| headers.get(set[0]))
        .and_then(|v| v.to_str().ok())
}
