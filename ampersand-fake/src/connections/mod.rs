//! Connections: a model (a customer's connection of a project, made from the credentials
//! given or by OAuth, changed through a mask, shown without its credentials unless asked,
//! announced when made and deleted) and the handlers of its operations.

pub(crate) mod handlers;
mod model;

pub(crate) use model::{connection_data, new_connection, without_credentials};
