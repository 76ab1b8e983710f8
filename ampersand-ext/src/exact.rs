//! Sending a body exactly as built, through the client's one request path
//! (`ampersand_client::call`: the same credentials, headers, retries, redirects, limits and
//! tracing as the generated operations), decoded by the same decoders.
//!
//! The generated request types serialise their own way (a schema default such as a read
//! object's `disabled: false` is always written, an empty map is dropped); the helpers that
//! must send exactly what the caller set (update masks, JSON Patch) build the JSON themselves
//! and send it here.

use ampersand_client::{decode, Client, OperationMeta, ResponseValue};
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::Error;

/// Sends `body` as the JSON body of the operation whose `Client` method is `method_name`,
/// with `path_params` filling its path template in order, and decodes the success as `T`.
pub(crate) async fn send_json<T: DeserializeOwned>(
    client: &Client,
    method_name: &'static str,
    path_params: &[&str],
    body: &Value,
) -> Result<ResponseValue<T>, Error> {
    let operation = OperationMeta::find(method_name)
        .ok_or_else(|| Error::invalid_request(format!("no operation {method_name}")))?;
    let path =
        fill_path(operation.path, path_params).map_err(|e| e.for_operation(Some(operation)))?;
    let exchange = ampersand_client::call::execute_json(client, method_name, &path, body).await?;
    let status = exchange.status();
    if status.is_success() {
        decode::from_response(exchange).await
    } else if status.is_client_error() || status.is_server_error() {
        Err(decode::error_response(exchange))
    } else {
        Err(decode::unexpected(exchange))
    }
}

/// The path template with each `{param}` replaced, in order, by a percent-encoded value.
fn fill_path(template: &str, values: &[&str]) -> Result<String, Error> {
    let mut out = String::new();
    let mut rest = template;
    let mut values = values.iter();
    while let Some(open) = rest.find('{') {
        let close = rest[open..]
            .find('}')
            .map(|c| open + c)
            .unwrap_or(rest.len());
        let value = values.next().ok_or_else(|| {
            Error::invalid_request(format!(
                "{template}: no value for {}",
                &rest[open..=close.min(rest.len() - 1)]
            ))
        })?;
        if value.is_empty() || *value == "." || *value == ".." {
            return Err(Error::invalid_request(format!(
                "{template}: {value:?} cannot be a path segment"
            )));
        }
        out.push_str(&rest[..open]);
        out.push_str(&progenitor_client::encode_path(value));
        rest = &rest[(close + 1).min(rest.len())..];
    }
    out.push_str(rest);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_filled_and_encoded() {
        assert_eq!(
            fill_path("/projects/{p}/installations/{i}", &["a/b c", "é"]).unwrap(),
            "/projects/a%2Fb%20c/installations/%C3%A9"
        );
        assert!(fill_path("/projects/{p}", &[]).is_err());
        assert!(fill_path("/projects/{p}", &[".."]).is_err());
    }
}
