//! `ampersand manifest validate`: every file judged, printed in the format asked, exit 1 when
//! one is not valid.

use std::path::Path;

use ampersand_ext::manifest::{Report, Validator};

use crate::{Usage, ValidateArgs, connect, report};

/// The file judged when none is named.
pub(crate) const DEFAULT_FILE: &str = "amp.yaml";

/// Whether every file is valid.
pub(crate) async fn run(args: ValidateArgs) -> Result<bool, Usage> {
    let files = match args.files.is_empty() {
        true => vec![DEFAULT_FILE.into()],
        false => args.files.clone(),
    };
    // every file read before anything is judged: a missing one is a usage error
    let texts = files
        .iter()
        .map(|f| read(f).map(|bytes| (f.display().to_string(), bytes)))
        .collect::<Result<Vec<_>, _>>()?;
    let live = connect::catalog(&args.rules).await?;
    let validator = connect::validator(&args.rules, live.as_ref());
    let reports: Vec<(String, Report)> = texts
        .into_iter()
        .map(|(name, bytes)| (name, judge(&validator, &bytes)))
        .collect();
    print!("{}", report::render(args.format, &reports));
    Ok(reports.iter().all(|(_, r)| r.is_valid(args.strict)))
}

/// The report of a file's bytes.
pub(crate) fn judge(validator: &Validator<'_>, bytes: &[u8]) -> Report {
    validator.validate_bytes(bytes)
}

/// A file's bytes, or why it cannot be read.
pub(crate) fn read(path: &Path) -> Result<Vec<u8>, Usage> {
    std::fs::read(path).map_err(|e| Usage(format!("cannot read {}: {e}", path.display())))
}
