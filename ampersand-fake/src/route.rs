//! Routing by the spec's own operation table: a request's host by its path prefix, then the
//! operation whose method and path template match; and the credentials its `security` asks.

use ampersand_client::{CredentialKind, Host, OperationMeta};
use axum::http::{HeaderMap, Method};

use crate::problem::{self, Problem};

/// Where `host` is served on the fake's port: `/v1` for the platform API, `/{name}/v1` for a
/// data-plane API (`/write/v1`).
pub fn prefix(host: Host) -> String {
    match host {
        Host::Platform => "/v1".to_string(),
        other => format!("/{}/v1", other.name()),
    }
}

/// A request's path parameters, by the template's names, decoded.
pub(crate) type Params = Vec<(&'static str, String)>;

/// What a path is.
pub(crate) enum Found {
    /// An operation, with its path parameters.
    Operation(&'static OperationMeta, Params),
    /// A path of the spec, but not with this method: the methods it has.
    WrongMethod(Vec<&'static str>),
    /// No operation's path.
    Nothing,
}

/// The operation of `method` and `path` on any host.
pub(crate) fn find(method: &Method, path: &str) -> Found {
    let mut methods = Vec::new();
    // the most specific template wins: `{connectionId}:oauth-update` over `{connectionId}`
    let mut best: Option<(usize, &'static OperationMeta, Params)> = None;
    for host in Host::ALL {
        let Some(rest) = path.strip_prefix(&prefix(*host)) else {
            continue;
        };
        if !rest.starts_with('/') {
            continue;
        }
        for op in host.operations() {
            if let Some(params) = matches(op.path, rest) {
                if op.method != method.as_str() {
                    methods.push(op.method);
                    continue;
                }
                let literal = literal_len(op.path);
                if best.as_ref().is_none_or(|(l, _, _)| literal > *l) {
                    best = Some((literal, op, params));
                }
            }
        }
    }
    match best {
        Some((_, op, params)) => Found::Operation(op, params),
        None if methods.is_empty() => Found::Nothing,
        None => Found::WrongMethod(methods),
    }
}

/// The characters of a template outside its `{parameters}`.
fn literal_len(template: &str) -> usize {
    let mut depth = 0usize;
    template
        .chars()
        .filter(|c| {
            match c {
                '{' => depth += 1,
                '}' => depth = depth.saturating_sub(1),
                _ => return depth == 0,
            }
            false
        })
        .count()
}

/// The parameters of `path` if it fits `template` (`/projects/{projectIdOrName}`, a segment
/// may end with a custom verb: `{connectionId}:oauth-update`, `integrations:batch`).
fn matches(template: &'static str, path: &str) -> Option<Params> {
    let wanted: Vec<&'static str> = template.trim_start_matches('/').split('/').collect();
    let got: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    if wanted.len() != got.len() {
        return None;
    }
    let mut params = Vec::new();
    for (w, g) in wanted.iter().zip(&got) {
        match w.strip_prefix('{').and_then(|w| w.split_once('}')) {
            Some((name, verb)) => {
                let value = g.strip_suffix(verb)?;
                if value.is_empty() {
                    return None;
                }
                let value = percent_encoding::percent_decode_str(value)
                    .decode_utf8()
                    .ok()?
                    .into_owned();
                params.push((name, value));
            }
            None if w == g => {}
            None => return None,
        }
    }
    Some(params)
}

/// Whether the request carries a credential `op` accepts, with the fake's value: the API key
/// as `X-Api-Key`, the JWT as `Authorization: Bearer`. An operation that asks for none passes.
pub(crate) fn authorized(
    op: &'static OperationMeta,
    headers: &HeaderMap,
    api_key: &str,
    jwt: &str,
) -> Result<(), Problem> {
    if op.auth.is_empty() {
        return Ok(());
    }
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let ok = op.auth.iter().any(|kind| match kind {
        CredentialKind::ApiKey => header("x-api-key") == Some(api_key),
        CredentialKind::Bearer => header("authorization")
            .and_then(|v| v.strip_prefix("Bearer "))
            .is_some_and(|token| token == jwt),
        _ => false,
    });
    if ok {
        Ok(())
    } else {
        Err(problem::unauthorized(op))
    }
}

/// The `X-Api-Key` of a request for `op`, when `op` accepts an API key.
pub(crate) fn api_key<'h>(op: &OperationMeta, headers: &'h HeaderMap) -> Option<&'h str> {
    if !op.auth.contains(&CredentialKind::ApiKey) {
        return None;
    }
    headers.get("x-api-key").and_then(|v| v.to_str().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_match_with_their_parameters_and_verbs() {
        let p = matches("/projects/{projectIdOrName}", "/projects/my%20p").unwrap();
        assert_eq!(p, [("projectIdOrName", "my p".to_string())]);
        assert!(matches("/projects/{projectIdOrName}", "/projects/").is_none());
        assert!(matches("/projects/{projectIdOrName}", "/projects/a/b").is_none());
        let p = matches(
            "/projects/{projectIdOrName}/connections/{connectionId}:oauth-update",
            "/projects/p/connections/c1:oauth-update",
        )
        .unwrap();
        assert_eq!(p[1], ("connectionId", "c1".to_string()));
        assert!(matches(
            "/projects/{p}/integrations:batch",
            "/projects/p/integrations"
        )
        .is_none());
        assert!(matches(
            "/projects/{p}/integrations:batch",
            "/projects/p/integrations:batch"
        )
        .is_some());
        assert_eq!(literal_len("/a/{b}:verb"), "/a/:verb".len());
    }

    #[test]
    fn a_verb_routes_to_its_own_operation() {
        let Found::Operation(op, params) =
            find(&Method::PATCH, "/v1/projects/p/connections/c:oauth-update")
        else {
            panic!("not routed")
        };
        assert!(op.path.ends_with(":oauth-update"), "{}", op.path);
        assert_eq!(params[1].1, "c");
    }
}
