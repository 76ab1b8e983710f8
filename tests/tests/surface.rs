//! The checked-in API surface file (`ampersand-client/API.md`) is what `openapi/` generates.

#[test]
fn api_md_is_fresh() {
    if let Err(e) = xtask::stale(&ampersand_tests::workspace_root()) {
        panic!("{e}");
    }
}
