//! JSON pointers (RFC 6901) and relative file paths inside a spec directory.

use serde_json::Value;

/// Escapes one JSON pointer segment: `~` becomes `~0`, `/` becomes `~1`.
///
/// ```
/// assert_eq!(ampersand_spec::escape_segment("/projects/{id}"), "~1projects~1{id}");
/// ```
pub fn escape_segment(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

/// Follows a JSON pointer (`""` or `/a/b~1c`) into `doc`; the error names the first missing segment.
pub(crate) fn follow<'a>(doc: &'a Value, pointer: &str) -> Result<&'a Value, String> {
    if pointer.is_empty() {
        return Ok(doc);
    }
    let Some(rest) = pointer.strip_prefix('/') else {
        return Err(format!(
            "fragment {pointer:?} is not a JSON pointer (it must start with `/`)"
        ));
    };
    let mut node = doc;
    let mut walked = String::new();
    for raw in rest.split('/') {
        let seg = raw.replace("~1", "/").replace("~0", "~");
        let next = match node {
            Value::Object(map) => map.get(&seg),
            Value::Array(items) => seg.parse::<usize>().ok().and_then(|i| items.get(i)),
            _ => None,
        };
        match next {
            Some(n) => node = n,
            None => {
                let at = if walked.is_empty() {
                    "/"
                } else {
                    walked.as_str()
                };
                return Err(format!("no `{seg}` under {at}"));
            }
        }
        walked.push('/');
        walked.push_str(raw);
    }
    Ok(node)
}

/// Joins a relative reference onto the folder of `from` (both `/`-separated, relative to the
/// spec root) and normalises `.` and `..`; `None` when it climbs out of the spec root.
pub(crate) fn join(from: &str, relative: &str) -> Option<String> {
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop();
    for seg in relative.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s),
        }
    }
    Some(parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn follow_unescapes_segments_and_names_the_missing_one() {
        let doc = json!({"paths": {"/a/b": {"get": {"x~y": [1, 2]}}}});
        assert_eq!(follow(&doc, "/paths/~1a~1b/get/x~0y/1").unwrap(), &json!(2));
        assert_eq!(
            follow(&doc, "/paths/~1a~1b/put").unwrap_err(),
            "no `put` under /paths/~1a~1b"
        );
        assert!(
            follow(&doc, "paths")
                .unwrap_err()
                .contains("must start with `/`")
        );
    }

    #[test]
    fn join_resolves_relative_to_the_referring_file() {
        assert_eq!(
            join("api/api.yaml", "../problem/problem.yaml").as_deref(),
            Some("problem/problem.yaml")
        );
        assert_eq!(
            join("config/config.yaml", "./config.yaml").as_deref(),
            Some("config/config.yaml")
        );
        assert_eq!(join("api/api.yaml", "../../etc/passwd"), None);
    }
}
