//! Serving: each connection with hyper, each request first offered to the faults waiting for
//! its operation, then routed by the spec, its credentials, query and body checked, and
//! answered by its operation's handler (a read beside other reads, a change alone).

use std::sync::Arc;

use axum::http::{HeaderMap, Method, Uri};
use axum::response::{IntoResponse, Response};
use tokio::sync::oneshot;

use crate::shared::Shared;
use crate::{fault, handlers, problem, route, spec, state};

/// Serves `app` on `listener` until `stopped`: each connection with hyper, each request first
/// offered to the faults waiting for its operation.
pub(crate) async fn serve(
    listener: tokio::net::TcpListener,
    app: axum::Router,
    shared: Arc<Shared>,
    mut stopped: oneshot::Receiver<()>,
) {
    use hyper_util::rt::{TokioExecutor, TokioIo};
    use tower::ServiceExt;
    loop {
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(e) => {
                    tracing::warn!("accept: {e}");
                    continue;
                }
            },
            _ = &mut stopped => return,
        };
        let app = app.clone();
        let shared = shared.clone();
        tokio::spawn(async move {
            let service = hyper::service::service_fn(
                move |request: hyper::Request<hyper::body::Incoming>| {
                    let app = app.clone();
                    let shared = shared.clone();
                    async move {
                        // the operation is found here only when a fault waits: else once, by
                        // `dispatch`
                        let found = match shared.faults_waiting() {
                            true => route::find(request.method(), request.uri().path()),
                            false => route::Found::Nothing,
                        };
                        if let route::Found::Operation(op, _) = found
                            && let Some(fault) = shared.take_fault(op.id)
                        {
                            match fault.strike(op.id).await {
                                fault::Outcome::Answer(response) => {
                                    let response = match spec::op(op.id) {
                                        Some(facts) => facts.as_declared(response),
                                        None => response,
                                    };
                                    tracing::info!(
                                        "{} {} -> {} (a fault)",
                                        request.method(),
                                        request.uri().path(),
                                        response.status().as_u16()
                                    );
                                    return Ok(response);
                                }
                                fault::Outcome::Drop => {
                                    tracing::info!(
                                        "{} {} -> dropped (a fault)",
                                        request.method(),
                                        request.uri().path()
                                    );
                                    return Err(std::io::Error::other("dropped by a fault"));
                                }
                                fault::Outcome::Proceed => {}
                            }
                        }
                        // the fake's own endpoints through their router; the operations
                        // straight to `dispatch`
                        let response = match request.uri().path().starts_with(OWN_PATHS) {
                            true => app
                                .oneshot(request.map(axum::body::Body::new))
                                .await
                                .unwrap_or_else(|never| match never {}),
                            false => answer(&shared, request).await,
                        };
                        Ok::<_, std::io::Error>(response)
                    }
                },
            );
            let _ = hyper_util::server::conn::auto::Builder::new(TokioExecutor::new())
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}

/// Where the fake's own endpoints are (`admin`); no operation of the spec is under it.
pub(crate) const OWN_PATHS: &str = "/_fake/";

/// The largest request body the fake reads, in bytes (axum's default): a larger one is
/// refused with a 413 problem, unread and changing nothing. The service takes at most 100
/// records a write.
pub const BODY_LIMIT: usize = 2 * 1024 * 1024;

/// A request to an operation: its body read (within [`BODY_LIMIT`]), then [`dispatch`]ed;
/// logged with its status.
async fn answer(shared: &Arc<Shared>, request: hyper::Request<hyper::body::Incoming>) -> Response {
    use http_body_util::LengthLimitError;
    let (parts, body) = request.into_parts();
    let response = match read(body).await {
        Ok(body) => dispatch(shared, &parts.method, &parts.uri, &parts.headers, &body).await,
        Err(e) if e.is::<LengthLimitError>() => problem::too_large(BODY_LIMIT).into_response(),
        Err(e) => {
            problem::invalid_body("body", format!("cannot read the body: {e}")).into_response()
        }
    };
    let status = response.status().as_u16();
    tracing::info!("{} {} -> {status}", parts.method, parts.uri.path());
    response
}

/// A request's body, read within [`BODY_LIMIT`]: a body of one frame (as most are) as it
/// came, one of more frames joined.
async fn read(
    body: hyper::body::Incoming,
) -> Result<hyper::body::Bytes, Box<dyn std::error::Error + Send + Sync>> {
    use http_body_util::{BodyExt, Limited};
    let mut body = Limited::new(body, BODY_LIMIT);
    let (mut first, mut joined) = (None, Vec::new());
    while let Some(frame) = body.frame().await {
        // trailers carry nothing an operation reads
        let Ok(data) = frame?.into_data() else {
            continue;
        };
        match first.take() {
            None if joined.is_empty() => first = Some(data),
            earlier => {
                joined.extend_from_slice(&earlier.unwrap_or_default());
                joined.extend_from_slice(&data);
            }
        }
    }
    Ok(first.unwrap_or_else(|| joined.into()))
}

/// A request, its body read: its operation by method and path, its credentials, its query
/// and body checked against the spec, then the operation; the answer in the media type the
/// spec declares for its status.
async fn dispatch(
    shared: &Arc<Shared>,
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
    body: &[u8],
) -> Response {
    match route::find(method, uri.path()) {
        route::Found::Operation(op, params) => {
            let facts = spec::op(op.id);
            let query = uri.query();
            let response = operation(shared, (op, facts), params, query, headers, body).await;
            match facts {
                Some(facts) => facts.as_declared(response),
                None => response,
            }
        }
        route::Found::WrongMethod(allowed) => {
            problem::wrong_method(method, uri.path(), &allowed).into_response()
        }
        route::Found::Nothing => problem::no_such_path(uri.path()).into_response(),
    }
}

/// One operation's answer (`facts` its spec's, when it has them), and what it sets off.
async fn operation(
    shared: &Arc<Shared>,
    (op, facts): (&'static ampersand_client::OperationMeta, Option<&spec::Op>),
    params: route::Params,
    query: Option<&str>,
    headers: &HeaderMap,
    body: &[u8],
) -> Response {
    let options = &shared.options;
    if let Err(refusal) = route::authorized(op, headers, &options.api_key, &options.jwt) {
        // else an API key the fake made (createApiKey), active, of the project named
        let made = match route::api_key(op, headers) {
            Some(key) => {
                let project = params
                    .iter()
                    .find(|(n, _)| *n == "projectIdOrName")
                    .map(|(_, v)| v.as_str());
                shared.state.read().await.accepts_api_key(key, project)
            }
            None => false,
        };
        if !made {
            return refusal.into_response();
        }
    }
    let modelled = handlers::Op::of(op.id).and_then(handlers::handler);
    let Some(facts) = facts.filter(|_| modelled.is_some()) else {
        return problem::not_modelled(op).into_response();
    };
    let checked = facts
        .check_query(&spec::parse_query(query))
        .and_then(|query| Ok((query, facts.check_body(body)?)));
    let (query, body) = match checked {
        Ok(checked) => checked,
        Err(refusal) => return refusal.into_response(),
    };
    let request = Request {
        op,
        params,
        query,
        body,
        webhook_secret: &options.webhook_secret,
        origin: &shared.origin,
    };
    match modelled {
        // an operation that changes nothing: beside the other reads, after the changes before
        Some(handlers::Handler::Read(read)) => {
            let state = shared.state.read().await;
            state::respond(read(&state, &request))
        }
        Some(handlers::Handler::Write(write)) => {
            let mut effects = state::Effects::default();
            let mut state = shared.state.write().await;
            let response = state::respond(write(&mut state, &request, &mut effects));
            if let Err(refused) = shared.save(state).await {
                return refused;
            }
            shared.after(effects);
            response
        }
        None => problem::not_modelled(op).into_response(),
    }
}

/// One request, routed.
pub(crate) struct Request<'a> {
    pub(crate) op: &'static ampersand_client::OperationMeta,
    pub(crate) params: route::Params,
    /// The query parameters the spec declares, typed by their schemas.
    pub(crate) query: serde_json::Map<String, serde_json::Value>,
    /// The body, checked against the operation's schema (`null` when there is none).
    pub(crate) body: serde_json::Value,
    /// The signing key of the webhook destinations created.
    pub(crate) webhook_secret: &'a str,
    /// `http://` and the fake's address (for the URLs it gives).
    pub(crate) origin: &'a str,
}

impl Request<'_> {
    /// The path parameter `name`, or the one a newer spec renamed it to by widening it
    /// (`integrationId` read as `integrationIdOrName`, and the other way round).
    pub(crate) fn param(&self, name: &str) -> &str {
        let stem = |n: &str| n.strip_suffix("OrName").unwrap_or(n).to_string();
        let exact = self.params.iter().find(|(n, _)| *n == name);
        exact
            .or_else(|| self.params.iter().find(|(n, _)| stem(n) == stem(name)))
            .map(|(_, v)| v.as_str())
            .unwrap_or_default()
    }

    /// Whether the boolean query parameter `name` is given as `true`.
    pub(crate) fn query_bool(&self, name: &str) -> bool {
        self.query.get(name).and_then(serde_json::Value::as_bool) == Some(true)
    }

    /// The query parameter `name` as text, if given.
    pub(crate) fn query_str(&self, name: &str) -> Option<&str> {
        self.query.get(name).and_then(serde_json::Value::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::DEFAULT_WEBHOOK_SECRET;
    use ampersand_client::Host;

    #[test]
    fn a_path_parameter_is_found_under_its_widened_name() {
        let op = &Host::Platform.operations()[0];
        let request = Request {
            op,
            params: vec![
                ("integrationIdOrName", "crm".into()),
                ("projectIdOrName", "p".into()),
            ],
            query: Default::default(),
            body: serde_json::Value::Null,
            webhook_secret: DEFAULT_WEBHOOK_SECRET,
            origin: "http://127.0.0.1:1",
        };
        assert_eq!(request.param("integrationId"), "crm");
        assert_eq!(request.param("integrationIdOrName"), "crm");
        assert_eq!(request.param("projectIdOrName"), "p");
        assert_eq!(request.param("installationId"), "");
    }
}

#[cfg(test)]
mod concurrency {
    use crate::{DEFAULT_API_KEY, DEFAULT_JWT, Fake, Options};

    #[tokio::test]
    async fn reads_run_beside_a_read_and_a_change_waits_for_it() {
        let fake = Fake::start(Options::new()).await.unwrap();
        ampersand_client::install_ring_provider();
        let http = reqwest::Client::new();
        let url = format!(
            "{}/projects",
            fake.base_url(ampersand_client::Host::Platform)
        );
        let signed = |request: reqwest::RequestBuilder| {
            request
                .header("x-api-key", DEFAULT_API_KEY)
                .bearer_auth(DEFAULT_JWT)
        };
        let held = fake.shared.state.read().await;
        // a list answers while the state is read elsewhere (a lock taken whole would hang here,
        // until this bound)
        let list = signed(http.get(&url)).send();
        let listed = tokio::time::timeout(std::time::Duration::from_secs(60), list)
            .await
            .expect("a read waited for another read")
            .unwrap();
        assert_eq!(listed.status(), 200);
        // a change waits until that read is done
        let bodies = concat!(env!("CARGO_MANIFEST_DIR"), "/openapi");
        let bodies = ampersand_spec::RequestBodies::load(bodies).unwrap();
        let body = bodies.complete("createProject", serde_json::json!({}));
        let create = tokio::spawn(signed(http.post(&url)).json(&body).send());
        for _ in 0..200 {
            tokio::task::yield_now().await;
        }
        if create.is_finished() {
            panic!("a change went on beside a read: {:?}", create.await);
        }
        drop(held);
        assert_eq!(create.await.unwrap().unwrap().status(), 201);
    }
}
