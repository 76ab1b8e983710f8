//! Projects: a model (found by id or name, names lowercase and unique, created, changed
//! through an update mask) and the handlers of its operations.

pub(crate) mod handlers;
mod model;
