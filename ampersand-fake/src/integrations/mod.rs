//! Integrations and their revisions: a model (by id or name within a project, made or given a
//! new revision from an `amp.yaml`, the revisions replaced kept) and the handlers of its
//! operations.

pub(crate) mod handlers;
mod model;
