//! Integrations as code: the `amp.yaml` manifest, typed ([`Manifest`], with builders), read and
//! written as YAML, validated with positions ([`Manifest::validate_yaml`]), and deployed
//! through the API ([`ClientManifestExt::deploy_manifest`], `batchUpsertIntegrations`).
//!
//! ```no_run
//! use ampersand_ext::manifest::{ClientManifestExt, Manifest};
//! # async fn run(client: ampersand_ext::Client) -> Result<(), Box<dyn std::error::Error>> {
//! let manifest = Manifest::from_yaml(&std::fs::read_to_string("amp.yaml")?)?;
//! for problem in Manifest::validate_yaml(&manifest.to_yaml()?) {
//!     eprintln!("amp.yaml:{problem}");
//! }
//! let integrations = client.deploy_manifest("my-project", &manifest).send().await?;
//! println!("{} integrations deployed", integrations.len());
//! # Ok(()) }
//! ```
//!
//! The command `cargo run -p ampersand-ext --example amp_yaml -- validate amp.yaml` lints a
//! manifest in CI (`file:line:column: message`, exit status 1 on any error), and `deploy`
//! deploys it with the key in `AMPERSAND_API_KEY`.

pub use ampersand_client::manifest::*;

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
}

impl Deploy<'_> {
    /// Sends the service's `destructive` flag: with `true` it may act destructively, pausing
    /// the reads of an object the manifest no longer has. Unset (the default), the flag is
    /// not sent, and the service takes it as `false`.
    pub fn destructive(mut self, destructive: bool) -> Self {
        self.destructive = Some(destructive);
        self
    }

    /// Validates the manifest and deploys it. A manifest with an error is an
    /// [`crate::ErrorKind::InvalidRequest`] and nothing is sent; a manifest the service
    /// refuses is the service's error, with the issues that name a place in the manifest in
    /// [`Error::manifest_problems`] (at their line in the YAML sent). Either way,
    /// [`Error::manifest_problems`] lists the problems.
    pub async fn send(self) -> Result<Vec<crate::types::Integration>, Error> {
        let yaml = self.manifest.checked_yaml()?;
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
            Err(e) => Err(e.with_manifest_problems(&yaml)),
        }
    }
}
