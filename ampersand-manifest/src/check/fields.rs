//! A read object's fields: what an always-enabled object (`enabled: always`) needs, and our
//! own warnings about the field lists, which the service accepts (a field listed twice, one
//! field mapped to two names: both are in the service's published samples; two fields mapped
//! to one name: the service's behaviour is not known).

use std::collections::HashMap;

use super::Cx;
use crate::rules;
use crate::tree::At;

/// The field lists of a read object.
const LISTS: [&str; 2] = ["requiredFields", "optionalFields"];

/// The object's field rules.
pub(crate) fn check(object: &At<'_>, cx: &mut Cx<'_, '_>) {
    if object.text_of("enabled") == "always" {
        always_enabled(object, cx);
    }
    repeats(object, cx);
}

fn always_enabled(object: &At<'_>, cx: &mut Cx<'_, '_>) {
    match object.list("requiredFields") {
        None => {
            cx.key(
                &rules::ALWAYS_ENABLED_REQUIRED_FIELDS,
                object,
                "requiredFields",
                "an always-enabled object lists the `requiredFields` it reads",
            );
        }
        Some(fields) => {
            for field in fields.items() {
                if let Some(map) = field
                    .get("mapToName")
                    .filter(|m| !m.text().unwrap_or_default().is_empty())
                {
                    cx.at(
                        &rules::ALWAYS_ENABLED_NO_MAPTONAME,
                        &map,
                        "an always-enabled object's required fields are not mapped (no `mapToName`)",
                    );
                }
            }
        }
    }
    if object.text_of("schedule").is_empty() {
        cx.key(
            &rules::ALWAYS_ENABLED_SCHEDULE_REQUIRED,
            object,
            "schedule",
            "an always-enabled object has a `schedule`",
        );
    }
}

/// A field named twice across the object's lists, and two fields mapped to one name.
fn repeats(object: &At<'_>, cx: &mut Cx<'_, '_>) {
    // field name -> (line, the name it maps to); name mapped to -> (line, the field)
    let mut named: HashMap<&str, (usize, &str)> = HashMap::new();
    let mut targets: HashMap<&str, (usize, &str)> = HashMap::new();
    for list in LISTS.iter().filter_map(|l| object.get(l)) {
        for field in list.items() {
            let target = field.text_of("mapToName");
            let source = field.text_of("fieldName");
            if let Some(name) = field.get("fieldName") {
                match named.get(source) {
                    Some(&(line, first)) => {
                        let message = match first == target {
                            true => format!(
                                "the field `{source}` is listed again (the first at line {line}); \
                                 the service accepts this, and the repeat changes nothing"
                            ),
                            false => format!(
                                "the field `{source}` is mapped again, to another name (the first \
                                 at line {line}); the service accepts this"
                            ),
                        };
                        cx.at(&rules::DUPLICATE_FIELD, &name, message);
                    }
                    None => {
                        named.insert(source, (name.position().line, target));
                    }
                }
            }
            let Some(map) = field.get("mapToName") else {
                continue;
            };
            match targets.get(target) {
                // the same field again: said above
                Some(&(_, first)) if first == source && !source.is_empty() => {}
                Some(&(line, _)) => {
                    let message = format!(
                        "two fields map to `{target}` (the first at line {line}); the service's \
                         validator does not check this"
                    );
                    cx.at(&rules::DUPLICATE_MAP_TO_NAME, &map, message);
                }
                None => {
                    targets.insert(target, (map.position().line, source));
                }
            }
        }
    }
}
