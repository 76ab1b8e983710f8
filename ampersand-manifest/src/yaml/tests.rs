use super::*;

#[test]
fn positions_are_one_based() {
    let root = parse("a:\n  b: [1, {c: x}]\n").unwrap();
    let Value::Map(entries) = &root.value else {
        panic!()
    };
    assert_eq!((entries[0].0.at.line, entries[0].0.at.column), (1, 1));
    let Value::Map(inner) = &entries[0].1.value else {
        panic!()
    };
    assert_eq!((inner[0].0.at.line, inner[0].0.at.column), (2, 3));
    let Value::Seq(items) = &inner[0].1.value else {
        panic!()
    };
    assert_eq!((items[1].at.line, items[1].at.column), (2, 10));
}

#[test]
fn unreadable_documents_are_one_problem() {
    for (text, line) in [
        ("a: [1, 2\n", 2),
        ("a: 1\n---\nb: 2\n", 2),
        ("a: *nothing\n", 1),
        ("? [1]\n: 2\n", 1),
    ] {
        let problem = parse(text).unwrap_err();
        assert_eq!(problem.rule.id, "yaml-syntax", "{text}");
        assert_eq!(problem.position.line, line, "{text}: {problem}");
    }
    let deep = "[".repeat(MAX_DEPTH + 1);
    assert!(parse(&deep).unwrap_err().message.contains("deeper"));
    let laughs = "a: &a [x, x, x, x, x, x, x, x, x, x]\n".to_string()
        + &(b'b'..=b'h')
            .map(|c| {
                let prev = (c - 1) as char;
                let c = c as char;
                format!("{c}: &{c} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n")
            })
            .collect::<String>();
    assert!(parse(&laughs).unwrap_err().message.contains("aliases"));
}

#[test]
fn merge_keys_bring_the_entries_a_mapping_lacks() {
    let root = parse("base: &b {x: 1, y: 2}\nm:\n  <<: *b\n  y: 3\n").unwrap();
    let Value::Map(entries) = root.value else {
        panic!()
    };
    let Value::Map(m) = &entries[1].1.value else {
        panic!()
    };
    let keys: Vec<(&str, i64)> = m
        .iter()
        .map(|(k, v)| match v.value {
            Value::Int(i) => (k.text.as_str(), i),
            _ => panic!(),
        })
        .collect();
    assert_eq!(keys, [("y", 3), ("x", 1)]);
}
