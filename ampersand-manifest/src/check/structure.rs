//! The document's frame: `specVersion`, `integrations`, and what each integration must have.

use std::collections::HashMap;

use super::Cx;
use crate::rules;
use crate::tree::At;
use crate::yaml::Value;

/// The one spec version the service accepts.
pub(crate) const SPEC_VERSION: &str = "1.0.0";

/// The sections an integration may act through.
const ACTIONS: [&str; 4] = ["read", "write", "subscribe", "proxy"];

/// Checks the root; returns its integrations.
pub(crate) fn check<'a>(root: &At<'a>, cx: &mut Cx<'_, '_>) -> Vec<At<'a>> {
    let version = root.text_of("specVersion");
    if version != SPEC_VERSION {
        let message = match version {
            "" => "`specVersion` is missing".to_string(),
            v => format!("`specVersion` is `{v}`; the service accepts only `{SPEC_VERSION}`"),
        };
        cx.key(&rules::SPEC_VERSION, root, "specVersion", message)
            .suggest(format!("specVersion: {SPEC_VERSION}"));
    }
    let integrations = root.get("integrations");
    let listed = integrations.as_ref().map(At::items).unwrap_or_default();
    let not_a_list = integrations
        .as_ref()
        .is_some_and(|i| !matches!(i.node.value, Value::Seq(_)));
    if listed.is_empty() && !not_a_list {
        cx.key(
            &rules::INTEGRATIONS_REQUIRED,
            root,
            "integrations",
            "no integrations: `integrations` lists at least one",
        );
    }
    let mut names: HashMap<&str, usize> = HashMap::new();
    for integration in &listed {
        let name = integration.text_of("name");
        if name.is_empty() {
            continue;
        }
        match names.get(name) {
            Some(first) => {
                let message = format!(
                    "a second integration named `{name}` (the first at line {first}); the \
                     service's validator does not check this, but a deploy upserts by name"
                );
                cx.key(&rules::DUPLICATE_INTEGRATION, integration, "name", message);
            }
            None => {
                let line = integration.get("name").map_or(0, |n| n.position().line);
                names.insert(name, line);
            }
        }
    }
    listed
}

/// What each integration must have: a name, a provider, and an action.
pub(crate) fn integration(integration: &At<'_>, cx: &mut Cx<'_, '_>) {
    for (key, rule) in [
        ("name", &rules::INTEGRATION_NAME_REQUIRED),
        ("provider", &rules::INTEGRATION_PROVIDER_REQUIRED),
    ] {
        if integration.text_of(key).is_empty() {
            cx.key(
                rule,
                integration,
                key,
                format!("the integration has no `{key}`"),
            );
        }
    }
    if !ACTIONS.iter().any(|a| integration.has(a)) {
        cx.at(
            &rules::INTEGRATION_ACTION_REQUIRED,
            integration,
            "the integration does nothing: it needs `read`, `write`, `subscribe` or `proxy`",
        )
        .suggest("add a `read:` section with the objects to read");
    }
}
