//! `--state FILE`: the fake's state saved on every change, atomically (a temporary file in
//! the same directory, synced, then renamed over the old one, and the directory synced), so
//! that a process killed between two writes leaves the last whole state and never a torn one.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::state::State as Projects;

/// The format of the file: `{"version": 2, "projects": […]}` (2: records kept by connection,
/// not installation).
const VERSION: u64 = 2;

/// The state in `path`, or an empty one when there is no such file. Temporary files a killed
/// fake left beside it are removed.
pub(crate) fn load(path: &Path) -> Result<Projects, String> {
    remove_leftovers(path);
    let text = match std::fs::read(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Projects::default()),
        Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
    };
    let value: serde_json::Value = serde_json::from_slice(&text)
        .map_err(|e| format!("{} is not the fake's state: {e}", path.display()))?;
    match value.get("version").and_then(serde_json::Value::as_u64) {
        Some(VERSION) => {}
        other => {
            let found = other.map_or("no version".to_string(), |v| format!("version {v}"));
            return Err(format!(
                "{} is the fake's state of {found}; this fake reads version {VERSION}",
                path.display()
            ));
        }
    }
    serde_json::from_value(value)
        .map_err(|e| format!("{} is not the fake's state: {e}", path.display()))
}

/// Writes `state` to `path`, atomically.
pub(crate) fn save(path: &Path, state: &Projects) -> std::io::Result<()> {
    let mut value = serde_json::to_value(state)?;
    value["version"] = VERSION.into();
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "state".into());
    let temp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    {
        // the state holds the credentials it was given: readable by its owner only
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options.open(&temp)?;
        file.write_all(&serde_json::to_vec(&value)?)?;
        file.sync_all()?;
    }
    std::fs::rename(&temp, path)?;
    // the rename itself is durable once the directory is synced
    if let Ok(dir) = std::fs::File::open(&dir) {
        let _ = dir.sync_all();
    }
    Ok(())
}

/// Removes the temporary files (`.{name}.{pid}.tmp`) that a fake killed while saving left in
/// the state file's directory.
fn remove_leftovers(path: &Path) {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
        return;
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let prefix = format!(".{}.", name.to_string_lossy());
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        let pid = file
            .strip_prefix(&prefix)
            .and_then(|rest| rest.strip_suffix(".tmp"));
        if pid.is_some_and(|pid| pid.chars().all(|c| c.is_ascii_digit())) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}
