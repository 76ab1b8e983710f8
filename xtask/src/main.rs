//! `cargo xtask …`: maintainer tasks for the spec and the generated client.

use std::path::PathBuf;
use std::process::{Command as Process, ExitCode};

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(about = "Maintainer tasks of the ampersand-rs workspace")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// What CI checks: every file under the spec directory parses as OpenAPI 3.0, every $ref
    /// resolves, operationIds are unique, the client generates, and ampersand-client/API.md and
    /// ampersand-client/generated/ are fresh. Prints the operations.
    Check {
        /// The spec directory (holding api/api.yaml); default: the workspace's openapi/
        #[arg(long)]
        spec: Option<PathBuf>,
        /// Print only the summary line
        #[arg(long)]
        quiet: bool,
    },
    /// Take in a new version of the spec from a checkout of the service's spec repository,
    /// refresh ampersand-client/API.md and ampersand-client/generated/, print what changed and rebuild the client.
    Regen {
        /// The checkout (holding api/api.yaml and the files it refers to)
        #[arg(long)]
        from: PathBuf,
        /// Do not run `cargo build -p ampersand-client` afterwards
        #[arg(long)]
        no_build: bool,
    },
    /// Print a Markdown report of the API changes from one spec directory to another.
    ApiDiff {
        /// The old spec directory
        old: PathBuf,
        /// The new spec directory
        new: PathBuf,
    },
    /// Rewrite ampersand-client/API.md from openapi/.
    Surface,
    /// Rewrite ampersand-client/generated/ (the copy of the client the crate builds from
    /// without its `codegen` feature) from openapi/.
    Generated,
    /// Time the cold build of a tiny service with ampersand-ext against the same service with
    /// reqwest, serde and tokio only, each in a fresh target directory, and print the ratio.
    BuildCost {
        /// Where to put the two services (default: a new directory under the system's temp
        /// directory, removed afterwards)
        #[arg(long)]
        dir: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    let root = xtask::workspace_root();
    let result = match Cli::parse().command {
        Command::Check { spec, quiet } => check(&root, spec, quiet),
        Command::Regen { from, no_build } => xtask::regen(&root, &from).map(|report| {
            println!("{report}");
            if !no_build {
                let status = Process::new(env!("CARGO"))
                    .args(["build", "-p", "ampersand-client"])
                    .current_dir(&root)
                    .status();
                if !status.is_ok_and(|s| s.success()) {
                    eprintln!("openapi/ was updated but `cargo build -p ampersand-client` failed");
                }
            }
        }),
        Command::ApiDiff { old, new } => xtask::api_diff(&old, &new).map(|r| println!("{r}")),
        Command::BuildCost { dir } => {
            // a directory of the caller's is kept, with cargo's timing reports in it
            let keep = dir.is_some();
            let scratch = dir.unwrap_or_else(|| {
                std::env::temp_dir().join(format!("ampersand-build-cost-{}", std::process::id()))
            });
            let report = xtask::build_cost(&root, &scratch);
            if !keep {
                let _ = std::fs::remove_dir_all(&scratch);
            }
            report.map(|r| println!("{r}"))
        }
        Command::Generated => xtask::write_generated(&root).map(|_| {
            println!(
                "wrote {} and {}",
                xtask::GENERATED_DIR,
                xtask::MANIFEST_GENERATED
            )
        }),
        Command::Surface => {
            xtask::write_surface(&root).map(|_| println!("wrote {}", xtask::SURFACE_FILE))
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

fn check(
    root: &std::path::Path,
    spec: Option<PathBuf>,
    quiet: bool,
) -> Result<(), xtask::TaskError> {
    let workspace_spec = spec.is_none();
    let dir = spec.unwrap_or_else(|| root.join(xtask::SPEC_DIR));
    let loaded = ampersand_spec::Spec::load_all(&dir).map_err(|errors| {
        xtask::TaskError(format!(
            "{errors}\n{} problem(s) in {}",
            errors.len(),
            dir.display()
        ))
    })?;
    let ops = loaded.operations();
    if !quiet {
        for op in &ops {
            println!("{:<7} {:<40} {}", op.method, op.operation_id, op.path);
        }
    }
    let surface = xtask::surface_of(&dir)?;
    if workspace_spec {
        xtask::stale(root)?;
        xtask::generated_stale(root)?;
    }
    println!(
        "ok: {} operations, {} files, every $ref resolves, the client generates ({} types){} ({})",
        ops.len(),
        loaded.files().count(),
        surface.schemas.len(),
        if workspace_spec {
            ", API.md and generated/ are fresh"
        } else {
            ""
        },
        dir.display()
    );
    Ok(())
}
