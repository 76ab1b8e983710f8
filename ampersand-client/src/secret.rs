//! A string that holds a credential: it serialises as itself and prints as `[redacted]`.

use std::fmt;

/// A credential (access or refresh token, API key, password, client or destination secret).
///
/// The generated models use it for every such field: `Debug` prints `[redacted]`, so logging
/// a connection does not log its tokens, while serialising sends the real value. Read it with
/// [`Secret::expose`].
///
/// ```
/// let secret = ampersand_client::Secret::from("s3cr3t");
/// assert_eq!(format!("{secret:?}"), "[redacted]");
/// assert_eq!(secret.expose(), "s3cr3t");
/// assert_eq!(serde_json::to_string(&secret).unwrap(), "\"s3cr3t\"");
/// ```
#[derive(Clone, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    /// The secret value itself; do not log it.
    ///
    /// ```
    /// assert_eq!(ampersand_client::Secret::from("k").expose(), "k");
    /// ```
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Secret(value)
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Secret(value.to_string())
    }
}

impl From<&String> for Secret {
    fn from(value: &String) -> Self {
        Secret(value.clone())
    }
}

impl schemars::JsonSchema for Secret {
    fn schema_name() -> String {
        "Secret".into()
    }

    fn json_schema(generator: &mut schemars::gen::SchemaGenerator) -> schemars::schema::Schema {
        String::json_schema(generator)
    }
}
