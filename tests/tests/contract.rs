//! Contract tests, generated from the spec by the tests crate's build script (`build.rs`):
//! every operation of every API of `openapi/` (the platform's and each data-plane host's)
//! called through the client against a typed httpmock mock that asserts method,
//! percent-encoded path, query, the credential header, content type and JSON body, validates
//! the request against the spec, and answers with the spec's example or a payload built from
//! the schema, which must decode (see `ampersand_tests::contract`).
//!
//! One test per operation, named after its `Client` method. The first path parameter of each
//! call is `TRICKY` (`a/b ..?#é`), which must travel as one percent-encoded segment; every
//! query parameter is set. An operation a regen adds gets its test with no hand edit.

use ampersand_tests::contract::{Contract, TRICKY};

include!(concat!(env!("OUT_DIR"), "/contract.rs"));
