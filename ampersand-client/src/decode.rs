//! Decoding what the request path read (a response read whole) into a typed body or the one
//! [`Error`] (the generated operations call these through the `runtime` module), and the serde
//! helpers the generated types use.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};

use crate::call::Exchange;
use crate::error::{DecodeError, ErrorKind, RawBody};
use crate::types::InputValidationProblem;
use crate::Error;

/// Decodes a typed success body; an error is [`ErrorKind::Decode`] with the call's facts, the
/// body (capped) and a [`DecodeError`] naming the JSON path as its source.
pub(crate) fn success<T: DeserializeOwned>(exchange: &Exchange) -> Result<T, Error> {
    decode(&exchange.body).map_err(|e| {
        let mut error = exchange.error(ErrorKind::Decode);
        error.facts_mut().body = Some(RawBody::capped(&exchange.body));
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
                error.facts_mut().body = Some(RawBody::capped(&exchange.body));
                return error.with_error_body(value);
            }
            Err(e) => return problem(exchange).with_source(e),
        }
    }
    problem(exchange)
}

/// An error status whose body is a problem document, or not JSON at all.
fn problem(exchange: Exchange) -> Error {
    let mut error = exchange.error(ErrorKind::Api);
    let problem = match serde_json::from_slice::<serde_json::Value>(&exchange.body) {
        Ok(value @ serde_json::Value::Object(_)) => Some(
            serde_json::from_value::<InputValidationProblem>(value)
                .map_err(|e| DecodeError::new(".".into(), &e)),
        ),
        _ => None,
    };
    match problem {
        Some(Ok(problem)) => {
            let facts = error.facts_mut();
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
        Some(Err(e)) => {
            error.facts_mut().body = Some(RawBody::capped(&exchange.body));
            error.with_source(e)
        }
        None => {
            if !exchange.body.is_empty() {
                error.facts_mut().body = Some(RawBody::capped(&exchange.body));
            }
            error
        }
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
        error.facts_mut().body = Some(RawBody::capped(&exchange.body));
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
