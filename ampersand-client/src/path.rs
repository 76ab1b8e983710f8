//! A path parameter as the generated operations put it in a URL: percent-encoded as
//! progenitor's `encode_path` encodes it, but written straight into the URL being formatted
//! rather than into a `String` of its own (and the parameter's own `to_string()` before it).

use std::fmt::{self, Write};

use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};

/// What a path segment encodes besides controls and non-ASCII: progenitor's set (the WHATWG
/// path-segment set, with `/` and `%`), so that a parameter never adds a segment or an escape.
const PATH_SET: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'`')
    .add(b'{')
    .add(b'}')
    .add(b'/')
    .add(b'%');

/// `value`, as it is displayed, percent-encoded for one path segment when it is formatted.
pub(crate) fn encode_path<T: fmt::Display + ?Sized>(value: &T) -> EncodedPath<'_, T> {
    EncodedPath(value)
}

/// A value displayed percent-encoded (see [`encode_path`]).
pub(crate) struct EncodedPath<'a, T: ?Sized>(&'a T);

impl<T: fmt::Display + ?Sized> fmt::Display for EncodedPath<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // the value's own `Display` writes whole characters at a time, and the set encodes
        // byte by byte, so encoding each piece it writes encodes the whole
        write!(Encoding(f), "{}", self.0)
    }
}

/// Writes what it is given percent-encoded into the formatter.
struct Encoding<'a, 'b>(&'a mut fmt::Formatter<'b>);

impl Write for Encoding<'_, '_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        for piece in utf8_percent_encode(s, PATH_SET) {
            self.0.write_str(piece)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The encoding progenitor's generated code used: the parameter's `to_string()`, then
    /// progenitor's `encode_path` of it.
    fn progenitors(value: &impl fmt::Display) -> String {
        progenitor_client::encode_path(&value.to_string())
    }

    #[test]
    fn each_byte_is_encoded_as_progenitor_encodes_it() {
        for byte in 0u8..=127 {
            let one = (byte as char).to_string();
            assert_eq!(encode_path(&one).to_string(), progenitors(&one), "{byte}");
        }
        for text in [
            "",
            "plain-id_1.2~x",
            "a/b?c#d%e f",
            "ünïcödé 名前 🦀",
            "{projectId}",
            "100%",
        ] {
            assert_eq!(encode_path(text).to_string(), progenitors(&text), "{text}");
        }
    }

    #[test]
    fn values_that_are_not_strings_encode_as_they_display() {
        let id = uuid::Uuid::from_u128(0x1234);
        assert_eq!(encode_path(&id).to_string(), progenitors(&id));
        assert_eq!(encode_path(&-42i64).to_string(), "-42");
        // a `Display` that writes in several pieces, one of them to be encoded
        struct Pieces;
        impl fmt::Display for Pieces {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a b")?;
                f.write_str("/ü")?;
                write!(f, "{}", 7)
            }
        }
        assert_eq!(encode_path(&Pieces).to_string(), progenitors(&Pieces));
        assert_eq!(encode_path(&Pieces).to_string(), "a%20b%2F%C3%BC7");
    }

    #[test]
    fn random_text_encodes_as_progenitor_encodes_it() {
        // a fixed walk over code points of every width
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..2_000 {
            let text: String = (0..12)
                .filter_map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    let limit = [0x80, 0x800, 0x1_0000, 0x11_0000][(state % 4) as usize];
                    char::from_u32((state >> 8) as u32 % limit)
                })
                .collect();
            assert_eq!(
                encode_path(&text).to_string(),
                progenitors(&text),
                "{text:?}"
            );
        }
    }
}
