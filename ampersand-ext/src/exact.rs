//! Sending a body exactly as built, through the same request path (retries, tracing, error
//! handling) as the generated operations.
//!
//! The generated request types serialise their own way (a schema default such as a read
//! object's `disabled: false` is always written, an empty map is dropped); the helpers that
//! must send exactly what the caller set (update masks, JSON Patch) build the JSON themselves
//! and send it here.

use ampersand_client::types::InputValidationProblem;
use ampersand_client::{
    Client, ClientHooks, ClientInfo, OperationInfo, OperationMeta, ResponseValue,
};
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
    let operation = OperationMeta::find(method_name).ok_or_else(|| Error::InvalidRequest {
        message: format!("no operation {method_name}"),
    })?;
    let url = format!(
        "{}{}",
        client.baseurl(),
        fill_path(operation.path, path_params)?
    );
    let method: reqwest::Method = operation
        .method
        .parse()
        .map_err(|_| Error::InvalidRequest {
            message: format!("bad method {}", operation.method),
        })?;
    let request = client
        .client()
        .request(method, url)
        .header(reqwest::header::ACCEPT, "application/json")
        .json(body)
        .build()
        .map_err(|e| Error::InvalidRequest {
            message: format!("cannot build the request: {e}"),
        })?;
    let info = OperationInfo {
        operation_id: operation.method_name,
    };
    let response = client.exec(request, &info).await.map_err(|e| {
        Error::from(ampersand_client::Error::<InputValidationProblem>::CommunicationError(e))
    })?;
    let status = response.status();
    let result = if status.is_success() {
        ampersand_client::decode::from_response::<T, InputValidationProblem>(response).await
    } else if status.is_client_error() || status.is_server_error() {
        match ampersand_client::decode::from_response::<
            InputValidationProblem,
            InputValidationProblem,
        >(response)
        .await
        {
            Ok(problem) => Err(ampersand_client::Error::ErrorResponse(problem)),
            Err(e) => Err(e),
        }
    } else {
        Err(ampersand_client::Error::UnexpectedResponse(response))
    };
    result.map_err(Error::from)
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
        let value = values.next().ok_or_else(|| Error::InvalidRequest {
            message: format!(
                "{template}: no value for {}",
                &rest[open..=close.min(rest.len() - 1)]
            ),
        })?;
        if value.is_empty() || *value == "." || *value == ".." {
            return Err(Error::InvalidRequest {
                message: format!("{template}: {value:?} cannot be a path segment"),
            });
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
