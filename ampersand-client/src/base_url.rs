//! A client's base URL, parsed once, and each call's URL made from it.
//!
//! progenitor formats a call's URL as the base URL's text followed by the operation's path, and
//! reqwest parses all of it again on every call: the scheme, the host (through IDNA, an IP
//! address included) and the port, which are the base's and never change, cost most of it
//! (about 23,000 instructions of a 130,000-instruction call on a loopback, measured with
//! callgrind; see docs/PROFILES.md). Here the base is parsed when the client is made, and a
//! call's URL is a copy of it with the path set, which the `url` crate parses as it parses the
//! path of the whole text. Where that could differ (a base that its parse rewrites, one with a
//! query or fragment, a scheme other than HTTP(S), a path with what the whole text's parse
//! would read as something other than path: whitespace, controls, `?`, `#`), the whole text is
//! parsed as before.

use std::fmt::{self, Write};

use reqwest::Url;

/// A client's base URL: its text as given (what `baseurl()` returns and progenitor's URLs
/// start with) and, where it can be, its parse.
#[derive(Clone)]
pub(crate) struct BaseUrl {
    text: String,
    /// The parsed base and the path its text ends with (which a call's path follows), when
    /// setting a path on the one gives what parsing the text followed by that path gives.
    parsed: Option<(Url, String)>,
}

impl fmt::Debug for BaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.text, f)
    }
}

impl BaseUrl {
    /// The base URL `text`, parsed where a call's URL can be made from its parse.
    pub(crate) fn new(text: &str) -> BaseUrl {
        let parsed = Url::parse(text).ok().and_then(|url| {
            let plain = matches!(url.scheme(), "http" | "https")
                && url.has_host()
                && url.query().is_none()
                && url.fragment().is_none();
            // the text as its parse writes it: its path is what a call's path follows (an
            // empty path is written `/`, which the text lacks)
            let prefix = if url.as_str() == text {
                url.path().to_string()
            } else if url.path() == "/" && url.as_str().strip_suffix('/') == Some(text) {
                String::new()
            } else {
                return None;
            };
            plain.then_some((url, prefix))
        });
        BaseUrl {
            text: text.to_string(),
            parsed,
        }
    }

    /// The base URL's text, as given.
    pub(crate) fn as_str(&self) -> &str {
        &self.text
    }

    /// The URL of the base followed by `path` (the operation's, its parameters encoded): the
    /// URL parsing their text gives.
    pub(crate) fn url(&self, path: fmt::Arguments<'_>) -> Result<Url, crate::Error> {
        let Some((base, prefix)) = &self.parsed else {
            return parse(&format!("{}{path}", self.text));
        };
        let mut full = String::with_capacity(prefix.len() + 64);
        full.push_str(prefix);
        full.write_fmt(path)
            .expect("formatting into a String does not fail");
        let own = &full[prefix.len()..];
        if !only_path(own) {
            return parse(&format!("{}{own}", self.text));
        }
        let mut url = base.clone();
        url.set_path(&full);
        Ok(url)
    }
}

/// Whether `path`, after a base URL's text, is all path to the parser as it is to
/// [`Url::set_path`]: it starts a path, and holds nothing the parse of a whole URL reads
/// otherwise (whitespace and controls, which it trims or drops, `?` and `#`).
fn only_path(path: &str) -> bool {
    path.starts_with('/')
        && path
            .bytes()
            .all(|b| b > b' ' && b != 0x7f && b != b'?' && b != b'#')
}

/// The URL `text` parses to, or the error of a request that cannot be built.
fn parse(text: &str) -> Result<Url, crate::Error> {
    Url::parse(text).map_err(|e| {
        crate::Error::invalid_request(format!("cannot build the request: its URL: {e}"))
            .with_source(e)
    })
}

#[cfg(test)]
mod tests;
