//! Destinations: a model (a project's webhook and other destinations by id or name, names
//! unique, secrets shown only when asked, every webhook signing with the fake's key) and the
//! handlers of its operations.

pub(crate) mod handlers;
mod model;

pub(crate) use model::StoredDestination;
