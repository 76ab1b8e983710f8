//! Update masks, as the spec's update endpoints apply them: only the listed paths change; a
//! path the operation's rule does not allow is refused, and so is a listed path the partial
//! object has no value for.

use ampersand_client::UpdateMaskRule;
use serde_json::{Value, json};
use std::borrow::Cow;

use crate::model_error::ModelError;

/// The segments of an `updateMask` path (`.` separates, `\` escapes), borrowed from a path
/// that escapes nothing.
fn segments(path: &str) -> Vec<Cow<'_, str>> {
    if !path.contains('\\') {
        return path.split('.').map(Cow::Borrowed).collect();
    }
    let mut out = vec![String::new()];
    let mut chars = path.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(next) = chars.next() {
                    out.last_mut().expect("one segment at least").push(next);
                }
            }
            '.' => out.push(String::new()),
            c => out.last_mut().expect("one segment at least").push(c),
        }
    }
    out.into_iter().map(Cow::Owned).collect()
}

/// Applies `mask` from `partial` (the body's object) onto `stored`, as the spec's update
/// endpoints say: only the listed paths change; a path the rule does not allow is refused,
/// and so is a listed path the object has no value for.
pub(crate) fn apply_mask(
    stored: &mut Value,
    partial: &Value,
    mask: &[String],
    rule: &UpdateMaskRule,
) -> Result<(), ModelError> {
    if mask.is_empty() {
        return Err(ModelError::invalid(
            "updateMask",
            "lists no path: nothing would change",
        ));
    }
    for path in mask {
        let parts = segments(path);
        let refs: Vec<&str> = parts.iter().map(AsRef::as_ref).collect();
        if !rule.allows(&refs) {
            return Err(ModelError::invalid(
                "updateMask",
                format!(
                    "`{path}` is not a path this update allows (it allows {})",
                    rule.allowed.join(", ")
                ),
            ));
        }
    }
    apply_listed(stored, partial, mask, rule.object_key)
}

/// Applies the paths of `mask` from `partial` (the body's `object_key`) onto `stored`, each
/// path already known to be allowed: a listed path the object has no value for is refused.
pub(crate) fn apply_listed(
    stored: &mut Value,
    partial: &Value,
    mask: &[String],
    object_key: &str,
) -> Result<(), ModelError> {
    for path in mask {
        let parts = segments(path);
        let refs: Vec<&str> = parts.iter().map(AsRef::as_ref).collect();
        let mut value = partial;
        for part in &refs {
            match value.get(part) {
                Some(v) => value = v,
                None => {
                    return Err(ModelError::invalid(
                        format!("{object_key}.{path}"),
                        format!(
                            "`{path}` is in updateMask, but the {object_key} has no value for it"
                        ),
                    ));
                }
            }
        }
        let value = value.clone();
        let mut at = &mut *stored;
        for part in &refs[..refs.len() - 1] {
            if !at.get(*part).is_some_and(Value::is_object) {
                at[*part] = json!({});
            }
            at = &mut at[*part];
        }
        at[refs[refs.len() - 1]] = value;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mask_paths_split_on_unescaped_dots() {
        assert_eq!(segments("a.b"), ["a", "b"]);
        assert_eq!(
            segments(r"config.read\.objects.x\\y"),
            ["config", "read.objects", r"x\y"]
        );
    }
}
