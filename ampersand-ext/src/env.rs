//! A client configured from the environment: `AMPERSAND_API_KEY`, `AMPERSAND_JWT`,
//! `AMPERSAND_BASE_URL`.

use crate::{ClientBuilder, Error};

/// The environment variable [`ClientBuilder::from_env`] reads the API key from.
pub const API_KEY_VAR: &str = "AMPERSAND_API_KEY";
/// The environment variable [`ClientBuilder::from_env`] reads a JWT from (optional).
pub const JWT_VAR: &str = "AMPERSAND_JWT";
/// The optional environment variable [`ClientBuilder::from_env`] reads the base URL from.
pub const BASE_URL_VAR: &str = "AMPERSAND_BASE_URL";

impl ClientBuilder {
    /// A builder from the environment: the API key from `AMPERSAND_API_KEY`, a JWT from
    /// `AMPERSAND_JWT` (at least one of them), the base URL from `AMPERSAND_BASE_URL`
    /// (optional).
    ///
    /// ```no_run
    /// let client = ampersand_ext::ClientBuilder::from_env()?.build()?;
    /// # Ok::<(), ampersand_ext::Error>(())
    /// ```
    pub fn from_env() -> Result<Self, Error> {
        Self::from_vars(|name| std::env::var(name).ok())
    }

    /// Like [`ClientBuilder::from_env`], reading variables through `var`.
    ///
    /// ```
    /// let vars = |name: &str| (name == "AMPERSAND_API_KEY").then(|| "k".to_string());
    /// assert!(ampersand_ext::ClientBuilder::from_vars(vars).is_ok());
    /// let err = ampersand_ext::ClientBuilder::from_vars(|_| None).unwrap_err();
    /// assert_eq!(
    ///     err.to_string(),
    ///     "configuration: AMPERSAND_API_KEY is not set (the Ampersand API key, from the dashboard)"
    /// );
    /// ```
    pub fn from_vars(var: impl Fn(&str) -> Option<String>) -> Result<Self, Error> {
        let set = |name| var(name).filter(|v: &String| !v.trim().is_empty());
        let mut builder = Self::new();
        match (set(API_KEY_VAR), set(JWT_VAR)) {
            (None, None) => {
                return Err(Error::config(format!(
                    "{API_KEY_VAR} is not set (the Ampersand API key, from the dashboard)"
                )));
            }
            (key, jwt) => {
                if let Some(key) = key {
                    builder = builder.api_key(key);
                }
                if let Some(jwt) = jwt {
                    builder = builder.bearer_token(jwt);
                }
            }
        }
        if let Some(url) = set(BASE_URL_VAR) {
            builder = builder.base_url(url);
        }
        Ok(builder)
    }
}
