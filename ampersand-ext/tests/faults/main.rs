//! Fault injection against a loopback server of our own (`common::loopback`): each test
//! asserts the outcome, the attempts counted, and the requests the server saw.

use std::time::Duration;

use tokio::time::Instant;

use ampersand_ext::prelude::*;
use ampersand_ext::{RedirectRefusal, TransportKind};
use serde_json::json;

mod bodies;
#[path = "../common/mod.rs"]
mod common;
mod policy;
mod retries;
use common::loopback::{Loopback, Step};

use common::calls::*;
