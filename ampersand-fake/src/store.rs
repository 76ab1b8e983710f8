//! `--state FILE`: the fake's state in an embedded database (redb), one table per part of the
//! state and one row per thing kept. A change writes the rows it changed, in one transaction,
//! before it is answered; changes queued while a transaction is written go together in the
//! next one (a group commit), in the order they were made. No lock of the state is held while
//! the disk is written. A transaction the disk refuses changes nothing: the store stays as it
//! was, and the state in memory is read again from it.

use std::collections::{HashMap, VecDeque};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use redb::{ReadableDatabase, ReadableTable, TableDefinition};
use tokio::sync::oneshot;

use crate::journal::Change;
use crate::state::State;

/// The version of the store's layout this fake reads and writes (1 and 2 were JSON files).
pub(crate) const VERSION: u64 = 3;

/// The store's own facts: `version`.
const META: TableDefinition<'_, &str, u64> = TableDefinition::new("meta");

/// A table of the state: rows by key, as JSON.
fn rows(name: &str) -> TableDefinition<'_, &'static str, &'static [u8]> {
    TableDefinition::new(name)
}

/// The changes of one request, and who waits for them to be written.
struct Batch {
    changes: Vec<Change>,
    done: oneshot::Sender<Result<(), String>>,
}

/// An open store.
pub(crate) struct Store {
    path: PathBuf,
    /// `None` once the fake stopped (the file is closed, for another fake to open).
    db: Mutex<Option<redb::Database>>,
    queue: Mutex<VecDeque<Batch>>,
}

/// `lock()` of a mutex whose holder may have panicked (its data stays usable).
fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl Store {
    /// Opens the store at `path`, made (readable by its owner only) if there is none, and the
    /// state it holds. A version 2 state file there is migrated first.
    pub(crate) fn open(path: &Path) -> Result<(Store, State), String> {
        crate::migrate::prepare(path)?;
        let created = !path.exists();
        if created {
            own_file(path).map_err(|e| format!("cannot create {}: {e}", path.display()))?;
        }
        let db = redb::Database::create(path).map_err(|e| match e {
            redb::DatabaseError::DatabaseAlreadyOpen => format!(
                "{} is open in another fake (one fake a store at a time)",
                path.display()
            ),
            e => format!("{} is not the fake's state: {e}", path.display()),
        })?;
        let version = read_version(&db).map_err(|e| format!("{}: {e}", path.display()))?;
        match version {
            Some(VERSION) => {}
            None if created || is_empty(&db) => {
                write_version(&db).map_err(|e| format!("cannot write {}: {e}", path.display()))?
            }
            None => return Err(format!("{} is not the fake's state", path.display())),
            Some(other) => {
                return Err(format!(
                    "{} is the fake's state of version {other}; this fake reads version \
                     {VERSION} (a newer fake made it)",
                    path.display()
                ));
            }
        }
        let state =
            load(&db).map_err(|e| format!("{} is not the fake's state: {e}", path.display()))?;
        let store = Store {
            path: path.to_path_buf(),
            db: Mutex::new(Some(db)),
            queue: Mutex::new(VecDeque::new()),
        };
        Ok((store, state))
    }

    /// Queues `changes` for the next transaction (called with the state locked, so that the
    /// queue's order is the order the changes were made); what the transaction ends with.
    pub(crate) fn queue(&self, changes: Vec<Change>) -> oneshot::Receiver<Result<(), String>> {
        let (done, written) = oneshot::channel();
        lock(&self.queue).push_back(Batch { changes, done });
        written
    }

    /// Writes every change queued, in one transaction (blocking: run it off the runtime). When
    /// the transaction fails, every change queued fails with it and `state` is read again from
    /// the store, which the failed transaction left as it was.
    pub(crate) fn flush(&self, state: &tokio::sync::RwLock<State>) {
        let mut db = lock(&self.db);
        let mut group: Vec<Batch> = lock(&self.queue).drain(..).collect();
        if group.is_empty() {
            return;
        }
        let outcome = match db.as_ref() {
            Some(open) => commit(open, group.iter().flat_map(|b| &b.changes)),
            None => Err("the fake has stopped".into()),
        };
        if let (Err(e), Some(_)) = (&outcome, db.as_ref()) {
            tracing::error!("cannot write the state to {}: {e}", self.path.display());
            // no change is queued while the state is locked; those queued already fail too
            let mut state = state.blocking_write();
            group.extend(lock(&self.queue).drain(..));
            // the database refuses everything after a failed write: opened again, it is as the
            // last transaction written left it
            db.take();
            match redb::Database::create(&self.path)
                .map_err(|e| e.to_string())
                .and_then(|open| Ok((load(&open)?, open)))
            {
                Ok((kept, open)) => {
                    *state = kept;
                    *db = Some(open);
                }
                Err(e) => tracing::error!(
                    "cannot read {} again: {e}; the fake saves nothing more",
                    self.path.display()
                ),
            }
        }
        for batch in group {
            let _ = batch.done.send(outcome.clone());
        }
    }

    /// Closes the file (another fake may open it then); changes queued later fail.
    pub(crate) fn close(&self) {
        lock(&self.db).take();
    }
}

/// Writes `changes` in one transaction.
fn commit<'a>(
    db: &redb::Database,
    changes: impl Iterator<Item = &'a Change>,
) -> Result<(), String> {
    let tx = db.begin_write().map_err(|e| e.to_string())?;
    {
        let mut open = HashMap::new();
        for change in changes {
            match change {
                Change::Put { table, key, row } => {
                    table_of(&tx, &mut open, table)?
                        .insert(key.as_str(), row.as_slice())
                        .map_err(|e| e.to_string())?;
                }
                Change::Delete { table, key } => {
                    table_of(&tx, &mut open, table)?
                        .remove(key.as_str())
                        .map_err(|e| e.to_string())?;
                }
                Change::Clear => {
                    open.clear();
                    for name in State::tables() {
                        tx.delete_table(rows(name)).map_err(|e| e.to_string())?;
                    }
                }
            }
        }
    }
    tx.commit().map_err(|e| e.to_string())
}

/// A table of `tx`, opened once.
fn table_of<'t, 'm>(
    tx: &'t redb::WriteTransaction,
    open: &'m mut HashMap<&'static str, redb::Table<'t, &'static str, &'static [u8]>>,
    name: &'static str,
) -> Result<&'m mut redb::Table<'t, &'static str, &'static [u8]>, String> {
    match open.entry(name) {
        std::collections::hash_map::Entry::Occupied(table) => Ok(table.into_mut()),
        std::collections::hash_map::Entry::Vacant(slot) => {
            let table = tx.open_table(rows(name)).map_err(|e| e.to_string())?;
            Ok(slot.insert(table))
        }
    }
}

/// The state the store holds.
fn load(db: &redb::Database) -> Result<State, String> {
    let tx = db.begin_read().map_err(|e| e.to_string())?;
    let mut state = State::default();
    for name in State::tables() {
        let table = match tx.open_table(rows(name)) {
            Ok(table) => table,
            Err(redb::TableError::TableDoesNotExist(_)) => continue,
            Err(e) => return Err(e.to_string()),
        };
        for row in table.iter().map_err(|e| e.to_string())? {
            let (key, row) = row.map_err(|e| e.to_string())?;
            state.load(name, key.value(), row.value())?;
        }
    }
    state.changes(false);
    Ok(state)
}

/// The version the store says it is of (`None`: it says none).
fn read_version(db: &redb::Database) -> Result<Option<u64>, String> {
    let tx = db.begin_read().map_err(|e| e.to_string())?;
    let meta = match tx.open_table(META) {
        Ok(meta) => meta,
        Err(redb::TableError::TableDoesNotExist(_)) => return Ok(None),
        Err(e) => return Err(e.to_string()),
    };
    let version = meta.get("version").map_err(|e| e.to_string())?;
    Ok(version.map(|v| v.value()))
}

/// Whether the database has no table at all (made, but nothing written yet).
fn is_empty(db: &redb::Database) -> bool {
    db.begin_read()
        .ok()
        .and_then(|tx| tx.list_tables().ok().map(|mut t| t.next().is_none()))
        .unwrap_or(false)
}

fn write_version(db: &redb::Database) -> Result<(), String> {
    let tx = db.begin_write().map_err(|e| e.to_string())?;
    {
        let mut meta = tx.open_table(META).map_err(|e| e.to_string())?;
        meta.insert("version", VERSION).map_err(|e| e.to_string())?;
    }
    tx.commit().map_err(|e| e.to_string())
}

/// Makes an empty file at `path` readable by its owner only: the state holds credentials.
pub(crate) fn own_file(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}

/// Writes a whole state into a new store at `path` (a migration's), in one transaction.
pub(crate) fn create_with(path: &Path, mut state: State) -> Result<(), String> {
    own_file(path).map_err(|e| e.to_string())?;
    let db = redb::Database::create(path).map_err(|e| e.to_string())?;
    write_version(&db)?;
    commit(&db, state.changes(true).iter())
}

/// The names of the tables a store keeps the state in, for a test's eyes.
#[cfg(test)]
fn names(db: &redb::Database) -> Vec<String> {
    use redb::TableHandle;
    let tx = db.begin_read().unwrap();
    tx.list_tables()
        .unwrap()
        .map(|t| t.name().to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_is_written_and_read_back_and_a_clear_empties_every_table() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state");
        let (store, mut state) = Store::open(&path).unwrap();
        state.pending.insert(
            "op".into(),
            serde_json::from_value(serde_json::json!({
                "kind": "read", "installation": "i", "object": "o", "since": null, "until": null
            }))
            .unwrap(),
        );
        let changes = state.changes(true);
        assert_eq!(format!("{changes:?}"), "[Put pending op]");
        let shared = tokio::sync::RwLock::new(state);
        let mut done = store.queue(changes);
        store.flush(&shared);
        assert_eq!(done.try_recv().unwrap(), Ok(()));
        store.close();
        let (store, state) = Store::open(&path).unwrap();
        assert!(state.pending.contains_key("op"));
        {
            let db = lock(&store.db);
            assert!(names(db.as_ref().unwrap()).contains(&"pending".to_string()));
        }
        let mut done = store.queue(vec![Change::Clear]);
        store.flush(&tokio::sync::RwLock::new(State::default()));
        assert_eq!(done.try_recv().unwrap(), Ok(()));
        store.close();
        let (_, state) = Store::open(&path).unwrap();
        assert!(state.pending.is_empty());
    }
}
