//! `cargo xtask build-cost`: what the SDK adds to a service's cold build. Tiny services, each
//! in a fresh directory with a fresh target directory: one that depends on `ampersand-ext`
//! (from this workspace) and lists projects, with its default features and without `codegen`,
//! and the same service written with reqwest, serde and tokio only, with reqwest's default TLS
//! and with the SDK's. Each is
//! built once (`cargo build --timings`, debug), one after the other; the report gives the
//! times and the ratios, and cargo's timing reports stay in the directory given with `--dir`.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use crate::TaskError;

const SDK_MAIN: &str = r#"use ampersand_ext::prelude::*;

#[tokio::main]
async fn main() -> Result<(), ampersand_ext::Error> {
    let client = ClientBuilder::from_env()?.build()?;
    let projects = client.list_projects().send().await?;
    for project in projects.iter() {
        println!("{} {}", project.id, project.name);
    }
    Ok(())
}
"#;

const FLOOR_MAIN: &str = r#"#[derive(serde::Deserialize)]
struct Project {
    id: String,
    name: String,
}

#[tokio::main]
async fn main() -> Result<(), reqwest::Error> {
    // reqwest's default TLS brings its crypto provider (PROVIDER)
    let key = std::env::var("AMPERSAND_API_KEY").unwrap_or_default();
    let projects: Vec<Project> = reqwest::Client::new()
        .get("https://api.withampersand.com/v1/projects")
        .header("x-api-key", key)
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    for project in &projects {
        println!("{} {}", project.id, project.name);
    }
    Ok(())
}
"#;

/// One service's manifest: `deps` under `[dependencies]`, alone in its own workspace.
fn manifest(name: &str, deps: &str) -> String {
    format!(
        "[package]\nname = \"{name}\"\nversion = \"0.1.0\"\nedition = \"2021\"\npublish = false\n\n\
         [dependencies]\n{deps}\n[workspace]\n"
    )
}

/// Writes the service into `dir` and times its cold debug build.
fn build(dir: &Path, name: &str, deps: &str, main: &str) -> Result<Duration, TaskError> {
    let fail = |e: std::io::Error| TaskError(format!("cannot write {name}: {e}"));
    std::fs::create_dir_all(dir.join("src")).map_err(fail)?;
    std::fs::write(dir.join("Cargo.toml"), manifest(name, deps)).map_err(fail)?;
    std::fs::write(dir.join("src/main.rs"), main).map_err(fail)?;
    // resolve first, so that the timed build downloads nothing
    let fetched = Command::new(env!("CARGO"))
        .arg("fetch")
        .current_dir(dir)
        .status()
        .map_err(|e| TaskError(format!("cannot run cargo: {e}")))?;
    if !fetched.success() {
        return Err(TaskError(format!("cargo fetch failed for {name}")));
    }
    let start = Instant::now();
    let built = Command::new(env!("CARGO"))
        .args(["build", "--quiet", "--timings"])
        .env("CARGO_TARGET_DIR", dir.join("target"))
        // as a dependency from the registry is built: a path dependency is compiled with
        // incremental data, which a service's cold build of a published crate does not write
        .env("CARGO_INCREMENTAL", "0")
        .current_dir(dir)
        .status()
        .map_err(|e| TaskError(format!("cannot run cargo: {e}")))?;
    let took = start.elapsed();
    if !built.success() {
        return Err(TaskError(format!("the {name} build failed")));
    }
    Ok(took)
}

/// ampersand-ext's default features but `codegen`.
const COPY_FEATURES: &str = "\"rustls\", \"http2\", \"system-proxy\", \"data-plane\", \"webhooks\"";

const TOKIO: &str = "tokio = { version = \"1\", features = [\"macros\", \"rt-multi-thread\"] }\n";
const SERDE: &str = "serde = { version = \"1\", features = [\"derive\"] }\n";

/// Builds the four services under `scratch`, one after the other, and returns the report:
/// the service with ampersand-ext (default features), the service written with reqwest's
/// default features (rustls with aws-lc-rs), and the same with the TLS of the SDK's defaults
/// (rustls with ring), so that the TLS choice can be told from the rest; and the SDK service
/// again without the `codegen` feature (the client built from its checked-in copy, so no
/// progenitor at build time).
pub fn build_cost(root: &Path, scratch: &Path) -> Result<String, TaskError> {
    let ext = root.join("ampersand-ext");
    let sdk_deps = format!(
        "ampersand-ext = {{ path = {:?} }}\n{TOKIO}",
        ext.display().to_string()
    );
    let floor_deps =
        format!("reqwest = {{ version = \"0.13\", features = [\"json\"] }}\n{SERDE}{TOKIO}");
    let ring_deps = format!(
        "reqwest = {{ version = \"0.13\", default-features = false, features = [\"json\", \"rustls-no-provider\", \"http2\", \"system-proxy\"] }}\n\
         rustls = {{ version = \"0.23\", default-features = false, features = [\"ring\", \"std\"] }}\n{SERDE}{TOKIO}"
    );
    let ring_main = FLOOR_MAIN.replace(
        "// reqwest's default TLS brings its crypto provider (PROVIDER)",
        "let _ = rustls::crypto::ring::default_provider().install_default();",
    );
    let floor = build(
        &scratch.join("floor-service"),
        "floor-service",
        &floor_deps,
        FLOOR_MAIN,
    )?;
    let ring = build(
        &scratch.join("ring-service"),
        "ring-service",
        &ring_deps,
        &ring_main,
    )?;
    let sdk = build(
        &scratch.join("sdk-service"),
        "sdk-service",
        &sdk_deps,
        SDK_MAIN,
    )?;
    // the same service with the checked-in copy of the client: no progenitor at build time
    let copy_deps = format!(
        "ampersand-ext = {{ path = {:?}, default-features = false, features = [{COPY_FEATURES}] }}\n{TOKIO}",
        ext.display().to_string()
    );
    let copy = build(
        &scratch.join("copy-service"),
        "copy-service",
        &copy_deps,
        SDK_MAIN,
    )?;
    let secs = |d: Duration| d.as_secs_f64();
    Ok(format!(
        "cold debug build of a tiny service, {} cores:\n\
         - with ampersand-ext (default features, rustls with ring):       {:.1} s\n\
         - the same without `codegen` (the checked-in generated client):  {:.1} s\n\
         - with reqwest's defaults (rustls with aws-lc-rs), serde, tokio: {:.1} s\n\
         - with reqwest and rustls with ring, serde, tokio:               {:.1} s\n\
         ratio to reqwest's defaults: {:.2}× (goal: at most 1.3×); without `codegen` {:.2}×\n\
         ratio to the same TLS:       {:.2}×; without `codegen` {:.2}×",
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        secs(sdk),
        secs(copy),
        secs(floor),
        secs(ring),
        secs(sdk) / secs(floor),
        secs(copy) / secs(floor),
        secs(sdk) / secs(ring),
        secs(copy) / secs(ring),
    ))
}
