//! Installation updates: objects keyed by name, and a read-object builder that carries exactly
//! the fields set.

use std::collections::BTreeMap;

use ampersand_client::types;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::update_mask::MaskedUpdate;

/// A read object's config, carrying exactly the fields set: a field with a schema default
/// (`disabled`) is sent only when the caller sets it.
///
/// ```
/// use ampersand_ext::ReadObject;
/// let object = ReadObject::new("contacts")
///     .schedule("*/30 * * * *")
///     .destination("contactsWebhook")
///     .selected_fields(["email", "phone"]);
/// assert_eq!(
///     serde_json::to_value(&object).unwrap(),
///     serde_json::json!({"objectName": "contacts", "schedule": "*/30 * * * *",
///         "destination": "contactsWebhook", "selectedFields": {"email": true, "phone": true}})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(transparent)]
pub struct ReadObject(Map<String, Value>);

impl ReadObject {
    /// A read object for the provider object `object_name`.
    ///
    /// ```
    /// let o = ampersand_ext::ReadObject::new("leads");
    /// assert_eq!(serde_json::to_value(&o).unwrap()["objectName"], "leads");
    /// ```
    pub fn new(object_name: impl Into<String>) -> Self {
        let mut fields = Map::new();
        fields.insert("objectName".into(), Value::String(object_name.into()));
        ReadObject(fields)
    }

    /// The cron schedule of reads.
    ///
    /// ```
    /// let o = ampersand_ext::ReadObject::new("leads").schedule("0 * * * *");
    /// assert_eq!(serde_json::to_value(&o).unwrap()["schedule"], "0 * * * *");
    /// ```
    pub fn schedule(self, cron: impl Into<String>) -> Self {
        self.field("schedule", cron.into())
    }

    /// The destination the read data goes to.
    ///
    /// ```
    /// let o = ampersand_ext::ReadObject::new("leads").destination("hook");
    /// assert_eq!(serde_json::to_value(&o).unwrap()["destination"], "hook");
    /// ```
    pub fn destination(self, name: impl Into<String>) -> Self {
        self.field("destination", name.into())
    }

    /// The fields to read (each `true`).
    ///
    /// ```
    /// let o = ampersand_ext::ReadObject::new("leads").selected_fields(["email"]);
    /// assert_eq!(serde_json::to_value(&o).unwrap()["selectedFields"]["email"], true);
    /// ```
    pub fn selected_fields<S: Into<String>>(self, fields: impl IntoIterator<Item = S>) -> Self {
        let map: BTreeMap<String, bool> = fields.into_iter().map(|f| (f.into(), true)).collect();
        self.field("selectedFields", map)
    }

    /// Field mappings (`mapToName` → provider field).
    ///
    /// ```
    /// let o = ampersand_ext::ReadObject::new("leads").selected_field_mappings([("mail", "email")]);
    /// assert_eq!(serde_json::to_value(&o).unwrap()["selectedFieldMappings"]["mail"], "email");
    /// ```
    pub fn selected_field_mappings<K: Into<String>, V: Into<String>>(
        self,
        mappings: impl IntoIterator<Item = (K, V)>,
    ) -> Self {
        let map: BTreeMap<String, String> = mappings
            .into_iter()
            .map(|(k, v)| (k.into(), v.into()))
            .collect();
        self.field("selectedFieldMappings", map)
    }

    /// Whether reading this object is disabled (sent only when set).
    ///
    /// ```
    /// let o = ampersand_ext::ReadObject::new("leads").disabled(true);
    /// assert_eq!(serde_json::to_value(&o).unwrap()["disabled"], true);
    /// ```
    pub fn disabled(self, disabled: bool) -> Self {
        self.field("disabled", disabled)
    }

    /// Any other field of the read config, as given (`backfill`, `fieldFilters`, …).
    ///
    /// ```
    /// let o = ampersand_ext::ReadObject::new("leads")
    ///     .field("backfill", serde_json::json!({"defaultPeriod": {"days": 30}}));
    /// assert_eq!(serde_json::to_value(&o).unwrap()["backfill"]["defaultPeriod"]["days"], 30);
    /// ```
    pub fn field(mut self, name: &str, value: impl Serialize) -> Self {
        let value = serde_json::to_value(value).unwrap_or(Value::Null);
        self.0.insert(name.to_string(), value);
        self
    }
}

const OBJECTS: [&str; 3] = ["config", "content", "read"];

impl<'a> MaskedUpdate<'a, types::Installation> {
    /// Switches the connection tied to the installation (`connectionId`).
    ///
    /// ```
    /// use ampersand_ext::prelude::*;
    /// # fn run(client: &ampersand_ext::Client) {
    /// let body = client.update_installation_fields("p", "i", "inst").connection_id("c-2").body().unwrap();
    /// assert_eq!(body["installation"]["connectionId"], "c-2");
    /// # }
    /// ```
    pub fn connection_id(self, id: impl Into<String>) -> Self {
        self.set(&["connectionId"], id.into())
    }

    /// Changes who the config is attributed to (`config.createdBy`).
    ///
    /// ```
    /// use ampersand_ext::prelude::*;
    /// # fn run(client: &ampersand_ext::Client) {
    /// let body = client.update_installation_fields("p", "i", "inst").created_by("api:sync").body().unwrap();
    /// assert_eq!(body["updateMask"][0], "config.createdBy");
    /// # }
    /// ```
    pub fn created_by(self, who: impl Into<String>) -> Self {
        self.set(&["config", "createdBy"], who.into())
    }

    /// Replaces the read config of one object (`config.content.read.objects.<name>`; a `.` or
    /// `:` in the name is escaped in the mask).
    ///
    /// ```
    /// use ampersand_ext::{prelude::*, ReadObject};
    /// # fn run(client: &ampersand_ext::Client) {
    /// let body = client
    ///     .update_installation_fields("p", "i", "inst")
    ///     .read_object("custom.object", ReadObject::new("custom.object"))
    ///     .body()
    ///     .unwrap();
    /// assert_eq!(body["updateMask"][0], r"config.content.read.objects.custom\.object");
    /// # }
    /// ```
    pub fn read_object(self, name: &str, object: impl Serialize) -> Self {
        let [a, b, c] = OBJECTS;
        self.set(&[a, b, c, "objects", name], object)
    }

    /// Replaces the write config of one object.
    ///
    /// ```
    /// use ampersand_ext::prelude::*;
    /// # fn run(client: &ampersand_ext::Client) {
    /// let body = client
    ///     .update_installation_fields("p", "i", "inst")
    ///     .write_object("leads", serde_json::json!({"objectName": "leads"}))
    ///     .body()
    ///     .unwrap();
    /// assert_eq!(body["updateMask"][0], "config.content.write.objects.leads");
    /// # }
    /// ```
    pub fn write_object(self, name: &str, object: impl Serialize) -> Self {
        self.set(&["config", "content", "write", "objects", name], object)
    }

    /// Replaces the whole write objects map; an empty map clears it and is sent as `{}`.
    ///
    /// ```
    /// use ampersand_ext::prelude::*;
    /// # fn run(client: &ampersand_ext::Client) {
    /// let empty = serde_json::Map::new();
    /// let body = client.update_installation_fields("p", "i", "inst").write_objects(empty).body().unwrap();
    /// assert_eq!(body["installation"]["config"]["content"]["write"]["objects"], serde_json::json!({}));
    /// # }
    /// ```
    pub fn write_objects(self, objects: impl Serialize) -> Self {
        self.set(&["config", "content", "write", "objects"], objects)
    }

    /// Replaces the subscribe config of one object.
    ///
    /// ```
    /// use ampersand_ext::prelude::*;
    /// # fn run(client: &ampersand_ext::Client) {
    /// let body = client
    ///     .update_installation_fields("p", "i", "inst")
    ///     .subscribe_object("leads", serde_json::json!({"objectName": "leads"}))
    ///     .body()
    ///     .unwrap();
    /// assert_eq!(body["updateMask"][0], "config.content.subscribe.objects.leads");
    /// # }
    /// ```
    pub fn subscribe_object(self, name: &str, object: impl Serialize) -> Self {
        self.set(&["config", "content", "subscribe", "objects", name], object)
    }

    /// Replaces the whole subscribe objects map; an empty map is sent as `{}`.
    ///
    /// ```
    /// use ampersand_ext::prelude::*;
    /// # fn run(client: &ampersand_ext::Client) {
    /// let body = client
    ///     .update_installation_fields("p", "i", "inst")
    ///     .subscribe_objects(serde_json::json!({}))
    ///     .body()
    ///     .unwrap();
    /// assert_eq!(body["updateMask"][0], "config.content.subscribe.objects");
    /// # }
    /// ```
    pub fn subscribe_objects(self, objects: impl Serialize) -> Self {
        self.set(&["config", "content", "subscribe", "objects"], objects)
    }

    /// Turns the proxy on or off (`config.content.proxy.enabled`).
    ///
    /// ```
    /// use ampersand_ext::prelude::*;
    /// # fn run(client: &ampersand_ext::Client) {
    /// let body = client.update_installation_fields("p", "i", "inst").proxy_enabled(true).body().unwrap();
    /// assert_eq!(body["installation"]["config"]["content"]["proxy"]["enabled"], true);
    /// # }
    /// ```
    pub fn proxy_enabled(self, enabled: bool) -> Self {
        self.set(&["config", "content", "proxy", "enabled"], enabled)
    }
}
