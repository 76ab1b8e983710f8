use serde::Deserialize;
use serde_json::error::Category;
use serde_json::{Value, json};

use super::{ArrayReader, Next};
use crate::DecodeError;

#[derive(Debug, Deserialize, PartialEq)]
struct Contact {
    email: String,
    #[serde(default)]
    score: Option<u32>,
}

/// Reads `body` fed in chunks of the sizes `cuts` cycles through: every element's outcome,
/// then the end (`Ok`) or why it broke.
fn read<T: serde::de::DeserializeOwned>(
    body: &[u8],
    cuts: &[usize],
) -> (Vec<Result<T, DecodeError>>, Result<(), DecodeError>) {
    let mut reader = ArrayReader::new();
    let mut out = Vec::new();
    let mut fed = 0;
    let mut cut = cuts.iter().cycle();
    loop {
        match reader.next::<T>() {
            Next::Element(e) => out.push(e),
            Next::End => return (out, Ok(())),
            Next::Broken(e) => return (out, Err(e)),
            Next::More if fed == body.len() => reader.end(),
            Next::More => {
                let n = (*cut.next().unwrap()).max(1).min(body.len() - fed);
                reader.push(&body[fed..fed + n]);
                fed += n;
            }
        }
    }
}

fn sample() -> Value {
    json!([
        {"email": "a@example.com", "score": 1},
        {"email": "b@example.com", "nested": {"deep": [1, 2, {"x": "y]}{"}]}},
        {"email": "c\"quoted\\\" ] , [ @example.com", "score": 3},
        {"email": "d@example.com", "unicode": "h\u{e9}llo \u{1f600}"},
    ])
}

#[test]
fn every_split_of_the_body_reads_as_serde_reads_it_whole() {
    let body = serde_json::to_vec_pretty(&sample()).unwrap();
    let whole: Vec<Value> = serde_json::from_slice(&body).unwrap();
    for first in 1..body.len() {
        for cuts in [[first, body.len()], [first, 1], [first, 7]] {
            let (got, end) = read::<Value>(&body, &cuts);
            assert!(end.is_ok(), "{end:?} at {cuts:?}");
            let got: Vec<Value> = got.into_iter().map(Result::unwrap).collect();
            assert_eq!(got, whole, "cut at {cuts:?}");
        }
    }
}

#[test]
fn an_element_that_does_not_fit_names_its_index_and_path_and_the_others_still_come() {
    let body = json!([
        {"email": "a@example.com"},
        {"email": "b@example.com", "score": "high"},
        {"email": 7},
        {"email": "d@example.com", "score": 4},
    ]);
    let body = serde_json::to_vec(&body).unwrap();
    for cut in [1, 5, body.len()] {
        let (got, end) = read::<Contact>(&body, &[cut]);
        assert!(end.is_ok());
        assert_eq!(got.len(), 4);
        assert_eq!(got[0].as_ref().unwrap().email, "a@example.com");
        let second = got[1].as_ref().unwrap_err();
        assert_eq!(second.path, "[1].score");
        assert_eq!(second.category, Category::Data);
        assert_eq!(got[2].as_ref().unwrap_err().path, "[2].email");
        assert_eq!(got[3].as_ref().unwrap().score, Some(4));
    }
}

#[test]
fn an_element_that_is_not_an_object_is_refused_alone_even_when_a_chunk_cuts_it() {
    // `123` arrives as `12` then `3`: the element is the whole number
    let body = br#"[{"email":"a@x"},123,"text",[1],{"email":"b@x"}]"#;
    for cut in 1..body.len() {
        let (got, end) = read::<Contact>(body, &[cut]);
        assert!(end.is_ok(), "{end:?}");
        assert_eq!(got.len(), 5, "cut {cut}");
        for (i, element) in got.iter().enumerate().skip(1).take(3) {
            let e = element.as_ref().unwrap_err();
            assert_eq!(e.path, format!("[{i}]"));
            assert!(e.message.contains("not a JSON object"), "{e}");
        }
        assert_eq!(got[4].as_ref().unwrap().email, "b@x");
    }
}

#[test]
fn a_body_that_is_not_an_array_or_breaks_off_is_a_typed_error_after_what_came_before() {
    let cases: [(&[u8], usize, &str, Category); 7] = [
        (br#"{"email": "a@x"}"#, 0, ".", Category::Data),
        (b"", 0, ".", Category::Eof),
        (br#"[{"email":"a@x"},{"email":"b"#, 1, "[1]", Category::Eof),
        (br#"[{"email":"a@x"}"#, 1, "[1]", Category::Eof),
        (br#"[{"email":"a@x"},]"#, 1, "[1]", Category::Syntax),
        (
            br#"[{"email":"a@x"} {"email":"b@x"}]"#,
            1,
            "[0]",
            Category::Syntax,
        ),
        (br#"[{"email":"a@x"}] trailing"#, 1, ".", Category::Syntax),
    ];
    for (body, before, path, category) in cases {
        for cut in [1, 3, body.len().max(1)] {
            let (got, end) = read::<Contact>(body, &[cut]);
            let text = String::from_utf8_lossy(body);
            assert_eq!(got.len(), before, "{text}");
            assert!(got.iter().all(Result::is_ok), "{text}");
            let e = end.unwrap_err();
            assert_eq!(
                (e.path.as_str(), e.category),
                (path, category),
                "{text}: {e}"
            );
        }
    }
    // a syntax error inside an element ends the read there
    let (got, end) = read::<Contact>(br#"[{"email":"a@x"},{"email" "b@x"}]"#, &[4]);
    assert_eq!(got.len(), 1);
    assert_eq!(end.unwrap_err().path, "[1]");
}

#[test]
fn an_empty_array_has_no_elements() {
    for body in [&b"[]"[..], b" [ \n ] \n"] {
        let (got, end) = read::<Contact>(body, &[1]);
        assert!(got.is_empty() && end.is_ok());
    }
}

#[test]
fn a_large_element_that_comes_a_byte_at_a_time_is_parsed_a_logarithmic_number_of_times() {
    let big = "x".repeat(200_000);
    let body = serde_json::to_vec(&json!([{"email": big}])).unwrap();
    let mut reader = ArrayReader::new();
    let (mut parses, mut elements) = (0, 0);
    let mut check = |next: Next<Contact>| match next {
        Next::Element(e) => {
            assert_eq!(e.unwrap().email.len(), 200_000);
            elements += 1;
            true
        }
        Next::More | Next::End => false,
        Next::Broken(e) => panic!("{e}"),
    };
    for byte in &body {
        reader.push(std::slice::from_ref(byte));
        while check(reader.next()) {}
        // `want` grows only when the element was parsed again
        parses += usize::from(reader.want > 0 && reader.buf.len() - reader.at == reader.want / 2);
    }
    reader.end();
    while check(reader.next()) {}
    assert!(matches!(reader.next::<Contact>(), Next::End));
    assert_eq!(elements, 1);
    assert!((1..40).contains(&parses), "{parses} parses of one element");
}
