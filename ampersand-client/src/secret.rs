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

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for Secret {
    fn schema_name() -> String {
        "Secret".into()
    }

    fn json_schema(generator: &mut schemars::r#gen::SchemaGenerator) -> schemars::schema::Schema {
        String::json_schema(generator)
    }
}

/// Whether a property name holds a credential: one of [`crate::SECRET_FIELDS`] (the names the
/// spec's schemas make secrets), or a name the generator's one rule calls secret (emitted into
/// this crate with the client: `secret` in a word, a last word `password`, `token` but not a
/// page token, `credentials`, a `…Key` of key material), so that what the models type
/// [`Secret`] and what errors redact agree.
///
/// ```
/// assert!(ampersand_client::is_secret_name("clientSecret"));
/// assert!(ampersand_client::is_secret_name("webhookSigningToken"));
/// assert!(ampersand_client::is_secret_name("x-api-key"));
/// assert!(!ampersand_client::is_secret_name("label"));
/// assert!(!ampersand_client::is_secret_name("nextPageToken"));
/// ```
pub fn is_secret_name(name: &str) -> bool {
    crate::SECRET_FIELDS.contains(&name) || crate::generated::says_secret(name)
}

/// The fields of a response that the spec does not list, kept so that serialising the value
/// back does not lose them. `Debug` redacts credential-named values.
///
/// ```
/// let mut unknown = ampersand_client::UnknownFields::default();
/// unknown.insert("webhookSecret".into(), "s3cr3t".into());
/// unknown.insert("tier".into(), "gold".into());
/// assert_eq!(format!("{unknown:?}"), r#"{"webhookSecret": String("[redacted]"), "tier": String("gold")}"#);
/// assert_eq!(serde_json::to_value(&unknown).unwrap()["webhookSecret"], "s3cr3t");
/// ```
#[derive(Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct UnknownFields(pub serde_json::Map<String, serde_json::Value>);

impl fmt::Debug for UnknownFields {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shown = crate::redacted(&serde_json::Value::Object(self.0.clone()));
        match shown {
            serde_json::Value::Object(map) => f.debug_map().entries(map.iter()).finish(),
            other => other.fmt(f),
        }
    }
}

impl std::ops::Deref for UnknownFields {
    type Target = serde_json::Map<String, serde_json::Value>;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl std::ops::DerefMut for UnknownFields {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.0
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for UnknownFields {
    fn schema_name() -> String {
        "UnknownFields".into()
    }

    fn json_schema(generator: &mut schemars::r#gen::SchemaGenerator) -> schemars::schema::Schema {
        <serde_json::Map<String, serde_json::Value>>::json_schema(generator)
    }
}
