//! A project's credentials and apps: provider apps (the OAuth client a project connects its
//! customers with; the client secret is kept and never shown), API keys (a key created here is
//! accepted as `X-Api-Key` for its project's operations while it is active) and JWT keys (the
//! public keys a project's tokens are verified with): a model and the handlers of their
//! operations.

pub(crate) mod handlers;
mod model;

pub(crate) use model::StoredProviderApp;
