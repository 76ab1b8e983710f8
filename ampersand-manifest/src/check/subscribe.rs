//! The `subscribe` section: it needs `read`; objects with a name and a destination, each once;
//! events that inherit fields, are enabled with `always`, and watch plain fields.

use super::Cx;
use super::objects::{Section, objects};
use crate::rules;
use crate::tree::At;

static SUBSCRIBE: Section = Section {
    key: "subscribe",
    objects_required: &rules::SUBSCRIBE_OBJECTS_REQUIRED,
    required: &[
        ("objectName", &rules::SUBSCRIBE_OBJECT_NAME_REQUIRED),
        ("destination", &rules::SUBSCRIBE_OBJECT_DESTINATION_REQUIRED),
    ],
    duplicate: &rules::DUPLICATE_SUBSCRIBE_OBJECT,
};

/// The event kinds that carry a record's fields.
pub(crate) const EVENTS: [&str; 4] = [
    "createEvent",
    "updateEvent",
    "deleteEvent",
    "associationChangeEvent",
];

/// The one value an event's `enabled` takes.
const ALWAYS: &str = "always";

/// The values of `watchFieldsAuto` that choose the watched fields.
const WATCH_AUTO: [&str; 2] = ["all", "selected"];

/// The integration's subscription.
pub(crate) fn check(integration: &At<'_>, cx: &mut Cx<'_, '_>) {
    let Some(subscribe) = integration.get("subscribe") else {
        return;
    };
    if !integration.has("read") {
        cx.at(
            &rules::SUBSCRIBE_REQUIRES_READ,
            &subscribe,
            "an integration that subscribes also reads: add a `read` section",
        );
    }
    for object in objects(integration, &SUBSCRIBE, cx) {
        events(&object, cx);
    }
}

fn events(object: &At<'_>, cx: &mut Cx<'_, '_>) {
    let present: Vec<(&str, At<'_>)> = EVENTS
        .iter()
        .filter_map(|e| object.get(e).map(|at| (*e, at)))
        .collect();
    let inherits = object
        .get("inheritFieldsAndMapping")
        .and_then(|i| i.boolean())
        == Some(true);
    if !present.is_empty() && !inherits {
        cx.key(
            &rules::SUBSCRIBE_INHERIT_FIELDS,
            object,
            "inheritFieldsAndMapping",
            "an object subscribed to create, update, delete or association events inherits the \
             read object's fields and mapping",
        )
        .suggest("inheritFieldsAndMapping: true");
    }
    for (name, event) in &present {
        if let Some(enabled) = event.get("enabled") {
            let value = enabled.text().unwrap_or_default();
            if value != ALWAYS {
                let message = format!("`{name}.enabled` is `{value}`: the one value is `{ALWAYS}`");
                cx.at(&rules::EVENT_ENABLED_VALUE, &enabled, message);
            }
        }
    }
    if let Some((_, update)) = present.iter().find(|(n, _)| *n == "updateEvent") {
        watch_fields(update, cx);
    }
    let enabled_somewhere = present.iter().any(|(_, e)| e.has("enabled"));
    if !enabled_somewhere && !object.has("otherEvents") {
        cx.at(
            &rules::SUBSCRIBE_MINIMUM_EVENTS,
            object,
            "no event is enabled: a base definition, whose events installations enable",
        );
    }
}

fn watch_fields(update: &At<'_>, cx: &mut Cx<'_, '_>) {
    let fields = update.list("requiredWatchFields");
    let auto = update
        .get("watchFieldsAuto")
        .filter(|a| WATCH_AUTO.contains(&a.text().unwrap_or_default()));
    match (&fields, &auto) {
        (None, None) => {
            cx.at(
                &rules::UPDATE_EVENT_WATCH_FIELDS_REQUIRED,
                update,
                "an `updateEvent` says which fields to watch: `requiredWatchFields`, or \
                 `watchFieldsAuto: all` or `selected`",
            );
        }
        (Some(_), Some(auto)) => {
            cx.at(
                &rules::UPDATE_EVENT_WATCH_FIELDS_EXCLUSIVE,
                auto,
                "`requiredWatchFields` and `watchFieldsAuto` together: one of them",
            );
        }
        _ => {}
    }
    for field in fields.iter().flat_map(At::items) {
        let name = field.text().unwrap_or_default();
        if name.contains(['.', '[', ']']) {
            let message = format!("`{name}` is nested: watch fields are top-level names");
            cx.at(&rules::WATCH_FIELDS_NO_NESTING, &field, message);
        }
    }
}
