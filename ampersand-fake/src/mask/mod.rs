//! Update masks, as the spec's update endpoints apply them: only the listed paths change; a
//! path the operation's rule does not allow is refused, and so is a listed path the partial
//! object has no value for. The listed paths are laid over the stored object as it is read
//! (`overlay`), into its own type or a `Value`, with no tree of it made to change.

mod overlay;

use std::borrow::Cow;

use ampersand_client::UpdateMaskRule;
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::model_error::ModelError;
use overlay::{Node, Overlay};

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

/// An update's listed paths, each with the partial object's value for it: checked, to be laid
/// over a stored object as it is read ([`Masked::onto`], [`Masked::lay_over`]).
pub(crate) struct Masked<'p> {
    nodes: Vec<Node<'p>>,
}

impl<'p> Masked<'p> {
    /// The paths of `mask`, as the spec's update endpoints take them: `mask` lists one at
    /// least, `rule` allows each, and `partial` (the body's object) has a value for each.
    pub(crate) fn checked(
        partial: &'p Value,
        mask: &'p [String],
        rule: &UpdateMaskRule,
    ) -> Result<Self, ModelError> {
        if mask.is_empty() {
            return Err(ModelError::invalid(
                "updateMask",
                "lists no path: nothing would change",
            ));
        }
        let paths: Vec<(&String, Vec<Cow<'p, str>>)> =
            mask.iter().map(|path| (path, segments(path))).collect();
        for (path, parts) in &paths {
            if !rule.allows(parts) {
                return Err(ModelError::invalid(
                    "updateMask",
                    format!(
                        "`{path}` is not a path this update allows (it allows {})",
                        rule.allowed.join(", ")
                    ),
                ));
            }
        }
        Self::valued(partial, paths, rule.object_key)
    }

    /// The paths of `mask`, each already known to be allowed: `partial` (the body's
    /// `object_key`) has a value for each.
    pub(crate) fn listed(
        partial: &'p Value,
        mask: &'p [String],
        object_key: &str,
    ) -> Result<Self, ModelError> {
        let paths = mask.iter().map(|path| (path, segments(path))).collect();
        Self::valued(partial, paths, object_key)
    }

    /// The paths, each with `partial`'s value for it: a path it has no value for (or `null`)
    /// is refused.
    fn valued(
        partial: &'p Value,
        paths: Vec<(&String, Vec<Cow<'p, str>>)>,
        object_key: &str,
    ) -> Result<Self, ModelError> {
        let mut nodes: Vec<Node<'p>> = Vec::new();
        for (path, parts) in paths {
            let last = parts.len() - 1;
            let (mut value, mut level) = (partial, &mut nodes);
            for (depth, part) in parts.into_iter().enumerate() {
                // `null` is no value: a typed partial object skips it as it skips an absent one
                let given = value.get(part.as_ref()).filter(|v| !v.is_null());
                value = given.ok_or_else(|| {
                    ModelError::invalid(
                        format!("{object_key}.{path}"),
                        format!(
                            "`{path}` is in updateMask, but the {object_key} has no value for it"
                        ),
                    )
                })?;
                let at = match level.iter().position(|node| node.name == part) {
                    Some(at) => at,
                    None => {
                        level.push(Node {
                            name: part,
                            value,
                            whole: false,
                            under: Vec::new(),
                        });
                        level.len() - 1
                    }
                };
                let node = &mut level[at];
                node.whole |= depth == last;
                level = &mut node.under;
            }
        }
        Ok(Masked { nodes })
    }

    /// The stored object `json` (as its table keeps it) read as `T`, with the listed paths
    /// set from the partial object, and nothing else changed: a listed member the object
    /// lacks is added, and a member on the way to a listed path that is not an object is
    /// made one.
    pub(crate) fn onto<T: DeserializeOwned>(&self, json: &str) -> Result<T, ModelError> {
        let mut reader = serde_json::Deserializer::from_str(json);
        let nodes = &self.nodes;
        T::deserialize(Overlay {
            base: &mut reader,
            nodes,
        })
        .and_then(|made| reader.end().map(|()| made))
        .map_err(|e| ModelError::Internal(e.to_string()))
    }

    /// Sets the listed paths in `stored`, as [`Masked::onto`] sets them.
    pub(crate) fn lay_over(&self, stored: &mut Value) {
        // a `Value` reads whatever is given
        *stored = Value::deserialize(Overlay {
            base: std::mem::take(stored),
            nodes: &self.nodes,
        })
        .unwrap_or_default();
    }
}

/// Applies `mask` from `partial` (the body's object) onto `stored`, as the spec's update
/// endpoints say ([`Masked::checked`]).
pub(crate) fn apply_mask(
    stored: &mut Value,
    partial: &Value,
    mask: &[String],
    rule: &UpdateMaskRule,
) -> Result<(), ModelError> {
    Masked::checked(partial, mask, rule)?.lay_over(stored);
    Ok(())
}

/// Applies the paths of `mask` from `partial` (the body's `object_key`) onto `stored`, each
/// path already known to be allowed ([`Masked::listed`]).
pub(crate) fn apply_listed(
    stored: &mut Value,
    partial: &Value,
    mask: &[String],
    object_key: &str,
) -> Result<(), ModelError> {
    Masked::listed(partial, mask, object_key)?.lay_over(stored);
    Ok(())
}

#[cfg(test)]
mod tests;
