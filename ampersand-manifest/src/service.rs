//! The service's side: the issues of a deploy it refused, placed in the YAML that was sent.

use crate::problem::{Position, Problem};
use crate::rules;
use crate::tree::join;
use crate::yaml::{self, Node, Value};

/// The issues of `error` (the service's refusal of a deploy) that name a place in the
/// manifest (`integrations[0].read`, `/integrations/0/read`, either after `sourceYaml`),
/// each placed at its line and column in `sent`, the YAML the deploy sent (or its nearest
/// ancestor there): [`rules::SERVICE`] errors. None for an error without such issues.
///
/// ```
/// # fn f(error: &ampersand_client::Error, sent: &str) {
/// for problem in ampersand_manifest::refusal(error, sent) {
///     eprintln!("amp.yaml:{problem}");
/// }
/// # }
/// ```
pub fn refusal(error: &ampersand_client::Error, sent: &str) -> Vec<Problem> {
    let Ok(root) = yaml::parse(sent) else {
        return Vec::new();
    };
    error
        .issues()
        .iter()
        .filter_map(|issue| {
            let name = issue.name.as_deref()?;
            let (position, path) = locate(&root, name)?;
            let message = issue
                .detail
                .clone()
                .or_else(|| issue.title.clone())
                .unwrap_or_else(|| "refused by the service".into());
            Some(Problem::new(&rules::SERVICE, path, position, message))
        })
        .collect()
}

/// Where the node at `path` (`integrations[0].name`, or a JSON pointer) starts in `text`, or
/// its nearest ancestor there: to place a problem found in one copy of a manifest (the YAML
/// a deploy sent) in another (the file it was read from).
///
/// ```
/// let text = "specVersion: 1.0.0\nintegrations:\n  - name: crm\n";
/// let at = ampersand_manifest::position_of(text, "integrations[0].name").unwrap();
/// assert_eq!((at.line, at.column), (3, 11));
/// ```
pub fn position_of(text: &str, path: &str) -> Option<Position> {
    let root = yaml::parse(text).ok()?;
    locate(&root, path).map(|(at, _)| at)
}

/// The node a name points to (its nearest ancestor in `root` if the rest is not there): its
/// position and path. `None` unless the name starts at a key of the root.
fn locate(root: &Node, name: &str) -> Option<(Position, String)> {
    let name = name
        .trim()
        .trim_start_matches('/')
        .trim_start_matches("sourceYaml")
        .trim_start_matches(['.', '/']);
    let segments: Vec<String> = if name.contains('/') {
        name.split('/')
            .map(|s| s.replace("~1", "/").replace("~0", "~"))
            .collect()
    } else {
        name.split(['.', '['])
            .map(|s| s.trim_end_matches(']').to_string())
            .filter(|s| !s.is_empty())
            .collect()
    };
    let mut node = root;
    let mut path = String::new();
    let mut found = false;
    for segment in &segments {
        let next = match &node.value {
            Value::Map(entries) => entries
                .iter()
                .find(|(k, _)| k.text == *segment)
                .map(|(k, v)| (v, join(&path, &k.text))),
            Value::Seq(items) => segment
                .parse::<usize>()
                .ok()
                .and_then(|i| items.get(i).map(|v| (v, format!("{path}[{i}]")))),
            _ => None,
        };
        match next {
            Some((n, p)) => {
                node = n;
                path = p;
                found = true;
            }
            None => break,
        }
    }
    found.then_some((node.at, path))
}
