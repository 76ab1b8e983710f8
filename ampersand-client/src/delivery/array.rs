//! A JSON array read element by element from bytes that arrive in chunks: each element is
//! typed as soon as its last byte is in, and its bytes are then let go, so a result of any
//! size never sits in memory whole.
//!
//! Each element is parsed once, by serde_json, straight into the caller's type; only an element
//! that does not fit is read again, to find where it ends and the JSON path of the misfit. An
//! element cut by a chunk's end is parsed again only once twice as many of its bytes have
//! arrived, so however large an element, the work stays linear in its size.

use serde::de::{DeserializeOwned, IgnoredAny};
use serde_json::error::Category;

use crate::DecodeError;

/// Where the reader is in the array.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// Before the `[`.
    Start,
    /// After the `[`: an element or the `]`.
    FirstOrEnd,
    /// After an element: a `,` or the `]`.
    CommaOrEnd,
    /// After a `,`: an element.
    Element,
    /// After the `]`: whitespace only.
    Done,
}

/// What the reader has next.
#[derive(Debug)]
pub(crate) enum Next<T> {
    /// An element, or why it does not fit (its path starts with its index: `[12].email`);
    /// the elements after it still come.
    Element(Result<T, DecodeError>),
    /// More bytes are needed ([`ArrayReader::push`], or [`ArrayReader::end`] at the end).
    More,
    /// The array ended, and nothing but whitespace followed.
    End,
    /// The bytes are not a JSON array, or it breaks off: nothing more comes.
    Broken(DecodeError),
}

/// The reader; see the [module docs](self).
#[derive(Debug)]
pub(crate) struct ArrayReader {
    buf: Vec<u8>,
    /// The first byte of `buf` not read yet.
    at: usize,
    state: State,
    /// The index of the next element.
    index: usize,
    /// How many unread bytes an element cut short needs before it is parsed again.
    want: usize,
    /// No more bytes come.
    ended: bool,
}

impl ArrayReader {
    pub(crate) fn new() -> Self {
        ArrayReader {
            buf: Vec::new(),
            at: 0,
            state: State::Start,
            index: 0,
            want: 0,
            ended: false,
        }
    }

    /// The next bytes.
    pub(crate) fn push(&mut self, bytes: &[u8]) {
        if self.at > 0 {
            // what was read goes: what stays is at most the element cut short
            self.buf.drain(..self.at);
            self.at = 0;
        }
        self.buf.extend_from_slice(bytes);
    }

    /// No more bytes come.
    pub(crate) fn end(&mut self) {
        self.ended = true;
    }

    /// The index of the next element (the number of elements read).
    pub(crate) fn index(&self) -> usize {
        self.index
    }

    /// The next element, or what the reader needs or found instead.
    pub(crate) fn next<T: DeserializeOwned>(&mut self) -> Next<T> {
        loop {
            while self.buf.get(self.at).is_some_and(u8::is_ascii_whitespace) {
                self.at += 1;
            }
            let Some(&byte) = self.buf.get(self.at) else {
                return match (self.ended, self.state) {
                    (false, _) => Next::More,
                    (true, State::Done) => Next::End,
                    (true, State::Start) => Next::Broken(broken(
                        ".",
                        Category::Eof,
                        "the body is empty, not a JSON array",
                    )),
                    (true, _) => Next::Broken(self.cut_short()),
                };
            };
            match (self.state, byte) {
                (State::Start, b'[') => self.state = State::FirstOrEnd,
                (State::Start, _) => {
                    return Next::Broken(broken(
                        ".",
                        Category::Data,
                        "the body is not a JSON array",
                    ));
                }
                (State::FirstOrEnd | State::CommaOrEnd, b']') => self.state = State::Done,
                (State::CommaOrEnd, b',') => self.state = State::Element,
                (State::CommaOrEnd, _) => {
                    let after = self.index - 1;
                    return Next::Broken(broken(
                        &format!("[{after}]"),
                        Category::Syntax,
                        "expected `,` or `]` after this element",
                    ));
                }
                (State::Element, b']') => {
                    return Next::Broken(broken(
                        &format!("[{}]", self.index),
                        Category::Syntax,
                        "a `,` with no element after it",
                    ));
                }
                (State::FirstOrEnd | State::Element, _) => return self.element(),
                (State::Done, _) => {
                    return Next::Broken(broken(
                        ".",
                        Category::Syntax,
                        "more after the array's end",
                    ));
                }
            }
            self.at += 1;
        }
    }

    /// The element that starts at `at`, typed.
    fn element<T: DeserializeOwned>(&mut self) -> Next<T> {
        let rest = &self.buf[self.at..];
        if !self.ended && rest.len() < self.want {
            return Next::More;
        }
        let object = rest[0] == b'{';
        if object {
            let mut values = serde_json::Deserializer::from_slice(rest).into_iter::<T>();
            match values.next() {
                Some(Ok(value)) => {
                    let end = values.byte_offset();
                    return self.read(end, Ok(value));
                }
                Some(Err(e)) if e.is_eof() => return self.incomplete(),
                // it does not fit, or does not parse: where it ends, below
                _ => {}
            }
        }
        let mut values = serde_json::Deserializer::from_slice(rest).into_iter::<IgnoredAny>();
        let path = format!("[{}]", self.index);
        match values.next() {
            Some(Ok(_)) => {
                let end = values.byte_offset();
                // a number or a literal at the end of what came may go on in the next bytes
                if end == rest.len() && !self.ended && !matches!(rest[0], b'{' | b'[' | b'"') {
                    return self.incomplete();
                }
                let error = if object {
                    misfit::<T>(&path, &rest[..end])
                } else {
                    broken(&path, Category::Data, "the element is not a JSON object")
                };
                self.read(end, Err(error))
            }
            Some(Err(e)) if e.is_eof() => self.incomplete(),
            Some(Err(e)) => Next::Broken(relative(&path, &e)),
            None => self.incomplete(),
        }
    }

    /// The element of `len` bytes at `at` was read.
    fn read<T>(&mut self, len: usize, element: Result<T, DecodeError>) -> Next<T> {
        self.at += len;
        self.index += 1;
        self.want = 0;
        self.state = State::CommaOrEnd;
        Next::Element(element)
    }

    /// The element at `at` is not all here: parsed again once twice as much has come.
    fn incomplete<T>(&mut self) -> Next<T> {
        if self.ended {
            return Next::Broken(self.cut_short());
        }
        self.want = (self.buf.len() - self.at).saturating_mul(2);
        Next::More
    }

    fn cut_short(&self) -> DecodeError {
        broken(
            &format!("[{}]", self.index),
            Category::Eof,
            "the body ends before the array does",
        )
    }
}

/// Why an element (`bytes`, at `path`) does not fit `T`: the path of the misfit within it.
fn misfit<T: DeserializeOwned>(path: &str, bytes: &[u8]) -> DecodeError {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    match serde_path_to_error::deserialize::<_, T>(&mut de) {
        Ok(_) => broken(path, Category::Data, "the element does not fit"),
        Err(e) => {
            let inner = e.path().to_string();
            let path = match inner.as_str() {
                "." => path.to_string(),
                p if p.starts_with('[') => format!("{path}{p}"),
                p => format!("{path}.{p}"),
            };
            relative(&path, e.inner())
        }
    }
}

/// serde's error at `path`; its line and column are the element's, not the body's: left out.
fn relative(path: &str, e: &serde_json::Error) -> DecodeError {
    let mut error = DecodeError::new(path.to_string(), e);
    error.line = 0;
    error.column = 0;
    error
}

fn broken(path: &str, category: Category, message: &str) -> DecodeError {
    DecodeError {
        path: path.to_string(),
        message: message.to_string(),
        category,
        line: 0,
        column: 0,
    }
}

#[cfg(test)]
mod tests;
