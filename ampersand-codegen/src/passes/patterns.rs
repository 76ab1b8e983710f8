//! Patterns: a string's `pattern` is checked with `regex-lite` instead of `regress`.
//!
//! typify checks a `pattern` with `regress`, an ECMAScript engine, because JSON Schema's
//! patterns are ECMAScript's. regress is a large crate for the one anchored character-class
//! pattern the spec has (a project's name), and every service that depends on the client
//! compiles it. This pass points typify's `::regress::Regex` at `::regex_lite::Regex` (same
//! `new`, same unanchored `find`). That is only right for a pattern inside the syntax where the
//! two dialects read alike ([`common_dialect`]: ASCII literals, classes, `\d` and `\w`, groups,
//! alternation, quantifiers and the `^`/`$` anchors), which the preparation step's
//! `common-dialect-patterns` rule makes sure of, naming the place of any other (`.`, `\s`,
//! `\b`, lookaround, back-references, escapes of letters, non-ASCII text) before generation.

use syn::visit_mut::VisitMut;

/// Points every `::regress::…` path of `items` at `::regex_lite::…`.
///
/// ```
/// let mut items = syn::parse_str::<syn::File>(
///     r#"impl N { fn check(v: &str) -> bool {
///         static P: ::std::sync::LazyLock<::regress::Regex> =
///             ::std::sync::LazyLock::new(|| ::regress::Regex::new("^[a-z]+$").unwrap());
///         P.find(v).is_some()
///     } }"#,
/// ).unwrap().items;
/// ampersand_codegen::passes::patterns::apply(&mut items);
/// let code = quote::quote!(#(#items)*).to_string();
/// assert!(code.contains(":: regex_lite :: Regex :: new (\"^[a-z]+$\")"), "{code}");
/// assert!(!code.contains("regress"), "{code}");
/// ```
pub fn apply(items: &mut [syn::Item]) {
    for item in items.iter_mut() {
        Visit.visit_item_mut(item);
    }
}

struct Visit;

impl VisitMut for Visit {
    fn visit_path_mut(&mut self, path: &mut syn::Path) {
        if path.leading_colon.is_some()
            && path.segments.len() > 1
            && path.segments[0].ident == "regress"
        {
            path.segments[0].ident = syn::Ident::new("regex_lite", path.segments[0].ident.span());
        }
        syn::visit_mut::visit_path_mut(self, path);
    }
}

/// The characters after `\\` that both dialects read alike, in a class or outside one (`\d`
/// and `\w` are ASCII in both; the rest stand for themselves).
pub const ESCAPED: &str = r".-\/()[]{}*+?|^$dDwW";

/// `Ok` when `pattern` uses only syntax that ECMAScript (without flags) and regex-lite read
/// alike; otherwise what it uses.
///
/// ```
/// use ampersand_codegen::passes::patterns::common_dialect;
/// assert!(common_dialect("^[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]$").is_ok());
/// assert!(common_dialect(r"^(?:ab|c){2,3}\d+$").is_ok());
/// assert!(common_dialect(r"^\s+$").is_err()); // \s differs (Unicode spaces in ECMAScript)
/// assert!(common_dialect("a.b").is_err()); // . differs (\r, \u{2028} in ECMAScript)
/// assert!(common_dialect("(?=a)").is_err());
/// ```
pub fn common_dialect(pattern: &str) -> Result<(), String> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut i = 0;
    let mut depth = 0usize;
    // whether the last atom can take a quantifier
    let mut quantifiable = false;
    while i < chars.len() {
        let c = chars[i];
        if !c.is_ascii() || c.is_ascii_control() {
            return Err(format!(
                "has the character {c:?} (only printable ASCII is checked)"
            ));
        }
        match c {
            '\\' => {
                let next = chars.get(i + 1).copied();
                match next {
                    Some(e) if ESCAPED.contains(e) => i += 2,
                    Some(e) => return Err(format!("has the escape \\{e}")),
                    None => return Err("ends with a lone \\".into()),
                }
                quantifiable = true;
            }
            '[' => {
                i = class_end(&chars, i)?;
                quantifiable = true;
            }
            '(' => {
                if chars.get(i + 1) == Some(&'?') {
                    if chars.get(i + 2) != Some(&':') {
                        return Err("has a group that is not `(…)` or `(?:…)`".into());
                    }
                    i += 3;
                } else {
                    i += 1;
                }
                depth += 1;
                quantifiable = false;
            }
            ')' => {
                depth = depth.checked_sub(1).ok_or("has an unbalanced `)`")?;
                i += 1;
                quantifiable = true;
            }
            '*' | '+' | '?' | '{' => {
                if !quantifiable {
                    return Err(format!("has a quantifier {c:?} with nothing to repeat"));
                }
                i = if c == '{' {
                    counted_end(&chars, i)?
                } else {
                    i + 1
                };
                // a lazy quantifier reads the same in both
                if chars.get(i) == Some(&'?') {
                    i += 1;
                }
                quantifiable = false;
            }
            '.' => return Err("has `.`".into()),
            ']' | '}' => return Err(format!("has a lone {c:?}")),
            '^' | '$' | '|' => {
                i += 1;
                quantifiable = false;
            }
            _ => {
                i += 1;
                quantifiable = true;
            }
        }
    }
    if depth != 0 {
        return Err("has an unbalanced `(`".into());
    }
    Ok(())
}

/// The index after the class that starts at `start` (`[`).
fn class_end(chars: &[char], start: usize) -> Result<usize, String> {
    let mut i = start + 1;
    if chars.get(i) == Some(&'^') {
        i += 1;
    }
    let mut first = true;
    loop {
        match chars.get(i).copied() {
            None => return Err("has an unclosed class".into()),
            Some(']') if !first => return Ok(i + 1),
            Some(']') => return Err("has an empty class".into()),
            // a nested class or a POSIX class in regex-lite, a literal in ECMAScript
            Some('[') => return Err("has `[` inside a class".into()),
            Some('\\') => match chars.get(i + 1).copied() {
                Some(e) if ESCAPED.contains(e) => i += 2,
                Some(e) => return Err(format!("has the escape \\{e} in a class")),
                None => return Err("has an unclosed class".into()),
            },
            // set operations in the regex crates' classes
            Some(op @ ('&' | '-' | '~')) if chars.get(i + 1) == Some(&op) => {
                return Err(format!("has `{op}{op}` in a class"));
            }
            Some(_) => i += 1,
        }
        first = false;
    }
}

/// The index after the counted repetition that starts at `start` (`{n}`, `{n,}`, `{n,m}`).
fn counted_end(chars: &[char], start: usize) -> Result<usize, String> {
    let close = chars[start..]
        .iter()
        .position(|&c| c == '}')
        .map(|p| start + p)
        .ok_or("has a `{` that is not a counted repetition")?;
    let inner: String = chars[start + 1..close].iter().collect();
    let mut parts = inner.splitn(2, ',');
    let min = parts.next().unwrap_or_default();
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    let ok = digits(min) && parts.next().is_none_or(|max| max.is_empty() || digits(max));
    if ok {
        Ok(close + 1)
    } else {
        Err(format!(
            "has `{{{inner}}}`, which is not a counted repetition"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_common_syntax_passes() {
        for p in [
            "^[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]$",
            r"^[^\]\\]{1,8}$",
            r"^(a|b)+?c{3}d{2,}$",
            r"\d\w\.\-\/",
            "[-a]x[a-]",
        ] {
            assert_eq!(common_dialect(p), Ok(()), "{p}");
        }
    }

    #[test]
    fn what_the_dialects_read_otherwise_is_refused_with_the_reason() {
        for (p, why) in [
            ("a.b", "has `.`"),
            (r"\s", r"has the escape \s"),
            (r"\bword", r"has the escape \b"),
            (r"(a)\1", r"has the escape \1"),
            ("(?=a)", "has a group that is not `(…)` or `(?:…)`"),
            ("(?<n>a)", "has a group that is not `(…)` or `(?:…)`"),
            ("[[:alpha:]]", "has `[` inside a class"),
            ("[a&&b]", "has `&&` in a class"),
            ("[a--b]", "has `--` in a class"),
            (
                "é",
                "has the character 'é' (only printable ASCII is checked)",
            ),
            ("a{x}", "has `{x}`, which is not a counted repetition"),
            ("a{", "has a `{` that is not a counted repetition"),
            ("*a", "has a quantifier '*' with nothing to repeat"),
            ("a**", "has a quantifier '*' with nothing to repeat"),
            ("a]", "has a lone ']'"),
            ("(a", "has an unbalanced `(`"),
            ("a)", "has an unbalanced `)`"),
            ("[a", "has an unclosed class"),
            ("[]", "has an empty class"),
            ("a\\", "ends with a lone \\"),
        ] {
            assert_eq!(common_dialect(p), Err(why.to_string()), "{p}");
        }
    }

    #[test]
    fn a_pattern_outside_the_dialect_stops_the_preparation_naming_its_place() {
        let mut doc = serde_json::json!({"components": {"schemas": {"Obj": {"properties": {
            "name": {"type": "string", "pattern": "^[a-z]+$"},
            "code": {"type": "array", "items": {"type": "string", "pattern": "^\\s+$"}}}}}}});
        let e = crate::prepare::common_dialect_patterns(&mut doc)
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with(
                "#/components/schemas/Obj/properties/code/items: the preparation step does not \
                 support the pattern \"^\\\\s+$\", which has the escape \\s"
            ),
            "{e}"
        );
    }
}
