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
    for (prefix, by_length) in routes() {
        let Some(rest) = path
            .strip_prefix(prefix.as_str())
            .and_then(|rest| rest.strip_prefix('/'))
        else {
            continue;
        };
        let mut segments = [""; LONGEST];
        let Some(got) = split(rest, &mut segments) else {
            // longer than any template
            continue;
        };
        let fitting = || {
            let routes = by_length.get(got.len()).into_iter().flatten();
            routes.filter(|route| route.fits(got))
        };
        // the most specific template wins: `{connectionId}:oauth-update` over `{connectionId}`
        let best = fitting()
            .filter(|route| route.op.method == method.as_str())
            .reduce(|best, route| match route.literal > best.literal {
                true => route,
                false => best,
            });
        if let Some(route) = best {
            return match route.params(got) {
                Some(params) => Found::Operation(route.op, params),
                None => Found::Nothing,
            };
        }
        // the methods the path has, looked for only when none is the request's
        methods.extend(fitting().map(|route| route.op.method));
    }
    match methods.is_empty() {
        true => Found::Nothing,
        false => Found::WrongMethod(methods),
    }
}

/// More segments than any template of the spec has (`/projects/{p}/integrations/{i}/…`).
const LONGEST: usize = 16;

/// `rest`'s segments, in `segments`; `None` when it has more than it holds.
fn split<'a, 'p>(rest: &'p str, segments: &'a mut [&'p str; LONGEST]) -> Option<&'a [&'p str]> {
    let mut count = 0;
    for segment in rest.split('/') {
        *segments.get_mut(count)? = segment;
        count += 1;
    }
    Some(&segments[..count])
}

/// One operation's path template, split once.
struct Route {
    op: &'static OperationMeta,
    segments: Vec<Segment>,
    /// The characters of the template outside its `{parameters}`: the more, the more specific.
    literal: usize,
}

/// A segment of a template: a literal, or a parameter with the custom verb after it
/// (`{connectionId}:oauth-update`).
enum Segment {
    Literal(&'static str),
    Param {
        name: &'static str,
        verb: &'static str,
    },
}

/// Each host's prefix and its operations' templates, split once and kept by their number of
/// segments (a path is compared with the templates of its own length only).
fn routes() -> &'static [(String, Vec<Vec<Route>>)] {
    type Routes = Vec<(String, Vec<Vec<Route>>)>;
    static ROUTES: std::sync::OnceLock<Routes> = std::sync::OnceLock::new();
    ROUTES.get_or_init(|| {
        Host::ALL
            .iter()
            .map(|host| {
                let mut by_length: Vec<Vec<Route>> = Vec::new();
                for route in host.operations().iter().map(Route::new) {
                    let length = route.segments.len();
                    if by_length.len() <= length {
                        by_length.resize_with(length + 1, Vec::new);
                    }
                    by_length[length].push(route);
                }
                (prefix(*host), by_length)
            })
            .collect()
    })
}

impl Route {
    fn new(op: &'static OperationMeta) -> Route {
        Route::of(op, op.path)
    }

    /// `op` at `template` (its own path, but for a test's eyes).
    fn of(op: &'static OperationMeta, template: &'static str) -> Route {
        let segments = template
            .trim_start_matches('/')
            .split('/')
            .map(
                |w| match w.strip_prefix('{').and_then(|w| w.split_once('}')) {
                    Some((name, verb)) => Segment::Param { name, verb },
                    None => Segment::Literal(w),
                },
            )
            .collect::<Vec<_>>();
        let literal = segments
            .iter()
            .map(|s| match s {
                Segment::Literal(l) => l.len(),
                Segment::Param { verb, .. } => verb.len(),
            })
            .sum::<usize>()
            + segments.len();
        Route {
            op,
            segments,
            literal,
        }
    }

    /// Whether a path (split into `got`) fits the template.
    fn fits(&self, got: &[&str]) -> bool {
        self.segments.len() == got.len()
            && self.segments.iter().zip(got).all(|(w, g)| match w {
                Segment::Literal(l) => l == g,
                Segment::Param { verb, .. } => g.len() > verb.len() && g.ends_with(verb),
            })
    }

    /// The parameters of a path that [fits](Self::fits) the template, decoded (`None` when
    /// one is not UTF-8 once decoded).
    fn params(&self, got: &[&str]) -> Option<Params> {
        let mut params = Vec::new();
        for (w, g) in self.segments.iter().zip(got) {
            if let Segment::Param { name, verb } = w {
                let value = &g[..g.len() - verb.len()];
                // most values escape nothing, and a path is UTF-8 already
                let value = match value.contains('%') {
                    false => value.to_string(),
                    true => percent_encoding::percent_decode_str(value)
                        .decode_utf8()
                        .ok()?
                        .into_owned(),
                };
                params.push((*name, value));
            }
        }
        Some(params)
    }
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

    /// The parameters of `path` if it fits `template`.
    fn matches(template: &'static str, path: &str) -> Option<Params> {
        let route = Route::of(&Host::Platform.operations()[0], template);
        let got: Vec<&str> = path.trim_start_matches('/').split('/').collect();
        route.fits(&got).then(|| route.params(&got)).flatten()
    }

    fn literal_len(template: &'static str) -> usize {
        Route::of(&Host::Platform.operations()[0], template).literal
    }

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
        assert!(
            matches(
                "/projects/{p}/integrations:batch",
                "/projects/p/integrations"
            )
            .is_none()
        );
        assert!(
            matches(
                "/projects/{p}/integrations:batch",
                "/projects/p/integrations:batch"
            )
            .is_some()
        );
        assert_eq!(literal_len("/a/{b}:verb"), "/a/:verb".len());
    }

    #[test]
    fn every_template_fits_the_segments_a_path_is_split_into_and_a_longer_path_is_none() {
        let longest = routes()
            .iter()
            .map(|(_, by_length)| by_length.len() - 1)
            .max();
        assert!(longest.unwrap() <= LONGEST, "{longest:?}");
        let long = format!("/v1{}", "/projects".repeat(LONGEST + 1));
        assert!(matches!(find(&Method::GET, &long), Found::Nothing));
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

    #[test]
    fn a_path_asked_with_a_method_it_lacks_names_the_methods_it_has() {
        let ops = Host::Platform.operations();
        let path = "/projects";
        let mut has: Vec<&str> = ops
            .iter()
            .filter(|o| o.path == path)
            .map(|o| o.method)
            .collect();
        let absent = ["DELETE", "PUT", "PATCH", "POST", "GET"]
            .into_iter()
            .find(|m| !has.contains(m))
            .unwrap();
        let Found::WrongMethod(mut allowed) = find(&absent.parse().unwrap(), &format!("/v1{path}"))
        else {
            panic!("{absent} {path} not refused for its method")
        };
        allowed.sort();
        has.sort();
        assert_eq!(allowed, has);
        assert!(matches!(
            find(&Method::GET, "/v1/nothing/here"),
            Found::Nothing
        ));
    }
}
