//! Object metadata: the fields of an object in a customer's SaaS instance, as the fake knows
//! it. The instance is the group's connection for a provider; its fields are those the records
//! in it carry (their value type read from the values, `id` read-only) and the
//! custom fields upserted into it (`upsertMetadataForInstallation`,
//! `upsertMetadataForConnection`). An object the fake has seen nothing of has no fields. A
//! revision hydrated for a connection (`getHydratedRevision`) shows each object's fields from
//! that instance. A model and the handlers of its operations.

pub(crate) mod handlers;
mod model;
