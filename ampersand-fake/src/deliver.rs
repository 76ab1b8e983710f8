//! Webhook deliveries: each message POSTed to its destination's URL with the destination's
//! headers, signed the Svix way with the destination's signing key (`svix-id`,
//! `svix-timestamp`, `svix-signature`, the same as `ampersand_client::delivery::sign` makes), and
//! tried again a few times when the receiver fails or cannot be reached.

use std::time::{Duration, SystemTime};

/// One message to one destination.
pub(crate) struct Delivery {
    pub(crate) url: String,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) secret: String,
    pub(crate) body: serde_json::Value,
    /// The project whose read results `body` is: delivered by URL when they are many
    /// ([`crate::downloads`]).
    pub(crate) results_of: Option<String>,
}

/// How many times a delivery is tried.
const ATTEMPTS: u32 = 4;

/// Sends `deliveries` in order (a message goes once the one before it is answered or given
/// up on).
pub(crate) async fn send(client: reqwest::Client, deliveries: Vec<Delivery>) {
    for delivery in deliveries {
        let body = delivery.body.to_string().into_bytes();
        let id = format!("msg_{}", uuid::Uuid::new_v4().simple());
        let shown = shown(&delivery.url);
        let signed =
            match ampersand_client::delivery::sign(&delivery.secret, &id, SystemTime::now(), &body)
            {
                Ok(headers) => headers,
                Err(e) => {
                    tracing::warn!("webhook to {}: cannot sign ({e})", delivery.url);
                    continue;
                }
            };
        for attempt in 1..=ATTEMPTS {
            let mut request = client
                .post(&delivery.url)
                .header("content-type", "application/json")
                .timeout(Duration::from_secs(10))
                .body(body.clone());
            for (name, value) in &delivery.headers {
                request = request.header(name, value);
            }
            for (name, value) in &signed {
                request = request.header(name, value);
            }
            match request.send().await {
                Ok(answer) if answer.status().is_success() => {
                    tracing::info!("webhook {id} -> {shown} ({})", answer.status().as_u16());
                    break;
                }
                Ok(answer) => tracing::warn!(
                    "webhook {id} -> {shown}: {} (attempt {attempt} of {ATTEMPTS})",
                    answer.status().as_u16()
                ),
                Err(e) => tracing::warn!(
                    "webhook {id} -> {shown}: {} (attempt {attempt} of {ATTEMPTS})",
                    e.without_url()
                ),
            }
            tokio::time::sleep(Duration::from_millis(100 * u64::from(attempt))).await;
        }
    }
}

/// A destination's URL as the log shows it: its origin and path, without the user info or
/// query a URL may carry credentials in.
fn shown(url: &str) -> String {
    match reqwest::Url::parse(url) {
        Ok(url) => format!("{}{}", url.origin().ascii_serialization(), url.path()),
        Err(_) => "an unreadable URL".into(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_logged_url_keeps_no_credentials() {
        let url = "https://user:pass@hooks.example.com:8443/in?token=s3cret";
        assert_eq!(super::shown(url), "https://hooks.example.com:8443/in");
    }
}
