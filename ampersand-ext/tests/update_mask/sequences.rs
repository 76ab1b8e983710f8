//! Sequences of setters: a map replaced or set under, names refused, and random sequences whose
//! mask and body agree with a model of what was set.

use super::*;

/// The case: an object set, then the whole map replaced: the map alone is sent.
#[test]
fn replacing_a_map_drops_what_was_set_under_it_and_setting_under_it_folds_in() {
    let server = MockServer::start();
    let client = client(&server);
    let replaced = installation_update(&client)
        .write_object("contacts", write_object("contacts"))
        .write_objects(BTreeMap::new())
        .body()
        .unwrap();
    assert_eq!(
        wire(replaced),
        json!({"updateMask": ["config.content.write.objects"],
               "installation": {"config": {"content": {"write": {"objects": {}}}}}})
    );
    let folded = installation_update(&client)
        .write_objects(BTreeMap::new())
        .write_object("contacts", write_object("contacts"))
        .body()
        .unwrap();
    assert_eq!(
        wire(folded),
        json!({"updateMask": ["config.content.write.objects"],
               "installation": {"config": {"content": {"write": {"objects":
                   {"contacts": {"objectName": "contacts"}}}}}}})
    );
}

#[test]
fn empty_and_star_object_names_are_refused() {
    let server = MockServer::start();
    let client = client(&server);
    for name in ["", "*"] {
        let err = installation_update(&client)
            .read_object(name, read_object("contacts"))
            .body()
            .unwrap_err();
        assert!(
            err.kind() == ErrorKind::InvalidRequest
                && err.message().contains("is not a field or object name"),
            "{name:?}: {err}"
        );
    }
}

/// Sets `value` at `path` in `object`, as a PATCH with that one mask path would.
fn put(object: &mut Value, path: &[&str], value: Value) {
    let (last, parents) = path.split_last().unwrap();
    let mut node = object;
    for segment in parents {
        if !node[*segment].is_object() {
            node[*segment] = json!({});
        }
        node = node.get_mut(*segment).unwrap();
    }
    node[*last] = value;
}

fn leaves(value: &Value, path: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    match value.as_object() {
        Some(map) if !map.is_empty() => {
            for (key, child) in map {
                path.push(key.clone());
                leaves(child, path, out);
                path.pop();
            }
        }
        _ => out.push(path.clone()),
    }
}

/// Random sequences of installation setters (3,000 by default, `AMPERSAND_FUZZ_CASES` for
/// the large run of 100,000): the typed body is what applying each
/// setter in turn gives, every mask path has its value in the body, every value sent is under a mask
/// path, and no mask path repeats or sits under another.
#[test]
fn mask_and_body_agree_for_random_setter_sequences() {
    let server = MockServer::start();
    let client = client(&server);
    let mut rng = fastrand::Rng::with_seed(0x5eed_0012);
    let samples = [
        "BaseReadConfigObject",
        "BaseWriteConfigObject",
        "BaseSubscribeConfigObject",
    ]
    .map(common::sample);
    for case in 0..common::fuzz_cases(3_000) {
        let setters: Vec<Setter> = (0..rng.usize(1..8))
            .map(|_| Setter::random(&mut rng, &samples))
            .collect();
        let mut update = installation_update(&client);
        let mut model = json!({});
        for setter in &setters {
            update = setter.apply(update);
            put(&mut model, &setter.path(), setter.value());
        }
        let body = wire(update.body().unwrap());
        let fail = |why: &str| panic!("case {case}: {why}\n setters: {setters:?}\n body: {body}");
        if body["installation"] != model {
            fail("the body is not what the setters set");
        }
        let escape = |p: &[&str]| {
            p.iter()
                .map(|s| ampersand_ext::update_mask::escape_segment(s))
                .collect::<Vec<_>>()
                .join(".")
        };
        let paths: Vec<Vec<&str>> = setters.iter().map(Setter::path).collect();
        let mut expected: Vec<String> = paths
            .iter()
            .filter(|p| !paths.iter().any(|q| q.len() < p.len() && p.starts_with(q)))
            .map(|p| escape(p))
            .collect();
        expected.sort();
        expected.dedup();
        let mut mask: Vec<String> = body["updateMask"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p.as_str().unwrap().to_string())
            .collect();
        let sent = mask.len();
        mask.sort();
        mask.dedup();
        if mask.len() != sent || mask != expected {
            fail("the mask is not the paths set, each once, none under another");
        }
        let masked: Vec<&Vec<&str>> = paths.iter().filter(|p| mask.contains(&escape(p))).collect();
        for p in &masked {
            if p.iter()
                .try_fold(&body["installation"], |node, s| node.get(*s))
                .is_none()
            {
                fail("a mask path has no value behind it");
            }
        }
        let mut sent_leaves = Vec::new();
        leaves(&body["installation"], &mut Vec::new(), &mut sent_leaves);
        for leaf in &sent_leaves {
            let leaf: Vec<&str> = leaf.iter().map(String::as_str).collect();
            if !masked.iter().any(|p| leaf.starts_with(p)) {
                fail("a value is sent outside every mask path");
            }
        }
    }
}
