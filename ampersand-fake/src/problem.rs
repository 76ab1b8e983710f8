//! Problem answers (`application/problem+json`, the spec's `ApiProblem` and
//! `InputValidationProblem`).

use ampersand_client::OperationMeta;
use axum::http::{header, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};

/// A refusal: a status and its problem document, answered as `application/problem+json`.
#[derive(Debug)]
pub(crate) struct Problem {
    status: StatusCode,
    body: Value,
}

impl Problem {
    /// The same problem answered with `status`.
    pub(crate) fn status(mut self, status: StatusCode) -> Problem {
        self.status = status;
        self.body["status"] = status.as_u16().into();
        if let Some(title) = status.canonical_reason() {
            self.body["title"] = title.into();
        }
        self
    }

    /// Sets (or, with `None`, leaves out) a field of the document.
    pub(crate) fn set(&mut self, field: &str, value: Option<Value>) {
        if let Some(value) = value {
            self.body[field] = value;
        }
    }
}

/// A problem answer's `detail`, kept beside its body for an operation that declares
/// `text/plain` for the status.
#[derive(Clone)]
pub(crate) struct Detail(pub(crate) String);

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let detail = Detail(self.body["detail"].as_str().unwrap_or_default().to_string());
        let mut response = (
            self.status,
            [(header::CONTENT_TYPE, "application/problem+json")],
            self.body.to_string(),
        )
            .into_response();
        response.extensions_mut().insert(detail);
        response
    }
}

/// One issue of an `InputValidationProblem`: where (`body`, `query`), which field, and what.
pub(crate) struct Issue {
    place: &'static str,
    name: String,
    detail: String,
}

impl Issue {
    /// An issue of the body's field `name` (a dotted path; `body` for the whole).
    pub(crate) fn body(name: &str, detail: &str) -> Issue {
        Issue {
            place: "body",
            name: name.to_string(),
            detail: detail.to_string(),
        }
    }

    /// An issue of the query parameter `name`.
    pub(crate) fn query(name: &str, detail: &str) -> Issue {
        Issue {
            place: "query",
            name: name.to_string(),
            detail: detail.to_string(),
        }
    }
}

/// A 400 `InputValidationProblem` listing `issues`.
pub(crate) fn invalid(issues: Vec<Issue>) -> Problem {
    let detail = issues
        .iter()
        .map(|i| format!("{} {}: {}", i.place, i.name, i.detail))
        .collect::<Vec<_>>()
        .join("; ");
    let issues: Vec<Value> = issues
        .into_iter()
        .map(|i| json!({ "in": i.place, "name": i.name, "detail": i.detail }))
        .collect();
    respond(
        StatusCode::BAD_REQUEST,
        json!({
            "type": "about:blank",
            "title": "Bad Request",
            "status": 400,
            "detail": detail,
            "subsystem": "ampersand-fake",
            "time": chrono::Utc::now().to_rfc3339(),
            "issues": issues,
        }),
    )
}

/// A problem document with `status`, `title` and `detail`.
pub(crate) fn problem(status: StatusCode, title: &str, detail: String) -> Problem {
    respond(
        status,
        json!({
            "type": "about:blank",
            "title": title,
            "status": status.as_u16(),
            "detail": detail,
            "subsystem": "ampersand-fake",
            "time": chrono::Utc::now().to_rfc3339(),
        }),
    )
}

fn respond(status: StatusCode, body: Value) -> Problem {
    Problem { status, body }
}

/// A JSON answer.
pub(crate) fn json(status: StatusCode, body: &(impl serde::Serialize + ?Sized)) -> Response {
    match serde_json::to_string(body) {
        Ok(text) => (status, [(header::CONTENT_TYPE, "application/json")], text).into_response(),
        Err(e) => problem(
            StatusCode::INTERNAL_SERVER_ERROR,
            "Internal Server Error",
            format!("the fake cannot write its answer: {e}"),
        )
        .into_response(),
    }
}

/// An operation the fake does not model: 501, naming it.
pub(crate) fn not_modelled(op: &OperationMeta) -> Problem {
    problem(
        StatusCode::NOT_IMPLEMENTED,
        "Not Implemented",
        format!(
            "the fake does not model {} ({} {}) yet",
            op.id, op.method, op.path
        ),
    )
}

pub(crate) fn unauthorized(op: &OperationMeta) -> Problem {
    let accepted: Vec<String> = op.auth.iter().map(ToString::to_string).collect();
    problem(
        StatusCode::UNAUTHORIZED,
        "Unauthorized",
        format!("{} needs {} (the fake's own)", op.id, accepted.join(" or ")),
    )
}

pub(crate) fn wrong_method(method: &Method, path: &str, allowed: &[&str]) -> Problem {
    problem(
        StatusCode::METHOD_NOT_ALLOWED,
        "Method Not Allowed",
        format!("{path} has no {method} (it has {})", allowed.join(", ")),
    )
}

pub(crate) fn no_such_path(path: &str) -> Problem {
    problem(
        StatusCode::NOT_FOUND,
        "Not Found",
        format!("no operation of the spec has the path {path}"),
    )
}

pub(crate) fn not_found(what: &str, id: &str) -> Problem {
    problem(
        StatusCode::NOT_FOUND,
        "Not Found",
        format!("no {what} {id}"),
    )
}

pub(crate) fn conflict(detail: String) -> Problem {
    problem(StatusCode::CONFLICT, "Conflict", detail)
}

/// A 400 `InputValidationProblem` with one issue of the body, `name` (a field's path).
pub(crate) fn invalid_body(name: &str, detail: String) -> Problem {
    invalid(vec![Issue::body(name, &detail)])
}

/// A 422: the request is well formed but cannot be done (an unknown connection, say).
pub(crate) fn unprocessable(detail: String) -> Problem {
    problem(
        StatusCode::UNPROCESSABLE_ENTITY,
        "Unprocessable Entity",
        detail,
    )
}
