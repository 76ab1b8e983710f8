//! The hand-written layer over [`ampersand_client`]: update-mask builders, JSON Patch helpers,
//! pagination streams, retries and one error type (work in progress: see the "ampersand-ext"
//! issues). For now it re-exports the client crate.
#![deny(missing_docs)]

pub use ampersand_client as client;
