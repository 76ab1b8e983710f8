//! Whether a name says that its value is a credential: the one rule of the workspace. The
//! generator types such properties `Secret` (with the schema's own marks, `format: password`
//! and `writeOnly`), and emits this file into the client, which redacts by it at run time
//! (keys of a server's JSON, headers, `key=value` in text).
//!
//! A name is split into words (`webhookSigningKey`, `aws_secret_key`, `X-Api-Key`), and says
//! secret when a word holds `secret`, or its last word is (or ends with) `password`,
//! `passphrase`, `credential(s)`, `token` (not a page token: `nextPageToken` is a cursor),
//! `connectionString`, or `key` holding key material (`apiKey`, `accessKey`, `privateKey`,
//! `key` alone), not naming a field or a record (`partitionKey`, `primaryKey`, `publicKey`).

/// Whether `name` says that its value is a credential (see the module's rule).
pub(crate) fn says_secret(name: &str) -> bool {
    let words = name_words(name);
    let Some(last) = words.last() else {
        return false;
    };
    if words.iter().any(|w| w.contains("secret")) {
        return true;
    }
    let previous = words.len().checked_sub(2).map(|i| words[i].as_str());
    // a word of its own, or the end of one written without capitals (`apikey`, `dbpassword`)
    let ends = |suffix: &str| {
        last.ends_with(suffix)
            .then(|| &last[..last.len() - suffix.len()])
    };
    // the word before a suffix: the rest of its own word, else the word before it
    fn before<'a>(stem: &'a str, previous: Option<&'a str>) -> Option<&'a str> {
        match stem {
            "" => previous,
            stem => Some(stem),
        }
    }
    if ["password", "passphrase", "credential", "credentials"]
        .iter()
        .any(|s| ends(s).is_some())
    {
        return true;
    }
    if let Some(stem) = ends("token") {
        return before(stem, previous) != Some("page");
    }
    if let Some(stem) = ends("string") {
        return before(stem, previous) == Some("connection");
    }
    if let Some(stem) = ends("key") {
        return !before(stem, previous).is_some_and(|q| NOT_KEY_MATERIAL.contains(&q));
    }
    false
}

/// The words before `Key` that make it the name of a field or a record, not key material.
const NOT_KEY_MATERIAL: [&str; 22] = [
    "cache",
    "composite",
    "dedup",
    "dedupe",
    "external",
    "field",
    "foreign",
    "group",
    "hash",
    "idempotency",
    "index",
    "join",
    "lookup",
    "match",
    "object",
    "partition",
    "primary",
    "public",
    "range",
    "record",
    "routing",
    "sort",
];

/// A name's words, lower case: `webhookSigningKey` → `webhook signing key`, `aws_secret_key`
/// and `X-Api-Key` alike.
pub(crate) fn name_words(name: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut previous_lower = false;
    for c in name.chars() {
        if !c.is_ascii_alphanumeric() {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            previous_lower = false;
            continue;
        }
        if c.is_ascii_uppercase() && previous_lower && !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
        previous_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        current.push(c.to_ascii_lowercase());
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}
