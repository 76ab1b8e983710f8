//! The provider catalog the provider rules check against: the snapshot the crate carries
//! (`data/catalog.json`, the catalog the service's validator is built with) or a live one
//! (`listProviders`). Both are read by [`Catalog::from_json`] from the shape of the spec's
//! `CatalogType`.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

/// The actions a provider or one of its modules supports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[non_exhaustive]
pub struct Support {
    /// Scheduled reads.
    #[serde(default)]
    pub read: bool,
    /// Writes.
    #[serde(default)]
    pub write: bool,
    /// Subscriptions to the provider's events.
    #[serde(default)]
    pub subscribe: bool,
    /// The proxy.
    #[serde(default)]
    pub proxy: bool,
}

/// One provider of the catalog.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Provider {
    /// Its provider-level support (what an integration with no `module` gets).
    #[serde(default)]
    pub support: Support,
    /// The module the catalog names as its default (empty if none).
    #[serde(default)]
    pub default_module: String,
    /// Its modules and what each supports (none for a provider without modules).
    #[serde(default, deserialize_with = "modules")]
    pub modules: BTreeMap<String, Support>,
}

impl Provider {
    /// The support an integration naming `module` gets, as the service's validator reads
    /// it: the module's when it exists; with no module, the provider-level flags; with an
    /// unknown module, the default module's (provider-level if there is none).
    pub fn support_for(&self, module: Option<&str>) -> Support {
        match module {
            None => self.support,
            Some(m) => self
                .modules
                .get(m)
                .or_else(|| self.modules.get(&self.default_module))
                .copied()
                .unwrap_or(self.support),
        }
    }
}

/// A module's entry: `{ "support": { … } }`.
fn modules<'de, D>(deserializer: D) -> Result<BTreeMap<String, Support>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    #[derive(Deserialize)]
    struct Module {
        #[serde(default)]
        support: Support,
    }
    let modules: Option<BTreeMap<String, Module>> = Option::deserialize(deserializer)?;
    Ok(modules
        .unwrap_or_default()
        .into_iter()
        .map(|(name, m)| (name, m.support))
        .collect())
}

/// The provider catalog: providers by their exact (case-sensitive) name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalog {
    providers: BTreeMap<String, Provider>,
}

/// A catalog that could not be read.
#[derive(Debug)]
#[non_exhaustive]
pub enum CatalogError {
    /// The JSON is not of `CatalogType`'s shape.
    Shape(serde_json::Error),
    /// `listProviders` failed.
    Fetch(ampersand_client::Error),
}

impl std::fmt::Display for CatalogError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CatalogError::Shape(e) => write!(f, "the provider catalog is not readable: {e}"),
            CatalogError::Fetch(e) => write!(f, "cannot fetch the provider catalog: {e}"),
        }
    }
}

impl std::error::Error for CatalogError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            CatalogError::Shape(e) => Some(e),
            CatalogError::Fetch(e) => Some(e),
        }
    }
}

/// The snapshot's text.
const SNAPSHOT: &str = include_str!("../data/catalog.json");

impl Catalog {
    /// The snapshot the crate carries: the catalog the service's validator is built with
    /// (see `data/README.md`).
    pub fn snapshot() -> &'static Catalog {
        static CATALOG: OnceLock<Catalog> = OnceLock::new();
        CATALOG.get_or_init(|| {
            let json = serde_json::from_str(SNAPSHOT).unwrap_or_default();
            Catalog::from_json(&json).unwrap_or_else(|_| Catalog {
                providers: BTreeMap::new(),
            })
        })
    }

    /// Reads a catalog in the shape of the spec's `CatalogType` (what `listProviders`
    /// answers): an object of providers by name, each with `support` and `modules`. Other
    /// fields are ignored.
    pub fn from_json(json: &serde_json::Value) -> Result<Catalog, CatalogError> {
        let providers =
            BTreeMap::<String, Provider>::deserialize(json).map_err(CatalogError::Shape)?;
        Ok(Catalog { providers })
    }

    /// The catalog `listProviders` answered.
    pub fn from_catalog(
        catalog: &ampersand_client::types::CatalogType,
    ) -> Result<Catalog, CatalogError> {
        let json = serde_json::to_value(catalog).map_err(CatalogError::Shape)?;
        Catalog::from_json(&json)
    }

    /// The live catalog, through `client`'s `listProviders` (with its request path:
    /// retries, timeouts, hooks).
    pub async fn fetch(client: &ampersand_client::Client) -> Result<Catalog, CatalogError> {
        let answer = client
            .list_providers()
            .send()
            .await
            .map_err(CatalogError::Fetch)?;
        Catalog::from_catalog(&answer.into_inner())
    }

    /// The provider named exactly `name`.
    pub fn provider(&self, name: &str) -> Option<&Provider> {
        self.providers.get(name)
    }

    /// Every provider, by name.
    pub fn providers(&self) -> impl Iterator<Item = (&str, &Provider)> {
        self.providers.iter().map(|(n, p)| (n.as_str(), p))
    }

    /// How many providers it has.
    pub fn len(&self) -> usize {
        self.providers.len()
    }

    /// Whether it has none.
    pub fn is_empty(&self) -> bool {
        self.providers.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_snapshot_reads_whole() {
        let catalog = Catalog::snapshot();
        assert_eq!(catalog.len(), 234);
        let salesforce = catalog.provider("salesforce").unwrap();
        assert!(salesforce.support.subscribe);
        assert_eq!(salesforce.default_module, "crm");
        assert!(!salesforce.support_for(Some("account-engagement")).subscribe);
        assert!(
            salesforce.support_for(Some("nope")).subscribe,
            "the default module's"
        );
        assert!(catalog.provider("Salesforce").is_none(), "names are exact");
    }
}
