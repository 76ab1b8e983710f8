//! Notifications and deliveries: a notification made as the spec's generated type (its
//! `notificationType` is the variant's), sent to the destinations the project routes its event
//! type to, else to those the installation's config names; read results to a webhook
//! destination; each delivery signed with the destination's key and sent after the change is
//! answered.

use std::collections::BTreeSet;

use ampersand_client::notifications::Notification;
use ampersand_client::types;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::deliver::Delivery;
use crate::state::{Effects, State, value};

impl State {
    /// A notification about `installation`: to the destinations the project routes its event
    /// type to, else to each webhook destination the installation's config names.
    pub(crate) fn notify<T: DeserializeOwned>(
        &self,
        installation: &types::Installation,
        kind: fn(T) -> Notification,
        data: Value,
        effects: &mut Effects,
    ) {
        let project = &installation.project_id;
        let fallback = || destinations_of(installation);
        self.send_notification(project, kind, data, fallback, effects);
    }

    /// A notification of the project (a connection's): to the destinations it routes its event
    /// type to, if it does.
    pub(crate) fn notify_project<T: DeserializeOwned>(
        &self,
        project: &str,
        kind: fn(T) -> Notification,
        data: Value,
        effects: &mut Effects,
    ) {
        self.send_notification(project, kind, data, BTreeSet::new, effects);
    }

    /// The notification `kind` makes of `data` to the destinations `project` routes its type
    /// to, else to those `fallback` names.
    fn send_notification<T: DeserializeOwned>(
        &self,
        project: &str,
        kind: fn(T) -> Notification,
        data: Value,
        fallback: impl FnOnce() -> BTreeSet<String>,
        effects: &mut Effects,
    ) {
        let Some(notification) = typed_notification(kind, data) else {
            return;
        };
        let payload = value(&notification);
        let targets = self
            .routed(project, notification.notification_type())
            .unwrap_or_else(fallback);
        for target in targets {
            self.deliver_to(project, &target, &payload, effects);
        }
    }

    /// A delivery of `body` to the project's webhook destination `name` (or id), if there is
    /// one.
    fn deliver_to(&self, project: &str, name: &str, body: &Value, effects: &mut Effects) {
        self.deliver(project, name, body, false, effects);
    }

    /// A delivery of read results (`message`) to the project's webhook destination `name`:
    /// by URL when they are many.
    pub(crate) fn deliver_results_to(
        &self,
        project: &str,
        name: &str,
        message: &Value,
        effects: &mut Effects,
    ) {
        self.deliver(project, name, message, true, effects);
    }

    fn deliver(
        &self,
        project: &str,
        name: &str,
        body: &Value,
        results: bool,
        effects: &mut Effects,
    ) {
        let Some(destination) = self.webhook(project, name) else {
            return;
        };
        let metadata = value(&destination.metadata);
        let Some(url) = metadata["url"].as_str() else {
            return;
        };
        let secret = destination
            .secrets
            .as_ref()
            .and_then(|s| s.webhook_signing_key.as_ref())
            .map(|k| k.expose().to_string())
            .unwrap_or_default();
        let headers = metadata["headers"]
            .as_object()
            .into_iter()
            .flatten()
            .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_string())))
            .collect();
        effects.deliveries.push(Delivery {
            url: url.to_string(),
            headers,
            secret,
            body: body.clone(),
            results_of: results.then(|| project.to_string()),
        });
    }
}

/// The notification `kind` makes of `data`, read as its generated type: a value the type
/// refuses is the fake's bug, logged and not sent.
fn typed_notification<T: DeserializeOwned>(
    kind: fn(T) -> Notification,
    data: Value,
) -> Option<Notification> {
    match serde_json::from_value(data) {
        Ok(data) => Some(kind(data)),
        Err(e) => {
            tracing::error!("the fake made a notification its spec refuses: {e}");
            None
        }
    }
}

/// The names of the destinations an installation's config sends to (read and subscribe
/// objects' `destination`), each once.
fn destinations_of(installation: &types::Installation) -> BTreeSet<String> {
    let content = value(&installation.config.content);
    let mut names = BTreeSet::new();
    for action in ["read", "subscribe"] {
        for object in content[action]["objects"].as_object().into_iter().flatten() {
            if let Some(name) = object.1["destination"].as_str() {
                names.insert(name.to_string());
            }
        }
    }
    names
}
