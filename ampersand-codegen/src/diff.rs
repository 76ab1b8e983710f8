//! What changed between two API surfaces, each change marked breaking or not for a Rust
//! caller of the generated client.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use crate::surface::{Member, SchemaSurface, Surface};

/// One change, as a line of the report.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Change {
    /// Whether code that compiled and worked against the old client may not any more.
    pub breaking: bool,
    /// What changed, naming the operation or type and member.
    pub text: String,
}

fn change(breaking: bool, text: String) -> Change {
    Change { breaking, text }
}

/// Every change from `old` to `new`, breaking ones first, then by text.
///
/// Breaking for a Rust caller: a removed operation, parameter, type, field or enum value; a
/// credential an operation no longer accepts (a client holding only that one is refused); a
/// new required parameter; a parameter or field whose type or requiredness changed; a new
/// field (struct literals stop compiling); a new enum value (exhaustive matches stop
/// compiling, and the value no longer reads as `Unknown`); a changed response type; an
/// update setter removed, or taking another path or type.
///
/// ```
/// use ampersand_codegen::{diff::diff, surface::Surface};
/// assert!(diff(&Surface::default(), &Surface::default()).is_empty());
/// ```
pub fn diff(old: &Surface, new: &Surface) -> Vec<Change> {
    let mut out = Vec::new();
    for (id, op) in &old.operations {
        let Some(now) = new.operations.get(id) else {
            out.push(change(
                true,
                format!("operation `{id}` (`{} {}`) removed", op.method, op.path),
            ));
            continue;
        };
        if (&op.method, &op.path) != (&now.method, &now.path) {
            out.push(change(
                false,
                format!(
                    "operation `{id}` moved from `{} {}` to `{} {}`",
                    op.method, op.path, now.method, now.path
                ),
            ));
        }
        if op.response != now.response {
            out.push(change(
                true,
                format!(
                    "operation `{id}`: response `{}` → `{}`",
                    op.response, now.response
                ),
            ));
        }
        // a credential the operation no longer accepts fails the callers configured with it
        for credential in &op.credentials {
            if !now.credentials.contains(credential) {
                out.push(change(
                    true,
                    format!("operation `{id}` no longer accepts a credential: {credential}"),
                ));
            }
        }
        for credential in &now.credentials {
            if !op.credentials.contains(credential) {
                out.push(change(
                    false,
                    format!("operation `{id}` now accepts a credential: {credential}"),
                ));
            }
        }
        // an update setter removed or retyped breaks its callers; one added breaks nobody
        for (setter, path, ty) in &op.update_fields {
            match now.update_fields.iter().find(|(s, ..)| s == setter) {
                None => out.push(change(
                    true,
                    format!("operation `{id}` update setter `{setter}` (`{path}`) removed"),
                )),
                Some((_, now_path, now_ty)) if (now_path, now_ty) != (path, ty) => {
                    out.push(change(
                        true,
                        format!(
                            "operation `{id}` update setter `{setter}`: `{path}` ← `{ty}` → `{now_path}` ← `{now_ty}`"
                        ),
                    ))
                }
                Some(_) => {}
            }
        }
        for (setter, path, _) in &now.update_fields {
            if !op.update_fields.iter().any(|(s, ..)| s == setter) {
                out.push(change(
                    false,
                    format!("operation `{id}` update setter `{setter}` (`{path}`) added"),
                ));
            }
        }
        members(
            &mut out,
            &format!("operation `{id}` parameter"),
            &op.params,
            &now.params,
            false,
        );
    }
    for (id, op) in &new.operations {
        if !old.operations.contains_key(id) {
            out.push(change(
                false,
                format!("operation `{id}` (`{} {}`) added", op.method, op.path),
            ));
        }
    }
    for (name, schema) in &old.schemas {
        let Some(now) = new.schemas.get(name) else {
            out.push(change(true, format!("type `{name}` removed")));
            continue;
        };
        match (schema, now) {
            (SchemaSurface::Struct(a), SchemaSurface::Struct(b)) => {
                // the structs are non_exhaustive: an added optional field breaks nobody
                members(&mut out, &format!("type `{name}` field"), a, b, false);
            }
            (SchemaSurface::Enum(a), SchemaSurface::Enum(b)) => {
                let (a, b): (BTreeSet<_>, BTreeSet<_>) = (a.iter().collect(), b.iter().collect());
                for v in a.difference(&b) {
                    out.push(change(
                        true,
                        format!("type `{name}`: enum value `{v}` removed"),
                    ));
                }
                // the enums are non_exhaustive and open: an added value breaks nobody
                for v in b.difference(&a) {
                    out.push(change(
                        false,
                        format!("type `{name}`: enum value `{v}` added"),
                    ));
                }
            }
            (a, b) if a != b => out.push(change(true, format!("type `{name}` changed shape"))),
            _ => {}
        }
    }
    for name in new.schemas.keys() {
        if !old.schemas.contains_key(name) {
            out.push(change(false, format!("type `{name}` added")));
        }
    }
    out.sort_by(|a, b| {
        b.breaking
            .cmp(&a.breaking)
            .then_with(|| a.text.cmp(&b.text))
    });
    out
}

/// Parameters or fields: added, removed, renamed, retyped, requiredness changed. One removed
/// and one added of the same type and requiredness are one rename (a path parameter renamed:
/// `integrationId` → `integrationIdOrName`).
fn members(
    out: &mut Vec<Change>,
    what: &str,
    old: &BTreeMap<String, Member>,
    new: &BTreeMap<String, Member>,
    added_breaks: bool,
) {
    let gone: Vec<(&String, &Member)> = old.iter().filter(|(n, _)| !new.contains_key(*n)).collect();
    let came: Vec<(&String, &Member)> = new.iter().filter(|(n, _)| !old.contains_key(*n)).collect();
    if let ([(from, a)], [(to, b)]) = (&gone[..], &came[..])
        && a == b
    {
        out.push(change(true, format!("{what} `{from}` renamed to `{to}`")));
        let (old, new): (BTreeMap<_, _>, BTreeMap<_, _>) = (
            old.iter()
                .filter(|(n, _)| n != from)
                .map(|(n, m)| (n.clone(), m.clone()))
                .collect(),
            new.iter()
                .filter(|(n, _)| n != to)
                .map(|(n, m)| (n.clone(), m.clone()))
                .collect(),
        );
        return members(out, what, &old, &new, added_breaks);
    }
    for (name, m) in old {
        match new.get(name) {
            None => out.push(change(true, format!("{what} `{name}` removed"))),
            Some(now) => {
                if m.ty != now.ty {
                    out.push(change(
                        true,
                        format!("{what} `{name}`: type `{}` → `{}`", m.ty, now.ty),
                    ));
                }
                if m.required != now.required {
                    let to = if now.required {
                        "now required"
                    } else {
                        "now optional"
                    };
                    out.push(change(true, format!("{what} `{name}` {to}")));
                }
            }
        }
    }
    for (name, m) in new {
        if !old.contains_key(name) {
            let need = if m.required { "required" } else { "optional" };
            let breaking = added_breaks || m.required;
            out.push(change(
                breaking,
                format!("{what} `{name}` added ({need}, `{}`)", m.ty),
            ));
        }
    }
}

/// The Markdown report of `changes`.
///
/// ```
/// use ampersand_codegen::diff::{render, Change};
/// let report = render(&[Change { breaking: true, text: "type `X` removed".into() }]);
/// assert!(report.contains("- **breaking**: type `X` removed"));
/// assert_eq!(render(&[]), "# API changes\n\nNo changes to the API surface.\n");
/// ```
pub fn render(changes: &[Change]) -> String {
    let mut out = String::from("# API changes\n\n");
    if changes.is_empty() {
        out.push_str("No changes to the API surface.\n");
        return out;
    }
    let breaking = changes.iter().filter(|c| c.breaking).count();
    let _ = writeln!(out, "{} change(s), {breaking} breaking.\n", changes.len());
    for c in changes {
        let mark = if c.breaking {
            "**breaking**"
        } else {
            "compatible"
        };
        let _ = writeln!(out, "- {mark}: {}", c.text);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::surface::OperationSurface;

    fn with_credentials(credentials: &[&str]) -> Surface {
        let mut surface = Surface::default();
        surface.operations.insert(
            "getOrg".into(),
            OperationSurface {
                method: "GET".into(),
                path: "/orgs/{orgId}".into(),
                rust_name: "get_org".into(),
                params: BTreeMap::new(),
                response: "Org".into(),
                credentials: credentials.iter().map(|c| c.to_string()).collect(),
                update_fields: Vec::new(),
            },
        );
        surface
    }

    #[test]
    fn a_credential_removed_breaks_and_one_added_does_not() {
        let both = with_credentials(&["API key", "JWT"]);
        let jwt_only = with_credentials(&["JWT"]);
        assert_eq!(
            diff(&both, &jwt_only),
            [change(
                true,
                "operation `getOrg` no longer accepts a credential: API key".into()
            )]
        );
        assert_eq!(
            diff(&jwt_only, &both),
            [change(
                false,
                "operation `getOrg` now accepts a credential: API key".into()
            )]
        );
        assert!(diff(&both, &both).is_empty());
    }
}
