//! Update masks: the rules the spec gives each update endpoint, the mask a generated update
//! builder (`update_mask::<Operation>Fields`) derives from the fields set, and the escaping
//! of its paths.

use std::fmt;

use crate::{Error, OperationMeta};

/// What an update endpoint accepts, as its spec says: its operation, the key of the partial
/// object in its body, and the `updateMask` paths it allows (`*` stands for one name, such as
/// an object's).
///
/// ```
/// let rule = ampersand_client::UpdateMaskRule::find("update_installation").unwrap();
/// assert_eq!(rule.object_key, "installation");
/// assert!(rule.allows(&["config", "content", "read", "objects", "contacts"]));
/// assert!(!rule.allows(&["config", "content", "read", "objects"]));
/// assert_eq!(rule.setter("config.content.read.objects.*"), Some("read_object"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct UpdateMaskRule {
    /// The `Client` method of the operation (`update_installation`).
    pub method_name: &'static str,
    /// The key of the partial object in the body (`installation`).
    pub object_key: &'static str,
    /// The allowed paths, in the spec's order.
    pub allowed: &'static [&'static str],
    /// The setter of each allowed path on the operation's update builder, in the same order
    /// (`read_object` for `config.content.read.objects.*`); `""` for a path that has none (an
    /// object on its way has required fields, so a value holding only that path would not fit
    /// it: send it with the operation's own builder).
    pub setters: &'static [&'static str],
}

impl UpdateMaskRule {
    /// The rule of the operation whose `Client` method is `method_name`.
    pub fn find(method_name: &str) -> Option<&'static UpdateMaskRule> {
        crate::UPDATE_MASKS
            .iter()
            .find(|r| r.method_name == method_name)
    }

    /// The builder's setter of the allowed path `path` (as the rule writes it, `*` for a name).
    pub fn setter(&self, path: &str) -> Option<&'static str> {
        let at = self.allowed.iter().position(|p| *p == path)?;
        self.setters.get(at).copied().filter(|s| !s.is_empty())
    }

    /// Whether `segments` match an allowed path (`*` matches one segment).
    pub fn allows<S: AsRef<str>>(&self, segments: &[S]) -> bool {
        self.allowed.iter().any(|pattern| {
            let mut pattern = pattern.split('.');
            let mut given = segments.iter();
            loop {
                match (pattern.next(), given.next()) {
                    (None, None) => return true,
                    (Some(p), Some(s)) if p == "*" || p == s.as_ref() => {}
                    _ => return false,
                }
            }
        })
    }
}

/// Escapes one mask path segment: `\` → `\\`, `.` → `\.`, `:` → `\:` (the spec's `UpdateMask`).
///
/// ```
/// assert_eq!(ampersand_client::update_mask::escape_segment("a.b:c"), r"a\.b\:c");
/// ```
pub fn escape_segment(segment: &str) -> String {
    let mut out = String::with_capacity(segment.len());
    push_escaped(&mut out, segment);
    out
}

/// Pushes `segment` onto `out`, escaped (see [`escape_segment`]).
fn push_escaped(out: &mut String, segment: &str) {
    for c in segment.chars() {
        if matches!(c, '\\' | '.' | ':') {
            out.push('\\');
        }
        out.push(c);
    }
}

/// The mask of an update builder: each path set, once, in the order first set, none under
/// another. Setting a path under one already in the mask (an entry of a map set whole) leaves
/// the mask as it is, since the value goes into that map; setting a path over ones in the mask
/// (a map set whole after some of its entries) replaces them, since the map replaces them.
///
/// ```
/// use std::collections::BTreeMap;
/// use ampersand_client::types::{BaseReadConfigObject, BaseWriteConfigObject};
/// use ampersand_client::{CallConfig, CallSettings, Client};
///
/// let client = Client::new("http://localhost", CallSettings::new(CallConfig::default())?);
/// let update = client
///     .update_installation_fields()
///     .project_id_or_name("p")
///     .integration_id("i")
///     .installation_id("inst")
///     .write_object("leads", BaseWriteConfigObject::builder().object_name("leads"))
///     .write_objects(BTreeMap::new())
///     .read_object("my.leads", BaseReadConfigObject::builder().schedule(Some("0 * * * *".to_string())));
/// let mask: Vec<String> = update.mask().paths().collect();
/// assert_eq!(mask, ["config.content.write.objects", r"config.content.read.objects.my\.leads"]);
/// // the body is typed: the map set whole after one of its entries replaced it
/// let body = update.body()?;
/// assert_eq!(body.update_mask, mask);
/// let objects = body.installation.config.unwrap().content.unwrap().write.unwrap().objects.unwrap();
/// assert!(objects.is_empty());
/// # Ok::<(), ampersand_client::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UpdateMask {
    /// The paths set, as `updateMask` sends them: each segment escaped, joined with `.` (so
    /// that a path lies under another when it is that one or starts with it and a `.`: an
    /// escaped segment ends with a whole escape, and a `.` of a name is escaped).
    paths: Vec<String>,
    /// Why the update cannot be sent, from the first setter that refused.
    refused: Option<String>,
}

impl UpdateMask {
    /// The paths, escaped and joined with `.`, as `updateMask` sends them.
    pub fn paths(&self) -> impl Iterator<Item = String> + '_ {
        self.paths.iter().cloned()
    }

    /// Whether nothing was set.
    pub fn is_empty(&self) -> bool {
        self.paths.is_empty()
    }

    /// Adds `segments` (unescaped) under the prefix rules above; an empty or `*` segment names
    /// nothing and makes the update refused.
    pub(crate) fn set(&mut self, segments: &[&str]) {
        let path = mask_path(segments);
        if let Some(bad) = segments.iter().find(|s| s.is_empty() || **s == "*") {
            self.refused.get_or_insert_with(|| {
                format!("update mask path {path}: {bad:?} is not a field or object name")
            });
            return;
        }
        if self.paths.iter().any(|p| under(&path, p)) {
            return;
        }
        self.paths.retain(|p| !under(p, &path));
        self.paths.push(path);
    }

    /// Makes the update refused: the value for `segments` did not convert into its type.
    pub(crate) fn refuse(&mut self, segments: &[&str], why: &dyn fmt::Display) {
        let path = mask_path(segments);
        self.refused
            .get_or_insert_with(|| format!("the value for {path} does not convert: {why}"));
    }

    /// The paths to send, or the error that the update of `operation` is refused with: a
    /// setter refused, or nothing was set.
    pub(crate) fn checked(self, operation: &'static OperationMeta) -> Result<Vec<String>, Error> {
        let refuse =
            |message: String| Err(Error::invalid_request(message).for_operation(Some(operation)));
        if let Some(why) = self.refused {
            return refuse(why);
        }
        if self.paths.is_empty() {
            return refuse("nothing to update".into());
        }
        Ok(self.paths)
    }
}

/// Whether the escaped path `path` is `prefix` or lies under it.
fn under(path: &str, prefix: &str) -> bool {
    path.strip_prefix(prefix)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
}

/// The mask path of `segments`: each escaped, joined with `.`.
fn mask_path(segments: &[&str]) -> String {
    let mut path = String::with_capacity(segments.iter().map(|s| s.len() + 1).sum());
    for (i, segment) in segments.iter().enumerate() {
        if i > 0 {
            path.push('.');
        }
        push_escaped(&mut path, segment);
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mask(sets: &[&[&str]]) -> UpdateMask {
        let mut mask = UpdateMask::default();
        for s in sets {
            mask.set(s);
        }
        mask
    }

    #[test]
    fn a_path_is_kept_once_and_none_sits_under_another() {
        let m = mask(&[&["a", "b"], &["c"], &["a", "b"], &["a", "b", "x"]]);
        assert_eq!(m.paths().collect::<Vec<_>>(), ["a.b", "c"]);
        let m = mask(&[&["a", "b", "x"], &["c"], &["a", "b", "y"], &["a", "b"]]);
        assert_eq!(m.paths().collect::<Vec<_>>(), ["c", "a.b"]);
        // a prefix of a segment is not a prefix of the path
        let m = mask(&[&["ab"], &["a"]]);
        assert_eq!(m.paths().collect::<Vec<_>>(), ["ab", "a"]);
    }

    #[test]
    fn a_path_lies_under_another_by_its_segments_whatever_they_escape() {
        // a name with a `.` is one segment, not a path under its first part
        let m = mask(&[&["a.b"], &["a", "b"], &["a"]]);
        assert_eq!(m.paths().collect::<Vec<_>>(), [r"a\.b", "a"]);
        // a name ending with `\` is a whole segment: a path under it stays under it
        let m = mask(&[&[r"a\"], &[r"a\", "b"], &[r"a\.b"]]);
        assert_eq!(m.paths().collect::<Vec<_>>(), [r"a\\", r"a\\\.b"]);
        let m = mask(&[&[r"a\", "b"], &[r"a\"]]);
        assert_eq!(m.paths().collect::<Vec<_>>(), [r"a\\"]);
    }

    #[test]
    fn the_checked_paths_are_the_mask_or_the_first_refusal_naming_the_operation() {
        let operation = &crate::OPERATIONS[0];
        let paths = mask(&[&["o", "a.b"], &["p"]]).checked(operation).unwrap();
        assert_eq!(paths, [r"o.a\.b", "p"]);
        for (m, why) in [
            (mask(&[]), "nothing to update".to_string()),
            (
                mask(&[&["p"], &["o", ""], &["q", "*"]]),
                r#"update mask path o.: "" is not a field or object name"#.to_string(),
            ),
        ] {
            let e = m.checked(operation).unwrap_err();
            assert_eq!(e.kind(), crate::ErrorKind::InvalidRequest, "{e}");
            assert_eq!(e.operation().map(|o| o.id), Some(operation.id));
            assert_eq!(e.message(), why);
        }
    }

    #[test]
    fn a_rule_allows_its_paths_with_any_name_for_a_star_and_no_longer_or_shorter_one() {
        // the spec's rules: each path allowed with a name for each `*`
        for rule in crate::UPDATE_MASKS {
            for pattern in rule.allowed {
                let named: Vec<&str> = pattern
                    .split('.')
                    .map(|p| if p == "*" { "any" } else { p })
                    .collect();
                assert!(rule.allows(&named), "{pattern}");
            }
        }
        let rule = UpdateMaskRule {
            method_name: "m",
            object_key: "o",
            allowed: &["a.*.c", "d"],
            setters: &["", ""],
        };
        assert!(rule.allows(&["a", "x", "c"]) && rule.allows(&["d"]));
        for refused in [
            &["a", "x"][..],
            &["a", "x", "c", "e"],
            &["a", "x", "d"],
            &["e"],
            &[],
        ] {
            assert!(!rule.allows(refused), "{refused:?}");
        }
    }

    #[test]
    fn names_are_escaped_and_a_name_that_names_nothing_is_refused() {
        let m = mask(&[&["o", r"a.b:c\d"]]);
        assert_eq!(m.paths().collect::<Vec<_>>(), [r"o.a\.b\:c\\d"]);
        for bad in ["", "*"] {
            let m = mask(&[&["o", bad], &["p"]]);
            assert_eq!(
                m.refused.as_deref(),
                Some(
                    format!("update mask path o.{bad}: {bad:?} is not a field or object name")
                        .as_str()
                )
            );
        }
    }
}
