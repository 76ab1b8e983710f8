//! A stored object read with an update's listed paths laid over it: a `Deserializer` that
//! passes the stored object's members through as they are read, and gives each listed member
//! the partial object's value instead (a listed member the stored object lacks is added after
//! its own; a member holding listed paths deeper is read the same way, one level down). The
//! stored object is read once, into whatever type asks (a generated type, or a `Value`), with
//! no tree made of it first.

use std::fmt;

use serde::de::value::{BorrowedStrDeserializer, StrDeserializer, StringDeserializer};
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

/// A member an update's mask lists, or holds listed paths under, at one level of the object.
#[derive(Debug)]
pub(super) struct Node<'p> {
    /// The member's name (a path's segment, unescaped).
    pub(super) name: std::borrow::Cow<'p, str>,
    /// The partial object's value of the member.
    pub(super) value: &'p Value,
    /// Whether the mask lists the member itself: it takes `value` whole.
    pub(super) whole: bool,
    /// The members listed under it, when it is not taken whole.
    pub(super) under: Vec<Node<'p>>,
}

/// The value `base` reads, with the members `nodes` name laid over it (an object, whatever
/// `base` holds: a stored value that is not one is replaced by one of the listed members).
pub(super) struct Overlay<'de, D> {
    pub(super) base: D,
    pub(super) nodes: &'de [Node<'de>],
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Overlay<'de, D> {
    type Error = D::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.base.deserialize_any(Over {
            visitor,
            nodes: self.nodes,
        })
    }

    // listed members make an object, never `null`
    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        visitor.visit_some(self)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        visitor.visit_newtype_struct(self)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct seq tuple tuple_struct map struct enum identifier ignored_any
    }
}

/// What the stored value turned out to be: an object is read member by member, anything
/// else is read past and replaced by an object of the listed members.
struct Over<'de, V> {
    visitor: V,
    nodes: &'de [Node<'de>],
}

impl<'de, V: Visitor<'de>> Over<'de, V> {
    fn listed_only<E: de::Error>(self) -> Result<V::Value, E> {
        self.visitor
            .visit_map(OverMap::new(Ended(std::marker::PhantomData), self.nodes))
    }
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Over<'de, V> {
    type Value = V::Value;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.visitor.expecting(formatter)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.visitor.visit_map(OverMap::new(map, self.nodes))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<V::Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        self.listed_only()
    }

    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        self.listed_only()
    }

    fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
        self.listed_only()
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<V::Value, E> {
        self.listed_only()
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<V::Value, E> {
        self.listed_only()
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<V::Value, E> {
        self.listed_only()
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<V::Value, E> {
        self.listed_only()
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<V::Value, E> {
        self.listed_only()
    }
}

/// An object that has no (more) members: what a stored value that is not an object, or
/// lacks a member holding listed paths, gives.
struct Ended<E>(std::marker::PhantomData<E>);

impl<'de, E: de::Error> MapAccess<'de> for Ended<E> {
    type Error = E;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, _: K) -> Result<Option<K::Value>, E> {
        Ok(None)
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, _: S) -> Result<S::Value, E> {
        Err(E::custom("a value asked for with no member"))
    }
}

/// The stored object's members, then the listed ones it lacks.
struct OverMap<'de, A> {
    base: A,
    nodes: &'de [Node<'de>],
    /// Which of `nodes` the stored object had.
    seen: Seen,
    /// The stored object has no more members.
    ended: bool,
    /// The next of `nodes` to add, once the stored object's members are read.
    added: usize,
    /// The member whose value is asked next, when listed: whether the stored object has it.
    pending: Option<(&'de Node<'de>, bool)>,
}

impl<'de, A> OverMap<'de, A> {
    fn new(base: A, nodes: &'de [Node<'de>]) -> Self {
        OverMap {
            base,
            nodes,
            seen: Seen::new(nodes.len()),
            ended: false,
            added: 0,
            pending: None,
        }
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for OverMap<'de, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        if !self.ended {
            match self.base.next_key_seed(KeySeed)? {
                Some(key) => {
                    let at = self.nodes.iter().position(|n| n.name == key.as_str());
                    self.pending = at.map(|at| {
                        self.seen.set(at);
                        (&self.nodes[at], true)
                    });
                    return key.deserialize(seed).map(Some);
                }
                None => self.ended = true,
            }
        }
        while let Some(node) = self.nodes.get(self.added) {
            self.added += 1;
            if !self.seen.has(self.added - 1) {
                self.pending = Some((node, false));
                let name = StrDeserializer::<A::Error>::new(&node.name);
                return seed.deserialize(name).map(Some);
            }
        }
        Ok(None)
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, A::Error> {
        let Some((node, stored)) = self.pending.take() else {
            return self.base.next_value_seed(seed);
        };
        if node.whole {
            if stored {
                self.base.next_value::<IgnoredAny>()?;
            }
            return seed
                .deserialize(node.value)
                .map_err(<A::Error as de::Error>::custom);
        }
        let nodes = &node.under;
        match stored {
            true => self.base.next_value_seed(Under { seed, nodes }),
            false => seed.deserialize(Overlay {
                base: de::value::UnitDeserializer::<A::Error>::new(),
                nodes,
            }),
        }
    }
}

/// Which members of a level were seen: bits for the few a mask lists at one level, a list
/// past 64.
enum Seen {
    Few(u64),
    Many(Vec<bool>),
}

impl Seen {
    fn new(members: usize) -> Seen {
        match members <= 64 {
            true => Seen::Few(0),
            false => Seen::Many(vec![false; members]),
        }
    }

    fn set(&mut self, at: usize) {
        match self {
            Seen::Few(bits) => *bits |= 1 << at,
            Seen::Many(seen) => seen[at] = true,
        }
    }

    fn has(&self, at: usize) -> bool {
        match self {
            Seen::Few(bits) => bits & (1 << at) != 0,
            Seen::Many(seen) => seen[at],
        }
    }
}

/// A member's value read with the paths listed under it laid over it.
struct Under<'de, S> {
    seed: S,
    nodes: &'de [Node<'de>],
}

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for Under<'de, S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, base: D) -> Result<S::Value, D::Error> {
        self.seed.deserialize(Overlay {
            base,
            nodes: self.nodes,
        })
    }
}

/// A stored member's name, borrowed from the stored text when it escapes nothing.
enum Key<'de> {
    Borrowed(&'de str),
    Owned(String),
}

impl<'de> Key<'de> {
    fn as_str(&self) -> &str {
        match self {
            Key::Borrowed(key) => key,
            Key::Owned(key) => key,
        }
    }

    /// The name, to whatever asked for it.
    fn deserialize<K: DeserializeSeed<'de>, E: de::Error>(self, seed: K) -> Result<K::Value, E> {
        match self {
            Key::Borrowed(key) => seed.deserialize(BorrowedStrDeserializer::new(key)),
            Key::Owned(key) => seed.deserialize(StringDeserializer::new(key)),
        }
    }
}

/// Reads a member's name as a [`Key`].
struct KeySeed;

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Key<'de>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Key<'de>, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = Key<'de>;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a member's name")
    }

    fn visit_borrowed_str<E: de::Error>(self, key: &'de str) -> Result<Key<'de>, E> {
        Ok(Key::Borrowed(key))
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Key<'de>, E> {
        Ok(Key::Owned(key.to_string()))
    }

    fn visit_string<E: de::Error>(self, key: String) -> Result<Key<'de>, E> {
        Ok(Key::Owned(key))
    }
}
