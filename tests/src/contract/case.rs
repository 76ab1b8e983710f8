//! One contract test ([`Contract`]): an operation, the values its call uses, and the typed
//! httpmock mock that asserts the wire and checks the decoded answer.

use httpmock::MockServer;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

use super::{Api, FAILURES, JWT, KEY, Op, api_of, declared_accept, encode_segment, failures};

/// One contract test: an operation, the values its call uses, the mock that checks them.
pub struct Contract {
    api: &'static Api,
    op: &'static Op,
    path: Vec<(&'static str, String)>,
    query: Vec<(&'static str, String)>,
    body: Option<Value>,
    /// The server the mock runs on.
    pub server: MockServer,
}

impl Contract {
    /// The operation the contract is for.
    pub fn op(&self) -> &'static Op {
        self.op
    }

    /// A contract for the operation whose `Client` method is `method_name`.
    pub async fn new(method_name: &str) -> Contract {
        let api = api_of(method_name);
        Contract {
            api,
            op: api.op(method_name),
            path: Vec::new(),
            query: Vec::new(),
            body: api.request_body(api.op(method_name)),
            server: MockServer::start_async().await,
        }
    }

    /// The path parameter `name` (as in the spec) is `value`.
    pub fn path(mut self, name: &'static str, value: impl ToString) -> Self {
        self.path.push((name, value.to_string()));
        self
    }

    /// The query parameter `name` (as in the spec) is set to `value`; the others must be absent.
    pub fn query(mut self, name: &'static str, value: impl ToString) -> Self {
        self.query.push((name, value.to_string()));
        self
    }

    /// The request body, typed for the builder's `.body(..)`.
    pub fn body<T: DeserializeOwned>(&self) -> T {
        let body = self.body.clone().expect("the operation takes a body");
        serde_json::from_value(body)
            .unwrap_or_else(|e| panic!("{}: body does not fit its type: {e}", self.op.id))
    }

    /// A client with [`KEY`] and [`JWT`], no retries, talking to the mock server on every
    /// host (the platform's and each data-plane host's).
    pub fn client(&self) -> ampersand_client::Client {
        crate::client(&self.server.base_url())
    }

    /// The expected request path: the template with each parameter percent-encoded.
    pub fn expected_path(&self) -> String {
        let mut path = self.op.path.clone();
        for (name, value) in &self.path {
            path = path.replace(&format!("{{{name}}}"), &encode_segment(value));
        }
        assert!(
            !path.contains('{'),
            "{}: a path parameter is not set: {path}",
            self.op.id
        );
        path
    }

    /// Fills a typed mock's `when`/`then`: exact method, path, query, headers and body, plus
    /// the spec check of every request; answers with the success status and body, which it
    /// returns.
    ///
    /// ```no_run
    /// # async fn f() {
    /// use ampersand_client::mock::MockServerExt;
    /// let c = ampersand_tests::contract::Contract::new("list_projects").await;
    /// let mut sent = None;
    /// let mock = c.server.list_projects(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    /// let result = c.client().list_projects().send().await;
    /// c.check_json(mock, sent, result).await;
    /// # }
    /// ```
    pub fn expect(&self, when: httpmock::When, then: httpmock::Then) -> Option<Value> {
        let (status, body) = self.api.success(self.op);
        let op = self.op;
        let api = self.api;
        let query_names: Vec<String> = op.spec["parameters"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|p| self.api.resolve(p))
            .filter(|p| p["in"] == "query")
            .filter_map(|p| p["name"].as_str().map(str::to_string))
            .collect();
        // the credential the spec's security asks for, and no other
        let when = match self.api.credential(op) {
            Some("APIKeyHeader") => when
                .header("x-api-key", KEY)
                .header_missing("authorization"),
            Some("Bearer") => when
                .header("authorization", format!("Bearer {JWT}"))
                .header_missing("x-api-key"),
            _ => when
                .header_missing("x-api-key")
                .header_missing("authorization"),
        };
        let accept = declared_accept(op);
        // (an operation that declares no media type gets reqwest's `*/*`)
        let when = if accept.is_empty() {
            when
        } else {
            when.header("accept", accept)
        };
        // the API's version, as its spec states it, on every request
        let mut when = when
            .header("api-version", api.version())
            .method(op.method.as_str())
            .path(self.expected_path())
            .is_true(move |req| match api.check_request(op, req) {
                Ok(()) => true,
                Err(problems) => {
                    let line = format!("{}: {}", op.id, problems.join("; "));
                    FAILURES.lock().unwrap().push(line);
                    false
                }
            });
        for name in &query_names {
            when = match self.query.iter().find(|(n, _)| n == name) {
                Some((_, value)) => when.query_param(name, value),
                None => when.query_param_missing(name),
            };
        }
        if let Some(intended) = self.body.clone() {
            let schema = self.api.request_schema(op).cloned().unwrap_or(json!({}));
            when.header("content-type", "application/json")
                .is_true(move |req| {
                    let wire: Value = serde_json::from_slice(req.body_ref()).unwrap_or(Value::Null);
                    match api.contains(&wire, &intended, &schema, true, String::new()) {
                        Ok(()) => true,
                        Err(path) => {
                            let line = format!("{}: body differs at {path}: sent {wire}", op.id);
                            FAILURES.lock().unwrap().push(line);
                            false
                        }
                    }
                });
        }
        let then = then.status(status);
        if let Some((media, body)) = &body {
            if media == "application/json" {
                // as a newer server answers: a field more in every object
                let newer = self
                    .api
                    .with_newer_fields(body, &self.api.success_schema(op));
                then.header("content-type", media).json_body(newer);
            } else {
                then.header("content-type", media)
                    .body(body.as_str().unwrap_or_default());
            }
        }
        body.map(|(_, b)| b)
    }

    /// Asserts the call matched the mock once and decoded to what was sent (every field sent
    /// is in the decoded value; timestamps compared as instants).
    pub async fn check_json<T: Serialize>(
        &self,
        mock: httpmock::Mock<'_>,
        sent: Option<Value>,
        result: Result<ampersand_client::ResponseValue<T>, ampersand_client::Error>,
    ) {
        let response = self.unwrap(&mock, result);
        let decoded = serde_json::to_value(response.into_inner()).expect("serialises");
        let sent = sent.expect("a JSON body was sent");
        let schema = self.api.success_schema(self.op);
        if let Err(path) = self
            .api
            .contains(&decoded, &sent, &schema, false, String::new())
        {
            panic!(
                "{}: decoded differs at {path}\nsent: {sent}\ndecoded: {decoded}",
                self.op.id
            );
        }
    }

    /// Asserts the call matched the mock once and its answer has no body.
    pub async fn check_empty(
        &self,
        mock: httpmock::Mock<'_>,
        result: Result<ampersand_client::ResponseValue<()>, ampersand_client::Error>,
    ) {
        let response = self.unwrap(&mock, result);
        assert_eq!(response.status().as_u16(), self.api.success(self.op).0);
    }

    /// Asserts the call matched the mock once and its text body, typed `String`, is what was
    /// sent.
    pub async fn check_text(
        &self,
        mock: httpmock::Mock<'_>,
        sent: Option<Value>,
        result: Result<ampersand_client::ResponseValue<String>, ampersand_client::Error>,
    ) {
        let response = self.unwrap(&mock, result);
        assert_eq!(Some(Value::String(response.into_inner())), sent);
    }

    fn unwrap<T>(
        &self,
        mock: &httpmock::Mock<'_>,
        result: Result<ampersand_client::ResponseValue<T>, ampersand_client::Error>,
    ) -> ampersand_client::ResponseValue<T> {
        let failures = failures(&self.op.id);
        assert!(
            failures.is_empty(),
            "the request does not conform to the spec:\n{}",
            failures.join("\n")
        );
        let response = result.unwrap_or_else(|e| panic!("{} failed: {e:?}", self.op.id));
        mock.assert();
        response
    }
}
