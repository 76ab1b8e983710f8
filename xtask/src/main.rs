//! `cargo xtask …`: maintainer tasks for the spec and the generated client.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(about = "Maintainer tasks of the ampersand-rs workspace")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Load and check the spec: every file under the spec directory parses as OpenAPI 3.0,
    /// every $ref resolves, every operation has a unique operationId, and the client generates
    /// from it (bundling, preparation step, progenitor). Prints the operations.
    Check {
        /// The spec directory (holding api/api.yaml); default: the workspace's openapi/
        #[arg(long)]
        spec: Option<PathBuf>,
        /// Print only the summary line
        #[arg(long)]
        quiet: bool,
    },
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask sits in the workspace root")
        .to_path_buf()
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Check { spec, quiet } => {
            let dir = spec.unwrap_or_else(|| workspace_root().join("openapi"));
            match ampersand_spec::Spec::load_all(&dir) {
                Ok(spec) => {
                    let ops = spec.operations();
                    if !quiet {
                        for op in &ops {
                            println!("{:<7} {:<40} {}", op.method, op.operation_id, op.path);
                        }
                    }
                    let options = ampersand_codegen::Options { httpmock: true };
                    let generated = match ampersand_codegen::generate(&dir, &options) {
                        Ok(generated) => generated,
                        Err(e) => {
                            eprintln!("{e}");
                            eprintln!("the client does not generate from {}", dir.display());
                            return ExitCode::FAILURE;
                        }
                    };
                    println!(
                        "ok: {} operations, {} files, every $ref resolves, the client generates \
                         ({} KiB) ({})",
                        ops.len(),
                        spec.files().count(),
                        generated.client.len() / 1024,
                        dir.display()
                    );
                    ExitCode::SUCCESS
                }
                Err(errors) => {
                    eprintln!("{errors}");
                    eprintln!("{} problem(s) in {}", errors.len(), dir.display());
                    ExitCode::FAILURE
                }
            }
        }
    }
}
