//! Writes the client into `OUT_DIR`: with the `codegen` feature (which this workspace's builds
//! turn on) it is generated from `openapi/` (see ampersand-codegen for the steps); without it
//! (a service's default), it is the copy in `generated/`, the same output checked in
//! (`tests/generated_copy.rs` holds it to what `openapi/` generates), so that a service's build
//! skips compiling progenitor and its dependencies.
//!
//! `openapi/` is inside this package, so that the published crate carries its spec: in the
//! workspace it is a symbolic link to the workspace's `openapi/` (identical by construction),
//! and `cargo package` copies the files it points to.

use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo"));
    println!("cargo:rerun-if-changed=build.rs");
    let (client, httpmock) = client(&manifest);
    write(&out.join("client.rs"), &client);
    write(&out.join("httpmock.rs"), &httpmock);
}

/// The client and the mocks, generated from the spec.
#[cfg(feature = "codegen")]
fn client(manifest: &Path) -> (String, String) {
    let spec = manifest.join("openapi");
    // a directory (the link resolved): cargo re-runs this script when any file under it changes
    let watched = std::fs::canonicalize(&spec).unwrap_or_else(|_| spec.clone());
    println!("cargo:rerun-if-changed={}", watched.display());
    let options = ampersand_codegen::Options {
        httpmock: std::env::var_os("CARGO_FEATURE_HTTPMOCK").is_some(),
    };
    match ampersand_codegen::generate(&spec, &options) {
        Ok(generated) => (generated.client, generated.httpmock.unwrap_or_default()),
        Err(e) => {
            eprintln!(
                "cannot generate the Ampersand client from {}:\n{e}",
                spec.display()
            );
            std::process::exit(1);
        }
    }
}

/// The client and the mocks, as generated from the same spec and checked in.
#[cfg(not(feature = "codegen"))]
fn client(manifest: &Path) -> (String, String) {
    let read = |name: &str| {
        let path = manifest.join("generated").join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        std::fs::read_to_string(&path).unwrap_or_else(|e| {
            eprintln!("cannot read {}: {e}", path.display());
            std::process::exit(1);
        })
    };
    let httpmock = match std::env::var_os("CARGO_FEATURE_HTTPMOCK") {
        Some(_) => read("httpmock.rs"),
        None => String::new(),
    };
    (read("client.rs"), httpmock)
}

/// Writes only when the content changed, so an unchanged output keeps its timestamp.
fn write(path: &Path, content: &str) {
    if std::fs::read_to_string(path).ok().as_deref() == Some(content) {
        return;
    }
    if let Err(e) = std::fs::write(path, content) {
        eprintln!("cannot write {}: {e}", path.display());
        std::process::exit(1);
    }
}
