//! Shared helpers of the workspace tests: where the spec and the fixtures are.
#![deny(missing_docs)]

pub mod contract;

use std::path::PathBuf;

/// The workspace root.
///
/// ```
/// assert!(ampersand_tests::workspace_root().join("Cargo.toml").is_file());
/// ```
pub fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate sits in the workspace root")
        .to_path_buf()
}

/// The spec directory, `openapi/`.
///
/// ```
/// assert!(ampersand_tests::openapi_dir().join("api/api.yaml").is_file());
/// ```
pub fn openapi_dir() -> PathBuf {
    workspace_root().join("openapi")
}

/// Where `openapi/` came from, as `openapi/SOURCE` records it: `seed 003_41146c30bb5152a3` for
/// the rebuild of seed 003, `checkout <commit>` after `cargo xtask regen --from`.
///
/// ```
/// assert!(!ampersand_tests::spec_source().is_empty());
/// ```
pub fn spec_source() -> String {
    std::fs::read_to_string(openapi_dir().join("SOURCE"))
        .map(|s| s.trim().to_string())
        .unwrap_or_else(|_| "unrecorded".into())
}

/// What `openapi/SOURCE` says of the rebuild of seed 003.
pub const SEED_003_SOURCE: &str = "seed 003_41146c30bb5152a3";

/// `tests/fixtures/openapi-seed-003/`: the spec directory rebuilt from seed 003, kept as a
/// fixture so that the checks of the rebuild against the seeds run whatever `openapi/` holds
/// (after a regen, a newer spec).
pub fn seed_003_dir() -> PathBuf {
    workspace_root().join("tests/fixtures/openapi-seed-003")
}

/// A file under `tests/fixtures/`, read as text; panics (in a test) naming the file if absent.
///
/// ```
/// let seed = ampersand_tests::fixture("003_41146c30bb5152a3.txt");
/// assert!(seed.starts_with("openapi: 3.0.1"));
/// ```
pub fn fixture(name: &str) -> String {
    let path = workspace_root().join("tests/fixtures").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("fixture {}: {e}", path.display()))
}

/// A JSON fixture under `tests/fixtures/`, parsed.
///
/// ```
/// let body = ampersand_tests::json_fixture("seed002_update_installation_request.json");
/// assert_eq!(body["updateMask"][0], "config.content.read.objects.contacts");
/// ```
pub fn json_fixture(name: &str) -> serde_json::Value {
    serde_json::from_str(&fixture(name)).unwrap_or_else(|e| panic!("fixture {name}: {e}"))
}

/// A raw generated client talking to `server` (no authentication, no retries).
///
/// ```
/// use ampersand_client::ClientInfo;
///
/// let server = httpmock::MockServer::start();
/// let client = ampersand_tests::raw_client(&server);
/// assert_eq!(client.baseurl(), &server.base_url());
/// ```
pub fn raw_client(server: &httpmock::MockServer) -> ampersand_client::Client {
    ampersand_client::Client::new(
        &server.base_url(),
        ampersand_client::CallSettings::default(),
    )
}

/// An installation built from the spec's schemas (required fields, one entry per list and
/// map) with one read object, `account`: a fixture that follows the spec, so a field a newer
/// spec makes required is in it with no hand edit.
///
/// ```
/// let installation = ampersand_tests::installation();
/// assert!(installation["config"]["content"]["read"]["objects"]["account"].is_object());
/// ```
pub fn installation() -> serde_json::Value {
    let api = contract::api();
    let schema = |name: &str| serde_json::json!({ "$ref": format!("#/components/schemas/{name}") });
    let mut installation = api.sample(&schema("Installation"));
    installation["config"]["content"]["read"]["objects"] =
        serde_json::json!({ "account": api.sample(&schema("ReadConfigObject")) });
    installation
}

/// The request body of `operation` as its generated type: `given` completed with what the
/// operation's schema requires at every depth where `given` has an object
/// ([`ampersand_spec::RequestBodies::complete`]), so that a field a newer spec makes required
/// is in it with no hand edit.
///
/// ```
/// let body: ampersand_client::types::CreateProjectBody =
///     ampersand_tests::body("createProject", serde_json::json!({"name": "mine"}));
/// assert_eq!(body.name.as_str(), "mine");
/// ```
pub fn body<T: serde::de::DeserializeOwned>(operation: &str, given: serde_json::Value) -> T {
    static BODIES: std::sync::OnceLock<ampersand_spec::RequestBodies> = std::sync::OnceLock::new();
    let bodies = BODIES.get_or_init(|| {
        ampersand_spec::RequestBodies::load(openapi_dir())
            .unwrap_or_else(|e| panic!("openapi/ does not load: {e}"))
    });
    let body = bodies.complete(operation, given);
    serde_json::from_value(body).unwrap_or_else(|e| panic!("{operation}'s body: {e}"))
}

/// The platform spec (`openapi/api/api.yaml` and what it reaches), loaded once for every test
/// of a binary.
///
/// ```
/// assert!(!ampersand_tests::spec().operations().is_empty());
/// ```
pub fn spec() -> &'static ampersand_spec::Spec {
    static SPEC: std::sync::OnceLock<ampersand_spec::Spec> = std::sync::OnceLock::new();
    SPEC.get_or_init(|| {
        ampersand_spec::Spec::load(openapi_dir())
            .unwrap_or_else(|e| panic!("openapi/ does not load: {e}"))
    })
}

/// Every API of `openapi/`, loaded once: the platform's entry first, then each data-plane
/// entry of [`ampersand_spec::DATA_PLANE`], with its bundled document.
///
/// ```
/// let apis = ampersand_tests::apis();
/// assert_eq!(apis[0].entry, ampersand_spec::ENTRY);
/// assert_eq!(apis.len(), 1 + ampersand_spec::DATA_PLANE.len());
/// ```
pub fn apis() -> &'static [Api] {
    static APIS: std::sync::OnceLock<Vec<Api>> = std::sync::OnceLock::new();
    APIS.get_or_init(|| {
        let entries = std::iter::once(ampersand_spec::ENTRY)
            .chain(ampersand_spec::DATA_PLANE.iter().map(|&(_, entry)| entry));
        entries
            .map(|entry| {
                let spec = ampersand_spec::Spec::load_entry(openapi_dir(), entry)
                    .unwrap_or_else(|e| panic!("{entry} does not load: {e}"));
                let bundled = spec
                    .bundle()
                    .unwrap_or_else(|e| panic!("{entry} does not bundle: {e}"))
                    .document;
                Api {
                    entry,
                    spec,
                    bundled,
                }
            })
            .collect()
    })
}

/// One API of `openapi/` ([`apis`]).
pub struct Api {
    /// Its entry file under `openapi/` (`api/api.yaml`, `api/write.yaml`, …).
    pub entry: &'static str,
    /// The spec, as loaded.
    pub spec: ampersand_spec::Spec,
    /// Its document with every reference resolved into it.
    pub bundled: serde_json::Value,
}

/// A client with the contract tests' credentials ([`contract::KEY`], [`contract::JWT`]) and
/// no retries, whose every host (the platform's and each data-plane host's) is `base_url`:
/// what the workspace tests call a mock server with.
pub fn client(base_url: &str) -> ampersand_client::Client {
    let mut builder = ampersand_ext::ClientBuilder::new()
        .api_key(contract::KEY)
        .bearer_token(contract::JWT)
        .retry_policy(ampersand_ext::RetryPolicy::none());
    for host in ampersand_client::Host::ALL {
        builder = builder.host_base_url(*host, base_url);
    }
    builder.build().expect("a client of the test credentials")
}
