//! The maintainer tasks behind `cargo xtask`: take in a new spec (`regen`), compare two specs
//! (`api_diff`), keep the checked-in API surface file and copy of the generated client fresh
//! (`surface`, `stale`, `write_generated`, `generated_stale`), and time
//! what the SDK adds to a service's cold build (`build_cost`).
//!
//! Every task takes the workspace root, so the tests run them on a copy in a temp dir.

use std::path::{Path, PathBuf};

use ampersand_codegen::diff::{diff, render};
use ampersand_codegen::surface::Surface;

mod build_cost;
pub use build_cost::build_cost;

/// The spec directory, relative to the workspace root.
pub const SPEC_DIR: &str = "openapi";
/// The API surface file, relative to the workspace root.
pub const SURFACE_FILE: &str = "ampersand-client/API.md";
/// The checked-in copy of the generated client (`client.rs`, and the mocks in `httpmock.rs`),
/// relative to the workspace root: what ampersand-client builds from without its `codegen`
/// feature.
pub const GENERATED_DIR: &str = "ampersand-client/generated";

/// A task failed; the message says why and what to do.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct TaskError(pub String);

fn fail(message: impl Into<String>) -> TaskError {
    TaskError(message.into())
}

/// The workspace this xtask belongs to.
///
/// ```
/// assert!(xtask::workspace_root().join("Cargo.toml").is_file());
/// ```
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask sits in the workspace root")
        .to_path_buf()
}

/// The surface of the spec in `spec_dir`, or why it cannot be generated.
///
/// ```no_run
/// let surface = xtask::surface_of(&xtask::workspace_root().join("openapi")).unwrap();
/// assert!(surface.operations.contains_key("listInstallations"));
/// ```
pub fn surface_of(spec_dir: &Path) -> Result<Surface, TaskError> {
    ampersand_codegen::surface_of(spec_dir).map_err(|e| {
        fail(format!(
            "{}: the client cannot be generated:\n{e}",
            spec_dir.display()
        ))
    })
}

/// Writes the surface file of the workspace's spec.
///
/// ```no_run
/// xtask::write_surface(&xtask::workspace_root()).unwrap();
/// ```
pub fn write_surface(root: &Path) -> Result<(), TaskError> {
    let surface = surface_of(&root.join(SPEC_DIR))?;
    std::fs::write(root.join(SURFACE_FILE), surface.to_markdown())
        .map_err(|e| fail(format!("cannot write {SURFACE_FILE}: {e}")))
}

/// Fails when the checked-in surface file is not what the workspace's spec generates.
///
/// ```no_run
/// xtask::stale(&xtask::workspace_root()).expect("API.md is fresh");
/// ```
pub fn stale(root: &Path) -> Result<(), TaskError> {
    let expected = surface_of(&root.join(SPEC_DIR))?.to_markdown();
    let actual = std::fs::read_to_string(root.join(SURFACE_FILE)).unwrap_or_default();
    if actual == expected {
        return Ok(());
    }
    let first = expected
        .lines()
        .zip(actual.lines().chain(std::iter::repeat("")))
        .position(|(e, a)| e != a)
        .map(|i| format!(" (first difference at line {})", i + 1))
        .unwrap_or_default();
    Err(fail(format!(
        "{SURFACE_FILE} is stale{first}: run `cargo xtask surface` and commit the result"
    )))
}

/// The checked-in copy of the manifest types, relative to the workspace root: what
/// ampersand-manifest builds from without its `codegen` feature.
pub const MANIFEST_GENERATED: &str = "ampersand-manifest/generated/manifest.rs";

/// The client, the mocks and the manifest types generated from the spec under `root`, by the
/// path (from the workspace root) of the checked-in copy of each.
fn generated_files(root: &Path) -> Result<[(String, String); 3], TaskError> {
    let options = ampersand_codegen::Options { httpmock: true };
    let spec = root.join(SPEC_DIR);
    let generated = ampersand_codegen::generate(&spec, &options)
        .map_err(|e| fail(format!("the client cannot be generated:\n{e}")))?;
    let manifest = ampersand_codegen::generate_manifest(&spec)
        .map_err(|e| fail(format!("the manifest types cannot be generated:\n{e}")))?;
    Ok([
        (format!("{GENERATED_DIR}/client.rs"), generated.client),
        (
            format!("{GENERATED_DIR}/httpmock.rs"),
            generated.httpmock.unwrap_or_default(),
        ),
        (MANIFEST_GENERATED.to_string(), manifest),
    ])
}

/// Writes the copies generated from the workspace's spec: the client into [`GENERATED_DIR`],
/// the manifest types into [`MANIFEST_GENERATED`].
///
/// ```no_run
/// xtask::write_generated(&xtask::workspace_root()).unwrap();
/// ```
pub fn write_generated(root: &Path) -> Result<(), TaskError> {
    for (name, content) in generated_files(root)? {
        let path = root.join(&name);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| fail(format!("cannot create {}: {e}", dir.display())))?;
        }
        std::fs::write(&path, content).map_err(|e| fail(format!("cannot write {name}: {e}")))?;
    }
    Ok(())
}

/// Fails when a checked-in copy (the client's, the manifest types') is not what the
/// workspace's spec generates.
///
/// ```no_run
/// xtask::generated_stale(&xtask::workspace_root()).expect("the copy is fresh");
/// ```
pub fn generated_stale(root: &Path) -> Result<(), TaskError> {
    for (name, expected) in generated_files(root)? {
        let actual = std::fs::read_to_string(root.join(&name)).unwrap_or_default();
        if actual != expected {
            return Err(fail(format!(
                "{name} is stale: run `cargo xtask generated` and commit the result"
            )));
        }
    }
    Ok(())
}

/// The Markdown report of what changed from the spec in `old` to the spec in `new`.
///
/// ```no_run
/// let root = xtask::workspace_root();
/// let report = xtask::api_diff(&root.join("openapi"), &root.join("openapi")).unwrap();
/// assert!(report.contains("No changes"));
/// ```
pub fn api_diff(old: &Path, new: &Path) -> Result<String, TaskError> {
    Ok(render(&diff(&surface_of(old)?, &surface_of(new)?)))
}

/// What `openapi/SOURCE` records for a spec taken from `from`: `checkout <commit>` (the
/// checkout's git commit, when it is a git checkout), never a machine path.
fn source_of(from: &Path) -> String {
    let commit = std::process::Command::new("git")
        .arg("-C")
        .arg(from)
        .args(["rev-parse", "HEAD"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .filter(|c| !c.is_empty());
    match commit {
        Some(commit) => format!("checkout {commit}\n"),
        None => "checkout (not a git checkout)\n".to_string(),
    }
}

/// Takes in the spec checkout `from` (`api/api.yaml` and the files it refers to): checks that
/// it loads and generates, replaces `openapi/` with it in one step, refreshes the surface file
/// and the copy of the generated client, and returns the change report. On any failure `openapi/` is left as it was.
///
/// ```no_run
/// let report = xtask::regen(&xtask::workspace_root(), "../spec-repo".as_ref()).unwrap();
/// println!("{report}");
/// ```
pub fn regen(root: &Path, from: &Path) -> Result<String, TaskError> {
    if !from.join(ampersand_spec::ENTRY).is_file() {
        return Err(fail(format!(
            "{} is not a spec checkout: it has no {}",
            from.display(),
            ampersand_spec::ENTRY
        )));
    }
    let spec = ampersand_spec::Spec::load(from)
        .map_err(|e| fail(format!("{} does not check:\n{e}", from.display())))?;
    // the data-plane files, each an entry of its own, with the files they reach
    let mut files: std::collections::BTreeSet<String> =
        spec.files().map(|(name, _)| name.to_string()).collect();
    for &(_, entry) in ampersand_spec::DATA_PLANE {
        if !from.join(entry).is_file() {
            return Err(fail(format!(
                "{} is not a spec checkout: it has no {entry}",
                from.display()
            )));
        }
        let part = ampersand_spec::Spec::load_entry(from, entry).map_err(|e| {
            fail(format!(
                "{} does not check:\n{e}",
                from.join(entry).display()
            ))
        })?;
        files.extend(part.files().map(|(name, _)| name.to_string()));
    }
    let new = surface_of(from)?;
    let old = surface_of(&root.join(SPEC_DIR)).unwrap_or_default();

    let staging = root.join(".openapi.staging");
    let previous = root.join(".openapi.previous");
    for dir in [&staging, &previous] {
        if dir.exists() {
            std::fs::remove_dir_all(dir)
                .map_err(|e| fail(format!("cannot clear {}: {e}", dir.display())))?;
        }
    }
    for name in &files {
        let target = staging.join(name);
        let copied = std::fs::create_dir_all(target.parent().expect("a file has a parent"))
            .and_then(|_| std::fs::copy(from.join(name), &target));
        if let Err(e) = copied {
            let _ = std::fs::remove_dir_all(&staging);
            return Err(fail(format!("cannot stage {name}: {e}")));
        }
    }
    if let Err(e) = std::fs::write(staging.join("SOURCE"), source_of(from)) {
        let _ = std::fs::remove_dir_all(&staging);
        return Err(fail(format!("cannot stage SOURCE: {e}")));
    }
    let spec_dir = root.join(SPEC_DIR);
    std::fs::rename(&spec_dir, &previous)
        .and_then(|_| std::fs::rename(&staging, &spec_dir))
        .map_err(|e| fail(format!("cannot replace {SPEC_DIR}/: {e}")))?;
    let _ = std::fs::remove_dir_all(&previous);
    std::fs::write(root.join(SURFACE_FILE), new.to_markdown())
        .map_err(|e| fail(format!("cannot write {SURFACE_FILE}: {e}")))?;
    write_generated(root)?;
    Ok(render(&diff(&old, &new)))
}
