//! Run-time risks the file shows (the service's "async" warnings): a reminder that each
//! destination named must exist in the project. (Large backfills and frequent schedules are
//! warned of where those are checked.)

use std::collections::HashSet;

use super::Cx;
use super::read::read_objects;
use crate::rules;
use crate::tree::At;

/// One `destination-exists` reminder per destination, at its first reference (each
/// integration's read objects, then its subscribe objects).
pub(crate) fn destinations(integrations: &[At<'_>], cx: &mut Cx<'_, '_>) {
    let mut seen = HashSet::new();
    for integration in integrations {
        let subscribed = integration
            .get("subscribe")
            .and_then(|s| s.list("objects"))
            .map(|l| l.items())
            .unwrap_or_default();
        for object in read_objects(integration).into_iter().chain(subscribed) {
            let Some(destination) = object.get("destination") else {
                continue;
            };
            let name = destination.text().unwrap_or_default();
            if name.is_empty() || !seen.insert(name) {
                continue;
            }
            let message = format!(
                "the destination `{name}` must exist in the project before a deploy (only the \
                 service can tell)"
            );
            cx.at(&rules::DESTINATION_EXISTS, &destination, message);
        }
    }
}
