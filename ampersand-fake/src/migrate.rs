//! A version 2 state (one JSON file, rewritten whole on every change) moved into the store on
//! the first start of a fake that keeps a store: read, written into a new store beside it in
//! one transaction, then put in its place, the old file kept beside it as a backup.

use std::path::{Path, PathBuf};

use crate::state::State;

/// The JSON state file's last version (`{"version": 2, "projects": […]}`: records kept by
/// connection, not installation).
const JSON_VERSION: u64 = 2;

/// Makes `path` ready for the store to open: a version 2 file there is migrated (with a
/// message), a migration a killed fake left halfway is finished, and the temporary files a
/// version 2 fake killed while saving left are removed. Anything else is left for the store.
pub(crate) fn prepare(path: &Path) -> Result<(), String> {
    remove_leftovers(path);
    let migrating = beside(path, "migrating");
    if !path.exists() {
        if migrating.exists() {
            std::fs::rename(&migrating, path).map_err(|e| e.to_string())?;
        }
        return Ok(());
    }
    let text = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    if text.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'{') {
        return Ok(());
    }
    let state = read(path, &text)?;
    let _ = std::fs::remove_file(&migrating);
    crate::store::create_with(&migrating, state)
        .map_err(|e| format!("cannot migrate {}: {e}", path.display()))?;
    let backup = beside(path, "v2.json");
    std::fs::rename(path, &backup)
        .and_then(|()| std::fs::rename(&migrating, path))
        .map_err(|e| format!("cannot migrate {}: {e}", path.display()))?;
    if let Some(dir) = path
        .parent()
        .and_then(|d| std::fs::File::open(dir_or_here(d)).ok())
    {
        let _ = dir.sync_all();
    }
    tracing::warn!(
        "{} was a version {JSON_VERSION} state file: it is now the fake's store (version {}), \
         and the old file is kept as {}",
        path.display(),
        crate::store::VERSION,
        backup.display()
    );
    Ok(())
}

/// A version 2 state file's state, every row of it new to the store.
fn read(path: &Path, text: &[u8]) -> Result<State, String> {
    let value: serde_json::Value = serde_json::from_slice(text)
        .map_err(|e| format!("{} is not the fake's state: {e}", path.display()))?;
    match value.get("version").and_then(serde_json::Value::as_u64) {
        Some(JSON_VERSION) => {}
        other => {
            let found = other.map_or("no version".to_string(), |v| format!("version {v}"));
            return Err(format!(
                "{} is the fake's state of {found}; this fake reads version {} and migrates \
                 version {JSON_VERSION}",
                path.display(),
                crate::store::VERSION
            ));
        }
    }
    serde_json::from_value(value)
        .map_err(|e| format!("{} is not the fake's state: {e}", path.display()))
}

/// `path` with `.{suffix}` added to its name.
fn beside(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".{suffix}"));
    path.with_file_name(name)
}

fn dir_or_here(dir: &Path) -> &Path {
    if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    }
}

/// Removes the temporary files (`.{name}.{pid}.tmp`) that a version 2 fake killed while
/// saving left in the state file's directory.
fn remove_leftovers(path: &Path) {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
        return;
    };
    let prefix = format!(".{}.", name.to_string_lossy());
    for entry in std::fs::read_dir(dir_or_here(dir))
        .into_iter()
        .flatten()
        .flatten()
    {
        let file = entry.file_name().to_string_lossy().into_owned();
        let pid = file
            .strip_prefix(&prefix)
            .and_then(|rest| rest.strip_suffix(".tmp"));
        if pid.is_some_and(|pid| pid.chars().all(|c| c.is_ascii_digit())) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}
