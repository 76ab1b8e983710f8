//! Without its `codegen` feature the crate builds its types from `generated/manifest.rs`, a
//! checked-in copy of what the build script generates from `openapi/` with it. This holds the
//! copy to the spec (`cargo xtask generated` writes it).

use std::path::Path;

#[test]
fn the_checked_in_copy_is_what_the_spec_generates() {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let generated = ampersand_codegen::generate_manifest(&crate_dir.join("openapi"))
        .expect("the manifest types generate");
    let copy = std::fs::read_to_string(crate_dir.join("generated/manifest.rs"))
        .expect("generated/manifest.rs");
    assert!(
        copy == generated,
        "generated/manifest.rs is not what openapi/ generates: run `cargo xtask generated`"
    );
}
