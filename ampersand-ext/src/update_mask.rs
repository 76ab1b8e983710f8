//! Update masks: the PATCH endpoints that take `updateMask` and a partial object, built so that
//! the mask is derived from what was set and mask and body cannot disagree.
//!
//! The service ignores a body field that is not in the mask and rejects a mask path without a
//! value. [`MaskedUpdate`] records each value set with its path: the path (its segments
//! escaped as the spec's `UpdateMask` prescribes, `.` → `\.`, `:` → `\:`) goes into the mask,
//! the value into the object at that path, exactly as given. A path that the endpoint does not
//! allow is refused before anything is sent, naming the allowed ones.

use std::marker::PhantomData;

use ampersand_client::{types, Client};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::Error;

/// What an endpoint accepts: its operation, the key of the partial object, the allowed mask
/// paths (`*` stands for one object name). Read from the spec when the client is generated
/// (the `updateMask` item enum, or the bulleted list of allowed values in its description).
///
/// ```
/// let rules = ampersand_ext::update_mask::rules("update_org").unwrap();
/// assert_eq!((rules.object_key, rules.allowed), ("org", &["label"][..]));
/// ```
pub use ampersand_client::UpdateMaskRule as MaskRules;

/// The rules of every update endpoint of the spec.
///
/// ```
/// let rules = ampersand_ext::update_mask::RULES;
/// assert!(rules.iter().any(|r| r.allowed.contains(&"config.content.read.objects.*")));
/// ```
pub const RULES: &[MaskRules] = ampersand_client::UPDATE_MASKS;

/// The rules of the endpoint whose `Client` method is `method_name`.
pub fn rules(method_name: &str) -> Option<&'static MaskRules> {
    MaskRules::find(method_name)
}

/// Escapes one mask path segment: `\` → `\\`, `.` → `\.`, `:` → `\:`.
///
/// ```
/// assert_eq!(ampersand_ext::update_mask::escape_segment("a.b:c"), r"a\.b\:c");
/// ```
pub fn escape_segment(segment: &str) -> String {
    let mut out = String::with_capacity(segment.len());
    for c in segment.chars() {
        if matches!(c, '\\' | '.' | ':') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A partial update of one object: the values set and the mask derived from them.
///
/// `T` is the type the endpoint answers with. Each endpoint has its own setters (see
/// [`crate::ClientUpdateExt`]); [`MaskedUpdate::set`] sets any allowed path.
///
/// ```
/// use ampersand_ext::prelude::*;
///
/// # fn run(client: &ampersand_ext::Client) -> Result<(), ampersand_ext::Error> {
/// let update = client.update_api_key_fields("my-project", "key-id").label("ci").active(false);
/// assert_eq!(
///     update.body()?,
///     serde_json::json!({"updateMask": ["label", "active"], "apiKey": {"label": "ci", "active": false}})
/// );
/// # Ok(())
/// # }
/// ```
#[must_use = "an update does nothing until it is sent"]
pub struct MaskedUpdate<'a, T> {
    client: &'a Client,
    method_name: &'static str,
    rules: Option<&'static MaskRules>,
    path_params: Vec<String>,
    /// What was set, by path: no path is a prefix of another, so mask and body are both read
    /// from here and cannot disagree.
    entries: Vec<(Vec<String>, Value)>,
    error: Option<Error>,
    answer: PhantomData<T>,
}

impl<'a, T: DeserializeOwned> MaskedUpdate<'a, T> {
    /// An update through the endpoint whose `Client` method is `method_name`; without a rule
    /// for it in the spec, sending fails before anything is sent.
    pub(crate) fn new(
        client: &'a Client,
        method_name: &'static str,
        path_params: Vec<String>,
    ) -> Self {
        let rules = rules(method_name);
        MaskedUpdate {
            client,
            method_name,
            rules,
            path_params,
            entries: Vec::new(),
            error: rules.is_none().then(|| {
                Error::invalid_request(format!("{method_name}: the spec gives no update mask"))
            }),
            answer: PhantomData,
        }
    }

    /// Sets the value at `segments` (unescaped: an object name may contain `.` or `:`); the
    /// path joins the mask. A path the endpoint does not allow, an empty or `*` segment, or a
    /// value that does not serialise, makes [`MaskedUpdate::send`] fail before sending.
    ///
    /// Mask and body agree whatever the order of the calls: setting a path drops what was set
    /// under it (replacing a whole map replaces the entries set before), and setting a path
    /// under one already set puts the value into that one (a map replaced, then one of its
    /// entries set: the mask names the map, whose value holds the entry).
    ///
    /// ```
    /// use ampersand_ext::prelude::*;
    /// # fn run(client: &ampersand_ext::Client) {
    /// let update = client
    ///     .update_installation_fields("p", "i", "inst")
    ///     .set(&["config", "content", "read", "objects"], serde_json::json!({}));
    /// let err = update.body().unwrap_err();
    /// assert!(err.to_string().contains("config.content.read.objects is not allowed"));
    /// # }
    /// ```
    pub fn set(mut self, segments: &[&str], value: impl Serialize) -> Self {
        let Some(rules) = self.rules.filter(|_| self.error.is_none()) else {
            return self;
        };
        let path = mask_path(segments);
        if let Some(bad) = segments.iter().find(|s| s.is_empty() || **s == "*") {
            self.error = Some(Error::invalid_request(format!(
                "update mask path {path}: {bad:?} is not a field or object name ({})",
                self.method_name
            )));
            return self;
        }
        if !rules.allows(segments) {
            self.error = Some(Error::invalid_request(format!(
                "update mask path {path} is not allowed for {}; allowed: {}",
                self.method_name,
                rules.allowed.join(", ")
            )));
            return self;
        }
        let value = match serde_json::to_value(value) {
            Ok(v) => v,
            Err(e) => {
                self.error = Some(Error::invalid_request(format!(
                    "the value for {path} does not serialise: {e}"
                )));
                return self;
            }
        };
        let segments: Vec<String> = segments.iter().map(|s| s.to_string()).collect();
        // under a value already set (a whole map replaced, then one of its entries): the entry
        // goes into that value, whose path alone stays in the mask
        if let Some((root, whole)) = self
            .entries
            .iter_mut()
            .find(|(root, _)| segments.starts_with(root))
        {
            let rest: Vec<&str> = segments[root.len()..].iter().map(String::as_str).collect();
            match rest.is_empty() {
                true => *whole = value,
                false => {
                    if !whole.is_object() {
                        *whole = Value::Object(Map::new());
                    }
                    let map = whole.as_object_mut().expect("made an object above");
                    insert(map, &rest, value);
                }
            }
            return self;
        }
        // over values already set: replacing a map drops what was set under it
        self.entries
            .retain(|(other, _)| !other.starts_with(&segments));
        self.entries.push((segments, value));
        self
    }

    /// The request body: `{"updateMask": [...], "<object>": {...}}`, or why it cannot be sent
    /// (a refused path, nothing set).
    ///
    /// See [`MaskedUpdate`] for an example.
    pub fn body(&self) -> Result<Value, Error> {
        if let Some(e) = &self.error {
            return Err(Error::invalid_request(e.message()));
        }
        let Some(rules) = self.rules else {
            return Err(Error::invalid_request(format!(
                "{}: the spec gives no update mask",
                self.method_name
            )));
        };
        if self.entries.is_empty() {
            return Err(Error::invalid_request(format!(
                "{}: nothing to update",
                self.method_name
            )));
        }
        let mut mask = Vec::with_capacity(self.entries.len());
        let mut object = Map::new();
        for (segments, value) in &self.entries {
            let segments: Vec<&str> = segments.iter().map(String::as_str).collect();
            mask.push(mask_path(&segments));
            insert(&mut object, &segments, value.clone());
        }
        let mut body = Map::new();
        body.insert("updateMask".into(), Value::from(mask));
        body.insert(rules.object_key.into(), Value::Object(object));
        Ok(Value::Object(body))
    }

    /// Sends the update and decodes the answer.
    ///
    /// ```no_run
    /// use ampersand_ext::prelude::*;
    /// # async fn run(client: &ampersand_ext::Client) -> Result<(), ampersand_ext::Error> {
    /// let key = client.update_api_key_fields("p", "k").active(false).send().await?;
    /// println!("{}", key.label);
    /// # Ok(())
    /// # }
    /// ```
    pub async fn send(self) -> Result<T, Error>
    where
        T: crate::send::UpdateTarget,
    {
        let body = self.body()?;
        T::send_update(self.client, &self.path_params, &body).await
    }
}

/// Inserts `value` at `segments` into `object`, creating the maps on the way.
/// The mask path of `segments`: each escaped, joined with `.`.
fn mask_path(segments: &[&str]) -> String {
    segments
        .iter()
        .map(|s| escape_segment(s))
        .collect::<Vec<_>>()
        .join(".")
}

fn insert(object: &mut Map<String, Value>, segments: &[&str], value: Value) {
    let Some((last, parents)) = segments.split_last() else {
        return;
    };
    let mut node = object;
    for segment in parents {
        let entry = node
            .entry(segment.to_string())
            .or_insert_with(|| Value::Object(Map::new()));
        if !entry.is_object() {
            *entry = Value::Object(Map::new());
        }
        node = entry.as_object_mut().expect("made an object above");
    }
    node.insert(last.to_string(), value);
}

/// The update builders of the eight endpoints, on the generated client.
pub trait ClientUpdateExt {
    /// updateProject: `app_name`, `name`.
    ///
    /// ```
    /// use ampersand_ext::prelude::*;
    /// # fn run(client: &ampersand_ext::Client) {
    /// let body = client.update_project_fields("p").name("renamed").body().unwrap();
    /// assert_eq!(body["updateMask"], serde_json::json!(["name"]));
    /// # }
    /// ```
    fn update_project_fields(&self, project: &str) -> MaskedUpdate<'_, types::Project>;
    /// updateProviderApp: external ref, client id and secret, provider, scopes, metadata.
    ///
    /// ```
    /// use ampersand_ext::prelude::*;
    /// # fn run(client: &ampersand_ext::Client) {
    /// let body = client.update_provider_app_fields("p", "app").client_id("id").body().unwrap();
    /// assert_eq!(body["providerApp"]["clientId"], "id");
    /// # }
    /// ```
    fn update_provider_app_fields(
        &self,
        project: &str,
        provider_app_id: &str,
    ) -> MaskedUpdate<'_, types::ProviderApp>;
    /// updateInstallation: connection, `config.createdBy`, read/write/subscribe objects, proxy.
    ///
    /// ```
    /// use ampersand_ext::prelude::*;
    /// use ampersand_ext::ReadObject;
    /// # fn run(client: &ampersand_ext::Client) {
    /// let body = client
    ///     .update_installation_fields("p", "i", "inst")
    ///     .read_object("contacts", ReadObject::new("contacts").schedule("*/30 * * * *"))
    ///     .body()
    ///     .unwrap();
    /// assert_eq!(body["updateMask"], serde_json::json!(["config.content.read.objects.contacts"]));
    /// # }
    /// ```
    fn update_installation_fields(
        &self,
        project: &str,
        integration_id: &str,
        installation_id: &str,
    ) -> MaskedUpdate<'_, types::Installation>;
    /// updateApiKey: `active`, `label`, `scopes`.
    ///
    /// See [`MaskedUpdate`] for an example.
    fn update_api_key_fields(
        &self,
        project: &str,
        api_key: &str,
    ) -> MaskedUpdate<'_, types::ApiKey>;
    /// updateConnection: workspace ref, metadata and credentials.
    ///
    /// ```
    /// use ampersand_ext::prelude::*;
    /// # fn run(client: &ampersand_ext::Client) {
    /// let body = client.update_connection_fields("p", "c").api_key("new-key").body().unwrap();
    /// assert_eq!(body["updateMask"], serde_json::json!(["apiKey"]));
    /// # }
    /// ```
    fn update_connection_fields(
        &self,
        project: &str,
        connection_id: &str,
    ) -> MaskedUpdate<'_, types::Connection>;
    /// updateDestination: name, metadata, secrets.
    ///
    /// ```
    /// use ampersand_ext::prelude::*;
    /// # fn run(client: &ampersand_ext::Client) {
    /// let body = client.update_destination_fields("p", "d").url("https://example.com/hook").body().unwrap();
    /// assert_eq!(body["destination"]["metadata"]["url"], "https://example.com/hook");
    /// # }
    /// ```
    fn update_destination_fields(
        &self,
        project: &str,
        destination: &str,
    ) -> MaskedUpdate<'_, types::Destination>;
    /// updateOrg: `label`.
    ///
    /// ```
    /// use ampersand_ext::prelude::*;
    /// # fn run(client: &ampersand_ext::Client) {
    /// assert_eq!(client.update_org_fields("org").label("Acme").body().unwrap()["org"]["label"], "Acme");
    /// # }
    /// ```
    fn update_org_fields(&self, org_id: &str) -> MaskedUpdate<'_, types::Org>;
    /// updateJWTKey: `active`, `label`.
    ///
    /// ```
    /// use ampersand_ext::prelude::*;
    /// # fn run(client: &ampersand_ext::Client) {
    /// let body = client.update_jwt_key_fields("p", "k").active(true).body().unwrap();
    /// assert_eq!(body["jwtKey"]["active"], true);
    /// # }
    /// ```
    fn update_jwt_key_fields(&self, project: &str, key_id: &str)
        -> MaskedUpdate<'_, types::JwtKey>;
}

impl ClientUpdateExt for Client {
    fn update_project_fields(&self, project: &str) -> MaskedUpdate<'_, types::Project> {
        MaskedUpdate::new(self, "update_project", vec![project.into()])
    }
    fn update_provider_app_fields(
        &self,
        project: &str,
        provider_app_id: &str,
    ) -> MaskedUpdate<'_, types::ProviderApp> {
        MaskedUpdate::new(
            self,
            "update_provider_app",
            vec![project.into(), provider_app_id.into()],
        )
    }
    fn update_installation_fields(
        &self,
        project: &str,
        integration_id: &str,
        installation_id: &str,
    ) -> MaskedUpdate<'_, types::Installation> {
        MaskedUpdate::new(
            self,
            "update_installation",
            vec![
                project.into(),
                integration_id.into(),
                installation_id.into(),
            ],
        )
    }
    fn update_api_key_fields(
        &self,
        project: &str,
        api_key: &str,
    ) -> MaskedUpdate<'_, types::ApiKey> {
        MaskedUpdate::new(self, "update_api_key", vec![project.into(), api_key.into()])
    }
    fn update_connection_fields(
        &self,
        project: &str,
        connection_id: &str,
    ) -> MaskedUpdate<'_, types::Connection> {
        MaskedUpdate::new(
            self,
            "update_connection",
            vec![project.into(), connection_id.into()],
        )
    }
    fn update_destination_fields(
        &self,
        project: &str,
        destination: &str,
    ) -> MaskedUpdate<'_, types::Destination> {
        MaskedUpdate::new(
            self,
            "update_destination",
            vec![project.into(), destination.into()],
        )
    }
    fn update_org_fields(&self, org_id: &str) -> MaskedUpdate<'_, types::Org> {
        MaskedUpdate::new(self, "update_org", vec![org_id.into()])
    }
    fn update_jwt_key_fields(
        &self,
        project: &str,
        key_id: &str,
    ) -> MaskedUpdate<'_, types::JwtKey> {
        MaskedUpdate::new(self, "update_jwt_key", vec![project.into(), key_id.into()])
    }
}
