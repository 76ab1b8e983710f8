//! The raw async client of the Ampersand public API.
//!
//! Generated at build time by progenitor from `openapi/` (work in progress: the build script
//! and the generated operations arrive with the "ampersand-client" issue). Until then this
//! crate only names the API it will generate.
#![deny(missing_docs)]

/// The base URL of the Ampersand public API, from the spec's `servers`.
///
/// ```
/// assert_eq!(ampersand_client::DEFAULT_BASE_URL, "https://api.withampersand.com/v1");
/// ```
pub const DEFAULT_BASE_URL: &str = "https://api.withampersand.com/v1";
