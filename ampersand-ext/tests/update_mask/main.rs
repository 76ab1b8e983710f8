//! Update masks on the wire: the mask is what was set, the typed body exactly what was set.

use std::collections::BTreeMap;

use ampersand_client::mock::MockServerExt;
use ampersand_ext::prelude::*;
use ampersand_ext::types::{BaseReadConfigObject, BaseWriteConfigObject};
use ampersand_ext::update_mask::UpdateInstallationFields;
use httpmock::MockServer;
use serde_json::{Value, json};

#[path = "../common/mod.rs"]
mod common;
mod endpoints;
mod sequences;
use common::{fixture, installation};

fn client(server: &MockServer) -> Client {
    common::client_with(server, "k", RetryPolicy::none())
}

/// The installation update of `p`/`i`/`inst`.
fn installation_update(client: &Client) -> UpdateInstallationFields<'_> {
    client
        .update_installation_fields()
        .project_id_or_name("p")
        .integration_id("i")
        .installation_id("inst")
}

fn read_object(name: &str) -> BaseReadConfigObject {
    let mut object = BaseReadConfigObject::default();
    object.object_name = Some(name.to_string());
    object
}

fn write_object(name: &str) -> BaseWriteConfigObject {
    BaseWriteConfigObject::builder()
        .object_name(name)
        .try_into()
        .unwrap()
}

fn wire(body: impl serde::Serialize) -> Value {
    serde_json::to_value(body).unwrap()
}

/// One setter of the installation update, with the unescaped path it sets.
#[derive(Debug, Clone)]
enum Setter {
    ConnectionId(String),
    CreatedBy(String),
    ReadObject(&'static str, Value),
    WriteObject(&'static str, Value),
    WriteObjects(Value),
    SubscribeObject(&'static str, Value),
    SubscribeObjects(Value),
    ProxyEnabled(bool),
}

const NAMES: [&str; 4] = ["contacts", "leads", "my.obj", "a:b"];

impl Setter {
    /// A random setter; `samples` holds an instance of the read, write and subscribe object
    /// schemas (their required fields, from the spec).
    fn random(rng: &mut fastrand::Rng, samples: &[Value; 3]) -> Setter {
        let object = |kind: usize, name: &str, n: Option<u8>| {
            let mut value = samples[kind].clone();
            value["objectName"] = name.into();
            if let Some(n) = n {
                value["n"] = n.into();
            }
            value
        };
        let map = |rng: &mut fastrand::Rng, kind: usize| {
            let mut map = serde_json::Map::new();
            for name in NAMES {
                if rng.bool() {
                    map.insert(name.to_string(), object(kind, name, None));
                }
            }
            Value::Object(map)
        };
        let name = NAMES[rng.usize(..NAMES.len())];
        let n = Some(rng.u8(..));
        match rng.u8(..8) {
            0 => Setter::ConnectionId(format!("conn-{}", rng.u8(..))),
            1 => Setter::CreatedBy(format!("user-{}", rng.u8(..))),
            2 => Setter::ReadObject(name, object(0, name, n)),
            3 => Setter::WriteObject(name, object(1, name, n)),
            4 => Setter::WriteObjects(map(rng, 1)),
            5 => Setter::SubscribeObject(name, object(2, name, n)),
            6 => Setter::SubscribeObjects(map(rng, 2)),
            _ => Setter::ProxyEnabled(rng.bool()),
        }
    }

    fn path(&self) -> Vec<&'static str> {
        let objects = |kind: &'static str| vec!["config", "content", kind, "objects"];
        let with = |mut p: Vec<&'static str>, name| {
            p.push(name);
            p
        };
        match self {
            Setter::ConnectionId(_) => vec!["connectionId"],
            Setter::CreatedBy(_) => vec!["config", "createdBy"],
            Setter::ReadObject(n, _) => with(objects("read"), n),
            Setter::WriteObject(n, _) => with(objects("write"), n),
            Setter::WriteObjects(_) => objects("write"),
            Setter::SubscribeObject(n, _) => with(objects("subscribe"), n),
            Setter::SubscribeObjects(_) => objects("subscribe"),
            Setter::ProxyEnabled(_) => vec!["config", "content", "proxy", "enabled"],
        }
    }

    fn value(&self) -> Value {
        match self {
            Setter::ConnectionId(s) | Setter::CreatedBy(s) => json!(s),
            Setter::ProxyEnabled(b) => json!(b),
            Setter::ReadObject(_, v)
            | Setter::WriteObject(_, v)
            | Setter::WriteObjects(v)
            | Setter::SubscribeObject(_, v)
            | Setter::SubscribeObjects(v) => v.clone(),
        }
    }

    /// Applies the setter with its value typed (the model's JSON read into the field's type:
    /// the field the spec does not list, `n`, is kept in its `unknown_fields`).
    fn apply<'a>(&self, update: UpdateInstallationFields<'a>) -> UpdateInstallationFields<'a> {
        fn typed<T: serde::de::DeserializeOwned>(v: Value) -> T {
            serde_json::from_value(v).unwrap()
        }
        match self.clone() {
            Setter::ConnectionId(s) => update.connection_id(s),
            Setter::CreatedBy(s) => update.created_by(s),
            Setter::ReadObject(n, v) => update.read_object(n, typed::<BaseReadConfigObject>(v)),
            Setter::WriteObject(n, v) => update.write_object(n, typed::<BaseWriteConfigObject>(v)),
            Setter::WriteObjects(v) => update.write_objects(typed::<BTreeMap<_, _>>(v)),
            Setter::SubscribeObject(n, v) => {
                update.subscribe_object(n, typed::<types::BaseSubscribeConfigObject>(v))
            }
            Setter::SubscribeObjects(v) => update.subscribe_objects(typed::<BTreeMap<_, _>>(v)),
            Setter::ProxyEnabled(b) => update.proxy_enabled(b),
        }
    }
}
