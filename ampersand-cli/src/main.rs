//! `ampersand`: the Ampersand command line.
//!
//! ```text
//! ampersand manifest validate [FILE…] [--strict] [--skip-provider] [--catalog snapshot|live]
//!                                     [--format text|json|github]
//! ampersand manifest deploy FILE --project P [--destructive] [--skip-provider] [--catalog …]
//! ampersand manifest rules
//! ```
//!
//! Exit status: 0 valid (or deployed), 1 invalid (or refused), 2 a usage error, a file that
//! cannot be read, or a failed call for the live catalog or the credentials.

mod connect;
mod deploy;
mod report;
mod validate;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// The Ampersand command line.
#[derive(Debug, Parser)]
#[command(name = "ampersand", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// The integration manifest, amp.yaml.
    #[command(subcommand)]
    Manifest(ManifestCommand),
}

#[derive(Debug, Subcommand)]
enum ManifestCommand {
    /// Check manifests as the Ampersand service does: every rule, with the provider catalog.
    Validate(ValidateArgs),
    /// Validate a manifest, then deploy it to a project (nothing is sent if it has an error).
    Deploy(DeployArgs),
    /// Every rule: the id printed (and named by `# amp:ignore[…]`), its check, severity and
    /// what it asks.
    Rules,
}

/// What the rules check against.
#[derive(Debug, Args)]
struct Rules {
    /// Skip the provider rules (the catalog, Salesforce, Google Calendar, Snowflake).
    #[arg(long)]
    skip_provider: bool,
    /// The provider catalog: the snapshot this command carries, or the service's own
    /// (listProviders, with AMPERSAND_API_KEY or AMPERSAND_JWT if set).
    #[arg(long, value_enum, default_value_t = CatalogSource::Snapshot)]
    catalog: CatalogSource,
    /// The platform API's base URL (else AMPERSAND_BASE_URL, else the service's).
    #[arg(long, value_name = "URL")]
    base_url: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum CatalogSource {
    /// The catalog the service's validator is built with, kept in this command.
    Snapshot,
    /// The service's catalog now, fetched.
    Live,
}

#[derive(Debug, Args)]
struct ValidateArgs {
    /// The manifests (default: amp.yaml).
    #[arg(value_name = "FILE")]
    files: Vec<PathBuf>,
    /// Fail on warnings too (those a directive silences do not count).
    #[arg(long)]
    strict: bool,
    /// How to print the problems.
    #[arg(long, value_enum, default_value_t = report::Format::Text)]
    format: report::Format,
    #[command(flatten)]
    rules: Rules,
}

#[derive(Debug, Args)]
struct DeployArgs {
    /// The manifest.
    #[arg(value_name = "FILE")]
    file: PathBuf,
    /// The project, by id or name.
    #[arg(long)]
    project: String,
    /// Let the deploy act destructively (pause the reads of objects the manifest drops).
    #[arg(long)]
    destructive: bool,
    #[command(flatten)]
    rules: Rules,
}

/// A failure that is not the manifest's: exit status 2.
#[derive(Debug)]
struct Usage(String);

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => return usage(Usage(format!("cannot start: {e}"))),
    };
    let outcome = runtime.block_on(async {
        match cli.command {
            Command::Manifest(ManifestCommand::Validate(args)) => validate::run(args).await,
            Command::Manifest(ManifestCommand::Deploy(args)) => deploy::run(args).await,
            Command::Manifest(ManifestCommand::Rules) => {
                print!("{}", report::rules());
                Ok(true)
            }
        }
    });
    match outcome {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => usage(e),
    }
}

fn usage(e: Usage) -> ExitCode {
    eprintln!("ampersand: {}", e.0);
    ExitCode::from(2)
}
