//! What a change wrote: the rows it put or removed, each by its table and key, taken from the
//! state after the change and written to the store in one transaction before it is answered.

/// One row written or removed.
pub(crate) enum Change {
    /// A row, as JSON.
    Put {
        table: &'static str,
        key: String,
        row: Vec<u8>,
    },
    /// A row removed.
    Delete { table: &'static str, key: String },
    /// Every row of every table removed (a reset).
    Clear,
}

impl Change {
    /// `row` put at `key` of `table`.
    pub(crate) fn put(table: &'static str, key: String, row: &impl serde::Serialize) -> Change {
        Change::Put {
            table,
            key,
            // the fake's own values always serialize
            row: serde_json::to_vec(row).unwrap_or_default(),
        }
    }
}

impl std::fmt::Debug for Change {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Change::Put { table, key, .. } => write!(f, "Put {table} {key}"),
            Change::Delete { table, key } => write!(f, "Delete {table} {key}"),
            Change::Clear => f.write_str("Clear"),
        }
    }
}

/// A part of the state the store keeps, row by row.
pub(crate) trait Stored {
    /// Moves the rows changed since the last take into `out`, as changes of `table`.
    fn take(&mut self, table: &'static str, out: &mut Vec<Change>);
    /// Forgets which rows changed (the state is kept in memory only).
    fn forget(&mut self);
    /// Reads one row the store kept.
    fn load(&mut self, key: &str, row: &[u8]) -> Result<(), String>;
}
