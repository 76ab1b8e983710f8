//! A YAML document as a tree whose every node knows its line and column, read from
//! `saphyr-parser`'s events (the parser of the yaml-rust2 maintainers, which gives every event
//! its span). Scalars are resolved as YAML 1.2's core schema says; the text of a plain one is
//! kept, so that where the manifest's schema asks for a string a plain `1.0` reads as `"1.0"`
//! (as the Go CLI's decoder reads it).

use saphyr_parser::{Event, Parser, ScalarStyle, Span};

mod scalar;

use scalar::resolve;

use crate::problem::{Position, Problem};
use crate::rules;

/// Nesting deeper than this is refused (the walks over the tree are recursive).
pub(crate) const MAX_DEPTH: usize = 128;

/// Nodes in a document, aliases expanded: more is refused (a few aliases of aliases can
/// otherwise stand for billions of nodes).
pub(crate) const MAX_NODES: usize = 1_000_000;

/// One node and where it starts.
#[derive(Debug, Clone)]
pub(crate) struct Node {
    pub(crate) at: Position,
    pub(crate) value: Value,
    /// The source text of a plain scalar that resolved to something other than a string
    /// (`1.0`, `true`, `null`): a schema that wants a string reads it.
    pub(crate) plain: Option<String>,
    /// Nodes in this subtree, itself included.
    size: usize,
}

/// What a node holds.
#[derive(Debug, Clone)]
pub(crate) enum Value {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Seq(Vec<Node>),
    Map(Vec<(Key, Node)>),
}

/// A mapping key and where it starts.
#[derive(Debug, Clone)]
pub(crate) struct Key {
    pub(crate) text: String,
    pub(crate) at: Position,
}

impl Value {
    /// What the value is, for messages: `a string`, `an integer`, ….
    pub(crate) fn describe(&self) -> &'static str {
        match self {
            Value::Null => "nothing (null)",
            Value::Bool(_) => "a boolean",
            Value::Int(_) => "an integer",
            Value::Float(_) => "a number",
            Value::Str(_) => "a string",
            Value::Seq(_) => "a list",
            Value::Map(_) => "a mapping",
        }
    }
}

/// One frame of the tree being built.
enum Frame {
    Seq {
        at: Position,
        anchor: usize,
        items: Vec<Node>,
        size: usize,
    },
    Map {
        at: Position,
        anchor: usize,
        entries: Vec<(Key, Node)>,
        key: Option<Key>,
        size: usize,
    },
}

fn position(span: &Span) -> Position {
    Position {
        line: span.start.line(),
        column: span.start.col() + 1,
    }
}

/// The problem at `at`, with no path (the document's structure is not known yet).
fn syntax(at: Position, message: impl Into<String>) -> Problem {
    Problem::new(&rules::YAML_SYNTAX, "", at, message)
}

/// Reads `text` as one YAML document. A syntax error (and anything that makes the document
/// unreadable: a second document, nesting deeper than [`MAX_DEPTH`], more than [`MAX_NODES`]
/// nodes, a key that is not a scalar, an unknown alias) is the one problem returned. A key
/// given twice stays in the tree, after the first: the schema walk reports it.
pub(crate) fn parse(text: &str) -> Result<Node, Problem> {
    let mut builder = Builder::default();
    for event in Parser::new_from_str(text) {
        let (event, span) = event.map_err(|e| {
            let m = e.marker();
            syntax(
                Position {
                    line: m.line(),
                    column: m.col() + 1,
                },
                format!("YAML syntax: {}", e.info()),
            )
        })?;
        if builder.event(event, &span)? {
            break;
        }
    }
    let root = builder.root.unwrap_or(Node {
        at: Position { line: 1, column: 1 },
        value: Value::Null,
        plain: None,
        size: 1,
    });
    Ok(root)
}

#[derive(Default)]
struct Builder {
    stack: Vec<Frame>,
    anchors: std::collections::HashMap<usize, Node>,
    root: Option<Node>,
    documents: usize,
    nodes: usize,
}

impl Builder {
    /// Takes one event; `true` at the end of the stream.
    fn event(&mut self, event: Event<'_>, span: &Span) -> Result<bool, Problem> {
        let at = position(span);
        match event {
            Event::StreamEnd => return Ok(true),
            Event::DocumentStart(_) => {
                self.documents += 1;
                if self.documents > 1 {
                    return Err(syntax(
                        at,
                        "a second YAML document: amp.yaml holds one (remove the `---`)",
                    ));
                }
            }
            Event::Nothing | Event::StreamStart | Event::DocumentEnd => {}
            Event::Alias(id) => {
                let node = self.anchors.get(&id).cloned().ok_or_else(|| {
                    syntax(at, "an alias (`*name`) to an anchor not defined before it")
                })?;
                let node = Node { at, ..node };
                self.count(node.size, at)?;
                self.complete(node)?;
            }
            Event::Scalar(text, style, anchor, tag) => {
                self.count(1, at)?;
                let plain = (style == ScalarStyle::Plain).then(|| text.to_string());
                let value = resolve(text, style, tag.as_deref());
                let plain = plain.filter(|_| !matches!(value, Value::Str(_)));
                self.complete_anchored(
                    Node {
                        at,
                        value,
                        plain,
                        size: 1,
                    },
                    anchor,
                )?;
            }
            Event::SequenceStart(anchor, _) => {
                self.open(
                    Frame::Seq {
                        at,
                        anchor,
                        items: Vec::new(),
                        size: 1,
                    },
                    at,
                )?;
            }
            Event::MappingStart(anchor, _) => {
                self.open(
                    Frame::Map {
                        at,
                        anchor,
                        entries: Vec::new(),
                        key: None,
                        size: 1,
                    },
                    at,
                )?;
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let (node, anchor) = match self.stack.pop() {
                    Some(Frame::Seq {
                        at,
                        anchor,
                        items,
                        size,
                    }) => (
                        Node {
                            at,
                            value: Value::Seq(items),
                            plain: None,
                            size,
                        },
                        anchor,
                    ),
                    Some(Frame::Map {
                        at,
                        anchor,
                        entries,
                        size,
                        ..
                    }) => (
                        Node {
                            at,
                            value: Value::Map(merged(entries)),
                            plain: None,
                            size,
                        },
                        anchor,
                    ),
                    None => return Err(syntax(at, "YAML syntax: an end without a start")),
                };
                self.complete_anchored(node, anchor)?;
            }
        }
        Ok(false)
    }

    fn count(&mut self, nodes: usize, at: Position) -> Result<(), Problem> {
        self.nodes = self.nodes.saturating_add(nodes);
        if self.nodes > MAX_NODES {
            return Err(syntax(
                at,
                format!("more than {MAX_NODES} nodes once aliases are expanded"),
            ));
        }
        Ok(())
    }

    fn open(&mut self, frame: Frame, at: Position) -> Result<(), Problem> {
        self.count(1, at)?;
        if self.stack.len() >= MAX_DEPTH {
            return Err(syntax(at, format!("nested deeper than {MAX_DEPTH} levels")));
        }
        self.stack.push(frame);
        Ok(())
    }

    fn complete_anchored(&mut self, node: Node, anchor: usize) -> Result<(), Problem> {
        if anchor != 0 {
            self.anchors.insert(anchor, node.clone());
        }
        self.complete(node)
    }

    /// Puts a finished node where it belongs: the root, a list's next item, a mapping's key
    /// or the value of its pending key.
    fn complete(&mut self, node: Node) -> Result<(), Problem> {
        match self.stack.last_mut() {
            None => self.root = Some(node),
            Some(Frame::Seq { items, size, .. }) => {
                *size += node.size;
                items.push(node);
            }
            Some(Frame::Map {
                entries, key, size, ..
            }) => {
                *size += node.size;
                match key.take() {
                    None => {
                        let text = match (node.value, node.plain) {
                            (Value::Str(s), _) => s,
                            (
                                Value::Null | Value::Bool(_) | Value::Int(_) | Value::Float(_),
                                Some(text),
                            ) => text,
                            (
                                Value::Null | Value::Bool(_) | Value::Int(_) | Value::Float(_),
                                None,
                            ) => String::new(),
                            (Value::Seq(_) | Value::Map(_), _) => {
                                return Err(syntax(
                                    node.at,
                                    "a key that is a list or a mapping: keys are names",
                                ));
                            }
                        };
                        *key = Some(Key { text, at: node.at });
                    }
                    // a key given twice stays in the tree (the walk reports it at its path; every
                    // lookup finds the first)
                    Some(k) => entries.push((k, node)),
                }
            }
        }
        Ok(())
    }
}

/// A mapping's entries with its merge keys (`<<: *base`, or a list of aliases) replaced by
/// the entries of the mappings they name that the mapping does not have itself, as YAML's
/// merge key type (and the service's decoder) reads them.
fn merged(entries: Vec<(Key, Node)>) -> Vec<(Key, Node)> {
    if !entries.iter().any(|(k, _)| k.text == "<<") {
        return entries;
    }
    let (merges, mut own): (Vec<_>, Vec<_>) =
        entries.into_iter().partition(|(k, _)| k.text == "<<");
    for (key, node) in merges {
        let sources = match node.value {
            Value::Map(m) => vec![m],
            Value::Seq(items) => items
                .into_iter()
                .filter_map(|i| match i.value {
                    Value::Map(m) => Some(m),
                    _ => None,
                })
                .collect(),
            // not a mapping: kept as a key of its own, which the walk reports
            other => {
                own.push((
                    key,
                    Node {
                        value: other,
                        ..node
                    },
                ));
                continue;
            }
        };
        for source in sources {
            for (k, v) in source {
                if !own.iter().any(|(o, _)| o.text == k.text) {
                    own.push((k, v));
                }
            }
        }
    }
    own
}

#[cfg(test)]
mod tests;
