//! The `ampersand` command as CI runs it: exit codes, each output format read back, the live
//! catalog and deploys against the local Ampersand.

mod live;
mod validate;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use ampersand_ext::manifest::Validator;
use ampersand_fake::{Fake, Options};

const FIXTURES: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../ampersand-manifest/tests/fixtures"
);
const KEY: &str = "cli-test-key";

fn fixture(name: &str) -> PathBuf {
    Path::new(FIXTURES).join(name)
}

/// Runs `ampersand args…` in `dir` without the caller's Ampersand variables, plus `env`.
fn run_in(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_ampersand"));
    command.args(args).current_dir(dir);
    for var in ["AMPERSAND_API_KEY", "AMPERSAND_JWT", "AMPERSAND_BASE_URL"] {
        command.env_remove(var);
    }
    command.envs(env.iter().copied());
    command.output().expect("the binary runs")
}

fn run(args: &[&str]) -> Output {
    run_in(Path::new(env!("CARGO_MANIFEST_DIR")), args, &[])
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}
