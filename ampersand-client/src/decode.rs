//! Decoding helpers the generated code calls (see ampersand-codegen's passes).

use progenitor_client::{Error, ResponseValue};
use serde::de::{DeserializeOwned, Error as _};
use serde::{Deserialize, Deserializer};

use crate::context::CallContext;

/// Decodes a typed response body; an error names the JSON path where the body does not fit,
/// then the operation and status
/// (`connection.providerApp.scopes[0]: invalid type: sequence, expected a string at line 1
/// column 80 (getInstallation, status 200)`).
///
/// Generated operations call this instead of `ResponseValue::from_response`.
///
/// ```no_run
/// # async fn f(response: reqwest::Response) {
/// let decoded: Result<progenitor_client::ResponseValue<serde_json::Value>, progenitor_client::Error> =
///     ampersand_client::decode::from_response(response).await;
/// # }
/// ```
pub async fn from_response<T: DeserializeOwned, E>(
    response: reqwest::Response,
) -> Result<ResponseValue<T>, Error<E>> {
    let status = response.status();
    let headers = response.headers().clone();
    let operation = response
        .extensions()
        .get::<CallContext>()
        .map(|c| c.operation);
    let body = response.bytes().await.map_err(Error::ResponseBodyError)?;
    match from_slice(&body) {
        Ok(inner) => Ok(ResponseValue::new(inner, status, headers)),
        Err(e) => {
            let suffix = CallContext::decode_suffix(operation, status.as_u16());
            let e = serde_json::Error::custom(format!("{e}{suffix}"));
            Err(Error::InvalidResponsePayload(body, e))
        }
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
pub fn from_slice<T: DeserializeOwned>(body: &[u8]) -> Result<T, serde_json::Error> {
    // the fast path: plain serde_json; only a body that fails is decoded again to find where
    let plain = match serde_json::from_slice(body) {
        Ok(value) => return Ok(value),
        Err(e) => e,
    };
    let mut de = serde_json::Deserializer::from_slice(body);
    let located: Result<T, _> = serde_path_to_error::deserialize(&mut de);
    match located {
        Err(e) => {
            let path = e.path().to_string();
            let inner = e.into_inner();
            Err(if path == "." {
                inner
            } else {
                serde_json::Error::custom(format!("{path}: {inner}"))
            })
        }
        // trailing characters after a valid value: the plain error says so
        Ok(_) => Err(plain),
    }
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
