//! Without its `codegen` feature (the default, so every service's build) the crate builds from
//! `generated/`, a checked-in copy of what the build script generates from `openapi/` with it
//! (as this workspace builds the crate). This holds the copy to the spec: a change to the spec
//! or to the generator that is not written into the copy fails here (`cargo xtask generated`
//! writes it).

use std::path::Path;

#[test]
fn the_checked_in_copy_is_what_the_spec_generates() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let spec = manifest.join("openapi");
    let with_mocks =
        ampersand_codegen::generate(&spec, &ampersand_codegen::Options { httpmock: true })
            .expect("the spec generates");
    for (name, generated) in [
        ("client.rs", with_mocks.client.as_str()),
        (
            "httpmock.rs",
            with_mocks.httpmock.as_deref().unwrap_or_default(),
        ),
    ] {
        let copy = std::fs::read_to_string(manifest.join("generated").join(name))
            .unwrap_or_else(|e| panic!("generated/{name}: {e}"));
        assert!(
            copy == generated,
            "generated/{name} is not what openapi/ generates: run `cargo xtask generated`"
        );
    }
    // the build script generates the client without the mocks unless they are asked for: the
    // client is the same either way, so one copy serves both
    let without =
        ampersand_codegen::generate(&spec, &ampersand_codegen::Options { httpmock: false })
            .expect("the spec generates");
    assert!(without.client == with_mocks.client);
    assert!(without.httpmock.is_none());
}
