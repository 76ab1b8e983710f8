//! Error bodies that are not problem documents (an HTML page from a proxy, an empty body, a
//! truncated JSON) are wrapped into one before the generated code decodes them, so every 4xx
//! and 5xx surfaces as a typed `Error::ErrorResponse` with its real status and headers, and
//! nothing the server sent is lost: the original text is in the problem's `context.body`.

use serde_json::{json, Value};

use crate::context::CallContext;

/// The `context` key holding the original body of a wrapped error response.
///
/// ```
/// assert_eq!(ampersand_client::problem::ORIGINAL_BODY, "body");
/// ```
pub const ORIGINAL_BODY: &str = "body";
/// The `context` key holding the original `Content-Type` of a wrapped error response.
///
/// ```
/// assert_eq!(ampersand_client::problem::ORIGINAL_CONTENT_TYPE, "contentType");
/// ```
pub const ORIGINAL_CONTENT_TYPE: &str = "contentType";

/// Returns `response` unchanged unless it is a 4xx/5xx: then the call's context goes into
/// its headers, and a body that is not a JSON object is replaced by a problem document
/// carrying the original text.
pub(crate) async fn normalize(
    response: reqwest::Response,
    context: Option<CallContext>,
) -> reqwest::Result<reqwest::Response> {
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return Ok(response);
    }
    let extensions = response.extensions().clone();
    let version = response.version();
    let mut headers = response.headers().clone();
    let body = response.bytes().await?;
    let body = if matches!(serde_json::from_slice::<Value>(&body), Ok(Value::Object(_))) {
        body
    } else {
        let content_type = headers
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string();
        headers.insert(
            reqwest::header::CONTENT_TYPE,
            reqwest::header::HeaderValue::from_static("application/problem+json"),
        );
        wrap(status, &content_type, &body).into()
    };
    headers.remove(reqwest::header::CONTENT_LENGTH);
    if let Some(context) = context {
        context.write_headers(&mut headers);
    }
    let mut rebuilt = http::Response::new(body);
    *rebuilt.extensions_mut() = extensions;
    *rebuilt.status_mut() = status;
    *rebuilt.version_mut() = version;
    *rebuilt.headers_mut() = headers;
    Ok(reqwest::Response::from(rebuilt))
}

/// The problem document standing in for a body that is not one.
fn wrap(status: reqwest::StatusCode, content_type: &str, body: &[u8]) -> Vec<u8> {
    let kind = if body.is_empty() {
        "an empty body".to_string()
    } else if content_type.is_empty() {
        "a body that is not a problem document".to_string()
    } else {
        format!("a {content_type} body that is not a problem document")
    };
    let problem = json!({
        "title": status.canonical_reason().unwrap_or("Error"),
        "status": status.as_u16(),
        "detail": format!("the server answered {} with {kind}", status.as_u16()),
        "context": {
            ORIGINAL_CONTENT_TYPE: content_type,
            ORIGINAL_BODY: String::from_utf8_lossy(body),
        },
    });
    serde_json::to_vec(&problem).expect("a JSON value serialises")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_wrapped_with_its_text() {
        let body = wrap(
            reqwest::StatusCode::BAD_GATEWAY,
            "text/html",
            b"<html>bad gateway</html>",
        );
        let v: Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(v["status"], 502);
        assert_eq!(v["title"], "Bad Gateway");
        assert_eq!(
            v["detail"],
            "the server answered 502 with a text/html body that is not a problem document"
        );
        assert_eq!(v["context"]["body"], "<html>bad gateway</html>");
        assert_eq!(v["context"]["contentType"], "text/html");
    }

    #[test]
    fn an_empty_body_says_so() {
        let v: Value =
            serde_json::from_slice(&wrap(reqwest::StatusCode::NOT_FOUND, "", b"")).unwrap();
        assert_eq!(v["detail"], "the server answered 404 with an empty body");
    }
}
