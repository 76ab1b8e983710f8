//! The client and the catalog a command uses: credentials from the environment, the base
//! URL from `--base-url` or the environment, the catalog the snapshot or the live one.

use ampersand_ext::manifest::{Catalog, Validator};
use ampersand_ext::{Client, ClientBuilder};

use crate::{CatalogSource, Rules, Usage};

/// A client with the environment's credentials; `required` fails without any.
pub(crate) fn client(rules: &Rules, required: bool) -> Result<Client, Usage> {
    let builder = match ClientBuilder::from_env() {
        Ok(builder) => builder,
        Err(e) if required => return Err(Usage(e.to_string())),
        // listProviders needs no credential
        Err(_) => ClientBuilder::new(),
    };
    let builder = match (&rules.base_url, std::env::var(ampersand_ext::BASE_URL_VAR)) {
        (Some(url), _) => builder.base_url(url.clone()),
        (None, Ok(url)) if !url.trim().is_empty() => builder.base_url(url),
        _ => builder,
    };
    builder.build().map_err(|e| Usage(e.to_string()))
}

/// The catalog `rules` names: `None` for the snapshot (the validator's default).
pub(crate) async fn catalog(rules: &Rules) -> Result<Option<Catalog>, Usage> {
    if rules.skip_provider || rules.catalog == CatalogSource::Snapshot {
        return Ok(None);
    }
    let client = client(rules, false)?;
    Catalog::fetch(&client)
        .await
        .map(Some)
        .map_err(|e| Usage(format!("the live catalog: {e}")))
}

/// The validator `rules` ask for, over `live` when there is one.
pub(crate) fn validator<'c>(rules: &Rules, live: Option<&'c Catalog>) -> Validator<'c> {
    let validator = match live {
        Some(catalog) => Validator::new().catalog(catalog),
        None => Validator::new(),
    };
    match rules.skip_provider {
        true => validator.skip_provider(),
        false => validator,
    }
}
