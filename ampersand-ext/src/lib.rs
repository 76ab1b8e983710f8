#![doc = include_str!("../README.md")]
#![deny(missing_docs)]

mod builder;
pub mod bulk;
mod env;
#[cfg(feature = "manifest")]
pub mod manifest;
pub mod pagination;
pub mod patch;
#[cfg(feature = "webhooks")]
pub mod webhook;
#[cfg(feature = "data-plane")]
pub mod write;

pub use ampersand_client as client;
pub use ampersand_client::call::{
    API_KEY_HEADER, DEFAULT_ATTEMPT_TIMEOUT, DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_RESPONSE_BYTES,
    MAX_REDIRECTS, REQUEST_ID_HEADER,
};
pub use ampersand_client::retry;
pub use ampersand_client::update_mask;
pub use ampersand_client::{
    Client, CredentialKind, DEFAULT_BASE_URL, DecodeError, Error, ErrorKind, RawBody,
    RedirectRefusal, RetryPolicy, Secret, TransportKind, types,
};
pub use builder::{ClientBuilder, ClientExt};
pub use env::{API_KEY_VAR, BASE_URL_VAR, JWT_VAR};

/// What most callers import: the client, its builder and extension traits, the error.
pub mod prelude {
    pub use crate::bulk::ClientBulkExt;
    #[cfg(feature = "manifest")]
    pub use crate::manifest::ClientManifestExt;
    pub use crate::pagination::Paginate;
    #[cfg(feature = "data-plane")]
    pub use crate::write::ClientWriteExt;
    pub use crate::{Client, ClientBuilder, ClientExt, Error, ErrorKind, RetryPolicy, types};
    pub use ampersand_client::ClientInfo;
}

/// The workspace README's Rust examples, compiled as doctests so that they stay true (with
/// the default features, which they use).
#[cfg(all(
    doctest,
    feature = "data-plane",
    feature = "webhooks",
    feature = "manifest"
))]
#[doc = include_str!("../../README.md")]
struct ReadmeExamples;
