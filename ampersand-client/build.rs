//! Generates the client from `openapi/` into `OUT_DIR` (see ampersand-codegen for the steps).
//!
//! `openapi/` is inside this package, so that the published crate carries its spec: in the
//! workspace it is a symbolic link to the workspace's `openapi/` (identical by construction),
//! and `cargo package` copies the files it points to.

use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let spec = manifest.join("openapi");
    // a directory (the link resolved): cargo re-runs this script when any file under it changes
    let watched = std::fs::canonicalize(&spec).unwrap_or_else(|_| spec.clone());
    println!("cargo:rerun-if-changed={}", watched.display());
    println!("cargo:rerun-if-changed=build.rs");
    let options = ampersand_codegen::Options {
        httpmock: std::env::var_os("CARGO_FEATURE_HTTPMOCK").is_some(),
    };
    let generated = match ampersand_codegen::generate(&spec, &options) {
        Ok(generated) => generated,
        Err(e) => {
            eprintln!(
                "cannot generate the Ampersand client from {}:\n{e}",
                spec.display()
            );
            std::process::exit(1);
        }
    };
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo"));
    write(&out.join("client.rs"), &generated.client);
    write(
        &out.join("httpmock.rs"),
        generated.httpmock.as_deref().unwrap_or_default(),
    );
}

/// Writes only when the content changed, so an unchanged output keeps its timestamp.
fn write(path: &std::path::Path, content: &str) {
    if std::fs::read_to_string(path).ok().as_deref() == Some(content) {
        return;
    }
    if let Err(e) = std::fs::write(path, content) {
        eprintln!("cannot write {}: {e}", path.display());
        std::process::exit(1);
    }
}
