//! The contract harness: for one operation of `openapi/`, a typed httpmock mock that asserts
//! the wire (method, percent-encoded path, query, headers, JSON body) and validates every
//! request against the operation's schemas, and the checks of the decoded response.
//!
//! Request bodies and responses come from the spec: its own example where it has one, else a
//! payload built from the schema ([`Api::sample`]: required fields, defaults, one entry per
//! list and map, realistic values by format), which is itself validated against the schema.

mod case;
mod compare;
mod sample;
mod spec;

use std::collections::BTreeMap;
use std::sync::{Mutex, OnceLock};

use heck::ToSnakeCase;
use serde_json::Value;

use ampersand_spec::json_schema;
pub use case::Contract;
pub use compare::NEWER_FIELD;

/// The API key every contract client holds.
pub const KEY: &str = "contract-test-key";

/// The JWT every contract client holds, for the operations that accept only a bearer token.
pub const JWT: &str = "eyJhbGciOiJSUzI1NiJ9.contract.test";

/// A path parameter value that must stay one percent-encoded segment.
pub const TRICKY: &str = "a/b ..?#é";

/// One operation of the prepared spec.
#[derive(Debug, Clone)]
pub struct Op {
    /// The operationId.
    pub id: String,
    /// HTTP method, upper case.
    pub method: String,
    /// Path template.
    pub path: String,
    /// The operation object.
    pub spec: Value,
}

/// The prepared, bundled spec and its operations by Rust method name.
pub struct Api {
    doc: Value,
    ops: BTreeMap<String, Op>,
    components: Value,
}

/// Request-validation failures seen by any mock, by operation.
static FAILURES: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// The request-validation failures recorded for the operation `operation_id`.
///
/// ```
/// assert!(ampersand_tests::contract::failures("noSuchOperation").is_empty());
/// ```
pub fn failures(operation_id: &str) -> Vec<String> {
    let prefix = format!("{operation_id}: ");
    FAILURES
        .lock()
        .unwrap()
        .iter()
        .filter(|f| f.starts_with(&prefix))
        .cloned()
        .collect()
}

/// The platform API's spec (`api/api.yaml`), loaded once.
///
/// ```
/// let op = ampersand_tests::contract::api().op("list_installations");
/// assert_eq!(op.id, "listInstallations");
/// ```
pub fn api() -> &'static Api {
    &apis()[0].1
}

/// Every API with operations, loaded once: the platform's, then each data-plane host's
/// (`read`, `write`, `search`), by the module name of its client.
///
/// ```
/// let names: Vec<&str> = ampersand_tests::contract::apis().iter().map(|(n, _)| *n).collect();
/// assert_eq!(names[0], "platform");
/// assert!(names.contains(&"write"));
/// ```
pub fn apis() -> &'static [(&'static str, Api)] {
    static APIS: OnceLock<Vec<(&'static str, Api)>> = OnceLock::new();
    APIS.get_or_init(|| {
        let root = crate::openapi_dir();
        let mut apis = vec![(
            "platform",
            Api::new(ampersand_codegen::prepared_document(&root).expect("openapi/ prepares")),
        )];
        for &(name, entry) in ampersand_spec::DATA_PLANE {
            let doc = ampersand_codegen::prepared_entry(&root, entry)
                .expect("a data-plane file prepares");
            let api = Api::new(doc);
            if api.ops.is_empty() {
                continue;
            }
            apis.push((name, api));
        }
        apis
    })
}

/// The media types `op`'s responses declare in the spec as written (before the preparation
/// step turns the problems into `application/json`), in order, each once: the `Accept` the
/// client must send.
///
/// ```
/// let op = ampersand_tests::contract::api().op("list_projects");
/// assert_eq!(ampersand_tests::contract::declared_accept(op), "application/json, application/problem+json");
/// ```
pub fn declared_accept(op: &Op) -> String {
    // by operationId: two hosts share a path and method (triggerRead, writeRecords)
    let declared = crate::apis()
        .iter()
        .flat_map(|api| {
            api.bundled["paths"]
                .as_object()
                .into_iter()
                .flat_map(|p| p.values())
        })
        .flat_map(|item| item.as_object().into_iter().flat_map(|m| m.values()))
        .find(|candidate| candidate["operationId"] == op.id.as_str())
        .unwrap_or_else(|| panic!("{} in the spec as written", op.id));
    let mut media: Vec<&str> = Vec::new();
    for response in declared["responses"]
        .as_object()
        .into_iter()
        .flat_map(|r| r.values())
    {
        for name in response["content"]
            .as_object()
            .into_iter()
            .flat_map(|c| c.keys())
        {
            if !media.contains(&name.as_str()) {
                media.push(name);
            }
        }
    }
    media.join(", ")
}

/// The API whose client has the method `method_name`.
///
/// ```
/// assert_eq!(ampersand_tests::contract::api_of("write_records").op("write_records").id, "writeRecords");
/// ```
pub fn api_of(method_name: &str) -> &'static Api {
    apis()
        .iter()
        .map(|(_, api)| api)
        .find(|api| api.ops.contains_key(method_name))
        .unwrap_or_else(|| panic!("no operation {method_name} in any API"))
}

impl Api {
    /// The API's version, as its spec states it (`info.version`): every request carries it in
    /// `api-version`.
    pub fn version(&self) -> &str {
        self.doc["info"]["version"].as_str().unwrap_or_default()
    }

    fn new(doc: Value) -> Api {
        let mut ops = BTreeMap::new();
        for (path, item) in doc["paths"].as_object().into_iter().flatten() {
            for (method, spec) in item.as_object().expect("a path item") {
                if !ampersand_spec::METHODS.contains(&method.as_str()) {
                    continue;
                }
                let id = spec["operationId"]
                    .as_str()
                    .expect("an operationId")
                    .to_string();
                let op = Op {
                    id: id.clone(),
                    method: method.to_uppercase(),
                    path: path.clone(),
                    spec: spec.clone(),
                };
                ops.insert(id.to_snake_case(), op);
            }
        }
        let components = json_schema(&doc["components"]);
        Api {
            doc,
            ops,
            components,
        }
    }
}

/// Percent-encodes one path segment: everything but RFC 3986's unreserved characters.
///
/// ```
/// assert_eq!(ampersand_tests::contract::encode_segment("a/b ..?#é"), "a%2Fb%20..%3F%23%C3%A9");
/// ```
pub fn encode_segment(value: &str) -> String {
    let mut out = String::new();
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}
