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
///
/// ```
/// use ampersand_client::is_token_like;
/// assert!(is_token_like("ya29.a0AfH6SMBx"));
/// assert!(is_token_like("Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZg"));
/// assert!(!is_token_like("550e8400-e29b-41d4-a716-446655440000"));
/// assert!(!is_token_like("https://example.com/callback"));
/// assert!(!is_token_like("contacts"));
/// ```
pub fn is_token_like(value: &str) -> bool {
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
///
/// ```
/// let page = "<p>token ya29.a0AfH6SMBx rejected</p> ?client_secret=shh&x=1";
/// assert_eq!(
///     ampersand_client::redact::redact_text(page),
///     "<p>token [redacted] rejected</p> ?client_secret=[redacted]&x=1"
/// );
/// ```
pub fn redact_text(text: &str) -> String {
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
        if let Some((key, value)) = word.split_once('=') {
            if crate::is_secret_name(key) && !value.is_empty() {
                out.push_str(key);
                out.push('=');
                out.push_str(REDACTED);
                previous_word = "";
                rest = &tail[end..];
                continue;
            }
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
///
/// ```
/// let body = br#"{"accessToken": {"token": "tok-123"}, "clientSecret": "shh", "id": 5}"#;
/// let shown = ampersand_client::redact::redacted_excerpt(body);
/// assert!(!shown.contains("tok-123") && !shown.contains("shh") && shown.contains(r#""id":5"#));
/// ```
pub fn redacted_excerpt(body: &[u8]) -> String {
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

#[cfg(test)]
mod tests {
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
