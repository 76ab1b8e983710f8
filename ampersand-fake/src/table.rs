//! A table of rows in the order they were made: each row keeps its slot for life (the key the
//! store saves it under), is found by its id in constant time, and the table remembers which
//! slots changed since the store last took them, so a change writes only what it changed.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::OnceLock;

use serde_json::value::RawValue;

use crate::journal::{Change, Stored};

/// A row of a [`Table`]: what it is found by.
pub(crate) trait Row: serde::Serialize + serde::de::DeserializeOwned {
    /// The row's id (unique within its table).
    fn id(&self) -> String;

    /// What the row is listed under, if anything (an operation's installation): the table
    /// keeps each group's rows in order, so a page of one is read without the others. It
    /// does not change while the row lives.
    fn group(&self) -> Option<String> {
        None
    }

    /// What else the row is found by, unique within its table (a project's name), if
    /// anything. It may change: through [`Table::set`], which finds the row by its new name.
    fn name(&self) -> Option<Cow<'_, str>> {
        None
    }
}

/// A name unique within a scope (an integration's within its project) as a [`Row::name`].
pub(crate) fn scoped(scope: &str, name: &str) -> String {
    // the unit separator: in no id
    format!("{scope}\u{1f}{name}")
}

/// Where a row of a [`Table`] is: stable while the row lives, and later rows have higher
/// slots (a page token can name one).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Slot(pub(crate) u64);

/// A row, and its JSON once it was needed (an answer, the store), until it changes.
struct Kept<T> {
    row: T,
    json: OnceLock<Box<RawValue>>,
}

impl<T: serde::Serialize> Kept<T> {
    fn new(row: T) -> Self {
        Kept {
            row,
            json: OnceLock::new(),
        }
    }

    /// The row as JSON, made once (the fake's own values always serialize).
    fn json(&self) -> &RawValue {
        self.json.get_or_init(|| {
            serde_json::value::to_raw_value(&self.row)
                .unwrap_or_else(|_| RawValue::from_string("null".into()).expect("JSON"))
        })
    }

    /// The row, to change: its JSON is made again when next needed.
    fn changing(&mut self) -> &mut T {
        self.json = OnceLock::new();
        &mut self.row
    }
}

/// Rows in the order made, found by slot or id.
pub(crate) struct Table<T> {
    rows: BTreeMap<u64, Kept<T>>,
    by_id: HashMap<String, u64>,
    /// The slot of each row by its [`Row::name`].
    by_name: HashMap<String, u64>,
    /// The slots of each group's rows ([`Row::group`]).
    groups: HashMap<String, BTreeSet<u64>>,
    next: u64,
    /// The slots changed (written or removed) since the store last took them, as often as
    /// they changed (a list, cleared without freeing it: most changes touch one row).
    changed: Vec<u64>,
}

impl<T> Default for Table<T> {
    fn default() -> Self {
        Table {
            rows: BTreeMap::new(),
            by_id: HashMap::new(),
            by_name: HashMap::new(),
            groups: HashMap::new(),
            next: 0,
            changed: Vec::new(),
        }
    }
}

impl<T: Row> Table<T> {
    /// The rows, oldest first.
    pub(crate) fn iter(&self) -> impl DoubleEndedIterator<Item = &T> + Clone {
        self.rows.values().map(|kept| &kept.row)
    }

    /// Adds `row` last; its slot.
    pub(crate) fn push(&mut self, row: T) -> Slot {
        let slot = self.next;
        self.next += 1;
        self.index(slot, &row);
        self.rows.insert(slot, Kept::new(row));
        self.changed.push(slot);
        Slot(slot)
    }

    /// The row at `slot` as JSON: made once, until the row changes (an answer and the store
    /// read it rather than serializing the row again).
    pub(crate) fn json(&self, slot: Slot) -> &RawValue {
        self.rows[&slot.0].json()
    }

    /// Finds `row`, at `slot`, by its id, its name and in its group.
    fn index(&mut self, slot: u64, row: &T) {
        self.by_id.insert(row.id(), slot);
        if let Some(name) = row.name() {
            self.by_name.insert(name.into_owned(), slot);
        }
        if let Some(group) = row.group() {
            self.groups.entry(group).or_default().insert(slot);
        }
    }

    /// The slot of the row named `name` ([`Row::name`]).
    pub(crate) fn named(&self, name: &str) -> Option<Slot> {
        self.by_name.get(name).map(|slot| Slot(*slot))
    }

    /// Puts `row` at `slot` in place of the row there (of the same id and group), found by its
    /// name from now on.
    pub(crate) fn set(&mut self, slot: Slot, row: T) {
        let old = self.rows.get(&slot.0).and_then(|kept| kept.row.name());
        let new = row.name();
        if old != new {
            if let Some(old) = old {
                self.by_name.remove(old.as_ref());
            }
            if let Some(new) = new {
                self.by_name.insert(new.into_owned(), slot.0);
            }
        }
        self.changed.push(slot.0);
        self.rows.insert(slot.0, Kept::new(row));
    }

    /// The rows of `group` from `from` on (the first, without it), oldest first, and how
    /// many rows the group has in all.
    pub(crate) fn group(
        &self,
        group: &str,
        from: Option<Slot>,
    ) -> (impl Iterator<Item = (Slot, &T)> + use<'_, T>, usize) {
        let slots = self.groups.get(group);
        let start = from.map_or(0, |slot| slot.0);
        let rows = slots
            .into_iter()
            .flat_map(move |slots| slots.range(start..))
            .map(|slot| (Slot(*slot), &self.rows[slot].row));
        (rows, slots.map_or(0, BTreeSet::len))
    }

    /// The slots of the rows, oldest first.
    pub(crate) fn slots(&self) -> Vec<Slot> {
        self.rows.keys().map(|slot| Slot(*slot)).collect()
    }

    /// The slot of the row whose id is `id`, if `keep` takes it (the row of a project, say).
    pub(crate) fn find(&self, id: &str, keep: impl Fn(&T) -> bool) -> Option<Slot> {
        let slot = *self.by_id.get(id)?;
        keep(&self.rows[&slot].row).then_some(Slot(slot))
    }

    /// The row whose id is `id`, to change.
    pub(crate) fn get_mut(&mut self, id: &str) -> Option<&mut T> {
        let slot = *self.by_id.get(id)?;
        self.changed.push(slot);
        self.rows.get_mut(&slot).map(Kept::changing)
    }

    /// Removes the row at `slot`.
    pub(crate) fn remove(&mut self, slot: Slot) -> T {
        let row = self.rows.remove(&slot.0).expect("a slot of this table").row;
        self.by_id.remove(&row.id());
        if let Some(name) = row.name() {
            self.by_name.remove(name.as_ref());
        }
        if let Some(group) = row.group()
            && let Some(slots) = self.groups.get_mut(&group)
        {
            slots.remove(&slot.0);
            if slots.is_empty() {
                self.groups.remove(&group);
            }
        }
        self.changed.push(slot.0);
        row
    }

    /// Keeps the rows `keep` takes.
    pub(crate) fn retain(&mut self, mut keep: impl FnMut(&T) -> bool) {
        let gone: Vec<u64> = self
            .rows
            .iter()
            .filter(|(_, kept)| !keep(&kept.row))
            .map(|(slot, _)| *slot)
            .collect();
        for slot in gone {
            self.remove(Slot(slot));
        }
    }
}

impl<T> std::ops::Index<Slot> for Table<T> {
    type Output = T;

    fn index(&self, slot: Slot) -> &T {
        &self.rows[&slot.0].row
    }
}

/// A change of the row in place that keeps its id, name and group (a row replaced whole, or
/// renamed, goes through [`Table::set`]).
impl<T: serde::Serialize> std::ops::IndexMut<Slot> for Table<T> {
    fn index_mut(&mut self, slot: Slot) -> &mut T {
        self.changed.push(slot.0);
        self.rows
            .get_mut(&slot.0)
            .expect("a slot of this table")
            .changing()
    }
}

impl<T: Row> serde::Serialize for Table<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.rows.values().map(Kept::json))
    }
}

/// A table read from a list (a version 2 state file): every row is new to the store.
impl<'de, T: Row> serde::Deserialize<'de> for Table<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let mut table = Table::default();
        for row in Vec::<T>::deserialize(deserializer)? {
            table.push(row);
        }
        Ok(table)
    }
}

impl<T: Row> Stored for Table<T> {
    fn take(&mut self, table: &'static str, out: &mut Vec<Change>) {
        let mut changed = std::mem::take(&mut self.changed);
        changed.sort_unstable();
        changed.dedup();
        for slot in changed {
            let key = slot_key(slot);
            out.push(match self.rows.get(&slot) {
                Some(kept) => Change::Put {
                    table,
                    key,
                    row: kept.json().get().as_bytes().to_vec(),
                },
                None => Change::Delete { table, key },
            });
        }
    }

    fn forget(&mut self) {
        self.changed.clear();
    }

    fn load(&mut self, key: &str, row: &[u8]) -> Result<(), String> {
        let slot = u64::from_str_radix(key, 16).map_err(|_| format!("row key {key:?}"))?;
        let row: T = serde_json::from_slice(row).map_err(|e| e.to_string())?;
        self.index(slot, &row);
        self.rows.insert(slot, Kept::new(row));
        self.next = self.next.max(slot + 1);
        Ok(())
    }
}

/// A slot as the store's key: fixed-width hex, so that the store's order is the table's.
fn slot_key(slot: u64) -> String {
    format!("{slot:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    impl Row for (String, u32) {
        fn id(&self) -> String {
            self.0.clone()
        }

        fn group(&self) -> Option<String> {
            Some(format!("g{}", self.1 % 2))
        }
    }

    #[test]
    fn a_group_is_read_from_a_slot_on_without_the_other_rows() {
        let mut table = Table::default();
        let slots: Vec<Slot> = (0..10).map(|n| table.push((format!("r{n}"), n))).collect();
        let (rows, count) = table.group("g1", None);
        let odd: Vec<u32> = rows.map(|(_, r)| r.1).collect();
        assert_eq!((odd, count), (vec![1, 3, 5, 7, 9], 5));
        let (rows, _) = table.group("g1", Some(slots[5]));
        assert_eq!(rows.map(|(_, r)| r.1).collect::<Vec<_>>(), [5, 7, 9]);
        table.remove(slots[3]);
        table.retain(|r| r.1 != 9);
        let (rows, count) = table.group("g1", None);
        assert_eq!(
            (rows.map(|(_, r)| r.1).collect::<Vec<_>>(), count),
            (vec![1, 5, 7], 3)
        );
        assert_eq!(table.group("none", None).1, 0);
    }

    fn taken(table: &mut Table<(String, u32)>) -> Vec<String> {
        let mut out = Vec::new();
        table.take("t", &mut out);
        out.iter().map(|c| format!("{c:?}")).collect()
    }

    #[test]
    fn rows_keep_their_slots_and_order_and_only_changes_are_taken() {
        let mut table = Table::default();
        let a = table.push(("a".to_string(), 1));
        let b = table.push(("b".to_string(), 2));
        assert_eq!(taken(&mut table).len(), 2);
        assert!(taken(&mut table).is_empty());
        // changed twice, written once
        table[b].1 = 2;
        table[b].1 = 3;
        table.remove(a);
        let c = table.push(("c".to_string(), 4));
        assert_eq!(
            taken(&mut table),
            [
                "Delete t 0000000000000000",
                "Put t 0000000000000001",
                "Put t 0000000000000002"
            ]
        );
        assert_eq!(table.find("b", |_| true), Some(b));
        assert_eq!(table.find("b", |r| r.1 == 2), None);
        assert_eq!(table.find("a", |_| true), None);
        assert_eq!(table[c].1, 4);
        let order: Vec<&str> = table.iter().map(|r| r.0.as_str()).collect();
        assert_eq!(order, ["b", "c"]);
        // a table loaded from the store goes on after its last slot
        let mut loaded: Table<(String, u32)> = Table::default();
        loaded.load("0000000000000001", br#"["b",3]"#).unwrap();
        assert_eq!(loaded.push(("d".into(), 5)), Slot(2));
        assert!(loaded.load("zz", b"[]").is_err());
    }

    /// A row found by a name that changes: `(id, name)`.
    #[derive(serde::Serialize, serde::Deserialize)]
    struct Named(String, String);

    impl Row for Named {
        fn id(&self) -> String {
            self.0.clone()
        }

        fn name(&self) -> Option<Cow<'_, str>> {
            Some(scoped("p", &self.1).into())
        }
    }

    #[test]
    fn a_row_is_found_by_its_name_until_it_is_renamed_or_removed() {
        let mut table = Table::default();
        let a = table.push(Named("1".into(), "a".into()));
        let b = table.push(Named("2".into(), "b".into()));
        assert_eq!(table.named(&scoped("p", "a")), Some(a));
        assert_eq!(table.named(&scoped("q", "a")), None);
        table.set(a, Named("1".into(), "c".into()));
        assert_eq!(table.named(&scoped("p", "a")), None);
        assert_eq!(table.named(&scoped("p", "c")), Some(a));
        assert_eq!(table.find("1", |_| true), Some(a));
        assert_eq!(table[a].1, "c");
        // a rename is a change the store takes
        let mut out = Vec::new();
        table.take("t", &mut out);
        assert_eq!(out.len(), 2);
        table.remove(b);
        assert_eq!(table.named(&scoped("p", "b")), None);
        // a table loaded from the store finds its rows by name
        let mut loaded: Table<Named> = Table::default();
        loaded.load("0000000000000003", br#"["3","d"]"#).unwrap();
        assert_eq!(loaded.named(&scoped("p", "d")), Some(Slot(3)));
    }
}
