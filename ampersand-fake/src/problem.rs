//! Problem answers (`application/problem+json`, the spec's `ApiProblem` and
//! `InputValidationProblem`).

use ampersand_client::{OperationMeta, types};
use axum::http::{Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

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
    let issues: Vec<types::InputValidationIssue> = issues
        .into_iter()
        .filter_map(|i| {
            types::InputValidationIssue::builder()
                .in_(Some(types::InputValidationIssueIn::from(i.place)))
                .name(Some(i.name))
                .detail(Some(i.detail))
                .try_into()
                .ok()
        })
        .collect();
    let status = StatusCode::BAD_REQUEST;
    let document = types::InputValidationProblem::builder()
        .type_(Some("about:blank".to_string()))
        .title(status.canonical_reason().map(str::to_string))
        .status(Some(i32::from(status.as_u16())))
        .detail(Some(detail))
        .subsystem(Some(SUBSYSTEM.to_string()))
        .time(Some(chrono::Utc::now()))
        .issues(Some(issues));
    respond(
        status,
        as_json::<_, types::InputValidationProblem>(document),
    )
}

/// A problem document with `status`, `title` and `detail`.
pub(crate) fn problem(status: StatusCode, title: &str, detail: String) -> Problem {
    let document = types::ApiProblem::builder()
        .type_(Some("about:blank".to_string()))
        .title(Some(title.to_string()))
        .status(Some(i32::from(status.as_u16())))
        .detail(Some(detail))
        .subsystem(Some(SUBSYSTEM.to_string()))
        .time(Some(chrono::Utc::now()));
    respond(status, as_json::<_, types::ApiProblem>(document))
}

/// The `subsystem` of the fake's problems.
const SUBSYSTEM: &str = "ampersand-fake";

/// A problem document, built as its generated type, as the JSON a refusal keeps (a fault
/// sets fields of it); every field of both types is optional, so the builder cannot fail.
fn as_json<B, T>(document: B) -> Value
where
    T: TryFrom<B> + serde::Serialize,
    T::Error: std::fmt::Display,
{
    crate::model_error::built::<B, T>(document)
        .map(|made| crate::state::value(&made))
        .unwrap_or_else(|_| json!({ "type": "about:blank" }))
}

fn respond(status: StatusCode, body: Value) -> Problem {
    Problem { status, body }
}

/// A JSON answer.
pub(crate) fn json(status: StatusCode, body: &(impl serde::Serialize + ?Sized)) -> Response {
    match serde_json::to_string(body) {
        Ok(text) => json_text(status, text),
        Err(e) => problem(
            StatusCode::INTERNAL_SERVER_ERROR,
            "Internal Server Error",
            format!("the fake cannot write its answer: {e}"),
        )
        .into_response(),
    }
}

/// A JSON answer of JSON already written (`text`, sent as it is).
pub(crate) fn json_text(status: StatusCode, text: String) -> Response {
    // made whole: a `String`'s own answer would set `text/plain` first, to be replaced
    let mut response = Response::new(axum::body::Body::from(text));
    *response.status_mut() = status;
    let json = header::HeaderValue::from_static("application/json");
    response.headers_mut().insert(header::CONTENT_TYPE, json);
    response
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

/// A 413: a request body over `limit` bytes, not read.
pub(crate) fn too_large(limit: usize) -> Problem {
    problem(
        StatusCode::PAYLOAD_TOO_LARGE,
        "Content Too Large",
        format!("the body is over the fake's limit of {limit} bytes"),
    )
}
