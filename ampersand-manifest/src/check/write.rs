//! The `write` section: objects, each with a name, each written once (nothing else of a
//! write object is checked by the service).

use super::Cx;
use super::objects::{Section, objects};
use crate::rules;
use crate::tree::At;

static WRITE: Section = Section {
    key: "write",
    objects_required: &rules::WRITE_OBJECTS_REQUIRED,
    required: &[("objectName", &rules::WRITE_OBJECT_NAME_REQUIRED)],
    duplicate: &rules::DUPLICATE_WRITE_OBJECT,
};

/// The integration's write objects.
pub(crate) fn check(integration: &At<'_>, cx: &mut Cx<'_, '_>) {
    objects(integration, &WRITE, cx);
}
