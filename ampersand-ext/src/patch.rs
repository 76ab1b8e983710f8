//! JSON Patch for an object's config (patchObjectConfigContent): a builder of add, remove and
//! replace with RFC 6901 pointers, a `diff` of two configs, a local `apply` to preview, and
//! [`body`], the typed body by group or by installation that the generated
//! `patch_object_config_content()` sends.
//!
//! ```no_run
//! use ampersand_ext::patch::{body, Action, ConfigPatch, Target};
//! use ampersand_ext::prelude::*;
//! # async fn run(client: &Client) -> Result<(), ampersand_ext::Error> {
//! let patch = ConfigPatch::new().add(&["selectedFields", "phone"], true);
//! let installation = client
//!     .patch_object_config_content()
//!     .project_id_or_name("my-project")
//!     .integration_id("my-integration")
//!     .object_name("contacts")
//!     .body(body(Target::Group("customer-1".into()), Action::Read, &patch)?)
//!     .send()
//!     .await?;
//! # Ok(())
//! # }
//! ```

use ampersand_client::types;
use serde::Serialize;
use serde_json::Value;

use crate::Error;

/// One change: the three operations the endpoint accepts.
///
/// ```
/// use ampersand_ext::patch::PatchOp;
/// let op = PatchOp::Remove { path: "/selectedFields/fax".into() };
/// assert_eq!(serde_json::to_value(&op).unwrap(), serde_json::json!({"op": "remove", "path": "/selectedFields/fax"}));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[serde(tag = "op", rename_all = "lowercase")]
#[non_exhaustive]
pub enum PatchOp {
    /// Adds `value` at `path` (or sets a member of an object).
    Add {
        /// JSON pointer.
        path: String,
        /// The value.
        value: Value,
    },
    /// Removes what is at `path`.
    Remove {
        /// JSON pointer.
        path: String,
    },
    /// Replaces what is at `path` with `value`.
    Replace {
        /// JSON pointer.
        path: String,
        /// The value.
        value: Value,
    },
}

/// A JSON pointer from unescaped segments: `~` → `~0`, `/` → `~1` (RFC 6901).
///
/// ```
/// assert_eq!(ampersand_ext::patch::pointer(&["selectedFields", "a/b~c"]), "/selectedFields/a~1b~0c");
/// ```
pub fn pointer(segments: &[&str]) -> String {
    segments
        .iter()
        .map(|s| format!("/{}", s.replace('~', "~0").replace('/', "~1")))
        .collect()
}

/// A list of changes to an object's config; at least one is needed to send it.
///
/// ```
/// use ampersand_ext::patch::ConfigPatch;
/// let patch = ConfigPatch::new()
///     .replace(&["schedule"], "*/10 * * * *")
///     .add(&["selectedFields", "phone"], true)
///     .remove(&["selectedFields", "billingcity"]);
/// assert_eq!(patch.ops().len(), 3);
/// let before = serde_json::json!({"schedule": "0 * * * *", "selectedFields": {"billingcity": true}});
/// let after = patch.apply(&before).unwrap();
/// assert_eq!(after, serde_json::json!({"schedule": "*/10 * * * *", "selectedFields": {"phone": true}}));
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ConfigPatch {
    ops: Vec<PatchOp>,
    error: Option<String>,
}

impl ConfigPatch {
    /// No changes yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds `value` at `segments`.
    ///
    /// See [`ConfigPatch`] for an example.
    pub fn add(self, segments: &[&str], value: impl Serialize) -> Self {
        self.with_value(segments, value, |path, value| PatchOp::Add { path, value })
    }

    /// Replaces the value at `segments`.
    ///
    /// See [`ConfigPatch`] for an example.
    pub fn replace(self, segments: &[&str], value: impl Serialize) -> Self {
        self.with_value(segments, value, |path, value| PatchOp::Replace {
            path,
            value,
        })
    }

    /// Removes what is at `segments`.
    ///
    /// See [`ConfigPatch`] for an example.
    pub fn remove(mut self, segments: &[&str]) -> Self {
        self.ops.push(PatchOp::Remove {
            path: pointer(segments),
        });
        self
    }

    fn with_value(
        mut self,
        segments: &[&str],
        value: impl Serialize,
        op: fn(String, Value) -> PatchOp,
    ) -> Self {
        match serde_json::to_value(value) {
            Ok(value) => self.ops.push(op(pointer(segments), value)),
            Err(e) => {
                self.error.get_or_insert_with(|| {
                    format!(
                        "the value for {} does not serialise: {e}",
                        pointer(segments)
                    )
                });
            }
        }
        self
    }

    /// The changes, in order.
    ///
    /// See [`ConfigPatch`] for an example.
    pub fn ops(&self) -> &[PatchOp] {
        &self.ops
    }

    /// The changes from `old` to `new`, using only add, remove and replace.
    ///
    /// ```
    /// use ampersand_ext::patch::{ConfigPatch, PatchOp};
    /// let old = serde_json::json!({"schedule": "0 * * * *"});
    /// let new = serde_json::json!({"schedule": "*/5 * * * *"});
    /// let patch = ConfigPatch::diff(&old, &new);
    /// assert_eq!(patch.ops(), [PatchOp::Replace { path: "/schedule".into(), value: "*/5 * * * *".into() }]);
    /// assert_eq!(patch.apply(&old).unwrap(), new);
    /// ```
    pub fn diff(old: &Value, new: &Value) -> Self {
        let patch = json_patch::diff(old, new);
        let ops: Vec<PatchOp> = serde_json::to_value(&patch)
            .and_then(serde_json::from_value)
            .expect("json-patch's diff uses only add, remove and replace");
        ConfigPatch { ops, error: None }
    }

    /// `doc` with the changes applied, to preview them before sending.
    ///
    /// ```
    /// use ampersand_ext::patch::ConfigPatch;
    /// let err = ConfigPatch::new().remove(&["missing"]).apply(&serde_json::json!({})).unwrap_err();
    /// assert!(err.to_string().contains("/missing"));
    /// ```
    pub fn apply(&self, doc: &Value) -> Result<Value, Error> {
        let patch: json_patch::Patch = serde_json::from_value(self.changes()?)
            .map_err(|e| Error::invalid_request(format!("not a JSON Patch: {e}")))?;
        let mut out = doc.clone();
        json_patch::patch(&mut out, &patch)
            .map_err(|e| Error::invalid_request(format!("the patch does not apply: {e}")))?;
        Ok(out)
    }

    /// The `changes` array of the request body; an error when empty or a value did not
    /// serialise.
    ///
    /// ```
    /// let err = ampersand_ext::patch::ConfigPatch::new().changes().unwrap_err();
    /// assert_eq!(err.to_string(), "invalid request: a JSON Patch needs at least one change");
    /// ```
    pub fn changes(&self) -> Result<Value, Error> {
        if let Some(message) = &self.error {
            return Err(Error::invalid_request(message.clone()));
        }
        if self.ops.is_empty() {
            return Err(Error::invalid_request(
                "a JSON Patch needs at least one change",
            ));
        }
        Ok(serde_json::to_value(&self.ops).expect("patch operations serialise"))
    }

    /// The changes as the spec's `JSONPatchOperation`s; an error as for [`ConfigPatch::changes`].
    pub fn operations(&self) -> Result<Vec<types::JsonPatchOperation>, Error> {
        self.changes()?;
        self.ops
            .iter()
            .map(|op| {
                let (kind, path, value) = match op {
                    PatchOp::Add { path, value } => {
                        (types::JsonPatchOperationOp::Add, path, Some(value))
                    }
                    PatchOp::Remove { path } => (types::JsonPatchOperationOp::Remove, path, None),
                    PatchOp::Replace { path, value } => {
                        (types::JsonPatchOperationOp::Replace, path, Some(value))
                    }
                };
                types::JsonPatchOperation::builder()
                    .op(kind)
                    .path(path.clone())
                    .value(value.cloned())
                    .try_into()
                    .map_err(|e: types::error::ConversionError| {
                        Error::invalid_request(e.to_string())
                    })
            })
            .collect()
    }
}

/// Which part of an object's config a patch changes: the spec's enum
/// (`PatchObjectConfigContentAction`: `Read`, `Subscribe`, `Write`, and any value a newer
/// service adds).
pub use ampersand_client::types::PatchObjectConfigContentAction as Action;

/// Whose installation the patch applies to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// The installation of this group (`groupRef`).
    Group(String),
    /// This installation (`installationId`).
    Installation(String),
}

/// The request body of patchObjectConfigContent, typed: the spec's alternative for `target`.
///
/// ```
/// use ampersand_ext::patch::{body, Action, ConfigPatch, Target};
/// let patch = ConfigPatch::new().replace(&["schedule"], "*/10 * * * *");
/// let b = body(Target::Installation("inst-1".into()), Action::Read, &patch).unwrap();
/// let wire = serde_json::to_value(&b).unwrap();
/// assert_eq!(wire["installationId"], "inst-1");
/// assert_eq!(wire["changes"][0]["op"], "replace");
/// ```
pub fn body(
    target: Target,
    action: Action,
    patch: &ConfigPatch,
) -> Result<types::PatchObjectConfigContentBody, Error> {
    let changes = patch.operations()?;
    Ok(match target {
        Target::Group(group_ref) => types::PatchObjectConfigContentBody::GroupRef {
            action,
            changes,
            group_ref,
        },
        Target::Installation(installation_id) => {
            types::PatchObjectConfigContentBody::InstallationId {
                action,
                changes,
                installation_id,
            }
        }
    })
}
