//! What the three object sections (`read`, `write`, `subscribe`) share: a present section
//! lists objects, each object has its required keys, and no object name is listed twice.

use std::collections::HashMap;

use super::Cx;
use crate::rules::Rule;
use crate::tree::At;

/// The rules of one section.
pub(crate) struct Section {
    /// `read`, `write` or `subscribe`.
    pub(crate) key: &'static str,
    /// A present section without objects.
    pub(crate) objects_required: &'static Rule,
    /// The keys each object needs, with the rule for each.
    pub(crate) required: &'static [(&'static str, &'static Rule)],
    /// An object name given twice.
    pub(crate) duplicate: &'static Rule,
}

/// The section's objects (none when it is absent, or lists none: that is reported), each
/// checked for its required keys and against the names before it.
pub(crate) fn objects<'a>(
    integration: &At<'a>,
    section: &Section,
    cx: &mut Cx<'_, '_>,
) -> Vec<At<'a>> {
    let Some(at) = integration.get(section.key) else {
        return Vec::new();
    };
    let Some(list) = at.list("objects") else {
        let message = format!("`{}` lists no objects", section.key);
        cx.key(section.objects_required, &at, "objects", message);
        return Vec::new();
    };
    let objects = list.items();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for object in &objects {
        for &(key, rule) in section.required {
            if object.text_of(key).is_empty() {
                let message = format!("the {} object has no `{key}`", section.key);
                cx.key(rule, object, key, message);
            }
        }
        // exact names (case counts); two empty names collide too
        let name = object.text_of("objectName");
        match seen.get(name) {
            Some(first) => {
                let message = format!(
                    "`{name}` is listed twice in `{}.objects` (the first at line {first})",
                    section.key
                );
                cx.key(section.duplicate, object, "objectName", message);
            }
            None => {
                let line = object
                    .get("objectName")
                    .unwrap_or(object.clone())
                    .position()
                    .line;
                seen.insert(name, line);
            }
        }
    }
    objects
}
