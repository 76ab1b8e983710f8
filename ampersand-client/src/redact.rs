//! Redaction of what errors and logs show of a body: credential-named fields (see
//! [`crate::is_secret_name`]) and values that look like credentials, in JSON and in text.

/// How many characters of a body an excerpt shows.
pub const EXCERPT_CHARS: usize = 200;

const REDACTED: &str = "[redacted]";

/// Prefixes of well-known credential formats: OAuth access and refresh tokens, JWTs, cloud and
/// SaaS keys, webhook secrets.
const TOKEN_PREFIXES: [&str; 12] = [
    "ya29.", "1//", "eyJ", "sk_", "sk-", "pk_", "rk_", "xox", "ghp_", "gho_", "AKIA", "whsec_",
];

/// Whether `value` looks like a credential: a well-known token prefix, or a long run of
/// token characters mixing letters and digits (a random key). UUIDs, URLs and prose do not.
pub(crate) fn is_token_like(value: &str) -> bool {
    let value = value.trim();
    let value = value.strip_prefix("Bearer ").unwrap_or(value);
    if value.len() >= 8 && TOKEN_PREFIXES.iter().any(|p| value.starts_with(p)) {
        return true;
    }
    if value.len() < 24 || value.contains("://") || is_uuid(value) {
        return false;
    }
    let token_chars = value
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "._~+/=-".contains(c));
    let digits = value.chars().filter(char::is_ascii_digit).count();
    let letters = value.chars().filter(char::is_ascii_alphabetic).count();
    let mixed_case = value.chars().any(|c| c.is_ascii_uppercase())
        && value.chars().any(|c| c.is_ascii_lowercase());
    // a random key: long, and letters with digits (or, from 32 characters, mixed case)
    token_chars
        && letters >= 8
        && (digits >= 2 || (value.len() >= 32 && (digits >= 1 || mixed_case)))
}

fn is_uuid(value: &str) -> bool {
    value.len() == 36
        && value.char_indices().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => c == '-',
            _ => c.is_ascii_hexdigit(),
        })
}

/// `value` with credential-named properties and token-like strings replaced by
/// `"[redacted]"`, and token-like words inside other strings too, at any depth.
///
/// ```
/// let v = serde_json::json!({"a": {"refreshToken": "t"}, "b": 1, "c": "ya29.a0AfH6SMBx"});
/// assert_eq!(
///     ampersand_client::redacted(&v),
///     serde_json::json!({"a": {"refreshToken": "[redacted]"}, "b": 1, "c": "[redacted]"})
/// );
/// ```
pub fn redacted(value: &serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| {
                    let v = if crate::is_secret_name(k) && !v.is_object() && !v.is_array() {
                        Value::String(REDACTED.into())
                    } else {
                        redacted(v)
                    };
                    (k.clone(), v)
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(redacted).collect()),
        Value::String(s) if is_token_like(s) => Value::String(REDACTED.into()),
        Value::String(s) => Value::String(redact_text(s)),
        other => other.clone(),
    }
}

/// `text` with token-like words, and the values of credential-named keys (`access_token=…`,
/// `"clientSecret": "…"`), replaced by `[redacted]`.
pub(crate) fn redact_text(text: &str) -> String {
    let is_word = |c: char| c.is_ascii_alphanumeric() || "._~+/=-".contains(c);
    let mut out = String::with_capacity(text.len());
    let mut previous_word = "";
    let mut rest = text;
    while let Some(start) = rest.find(is_word) {
        let gap = &rest[..start];
        let tail = &rest[start..];
        let end = tail.find(|c: char| !is_word(c)).unwrap_or(tail.len());
        let mut word = &tail[..end];
        out.push_str(gap);
        // `key=value` inside one word
        if let Some((key, value)) = word.split_once('=')
            && crate::is_secret_name(key)
            && !value.is_empty()
        {
            out.push_str(key);
            out.push('=');
            out.push_str(REDACTED);
            previous_word = "";
            rest = &tail[end..];
            continue;
        }
        let after_secret_key = crate::is_secret_name(previous_word)
            && gap
                .trim_matches(|c: char| c.is_whitespace() || c == '"')
                .len()
                <= 1
            && gap.contains([':', '=']);
        if after_secret_key || is_token_like(word) {
            out.push_str(REDACTED);
            word = "";
        } else {
            out.push_str(word);
        }
        previous_word = word;
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

/// The start of `body` for an error message: JSON redacted by [`redacted`], other text by
/// [`redact_text`], cut at [`EXCERPT_CHARS`] characters.
pub(crate) fn redacted_excerpt(body: &[u8]) -> String {
    let text = match serde_json::from_slice::<serde_json::Value>(body) {
        Ok(value) => redacted(&value).to_string(),
        Err(_) => redact_text(&String::from_utf8_lossy(body)),
    };
    let mut out: String = text.chars().take(EXCERPT_CHARS).collect();
    if text.chars().count() > EXCERPT_CHARS {
        out.push('…');
    }
    out
}

/// Whether `c` must not reach a log line or a terminal as it is: a control character (CR,
/// LF, ESC, NUL, DEL, …), a line or paragraph separator, or a bidirectional override.
fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{2028}' | '\u{2029}' | '\u{200e}' | '\u{200f}')
        || ('\u{202a}'..='\u{202e}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

/// A writer that escapes what [`escape_controls`] escapes as it goes (for `Display`).
pub(crate) struct Escaping<'a, 'b>(pub(crate) &'a mut std::fmt::Formatter<'b>);

impl std::fmt::Write for Escaping<'_, '_> {
    fn write_str(&mut self, text: &str) -> std::fmt::Result {
        let mut rest = text;
        while let Some(at) = rest.find(is_unsafe) {
            self.0.write_str(&rest[..at])?;
            let c = rest[at..].chars().next().unwrap_or_default();
            write!(self.0, "{}", c.escape_default())?;
            rest = &rest[at + c.len_utf8()..];
        }
        self.0.write_str(rest)
    }
}

/// `text` with every control character, line separator and bidirectional override written
/// as its escape (`\r`, `\n`, `\u{1b}`, `\0` as `\u{0}`), so that the server's text in an
/// error message cannot start a forged log line or colour a terminal.
pub(crate) fn escape_controls(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if is_unsafe(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

/// `body` with every occurrence of a `known` credential's value replaced by `[redacted]`
/// (a copy only when there is one).
pub(crate) fn without_credentials(body: bytes::Bytes, known: &[crate::Secret]) -> bytes::Bytes {
    let needles: Vec<&[u8]> = known
        .iter()
        .map(|s| s.expose().as_bytes())
        .filter(|n| !n.is_empty())
        .collect();
    let found = |at: usize| needles.iter().find(|n| body[at..].starts_with(n));
    if !(0..body.len()).any(|at| found(at).is_some()) {
        return body;
    }
    let mut out = Vec::with_capacity(body.len());
    let mut at = 0;
    while at < body.len() {
        match found(at) {
            Some(n) => {
                out.extend_from_slice(REDACTED.as_bytes());
                at += n.len();
            }
            None => {
                out.push(body[at]);
                at += 1;
            }
        }
    }
    out.into()
}

/// `text` with every occurrence of a `known` credential's value replaced by `[redacted]`.
pub(crate) fn text_without_credentials(text: &str, known: &[crate::Secret]) -> Option<String> {
    let mut out: Option<String> = None;
    for secret in known.iter().map(crate::Secret::expose) {
        if secret.is_empty() {
            continue;
        }
        let current = out.as_deref().unwrap_or(text);
        if current.contains(secret) {
            out = Some(current.replace(secret, REDACTED));
        }
    }
    out
}

/// A problem document as the server sent it, with what no error may show taken out before it
/// is decoded: every string holding a configured credential's value (`known`), the value of
/// a secret-named key at any depth, and the `value` of an issue whose `name` is a secret field
/// (`clientSecret`, `config.providerApp.clientSecret`, `X-Api-Key`).
pub(crate) fn scrub_problem(problem: &mut serde_json::Value, known: &[crate::Secret]) {
    use serde_json::Value;
    fn walk(node: &mut Value, known: &[crate::Secret]) {
        match node {
            Value::Object(map) => {
                for (key, value) in map.iter_mut() {
                    if crate::is_secret_name(key) && !value.is_object() && !value.is_array() {
                        *value = Value::String(REDACTED.into());
                    } else {
                        walk(value, known);
                    }
                }
            }
            Value::Array(items) => items.iter_mut().for_each(|i| walk(i, known)),
            Value::String(s) => {
                if let Some(clean) = text_without_credentials(s, known) {
                    *s = clean;
                }
            }
            _ => {}
        }
    }
    if let Some(Value::Array(issues)) = problem.get_mut("issues") {
        for issue in issues.iter_mut().filter_map(Value::as_object_mut) {
            let secret = issue
                .get("name")
                .and_then(Value::as_str)
                .is_some_and(names_a_secret);
            if secret && let Some(value) = issue.get_mut("value") {
                *value = Value::String(REDACTED.into());
            }
        }
    }
    walk(problem, known);
}

/// Whether an issue's `name` (a field path such as `config.providerApp.clientSecret`, a
/// parameter, a header) names a secret field.
fn names_a_secret(name: &str) -> bool {
    name.rsplit(['.', '[', ']', '/'])
        .find(|part| !part.is_empty())
        .is_some_and(crate::is_secret_name)
}

/// A header's value as the client shows it to others (an error's `Debug`, a hook): all of it
/// `[redacted]` for a credential-named header (`authorization`, cookies, a secret name such as
/// `x-api-key`), else its text with token-like values and every `known` credential redacted.
pub(crate) fn shown_header(name: &str, value: &[u8], known: &[crate::Secret]) -> String {
    if crate::is_secret_name(name) || matches!(name, "authorization" | "cookie" | "set-cookie") {
        return REDACTED.to_string();
    }
    let text = String::from_utf8_lossy(value);
    let text = text_without_credentials(&text, known).unwrap_or_else(|| text.into_owned());
    redact_text(&text)
}

/// `headers` as [`shown_header`] shows each (a value that changed is no longer sensitive to
/// show, and one that cannot be a header value again is `[redacted]`).
pub(crate) fn shown_headers(
    headers: &reqwest::header::HeaderMap,
    known: &[crate::Secret],
) -> reqwest::header::HeaderMap {
    use reqwest::header::HeaderValue;
    headers
        .iter()
        .map(|(name, value)| {
            let shown = shown_header(name.as_str(), value.as_bytes(), known);
            let value = match shown.as_bytes() == value.as_bytes() {
                true => value.clone(),
                false => HeaderValue::from_str(&shown)
                    .unwrap_or_else(|_| HeaderValue::from_static(REDACTED)),
            };
            (name.clone(), value)
        })
        .collect()
}

#[cfg(test)]
mod tests {

    #[test]
    fn is_token_like_examples() {
        use super::is_token_like;
        assert!(is_token_like("ya29.a0AfH6SMBx"));
        assert!(is_token_like("Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZg"));
        assert!(!is_token_like("550e8400-e29b-41d4-a716-446655440000"));
        assert!(!is_token_like("https://example.com/callback"));
        assert!(!is_token_like("contacts"));
    }

    #[test]
    fn redact_text_examples() {
        let page = "<p>token ya29.a0AfH6SMBx rejected</p> ?client_secret=shh&x=1";
        assert_eq!(
            super::redact_text(page),
            "<p>token [redacted] rejected</p> ?client_secret=[redacted]&x=1"
        );
    }

    #[test]
    fn redacted_excerpt_examples() {
        let body = br#"{"accessToken": {"token": "tok-123"}, "clientSecret": "shh", "id": 5}"#;
        let shown = super::redacted_excerpt(body);
        assert!(
            !shown.contains("tok-123") && !shown.contains("shh") && shown.contains(r#""id":5"#)
        );
    }

    #[test]
    fn escape_controls_examples() {
        use super::escape_controls;
        assert_eq!(
            escape_controls("ok\r\nFAKE \u{1b}[31mred\0"),
            r"ok\r\nFAKE \u{1b}[31mred\u{0}"
        );
        assert_eq!(escape_controls("plain"), "plain");
    }
    use super::*;

    #[test]
    fn secrets_in_text_go_whatever_the_quoting() {
        let cases = [
            (r#"{"clientSecret": "abc"} cut"#, "abc"),
            ("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.x.y", "eyJhbGci"),
            ("apiKey=amp_1234 refused", "amp_1234"),
            ("password: hunter2", "hunter2"),
        ];
        for (text, secret) in cases {
            let shown = redact_text(text);
            assert!(!shown.contains(secret), "{text:?} -> {shown:?}");
        }
        assert_eq!(redact_text("no secret here: 42"), "no secret here: 42");
    }
}
