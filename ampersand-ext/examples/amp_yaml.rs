//! Lints and deploys `amp.yaml` manifests, for CI:
//!
//! ```text
//! cargo run -p ampersand-ext --example amp_yaml -- validate amp.yaml [more.yaml …] [--deny-warnings]
//! AMPERSAND_API_KEY=… cargo run -p ampersand-ext --example amp_yaml -- deploy amp.yaml --project my-project [--destructive]
//! ```
//!
//! `validate` prints each problem as `file:line:column: path: message` (`warning:` before the
//! path of a warning) and exits with status 1 if any is an error (or a warning, with
//! `--deny-warnings`). `deploy` validates, deploys through `batchUpsertIntegrations` with the
//! key (or `AMPERSAND_JWT`) and base URL (`AMPERSAND_BASE_URL`) of the environment, prints
//! each integration deployed (`name id`), and on a refusal prints the service's issues at
//! their place in the file. Status 2: the command could not run (an unreadable file, no key).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use ampersand_ext::manifest::{position_of, ClientManifestExt, Manifest, Problem};
use ampersand_ext::ClientBuilder;
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(about = "Lint and deploy Ampersand amp.yaml manifests")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print every problem of the manifests; exit status 1 if any is an error.
    Validate {
        /// The manifests.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Fail on warnings too (keys the schema does not know, deprecated keys).
        #[arg(long)]
        deny_warnings: bool,
    },
    /// Validate the manifest and deploy it to a project.
    Deploy {
        /// The manifest.
        file: PathBuf,
        /// The project's id or name (else `AMPERSAND_PROJECT`).
        #[arg(long)]
        project: Option<String>,
        /// Let the service act destructively (pause the reads of removed objects).
        #[arg(long)]
        destructive: bool,
    },
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Validate {
            files,
            deny_warnings,
        } => {
            let mut failed = false;
            for file in &files {
                let Some(text) = read(file) else {
                    return ExitCode::from(2);
                };
                for problem in Manifest::validate_yaml(&text) {
                    failed |= problem.is_error() || deny_warnings;
                    println!("{}:{problem}", file.display());
                }
            }
            if failed {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            }
        }
        Command::Deploy {
            file,
            project,
            destructive,
        } => {
            let Some(text) = read(&file) else {
                return ExitCode::from(2);
            };
            let Some(project) = project.or_else(|| std::env::var("AMPERSAND_PROJECT").ok()) else {
                eprintln!("error: give --project or set AMPERSAND_PROJECT");
                return ExitCode::from(2);
            };
            let runtime = match tokio::runtime::Runtime::new() {
                Ok(runtime) => runtime,
                Err(e) => {
                    eprintln!("error: {e}");
                    return ExitCode::from(2);
                }
            };
            runtime.block_on(deploy(&file, &text, &project, destructive))
        }
    }
}

fn read(file: &Path) -> Option<String> {
    std::fs::read_to_string(file)
        .map_err(|e| eprintln!("error: cannot read {}: {e}", file.display()))
        .ok()
}

async fn deploy(file: &Path, text: &str, project: &str, destructive: bool) -> ExitCode {
    let print = |problems: &[Problem], sent: Option<&str>| {
        for problem in problems {
            // the positions of a problem of the YAML sent, placed in the file by its path
            let at = sent
                .and_then(|_| position_of(text, &problem.path))
                .unwrap_or(problem.position);
            let mut problem = problem.clone();
            problem.position = at;
            println!("{}:{problem}", file.display());
        }
    };
    let problems = Manifest::validate_yaml(text);
    if problems.iter().any(Problem::is_error) {
        print(&problems, None);
        return ExitCode::FAILURE;
    }
    let manifest = match Manifest::from_yaml(text) {
        Ok(manifest) => manifest,
        Err(e) => {
            print(e.problems(), None);
            return ExitCode::FAILURE;
        }
    };
    let client = match ClientBuilder::from_env().and_then(ClientBuilder::build) {
        Ok(client) => client,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let mut deploy = client.deploy_manifest(project, &manifest);
    if destructive {
        deploy = deploy.destructive(true);
    }
    match deploy.send().await {
        Ok(integrations) => {
            for integration in integrations {
                println!("{} {}", integration.name, integration.id);
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            if let Some(problems) = e.manifest_problems() {
                print(problems, Some(""));
            }
            ExitCode::FAILURE
        }
    }
}
