use super::{BaseUrl, Url};
use crate::ErrorKind;

/// Base URLs as clients are given them: the service's, the local Ampersand's, with and
/// without a path, a trailing `/`, IPv6; and ones the parse rewrites (case, a default port,
/// dot segments), with a query, of other schemes, or not URLs at all.
const BASES: &[&str] = &[
    "https://api.withampersand.com/v1",
    "https://write.withampersand.com/v1/",
    "http://127.0.0.1:8080",
    "http://127.0.0.1:8080/",
    "http://[::1]:9000/v1",
    "https://h.example/a/b%20c/",
    "https://user:pass@h.example:8443/v1",
    "HTTPS://API.Example.COM/v1",
    "http://h.example:80/v1",
    "http://h.example/a/../v1",
    "https://h.example/v1?x=1",
    "https://h.example/v1#f",
    "https://h.example/v 1",
    "file:///tmp/v1",
    "mailto:someone",
    "not a url",
    "",
];

/// What an operation's path may hold once its parameters are encoded, and what a parameter
/// the encoding left alone might: segments, dot segments, escapes good and bad, characters
/// the parse encodes, and (from the space on) what the parse of a whole URL reads as
/// something else.
const PIECES: &[&str] = &[
    "/", "/", "/", "projects", "p", "x_1", ".", "..", "%2F", "%zz", "%", "é", "😀", "\\", ":", "@",
    "[", "]", "|", "^", "`", "{", "}", "<", ">", "\"", "'", ";", "=", "&", "+", "~", " ", "\t",
    "\n", "\r", "\0", "\u{7f}", "?", "#", "?q=1", "#frag",
];

fn path(seed: u64) -> String {
    let mut random = crate::fuzz::Xorshift::new(seed);
    let mut next = || random.next();
    // most paths start as the operations' do, and half hold only what an encoded path may
    let mut path = String::from(if next() % 8 == 0 { "" } else { "/" });
    let pieces = match next() % 2 {
        0 => &PIECES[..PIECES.iter().position(|p| *p == " ").expect("a space")],
        _ => PIECES,
    };
    for _ in 0..next() % 12 {
        path.push_str(pieces[(next() % pieces.len() as u64) as usize]);
    }
    path
}

/// What the URL is, field by field (`Url`'s `==` compares its text only).
fn facts(url: &Result<Url, crate::Error>) -> Result<String, ErrorKind> {
    url.as_ref().map(|u| format!("{u:?}")).map_err(|e| e.kind())
}

#[test]
fn a_calls_url_is_the_url_its_whole_text_parses_to() {
    let (mut quick, mut all) = (0, 0);
    for base in BASES {
        let made = BaseUrl::new(base);
        for seed in 0..crate::fuzz::cases() / 4 {
            let path = path(seed);
            let ours = made.url(format_args!("{path}"));
            let whole = super::parse(&format!("{base}{path}"));
            assert_eq!(facts(&ours), facts(&whole), "{base:?} then {path:?}");
            quick += usize::from(made.parsed.is_some() && super::only_path(&path));
            all += 1;
        }
    }
    // the comparison is not only of the whole text's parse with itself
    assert!(
        quick >= all / 8,
        "{quick} of {all} made from the parsed base"
    );
}

#[test]
fn the_base_is_parsed_once_where_its_parse_writes_its_text() {
    let prefix = |base: &str| BaseUrl::new(base).parsed.map(|(_, prefix)| prefix);
    assert_eq!(
        prefix("https://api.withampersand.com/v1"),
        Some("/v1".into())
    );
    assert_eq!(prefix("http://127.0.0.1:8080"), Some(String::new()));
    assert_eq!(prefix("http://127.0.0.1:8080/"), Some("/".into()));
    for rewritten in [
        "HTTPS://API.Example.COM/v1",
        "http://h.example:80/v1",
        "http://h.example/a/../v1",
        "https://h.example/v1?x=1",
        "file:///tmp/v1",
        "not a url",
    ] {
        assert_eq!(prefix(rewritten), None, "{rewritten}");
    }
}

#[test]
fn a_base_that_is_not_a_url_is_an_invalid_request_naming_why() {
    let e = BaseUrl::new("not a url")
        .url(format_args!("/projects/{}", "p"))
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidRequest);
    assert!(e.to_string().contains("relative URL without a base"), "{e}");
}

#[test]
fn the_text_is_kept_as_given() {
    for base in BASES {
        let made = BaseUrl::new(base);
        assert_eq!(made.as_str(), *base);
        assert_eq!(format!("{made:?}"), format!("{base:?}"));
    }
}
