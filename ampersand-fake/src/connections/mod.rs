//! Connections: a model (a customer's connection of a project, made from the credentials
//! given or by OAuth, changed through a mask, shown without its credentials unless asked,
//! announced when made and deleted; OAuth through the fake's own consent page, `oauth.rs`)
//! and the handlers of its operations.

pub(crate) mod handlers;
mod model;
mod oauth;

pub(crate) use model::without_credentials;
pub(crate) use oauth::{AUTHORIZE_PATH, Grant};
