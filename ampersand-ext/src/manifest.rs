//! Integrations as code: the `amp.yaml` manifest of [`ampersand_manifest`] (re-exported here:
//! its types, the service's rules, the provider catalog) deployed through the API
//! ([`ClientManifestExt::deploy_manifest`], `batchUpsertIntegrations`).
//!
//! ```no_run
//! use ampersand_ext::manifest::{ClientManifestExt, Manifest, Validator};
//! # async fn run(client: ampersand_ext::Client) -> Result<(), Box<dyn std::error::Error>> {
//! let text = std::fs::read_to_string("amp.yaml")?;
//! for problem in Validator::new().validate(&text).problems {
//!     eprintln!("amp.yaml:{problem}");
//! }
//! let manifest = Manifest::from_yaml(&text)?;
//! let integrations = client.deploy_manifest("my-project", &manifest).send().await?;
//! println!("{} integrations deployed", integrations.len());
//! # Ok(()) }
//! ```
//!
//! The `ampersand` command (`ampersand-cli`) validates a manifest in CI and deploys it.

use std::fmt;

pub use ampersand_manifest::*;

use crate::{Client, Error};

/// The deploy of a manifest, on [`Client`].
pub trait ClientManifestExt {
    /// Deploys `manifest` to `project` (its id or name) through `batchUpsertIntegrations`,
    /// as `sourceYaml`: [`Deploy::send`] validates it first (nothing is sent if it has an
    /// error) and returns the integrations as the service answered.
    fn deploy_manifest<'a>(&'a self, project: &'a str, manifest: &'a Manifest) -> Deploy<'a>;
}

impl ClientManifestExt for Client {
    fn deploy_manifest<'a>(&'a self, project: &'a str, manifest: &'a Manifest) -> Deploy<'a> {
        Deploy {
            client: self,
            project,
            manifest,
            destructive: None,
            validator: Validator::new(),
        }
    }
}

/// A deploy being set up: see [`ClientManifestExt::deploy_manifest`].
#[derive(Debug)]
#[must_use = "a deploy does nothing until it is sent"]
pub struct Deploy<'a> {
    client: &'a Client,
    project: &'a str,
    manifest: &'a Manifest,
    destructive: Option<bool>,
    validator: Validator<'a>,
}

impl<'a> Deploy<'a> {
    /// Sends the service's `destructive` flag: with `true` it may act destructively, pausing
    /// the reads of an object the manifest no longer has. Unset (the default), the flag is
    /// not sent, and the service takes it as `false`.
    pub fn destructive(mut self, destructive: bool) -> Self {
        self.destructive = Some(destructive);
        self
    }

    /// Validates with `validator` (a live catalog, say) rather than [`Validator::new`].
    pub fn validator(mut self, validator: Validator<'a>) -> Self {
        self.validator = validator;
        self
    }

    /// Validates the manifest and deploys it. A manifest with an error is
    /// [`DeployError::Invalid`] and nothing is sent; a manifest the service refuses (or a
    /// call that fails) is [`DeployError::Service`], with the issues that name a place in the
    /// manifest placed at their line in the YAML sent.
    pub async fn send(self) -> Result<Vec<crate::types::Integration>, DeployError> {
        let yaml = self
            .manifest
            .checked_yaml(&self.validator)
            .map_err(DeployError::Invalid)?;
        let mut call = self
            .client
            .batch_upsert_integrations()
            .project_id_or_name(self.project)
            .body(
                crate::types::BatchUpsertIntegrationsBody::builder()
                    .source_yaml(Some(yaml.clone())),
            );
        if let Some(destructive) = self.destructive {
            call = call.destructive(destructive);
        }
        match call.send().await {
            Ok(response) => Ok(response.into_inner()),
            Err(error) => Err(DeployError::Service {
                problems: refusal(&error, &yaml),
                yaml,
                error,
            }),
        }
    }
}

/// A deploy that did not happen.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeployError {
    /// The manifest has errors: nothing was sent.
    Invalid(ManifestError),
    /// The call failed or the service refused the manifest.
    Service {
        /// The call's error.
        error: Error,
        /// The service's issues that name a place in the manifest, at their line and column
        /// in `yaml`.
        problems: Vec<Problem>,
        /// The YAML that was sent.
        yaml: String,
    },
}

impl DeployError {
    /// The problems found: the manifest's own, or the service's issues placed in it.
    pub fn problems(&self) -> &[Problem] {
        match self {
            DeployError::Invalid(e) => e.problems(),
            DeployError::Service { problems, .. } => problems,
        }
    }

    /// The call's error, when the manifest was sent.
    pub fn service_error(&self) -> Option<&Error> {
        match self {
            DeployError::Invalid(_) => None,
            DeployError::Service { error, .. } => Some(error),
        }
    }
}

impl fmt::Display for DeployError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DeployError::Invalid(e) => write!(f, "not deployed: {e}"),
            DeployError::Service { error, .. } => write!(f, "the deploy failed: {error}"),
        }
    }
}

impl std::error::Error for DeployError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            DeployError::Invalid(e) => Some(e),
            DeployError::Service { error, .. } => Some(error),
        }
    }
}

impl From<DeployError> for Error {
    /// The service's error as it is; an invalid manifest as
    /// [`crate::ErrorKind::InvalidRequest`] naming its first error.
    fn from(e: DeployError) -> Error {
        match e {
            DeployError::Invalid(e) => Error::invalid_request(e.to_string()),
            DeployError::Service { error, .. } => error,
        }
    }
}
