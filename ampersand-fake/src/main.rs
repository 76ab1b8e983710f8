//! The fake as a process: `ampersand-fake --addr 127.0.0.1:8080 --api-key KEY --jwt TOKEN
//! [--state FILE] [--webhook-secret whsec_…] [--async-delay-ms MS] [--url-results-above N]`.
//! Prints one JSON line on stdout when it is ready (the base URL of each host), logs each
//! request on stderr, and stops on Ctrl-C or SIGTERM.

use std::io::Write;
use std::net::SocketAddr;
use std::process::ExitCode;

use ampersand_fake::{
    DEFAULT_API_KEY, DEFAULT_JWT, DEFAULT_URL_RESULTS_ABOVE, DEFAULT_WEBHOOK_SECRET, Fake, Options,
};
use clap::Parser;

#[derive(Parser)]
#[command(about = "A local, stateful Ampersand API for tests")]
struct Cli {
    /// Where to listen (port 0: any free one; the ready line says which).
    #[arg(long, default_value = "127.0.0.1:8080")]
    addr: SocketAddr,
    /// The API key to accept as X-Api-Key.
    #[arg(long, default_value = DEFAULT_API_KEY)]
    api_key: String,
    /// The JWT to accept as Authorization: Bearer.
    #[arg(long, default_value = DEFAULT_JWT)]
    jwt: String,
    /// Keep the state in FILE, an embedded database (read at start, each change written in
    /// one transaction before it is answered; a version 2 JSON file is migrated); without it,
    /// in memory only.
    #[arg(long, value_name = "FILE")]
    state: Option<std::path::PathBuf>,
    /// The signing key of the webhook destinations created (Svix's `whsec_…` form).
    #[arg(long, default_value = DEFAULT_WEBHOOK_SECRET)]
    webhook_secret: String,
    /// How long an asynchronous write or a triggered read runs, in milliseconds.
    #[arg(long, value_name = "MS")]
    async_delay_ms: Option<u64>,
    /// Deliver read results of more than N records by URL (a downloadUrl the fake serves),
    /// as the service delivers large ones.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_URL_RESULTS_ABOVE)]
    url_results_above: usize,
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()),
        )
        .init();
    let mut options = Options::new()
        .addr(cli.addr)
        .api_key(cli.api_key)
        .jwt(cli.jwt)
        .webhook_secret(cli.webhook_secret)
        .url_results_above(cli.url_results_above);
    if let Some(ms) = cli.async_delay_ms {
        options = options.async_delay(std::time::Duration::from_millis(ms));
    }
    if let Some(file) = cli.state {
        options = options.state_file(file);
    }
    let fake = match Fake::start(options).await {
        Ok(fake) => fake,
        Err(e) => {
            eprintln!("ampersand-fake: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{}", serde_json::Value::Object(fake.urls()));
    let _ = out.flush();
    drop(out);
    stopped().await;
    drop(fake);
    ExitCode::SUCCESS
}

/// Ctrl-C, or SIGTERM on Unix.
async fn stopped() {
    #[cfg(unix)]
    {
        let mut term =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(term) => term,
                Err(_) => {
                    let _ = tokio::signal::ctrl_c().await;
                    return;
                }
            };
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = tokio::signal::ctrl_c().await;
}
