//! Writes the manifest types into `OUT_DIR`: with the `codegen` feature generated from
//! `openapi/manifest/manifest.yaml` (ampersand-codegen), without it the copy in
//! `generated/manifest.rs`, the same output checked in (`tests/generated_copy.rs` holds it to
//! the spec; `cargo xtask generated` writes it). `openapi/` is a link to the workspace's spec,
//! which `cargo package` copies, as for `ampersand-client`.

use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo"));
    println!("cargo:rerun-if-changed=build.rs");
    let code = types(&manifest);
    let path = out.join("manifest.rs");
    if std::fs::read_to_string(&path).ok().as_deref() != Some(code.as_str())
        && let Err(e) = std::fs::write(&path, code)
    {
        eprintln!("cannot write {}: {e}", path.display());
        std::process::exit(1);
    }
}

#[cfg(feature = "codegen")]
fn types(manifest: &Path) -> String {
    let spec = manifest.join("openapi");
    let watched = std::fs::canonicalize(spec.join("manifest")).unwrap_or_else(|_| spec.clone());
    println!("cargo:rerun-if-changed={}", watched.display());
    ampersand_codegen::generate_manifest(&spec).unwrap_or_else(|e| {
        eprintln!(
            "cannot generate the manifest types from {}:\n{e}",
            spec.display()
        );
        std::process::exit(1);
    })
}

#[cfg(not(feature = "codegen"))]
fn types(manifest: &Path) -> String {
    let path = manifest.join("generated").join("manifest.rs");
    println!("cargo:rerun-if-changed={}", path.display());
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("cannot read {}: {e}", path.display());
        std::process::exit(1);
    })
}
