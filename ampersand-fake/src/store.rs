//! `--state FILE`: the fake's state saved on every change, atomically (a temporary file in
//! the same directory, synced, then renamed over the old one, and the directory synced), so
//! that a process killed between two writes leaves the last whole state and never a torn one.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::state::State as Projects;

/// The format of the file: `{"version": 1, "projects": […]}`.
const VERSION: u64 = 1;

/// The state in `path`, or an empty one when there is no such file.
pub(crate) fn load(path: &Path) -> Result<Projects, String> {
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
        let mut file = std::fs::File::create(&temp)?;
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
