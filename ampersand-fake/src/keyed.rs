//! State kept by key (an operation's logs, an installation's paused objects) or alone (the
//! fake's builder), remembering which keys changed since the store last took them.

use std::collections::{BTreeMap, BTreeSet};

use crate::journal::{Change, Stored};

/// Values by key, read as a `BTreeMap`; changed through its own methods, which mark the key.
pub(crate) struct Keyed<V> {
    map: BTreeMap<String, V>,
    changed: BTreeSet<String>,
}

impl<V> Default for Keyed<V> {
    fn default() -> Self {
        Keyed {
            map: BTreeMap::new(),
            changed: BTreeSet::new(),
        }
    }
}

impl<V> std::ops::Deref for Keyed<V> {
    type Target = BTreeMap<String, V>;

    fn deref(&self) -> &Self::Target {
        &self.map
    }
}

impl<V> Keyed<V> {
    /// Sets `key`'s value.
    pub(crate) fn insert(&mut self, key: String, value: V) -> Option<V> {
        self.changed.insert(key.clone());
        self.map.insert(key, value)
    }

    /// Removes `key`'s value.
    pub(crate) fn remove(&mut self, key: &str) -> Option<V> {
        let gone = self.map.remove(key);
        if gone.is_some() {
            self.changed.insert(key.to_string());
        }
        gone
    }

    /// `key`'s value, to change.
    pub(crate) fn get_mut(&mut self, key: &str) -> Option<&mut V> {
        let value = self.map.get_mut(key)?;
        self.changed.insert(key.to_string());
        Some(value)
    }

    /// `key`'s value, made empty first if there is none, to change.
    pub(crate) fn entry(&mut self, key: String) -> &mut V
    where
        V: Default,
    {
        self.changed.insert(key.clone());
        self.map.entry(key).or_default()
    }
}

impl<'de, V: serde::Deserialize<'de>> serde::Deserialize<'de> for Keyed<V> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let map = BTreeMap::<String, V>::deserialize(deserializer)?;
        let changed = map.keys().cloned().collect();
        Ok(Keyed { map, changed })
    }
}

impl<V: serde::Serialize + serde::de::DeserializeOwned> Stored for Keyed<V> {
    fn take(&mut self, table: &'static str, out: &mut Vec<Change>) {
        for key in std::mem::take(&mut self.changed) {
            out.push(match self.map.get(&key) {
                Some(value) => Change::put(table, key, value),
                None => Change::Delete { table, key },
            });
        }
    }

    fn forget(&mut self) {
        self.changed.clear();
    }

    fn load(&mut self, key: &str, row: &[u8]) -> Result<(), String> {
        let value = serde_json::from_slice(row).map_err(|e| e.to_string())?;
        self.map.insert(key.to_string(), value);
        Ok(())
    }
}

/// One value or none, read as an `Option`; set with [`Single::set`].
pub(crate) struct Single<T> {
    value: Option<T>,
    changed: bool,
}

impl<T> Default for Single<T> {
    fn default() -> Self {
        Single {
            value: None,
            changed: false,
        }
    }
}

impl<T> std::ops::Deref for Single<T> {
    type Target = Option<T>;

    fn deref(&self) -> &Option<T> {
        &self.value
    }
}

impl<T> Single<T> {
    /// Sets the value.
    pub(crate) fn set(&mut self, value: Option<T>) {
        self.value = value;
        self.changed = true;
    }
}

impl<'de, T: serde::Deserialize<'de>> serde::Deserialize<'de> for Single<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Single {
            value: Option::<T>::deserialize(deserializer)?,
            changed: true,
        })
    }
}

/// The key a [`Single`]'s value is stored under.
const ONLY: &str = "value";

impl<T: serde::Serialize + serde::de::DeserializeOwned> Stored for Single<T> {
    fn take(&mut self, table: &'static str, out: &mut Vec<Change>) {
        if std::mem::take(&mut self.changed) {
            let key = ONLY.to_string();
            out.push(match &self.value {
                Some(value) => Change::put(table, key, value),
                None => Change::Delete { table, key },
            });
        }
    }

    fn forget(&mut self) {
        self.changed = false;
    }

    fn load(&mut self, key: &str, row: &[u8]) -> Result<(), String> {
        if key != ONLY {
            return Err(format!("row key {key:?}"));
        }
        self.value = Some(serde_json::from_slice(row).map_err(|e| e.to_string())?);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_keys_changed_are_taken() {
        let mut keyed: Keyed<Vec<u32>> = Keyed::default();
        keyed.entry("a".into()).push(1);
        keyed.insert("b".into(), vec![2]);
        let mut out = Vec::new();
        keyed.take("k", &mut out);
        assert_eq!(format!("{out:?}"), "[Put k a, Put k b]");
        out.clear();
        keyed.remove("a");
        keyed.remove("nothing");
        let _ = keyed.get("b");
        keyed.take("k", &mut out);
        assert_eq!(format!("{out:?}"), "[Delete k a]");
        let mut single: Single<u32> = Single::default();
        out.clear();
        single.take("s", &mut out);
        assert!(out.is_empty());
        single.set(Some(3));
        single.take("s", &mut out);
        assert_eq!(format!("{out:?}"), "[Put s value]");
        let mut loaded: Single<u32> = Single::default();
        loaded.load("value", b"3").unwrap();
        assert_eq!(*loaded, Some(3));
        assert!(loaded.load("other", b"3").is_err());
    }
}
