//! The data plane: `writeRecords` (synchronous, with each record's outcome, or asynchronous,
//! as an operation finished after the fake's delay), the records kept per customer instance
//! (connection) and object, `searchRecords` over them, `triggerRead` and an installation's
//! first read (backfill) delivering them; scheduled reads paused and resumed per object. A
//! model (`work`, `writes`, `reads`, `pause`) and the handlers
//! of its operations.

pub(crate) mod handlers;
mod pause;
mod reads;
mod work;
mod writes;

pub(crate) use work::Work;
