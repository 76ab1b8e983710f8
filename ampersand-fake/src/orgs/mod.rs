//! The builder's side: organizations, their builders and invites, and who the caller is. A
//! fake has one builder, the holder of its credentials (made at start, kept with the
//! state): an org it creates has that builder as its admin, `acceptInvite` has it take the
//! pending invites of the email address given (and join their orgs), and `getMyInfo` answers
//! it, its org and a role in every project. An org's domains can be claimed, and it has a
//! billing account whose portal session is the fake's own page, which sends the browser back
//! to the `redirectUrl` given. A model and the handlers of its operations.

pub(crate) mod handlers;
mod model;

/// The path of the fake's billing portal page.
pub(crate) const PORTAL_PATH: &str = "/_fake/billing/portal";
