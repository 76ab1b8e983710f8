//! Decoding what the request path read (a response read whole) into a typed body or the one
//! [`Error`] (the generated operations call these through the `runtime` module), and the serde
//! helpers the generated types use.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};

use crate::Error;
use crate::call::Exchange;
use crate::error::{DecodeError, ErrorKind, RawBody};
use crate::types::InputValidationProblem;

/// Decodes a typed success body; an error is [`ErrorKind::Decode`] with the call's facts, the
/// body (capped) and a [`DecodeError`] naming the JSON path as its source.
pub(crate) fn success<T: DeserializeOwned>(exchange: &Exchange) -> Result<T, Error> {
    decode(&exchange.body).map_err(|mut e| {
        let mut error = exchange.error(ErrorKind::Decode);
        error.facts_mut().body = Some(RawBody::capped(&exchange.body, &exchange.known));
        if let Some(clean) = crate::redact::text_without_credentials(&e.message, &exchange.known) {
            e.message = clean;
        }
        error.with_source(e)
    })
}

/// The error of a response that is not a success: the service's error for a 4xx or 5xx
/// ([`error_response`]), else a redirect not followed or an unexpected status.
pub(crate) fn failure(exchange: Exchange) -> Error {
    if exchange.status.is_client_error() || exchange.status.is_server_error() {
        error_response(exchange)
    } else {
        unexpected(exchange)
    }
}

/// An error status: the body decoded whole into the type its operation declares for this
/// status, when it declares one that is not a problem (writeRecords' 422, see
/// [`Error::error_body`]); else its problem document decoded, or the body kept as it came.
fn error_response(exchange: Exchange) -> Error {
    let status = exchange.status.as_u16();
    let typed = exchange
        .operation
        .and_then(|op| op.error_body)
        .filter(|body| body.statuses.contains(&status));
    if let Some(body) = typed {
        match (body.decode)(&exchange.body) {
            Ok(value) => {
                let mut error = exchange.error(ErrorKind::Api);
                error.facts_mut().body = Some(RawBody::capped(&exchange.body, &exchange.known));
                return error.with_error_body(value);
            }
            Err(e) => return problem(exchange).with_source(e),
        }
    }
    problem(exchange)
}

/// An error status whose body is a problem document, or not JSON at all. The problem is
/// read field by field ([`lenient_problem`]) after what no error may show is taken out of it
/// ([`crate::redact::scrub_problem`]); a body that is not a JSON object is kept as it came
/// (capped, the configured credentials redacted).
fn problem(mut exchange: Exchange) -> Error {
    let mut error = exchange.error(ErrorKind::Api);
    // parsed once, by the request path, where it read the retry hints
    let value = match exchange.parsed.take() {
        Some(parsed) => Some(parsed),
        None => serde_json::from_slice::<serde_json::Value>(&exchange.body).ok(),
    }
    .filter(serde_json::Value::is_object);
    let Some(mut value) = value else {
        if !exchange.body.is_empty() {
            error.facts_mut().body = Some(RawBody::capped(&exchange.body, &exchange.known));
        }
        return error;
    };
    crate::redact::scrub_problem(&mut value, &exchange.known);
    let (problem, unreadable) = lenient_problem(value);
    let facts = error.facts_mut();
    facts.unreadable_problem_fields = unreadable;
    let Some(problem) = problem else {
        facts.body = Some(RawBody::capped(&exchange.body, &exchange.known));
        return error;
    };
    if let Some(id) = &problem.request_id {
        facts.request_id = Some(id.clone());
    }
    let has_issues = problem.issues.as_ref().is_some_and(|i| !i.is_empty());
    facts.problem = Some(Box::new(problem));
    if has_issues {
        error.with_kind(ErrorKind::InputValidation)
    } else {
        error
    }
}

/// Decodes a problem field by field: where a field does not fit its type, that field (the
/// innermost object member on the misfit's path: `time`, or `name` of `issues[0]`) is
/// dropped and the rest decoded again. Returns the problem, `None` only if nothing of it
/// fits, and the paths of the fields dropped.
pub(crate) fn lenient_problem(
    mut value: serde_json::Value,
) -> (Option<InputValidationProblem>, Vec<String>) {
    let mut dropped = Vec::new();
    // each round drops one member of the (finite) document
    loop {
        let error = match serde_path_to_error::deserialize::<_, InputValidationProblem>(&value) {
            Ok(problem) => return (Some(problem), dropped),
            Err(e) => e,
        };
        // the path as JSON pointer tokens, and where its last object member is
        let mut tokens = Vec::new();
        let mut last_member = None;
        for segment in error.path().iter() {
            match segment {
                serde_path_to_error::Segment::Seq { index } => tokens.push(index.to_string()),
                serde_path_to_error::Segment::Map { key } => {
                    last_member = Some((tokens.len(), key.clone()));
                    tokens.push(key.replace('~', "~0").replace('/', "~1"));
                }
                _ => break,
            }
        }
        let removed = last_member.and_then(|(at, key)| {
            let parent: String = tokens[..at].iter().map(|t| format!("/{t}")).collect();
            value.pointer_mut(&parent)?.as_object_mut()?.remove(&key)
        });
        if removed.is_none() {
            return (None, dropped);
        }
        dropped.push(error.path().to_string());
    }
}

/// A status the operation does not declare that is not an error, or a redirect that was not
/// followed.
pub(crate) fn unexpected(exchange: Exchange) -> Error {
    let kind = match exchange.redirect {
        Some(reason) => ErrorKind::Redirect(reason),
        None => ErrorKind::UnexpectedStatus,
    };
    let mut error = exchange.error(kind);
    if !exchange.body.is_empty() {
        error.facts_mut().body = Some(RawBody::capped(&exchange.body, &exchange.known));
    }
    error
}

/// Decodes `body` as `T`: plain serde_json first; only a body that fails is decoded again to
/// find the JSON path of the misfit.
pub(crate) fn decode<T: DeserializeOwned>(body: &[u8]) -> Result<T, DecodeError> {
    let plain = match serde_json::from_slice(body) {
        Ok(value) => return Ok(value),
        Err(e) => e,
    };
    let mut de = serde_json::Deserializer::from_slice(body);
    let located: Result<T, _> = serde_path_to_error::deserialize(&mut de);
    match located {
        Err(e) => {
            let path = e.path().to_string();
            Err(DecodeError::new(path, e.inner()))
        }
        // trailing characters after a valid value: the plain error says so
        Ok(_) => Err(DecodeError::new(".".into(), &plain)),
    }
}

/// Decodes `body` as `T`; the error message starts with the JSON path where it does not fit.
///
/// ```
/// #[derive(serde::Deserialize, Debug)]
/// struct Outer { inner: Inner }
/// #[derive(serde::Deserialize, Debug)]
/// struct Inner { scopes: Vec<String> }
///
/// let err = ampersand_client::decode::from_slice::<Outer>(br#"{"inner": {"scopes": [["a"]]}}"#)
///     .unwrap_err();
/// assert!(err.to_string().starts_with("inner.scopes[0]: invalid type: sequence"), "{err}");
/// ```
pub fn from_slice<T: DeserializeOwned>(body: &[u8]) -> Result<T, DecodeError> {
    decode(body)
}

/// Reads `null` as the type's default: generated list and map fields use it, so `null` or a
/// missing key reads as empty.
///
/// ```
/// #[derive(serde::Deserialize)]
/// struct Object {
///     #[serde(default, deserialize_with = "ampersand_client::decode::null_as_default")]
///     fields: Vec<String>,
/// }
/// let o: Object = serde_json::from_str(r#"{"fields": null}"#).unwrap();
/// assert!(o.fields.is_empty());
/// ```
pub fn null_as_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}
