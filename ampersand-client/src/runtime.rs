//! What progenitor's generated operations call: the names its output imports from
//! `progenitor_client` resolve here (see ampersand-codegen's `runtime` pass), so that every
//! `send()`, as progenitor writes it, goes through the one request path and returns the one
//! [`crate::Error`]:
//!
//! - `client.exec(|| { …; Ok(request) }, &info)` (the request made by a closure, see the
//!   pass's `build.rs`) is [`ClientHooks::exec`]: [`crate::call`], which sends what the closure
//!   makes, makes it again for a retry or a redirect, and reads the response whole
//!   (credentials, timeouts, retries, redirects, size limit, tracing);
//! - `ResponseValue::from_response(response)` decodes a success into [`ResponseValue`], and an
//!   error status into the [`crate::Error`] of [`crate::decode`];
//! - `Error::InvalidRequest`, `Error::ErrorResponse` and `Error::UnexpectedResponse` make
//!   [`crate::Error`]s.

use std::fmt;
use std::future::Future;

use reqwest::StatusCode;
use reqwest::header::{HeaderMap, HeaderValue};
use serde::de::DeserializeOwned;

use crate::OperationMeta;
use crate::call::Exchange;

pub(crate) use crate::base_url::BaseUrl;
pub(crate) use crate::path::encode_path;
pub use progenitor_client::{ByteStream, ClientInfo};

/// What the generated operations call on a request builder besides reqwest's own methods.
pub(crate) trait RequestBuilderExt: Sized {
    /// A query parameter (progenitor's `QueryParam`), as reqwest's `query` adds it; an unset
    /// optional one adds nothing and leaves the URL as it is (reqwest's `query` takes the
    /// URL apart and puts it together again even to add nothing).
    fn query_param<T: serde::Serialize + ?Sized>(self, param: &T) -> Self;
}

impl RequestBuilderExt for reqwest::RequestBuilder {
    fn query_param<T: serde::Serialize + ?Sized>(self, param: &T) -> Self {
        match serde_urlencoded::to_string(param) {
            Ok(pairs) if pairs.is_empty() => self,
            // a parameter to add, or one that does not serialize: reqwest's `query` keeps the
            // error for `build()`
            _ => self.query(param),
        }
    }
}

/// What a generated `send()` tells its hooks of the call: progenitor's `OperationInfo`, with
/// the operation's facts (the runtime pass adds `operation` and the two header values), so that
/// the request path has them without a lookup by name or a check of a header value per call.
#[derive(Debug, Clone)]
pub(crate) struct OperationInfo {
    /// The `Client` method (`list_installations`), as progenitor names it.
    pub(crate) operation_id: &'static str,
    /// The operation, in its module's `OPERATIONS`.
    pub(crate) operation: &'static OperationMeta,
    /// Its [`OperationMeta::accept`] as a header value, made at compile time.
    pub(crate) accept: HeaderValue,
    /// Its API's version (the spec's `info.version`), sent in `api-version`, made at compile
    /// time.
    pub(crate) api_version: HeaderValue,
}

/// The hook every generated `send()` calls with its request. Progenitor's `send()` calls
/// `pre`, `exec` and `post` in turn; the runtime pass checks that it does, and keeps `exec`
/// alone (the other two would do nothing, and `pre`'s borrow of the request would keep it in
/// the `send()` future while the call runs).
pub(crate) trait ClientHooks<I>: ClientInfo<I> {
    /// Sends the request `build` makes through the request path and reads the response whole;
    /// `build` makes it again for a retry or a redirect (see [`crate::call::Build`]). The
    /// future borrows the client, `build` and `info`.
    fn exec<'a, B: crate::call::Build + 'a>(
        &'a self,
        build: B,
        info: &'a OperationInfo,
    ) -> impl Future<Output = Result<Exchange, crate::Error>> + use<'a, Self, I, B>;
}

/// Runs a generated `send()` body for `operation`: an error it returns before anything was
/// sent (a parameter left unset, a request that does not build) names the operation too. A
/// combinator rather than an `async fn`, which would hold the body twice (as its argument and
/// as the future it awaits) and make every `send()` future twice its size.
pub(crate) fn operation<T>(
    operation: &'static OperationMeta,
    send: impl Future<Output = Result<T, crate::Error>>,
) -> impl Future<Output = Result<T, crate::Error>> {
    use futures_util::TryFutureExt;
    send.map_err(move |e| e.for_operation(Some(operation)))
}

/// The future of a `send()` refused before anything was sent (a parameter left unset, or a
/// body that does not convert): the error alone, whatever the size of the answer it stands in
/// for (`std::future::Ready` of the result would be as large as the answer).
pub(crate) struct Refused<T>(Option<crate::Error>, std::marker::PhantomData<fn() -> T>);

impl<T> Refused<T> {
    pub(crate) fn new(error: crate::Error) -> Self {
        Refused(Some(error), std::marker::PhantomData)
    }
}

impl<T> Future for Refused<T> {
    type Output = Result<T, crate::Error>;

    fn poll(
        mut self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Self::Output> {
        std::task::Poll::Ready(Err(self
            .0
            .take()
            .expect("`Refused` polled after it was ready")))
    }
}

/// The constructors of errors progenitor's operations call, each making the one
/// [`crate::Error`].
pub(crate) struct Error;

#[allow(non_snake_case)]
impl Error {
    /// A parameter that is unset, or does not convert.
    pub(crate) fn InvalidRequest(message: String) -> crate::Error {
        crate::Error::invalid_request(message)
    }

    /// A declared error status (progenitor writes
    /// `Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))`, the
    /// `.await` dropped by the generator):
    /// `from_response` returns the error of every status but a success itself, through `?`,
    /// and the preparation step declares errors on 4xx and 5xx only (`default` becomes
    /// `4XX`/`5XX`), so nothing is decoded for this; were it reached, the answer was unexpected.
    pub(crate) fn ErrorResponse(value: ResponseValue<serde::de::IgnoredAny>) -> crate::Error {
        crate::decode::unexpected(value.exchange_facts())
    }

    /// A status the operation does not declare: still the service's error for a 4xx or 5xx
    /// (its problem decoded), a redirect not followed says why, anything else is unexpected.
    pub(crate) fn UnexpectedResponse(exchange: Exchange) -> crate::Error {
        crate::decode::failure(exchange)
    }
}

/// A successful response: its decoded body, with the status, the headers as received and
/// what the request path knows of the call. Derefs to the body.
pub struct ResponseValue<T> {
    inner: T,
    status: StatusCode,
    headers: HeaderMap,
    attempts: u32,
    operation: Option<&'static OperationMeta>,
}

impl<T: DeserializeOwned> ResponseValue<T> {
    /// Decodes a success body into `T`; any other status is the error
    /// [`crate::decode::failure`] makes of it. Progenitor's `send()` awaits it; the generator
    /// calls it instead (the body was read whole), so that no state of the `send()` future
    /// holds the answer (`passes::runtime::answer` in ampersand-codegen).
    pub(crate) fn from_response(exchange: Exchange) -> Result<Self, crate::Error> {
        if !exchange.status.is_success() || exchange.redirect.is_some() {
            return Err(crate::decode::failure(exchange));
        }
        let inner = crate::decode::success(&exchange)?;
        Ok(Self::of(inner, exchange))
    }
}

impl ResponseValue<()> {
    /// A success without a body.
    pub(crate) fn empty(exchange: Exchange) -> Self {
        Self::of((), exchange)
    }
}

impl ResponseValue<String> {
    /// A success whose body is text (`text/plain`: oauthConnect's URL), as a `String`. The
    /// request path has read it within the size limit and refused one that is not UTF-8
    /// (a `Decode` error, see [`crate::OperationMeta::text`]).
    pub(crate) fn stream(mut exchange: Exchange) -> Self {
        let body = std::mem::take(&mut exchange.body);
        let text = match String::from_utf8(body.to_vec()) {
            Ok(text) => text,
            // not reached for an operation whose meta says text; kept whole where it is not
            Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        };
        Self::of(text, exchange)
    }
}

impl<T> ResponseValue<T> {
    fn of(inner: T, exchange: Exchange) -> Self {
        ResponseValue {
            inner,
            status: exchange.status,
            headers: exchange.headers,
            attempts: exchange.attempts,
            operation: exchange.operation,
        }
    }

    /// What the response was, without its body (for an error made from it).
    fn exchange_facts(self) -> Exchange {
        Exchange {
            status: self.status,
            headers: self.headers,
            body: bytes::Bytes::new(),
            operation: self.operation,
            attempts: self.attempts,
            redirect: None,
            retry_after: None,
            known: std::sync::Arc::default(),
            parsed: None,
        }
    }

    /// The body.
    pub fn into_inner(self) -> T {
        self.inner
    }

    /// The status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The headers, as received.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// Attempts made: the first and each retry, counting one each (a same-origin redirect
    /// followed within an attempt is part of it).
    pub fn attempts(&self) -> u32 {
        self.attempts
    }

    /// The operation called.
    pub fn operation(&self) -> Option<&'static OperationMeta> {
        self.operation
    }

    /// The request id the service gave (its `x-request-id` header).
    pub fn request_id(&self) -> Option<&str> {
        crate::call::request_id(&self.headers)
    }

    /// The body, and the response without it (its status, headers and facts), to make an
    /// error of later ([`ResponseValue::misfit`]).
    pub fn into_parts(self) -> (T, ResponseValue<()>) {
        let ResponseValue {
            inner,
            status,
            headers,
            attempts,
            operation,
        } = self;
        let rest = ResponseValue {
            inner: (),
            status,
            headers,
            attempts,
            operation,
        };
        (inner, rest)
    }

    /// An [`ErrorKind::Decode`](crate::ErrorKind::Decode) error with this response's facts
    /// (operation, status, headers, request id, attempts): a success whose body decoded but
    /// does not fit what the caller can use (`message` says how).
    pub fn misfit(&self, message: impl Into<String>) -> crate::Error {
        crate::Error::of_response(
            crate::ErrorKind::Decode,
            message,
            self.operation,
            self.attempts,
            self.status,
            &self.headers,
        )
    }

    /// The same response with its body mapped.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> ResponseValue<U> {
        ResponseValue {
            inner: f(self.inner),
            status: self.status,
            headers: self.headers,
            attempts: self.attempts,
            operation: self.operation,
        }
    }
}

impl<T> std::ops::Deref for ResponseValue<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.inner
    }
}

impl<T> std::ops::DerefMut for ResponseValue<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.inner
    }
}

impl<T: fmt::Debug> fmt::Debug for ResponseValue<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ResponseValue")
            .field("status", &self.status)
            .field("operation", &self.operation.map(|o| o.id))
            .field("attempts", &self.attempts)
            .field("inner", &self.inner)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::RequestBuilderExt;
    use progenitor_client::QueryParam;

    fn url(group_ref: Option<&str>, limit: Option<u32>) -> String {
        crate::call::http_client()
            .get("http://127.0.0.1:1/installations")
            .query_param(&QueryParam::new("groupRef", &group_ref))
            .query_param(&QueryParam::new("pageSize", &limit))
            .build()
            .unwrap()
            .url()
            .to_string()
    }

    #[test]
    fn an_unset_query_parameter_adds_nothing_and_a_set_one_is_written_as_reqwest_writes_it() {
        assert_eq!(url(None, None), "http://127.0.0.1:1/installations");
        assert_eq!(
            url(Some("a b&c"), None),
            "http://127.0.0.1:1/installations?groupRef=a+b%26c"
        );
        assert_eq!(
            url(None, Some(5)),
            "http://127.0.0.1:1/installations?pageSize=5"
        );
        assert_eq!(
            url(Some("g"), Some(5)),
            "http://127.0.0.1:1/installations?groupRef=g&pageSize=5"
        );
    }
}
