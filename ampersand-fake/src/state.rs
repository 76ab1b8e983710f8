//! The fake's state and the operations it models, on the spec's generated types: a request
//! body, already checked against its operation's schema, is read into its generated body type,
//! and every answer is made as the type its response declares, so the fake speaks exactly the
//! spec's shapes.

use std::collections::{BTreeMap, BTreeSet};

use ampersand_client::UpdateMaskRule;
use ampersand_client::types;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::Request;
use crate::journal::{Change, Stored};
use crate::keyed::{Keyed, Single};
use crate::model_error::ModelError;
use crate::problem::{self, Problem};
use crate::records::Records;
use crate::table::{Row, Table, scoped};

/// Everything the fake keeps (and `--state` stores, row by row), in the order created.
#[derive(Default, serde::Deserialize)]
pub(crate) struct State {
    #[serde(default)]
    pub(crate) projects: Table<types::Project>,
    #[serde(default)]
    pub(crate) integrations: Table<types::Integration>,
    /// The revisions each integration had before its latest, by integration id.
    #[serde(default)]
    pub(crate) old_revisions: Keyed<Vec<types::Revision>>,
    #[serde(default)]
    pub(crate) connections: Table<types::Connection>,
    #[serde(default)]
    pub(crate) destinations: Table<crate::destinations::StoredDestination>,
    #[serde(default)]
    pub(crate) provider_apps: Table<crate::keys::StoredProviderApp>,
    #[serde(default)]
    pub(crate) api_keys: Table<types::ApiKey>,
    #[serde(default)]
    pub(crate) jwt_keys: Table<types::JwtKey>,
    #[serde(default)]
    pub(crate) installations: Table<types::Installation>,
    #[serde(default)]
    pub(crate) operations: Table<types::Operation>,
    #[serde(default)]
    pub(crate) topics: Table<types::Topic>,
    #[serde(default)]
    pub(crate) topic_routes: Table<types::TopicDestinationRoute>,
    #[serde(default)]
    pub(crate) event_routes: Table<types::NotificationEventTopicRoute>,
    /// Each operation's log lines, by operation id.
    #[serde(default)]
    pub(crate) logs: Keyed<Vec<types::Log>>,
    /// The records written, by the customer's instance they are in (the installation's
    /// connection id), then object name.
    #[serde(default)]
    pub(crate) records: Records,
    /// The asynchronous work not done yet, by operation id (resumed when the store is read
    /// again).
    #[serde(default)]
    pub(crate) pending: Keyed<crate::data::Work>,
    /// The OAuth authorizations given and not used yet, by their `state`.
    #[serde(default)]
    pub(crate) grants: Keyed<crate::connections::Grant>,
    /// Each first read's (backfill's) progress, by installation id, then object name.
    #[serde(default)]
    pub(crate) backfills: Keyed<BTreeMap<String, Value>>,
    /// The latest pages of read results delivered, by installation id, then object name.
    #[serde(default)]
    pub(crate) result_pages: Keyed<BTreeMap<String, Vec<Value>>>,
    /// The custom fields upserted, by connection id, then object name, then field name.
    #[serde(default)]
    pub(crate) custom_fields: Keyed<BTreeMap<String, Map<String, Value>>>,
    /// The fake's builder, once it was needed.
    #[serde(default)]
    pub(crate) builder: Single<types::Builder>,
    #[serde(default)]
    pub(crate) orgs: Table<types::Org>,
    /// The builders of each org, by org id.
    #[serde(default)]
    pub(crate) org_builders: Keyed<Vec<String>>,
    #[serde(default)]
    pub(crate) invites: Table<types::Invite>,
    /// The domains claimed.
    #[serde(default)]
    pub(crate) domains: Table<types::ClaimedDomainResponse>,
    /// The objects whose scheduled reads are paused, by installation id.
    #[serde(default)]
    pub(crate) paused: Keyed<BTreeSet<String>>,
}

impl State {
    /// Every part the store keeps, by the name of its table: the one list of them.
    fn parts(&mut self) -> [(&'static str, &mut dyn Stored); 26] {
        [
            ("projects", &mut self.projects),
            ("integrations", &mut self.integrations),
            ("old_revisions", &mut self.old_revisions),
            ("connections", &mut self.connections),
            ("destinations", &mut self.destinations),
            ("provider_apps", &mut self.provider_apps),
            ("api_keys", &mut self.api_keys),
            ("jwt_keys", &mut self.jwt_keys),
            ("installations", &mut self.installations),
            ("operations", &mut self.operations),
            ("topics", &mut self.topics),
            ("topic_routes", &mut self.topic_routes),
            ("event_routes", &mut self.event_routes),
            ("logs", &mut self.logs),
            ("records", &mut self.records),
            ("pending", &mut self.pending),
            ("grants", &mut self.grants),
            ("backfills", &mut self.backfills),
            ("result_pages", &mut self.result_pages),
            ("custom_fields", &mut self.custom_fields),
            ("builder", &mut self.builder),
            ("orgs", &mut self.orgs),
            ("org_builders", &mut self.org_builders),
            ("invites", &mut self.invites),
            ("domains", &mut self.domains),
            ("paused", &mut self.paused),
        ]
    }

    /// The names of the store's tables.
    pub(crate) fn tables() -> Vec<&'static str> {
        State::default()
            .parts()
            .iter()
            .map(|(name, _)| *name)
            .collect()
    }

    /// The rows changed since the last call, as the store writes them (`keep`), or only
    /// forgotten (the state is in memory).
    pub(crate) fn changes(&mut self, keep: bool) -> Vec<Change> {
        let mut out = Vec::new();
        for (name, part) in self.parts() {
            if keep {
                part.take(name, &mut out);
            } else {
                part.forget();
            }
        }
        out
    }

    /// Reads one row of the store's `table`.
    pub(crate) fn load(&mut self, table: &str, key: &str, row: &[u8]) -> Result<(), String> {
        let mut parts = self.parts();
        let Some((_, part)) = parts.iter_mut().find(|(name, _)| *name == table) else {
            return Err(format!("no table {table}"));
        };
        part.load(key, row)
            .map_err(|e| format!("a row of {table} ({key}): {e}"))
    }
}

/// What each table's rows are found by: their id, and for some a name unique in the table
/// (`named`).
macro_rules! rows_by_id {
    ($($t:ty => |$r:ident| $id:expr $(, named $name:expr)?;)*) => {
        $(impl Row for $t {
            fn id(&self) -> String {
                let $r = self;
                $id
            }
            $(fn name(&self) -> Option<std::borrow::Cow<'_, str>> {
                let $r = self;
                $name
            })?
        })*
    };
}

rows_by_id! {
    // projects by name (unique, kept lowercase)
    types::Project => |r| r.id.clone(), named Some(r.name.as_str().into());
    // integrations and destinations by name within their project
    types::Integration => |r| r.id.clone(), named Some(scoped(&r.project_id, &r.name).into());
    crate::destinations::StoredDestination => |r| r.destination.id.clone(),
        named Some(scoped(&r.project_id, &r.destination.name).into());
    // installations by their group within their integration (one each)
    types::Installation => |r| r.id.clone(),
        named r.group.as_ref().map(|g| scoped(&r.integration_id, &g.group_ref).into());
    types::Connection => |r| r.id.clone();
    crate::keys::StoredProviderApp => |r| r.app.id.clone();
    types::ApiKey => |r| r.key.expose().to_string();
    types::JwtKey => |r| r.id.to_string();
    types::Topic => |r| r.id.clone();
    types::TopicDestinationRoute => |r| r.id.clone();
    types::NotificationEventTopicRoute => |r| r.id.clone();
    types::Org => |r| r.id.clone();
    types::Invite => |r| r.id.clone();
    types::ClaimedDomainResponse => |r| r.id.clone();
}

/// Operations are listed by installation.
impl Row for types::Operation {
    fn id(&self) -> String {
        self.id.clone()
    }

    fn group(&self) -> Option<String> {
        Some(self.installation_id.clone())
    }
}

/// What a change sets off after it is answered: webhook deliveries, and work done later.
#[derive(Default)]
pub(crate) struct Effects {
    pub(crate) deliveries: Vec<crate::deliver::Delivery>,
    /// Operation ids whose pending work is due after the fake's delay.
    pub(crate) later: Vec<String>,
}

/// `body` read as `T`, or the 400 naming the field that does not fit.
pub(crate) fn decode<T: DeserializeOwned>(body: &Value) -> Result<T, ModelError> {
    // read plainly; only a body that does not fit is read again to say where
    T::deserialize(body).or_else(|_| {
        serde_path_to_error::deserialize(body).map_err(|e| {
            let path = e.path().to_string();
            let name = if path == "." {
                "body".to_string()
            } else {
                path
            };
            ModelError::invalid(name, e.into_inner().to_string())
        })
    })
}

/// A value of a generated type from its JSON (the fake's own values fit by construction; a
/// failure is the fake's bug, answered as a 500).
pub(crate) fn typed<T: DeserializeOwned>(value: Value) -> Result<T, ModelError> {
    serde_json::from_value(value).map_err(|e| ModelError::Internal(e.to_string()))
}

/// `from` as its sibling type of the same shape: a request's object as the one the fake
/// keeps (`CreateDestinationBodyMetadata` as `DestinationWithSecretsMetadata`), which the
/// generator makes distinct types with no conversion between them.
pub(crate) fn reshaped<T: DeserializeOwned>(from: &impl serde::Serialize) -> Result<T, ModelError> {
    typed(value(from))
}

/// `value` as JSON (the generated types always serialise).
pub(crate) fn value(value: &impl serde::Serialize) -> Value {
    serde_json::to_value(value).unwrap_or_default()
}

/// The time now, as the service writes it.
pub(crate) fn now() -> String {
    time(chrono::Utc::now())
}

/// The time now, to the microsecond, as the service keeps times.
pub(crate) fn instant() -> chrono::DateTime<chrono::Utc> {
    use chrono::SubsecRound;
    chrono::Utc::now().trunc_subsecs(6)
}

/// `t` as the service writes a time.
pub(crate) fn time(t: chrono::DateTime<chrono::Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}

/// A new id.
pub(crate) fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// The mask rule of `request`'s operation (every update the fake models has one).
pub(crate) fn rule(request: &Request<'_>) -> Result<&'static UpdateMaskRule, Problem> {
    UpdateMaskRule::find(request.op.method_name).ok_or_else(|| problem::not_modelled(request.op))
}

/// The answer to `request`: what `answer` made, or its problem.
pub(crate) fn respond(answer: Result<Response, Problem>) -> Response {
    answer.unwrap_or_else(IntoResponse::into_response)
}

/// A JSON answer.
pub(crate) fn ok(
    status: StatusCode,
    body: &(impl serde::Serialize + ?Sized),
) -> Result<Response, Problem> {
    Ok(problem::json(status, body))
}

/// A JSON answer of a row's JSON as its table keeps it, copied as it is.
pub(crate) fn ok_kept(
    status: StatusCode,
    json: &serde_json::value::RawValue,
) -> Result<Response, Problem> {
    Ok(problem::json_text(status, json.get().to_owned()))
}

/// An answer with no body.
pub(crate) fn no_content() -> Result<Response, Problem> {
    Ok(StatusCode::NO_CONTENT.into_response())
}
