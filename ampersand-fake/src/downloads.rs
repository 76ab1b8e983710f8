//! Read results delivered by URL, as the service delivers large ones: a delivery of more
//! records than [`Options::url_results_above`](crate::Options::url_results_above) carries
//! `resultInfo.type: url` and a `downloadUrl` instead of its `result`. The URL is the fake's
//! own, holds an unguessable token, serves that one delivery's records of that one project (a
//! JSON array, the `result` it replaces), needs no credential (as a presigned URL does not),
//! and expires after [`Options::download_ttl`](crate::Options::download_ttl). The downloads
//! are held in memory: a restarted fake has none.

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};
use tokio::time::Instant;

/// Where the downloads are served.
pub(crate) const PATH: &str = "/_fake/results/{project}/{token}";

/// How many records a delivery carries inline unless told otherwise: the service does not
/// publish its threshold.
pub const DEFAULT_URL_RESULTS_ABOVE: usize = 1000;

/// How long a download URL works unless told otherwise.
pub const DEFAULT_DOWNLOAD_TTL: Duration = Duration::from_secs(60 * 60);

/// The downloads offered and not expired yet, by token.
#[derive(Default)]
pub(crate) struct Downloads {
    held: Mutex<HashMap<String, Held>>,
}

struct Held {
    project: String,
    body: Bytes,
    expires: Instant,
}

impl Downloads {
    /// Offers `body` (a JSON array) to whoever has the path returned, until `ttl` from `now`;
    /// what expired goes.
    fn offer(&self, project: &str, body: Bytes, now: Instant, ttl: Duration) -> String {
        let token = uuid::Uuid::new_v4().simple().to_string();
        let mut held = self.held.lock().unwrap_or_else(PoisonError::into_inner);
        held.retain(|_, h| h.expires > now);
        held.insert(
            token.clone(),
            Held {
                project: project.to_string(),
                body,
                expires: now + ttl,
            },
        );
        PATH.replace("{project}", project)
            .replace("{token}", &token)
    }

    /// The body offered under `token` for `project`, unless it expired by `now`.
    fn take(&self, project: &str, token: &str, now: Instant) -> Result<Bytes, StatusCode> {
        let held = self.held.lock().unwrap_or_else(PoisonError::into_inner);
        match held.get(token) {
            Some(h) if h.project != project => Err(StatusCode::NOT_FOUND),
            Some(h) if h.expires <= now => Err(StatusCode::FORBIDDEN),
            Some(h) => Ok(h.body.clone()),
            None => Err(StatusCode::NOT_FOUND),
        }
    }

    /// `message` (read results), delivered by URL when it carries more than `above` records:
    /// its `result` goes behind a download of `origin`, and its `resultInfo` says where.
    pub(crate) fn deliverable(
        &self,
        mut message: Value,
        project: &str,
        (origin, above, ttl): (&str, usize, Duration),
    ) -> Value {
        let count = message["result"].as_array().map_or(0, Vec::len);
        if count <= above {
            return message;
        }
        let Some(result) = message.as_object_mut().and_then(|m| m.remove("result")) else {
            return message;
        };
        let body = Bytes::from(result.to_string());
        let path = self.offer(project, body, Instant::now(), ttl);
        message["resultInfo"] = json!({
            "type": "url",
            "downloadUrl": format!("{origin}{path}"),
            "numRecords": count,
        });
        message
    }
}

/// `GET` of a download: its records, 403 once it expired (as a presigned URL's storage
/// answers), 404 for a token it never offered or offered for another project.
pub(crate) async fn serve(
    State(shared): State<std::sync::Arc<crate::shared::Shared>>,
    Path((project, token)): Path<(String, String)>,
) -> Response {
    match shared.downloads.take(&project, &token, Instant::now()) {
        Ok(body) => ([(header::CONTENT_TYPE, "application/json")], body).into_response(),
        Err(status) => {
            let why = match status {
                StatusCode::FORBIDDEN => "the download URL expired",
                _ => "no such download",
            };
            (status, why).into_response()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_download_serves_its_project_only_and_expires() {
        let downloads = Downloads::default();
        let now = Instant::now();
        let ttl = Duration::from_secs(60);
        let path = downloads.offer("p1", Bytes::from_static(b"[]"), now, ttl);
        let token = path.rsplit('/').next().unwrap();
        assert!(path.starts_with("/_fake/results/p1/"));
        assert_eq!(downloads.take("p1", token, now).unwrap(), "[]");
        assert_eq!(downloads.take("p2", token, now), Err(StatusCode::NOT_FOUND));
        assert_eq!(
            downloads.take("p1", "guess", now),
            Err(StatusCode::NOT_FOUND)
        );
        let later = now + ttl;
        assert_eq!(
            downloads.take("p1", token, later),
            Err(StatusCode::FORBIDDEN)
        );
        // what expired goes when the next one is offered
        downloads.offer("p1", Bytes::new(), later, ttl);
        assert_eq!(
            downloads.take("p1", token, later),
            Err(StatusCode::NOT_FOUND)
        );
    }

    #[test]
    fn only_a_delivery_over_the_threshold_goes_by_url() {
        let downloads = Downloads::default();
        let message = |n: usize| {
            let result: Vec<Value> = (0..n).map(|i| json!({ "id": i.to_string() })).collect();
            json!({ "resultInfo": { "type": "inline", "numRecords": n }, "result": result })
        };
        let settings = ("http://127.0.0.1:1", 2, DEFAULT_DOWNLOAD_TTL);
        assert_eq!(downloads.deliverable(message(2), "p", settings), message(2));
        let by_url = downloads.deliverable(message(3), "p", settings);
        assert!(by_url.get("result").is_none());
        assert_eq!(by_url["resultInfo"]["type"], "url");
        assert_eq!(by_url["resultInfo"]["numRecords"], 3);
        let url = by_url["resultInfo"]["downloadUrl"].as_str().unwrap();
        let token = url.rsplit('/').next().unwrap();
        assert!(url.starts_with("http://127.0.0.1:1/_fake/results/p/"));
        let body = downloads.take("p", token, Instant::now()).unwrap();
        let records: Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(records, message(3)["result"]);
    }
}
