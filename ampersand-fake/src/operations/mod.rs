//! Operations (the asynchronous work of an installation: reads, writes, backfills) and their
//! logs: a model (found by project, listed by installation a page at a time) and the handlers
//! of their operations.

pub(crate) mod handlers;
mod model;
