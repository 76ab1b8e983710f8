//! A plain scalar's value under YAML 1.2's core schema.

use std::borrow::Cow;

use saphyr_parser::{ScalarStyle, Tag};

use super::Value;

/// A scalar's value under YAML 1.2's core schema: quoted and block scalars, and any tagged
/// `!!str`, are strings; a plain one is null, a boolean, an integer or a float when it reads
/// as one, else a string.
pub(super) fn resolve(text: Cow<'_, str>, style: ScalarStyle, tag: Option<&Tag>) -> Value {
    let tagged_str = tag.is_some_and(|t| t.handle == "tag:yaml.org,2002:" && t.suffix == "str")
        || tag.is_some_and(|t| t.handle == "!!" && t.suffix == "str");
    if style != ScalarStyle::Plain || tagged_str {
        return Value::Str(text.into_owned());
    }
    let s = text.as_ref();
    match s {
        "" | "~" | "null" | "Null" | "NULL" => return Value::Null,
        "true" | "True" | "TRUE" => return Value::Bool(true),
        "false" | "False" | "FALSE" => return Value::Bool(false),
        ".inf" | ".Inf" | ".INF" | "+.inf" | "+.Inf" | "+.INF" => {
            return Value::Float(f64::INFINITY);
        }
        "-.inf" | "-.Inf" | "-.INF" => return Value::Float(f64::NEG_INFINITY),
        ".nan" | ".NaN" | ".NAN" => return Value::Float(f64::NAN),
        _ => {}
    }
    if let Some(i) = integer(s) {
        return Value::Int(i);
    }
    if is_float(s)
        && let Ok(f) = s.parse::<f64>()
    {
        return Value::Float(f);
    }
    Value::Str(text.into_owned())
}

/// `[-+]?[0-9]+`, `0o[0-7]+` or `0x[0-9a-fA-F]+`, when it fits an `i64`.
fn integer(s: &str) -> Option<i64> {
    if let Some(octal) = s.strip_prefix("0o") {
        return i64::from_str_radix(octal, 8)
            .ok()
            .filter(|_| !octal.is_empty());
    }
    if let Some(hex) = s.strip_prefix("0x") {
        return i64::from_str_radix(hex, 16)
            .ok()
            .filter(|_| !hex.is_empty());
    }
    let digits = s.strip_prefix(['-', '+']).unwrap_or(s);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`
fn is_float(s: &str) -> bool {
    let s = s.strip_prefix(['-', '+']).unwrap_or(s);
    let (mantissa, exponent) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let (whole, fraction) = match mantissa.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (mantissa, None),
    };
    let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok = match fraction {
        None => !whole.is_empty() && digits(whole),
        Some(f) => digits(whole) && digits(f) && !(whole.is_empty() && f.is_empty()),
    } && !(whole.is_empty() && fraction.is_some_and(str::is_empty));
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['-', '+']).unwrap_or(e);
        !e.is_empty() && digits(e)
    });
    mantissa_ok && exponent_ok
}

#[cfg(test)]
mod tests {
    use super::super::parse;
    use super::*;

    fn value(text: &str) -> Value {
        parse(text).unwrap().value
    }

    #[test]
    fn scalars_resolve_as_the_core_schema_says() {
        assert!(matches!(value("1"), Value::Int(1)));
        assert!(matches!(value("-0x1"), Value::Str(_)));
        assert!(matches!(value("0x1f"), Value::Int(31)));
        assert!(matches!(value("1.5"), Value::Float(f) if f == 1.5));
        assert!(matches!(value("1e3"), Value::Float(f) if f == 1000.0));
        assert!(matches!(value("1.0.0"), Value::Str(s) if s == "1.0.0"));
        assert!(matches!(value("'1'"), Value::Str(s) if s == "1"));
        assert!(matches!(value("!!str 1"), Value::Str(s) if s == "1"));
        assert!(matches!(value("yes"), Value::Str(s) if s == "yes"));
        assert!(matches!(value("~"), Value::Null));
        assert!(matches!(value(""), Value::Null));
        assert!(matches!(value("0 */24 * * *"), Value::Str(_)));
        assert!(matches!(value("."), Value::Str(_)));
        // beyond i64: the core schema reads it as a float
        assert!(matches!(value("99999999999999999999"), Value::Float(_)));
    }
}
