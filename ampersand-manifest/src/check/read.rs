//! The `read` section: its objects, each with a name, a destination and a schedule, each read
//! once; then each object's schedule, delivery, backfill and fields.

use super::objects::{Section, objects};
use super::{Cx, backfill, delivery, fields, schedule};
use crate::rules;
use crate::tree::At;

static READ: Section = Section {
    key: "read",
    objects_required: &rules::READ_OBJECTS_REQUIRED,
    required: &[
        ("objectName", &rules::READ_OBJECT_NAME_REQUIRED),
        ("destination", &rules::READ_OBJECT_DESTINATION_REQUIRED),
        ("schedule", &rules::READ_OBJECT_SCHEDULE_REQUIRED),
    ],
    duplicate: &rules::DUPLICATE_READ_OBJECT,
};

/// The integration's read objects, and every rule of each.
pub(crate) fn check(integration: &At<'_>, cx: &mut Cx<'_, '_>) {
    for object in objects(integration, &READ, cx) {
        schedule::check(&object, cx);
        delivery::check(&object, cx);
        backfill::check(&object, cx);
        fields::check(&object, cx);
    }
}

/// The integration's read objects, unchecked.
pub(crate) fn read_objects<'a>(integration: &At<'a>) -> Vec<At<'a>> {
    integration
        .get("read")
        .and_then(|r| r.list("objects"))
        .map(|l| l.items())
        .unwrap_or_default()
}
