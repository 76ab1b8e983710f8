//! Installations: a model (an integration installed for a customer's group on one of its
//! connections, its config changed through a mask or a JSON Patch of one object, each change a
//! new config, each announced) and the handlers of its operations.

pub(crate) mod handlers;
mod model;
