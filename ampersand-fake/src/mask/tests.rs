use proptest::prelude::*;
use serde_json::json;

use super::*;

#[test]
fn mask_paths_split_on_unescaped_dots() {
    assert_eq!(segments("a.b"), ["a", "b"]);
    assert_eq!(
        segments(r"config.read\.objects.x\\y"),
        ["config", "read.objects", r"x\y"]
    );
}

/// The mask as the spec says it is applied, one path after another onto a copy (a path the
/// partial object has no value for, or `null`, refused): the model the overlay is held to.
fn one_by_one(stored: &Value, partial: &Value, mask: &[String]) -> Result<Value, String> {
    let mut stored = stored.clone();
    for path in mask {
        let parts = segments(path);
        let mut value = partial;
        for part in &parts {
            value = value
                .get(part.as_ref())
                .filter(|v| !v.is_null())
                .ok_or_else(|| path.clone())?;
        }
        let mut at = &mut stored;
        for part in &parts[..parts.len() - 1] {
            if !at.get(part.as_ref()).is_some_and(Value::is_object) {
                at[part.as_ref()] = json!({});
            }
            at = &mut at[part.as_ref()];
        }
        at[parts[parts.len() - 1].as_ref()] = value.clone();
    }
    Ok(stored)
}

/// The overlay's result, read from a `Value` and from JSON text alike (or the path refused).
fn laid_over(stored: &Value, partial: &Value, mask: &[String]) -> Result<Value, String> {
    let masked = Masked::listed(partial, mask, "object").map_err(|e| match e {
        ModelError::Invalid { field, .. } => field.trim_start_matches("object.").to_string(),
        other => panic!("{other:?}"),
    })?;
    let mut from_value = stored.clone();
    masked.lay_over(&mut from_value);
    let from_text: Value = masked.onto(&stored.to_string()).unwrap();
    assert_eq!(from_value.to_string(), from_text.to_string());
    Ok(from_value)
}

/// Member names: short, some with a `.` or `\` a path escapes, one that JSON text escapes.
fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("a".to_string()),
        Just("b".to_string()),
        Just("c".to_string()),
        Just("d.e".to_string()),
        Just(r"f\g".to_string()),
        Just("q\"uote".to_string()),
    ]
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i32>().prop_map(Value::from),
        "[a-z]{0,4}".prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..3).prop_map(Value::from),
            prop::collection::vec((name(), inner), 0..4)
                .prop_map(|members| Value::Object(members.into_iter().collect())),
        ]
    })
}

fn object(members: std::ops::Range<usize>) -> impl Strategy<Value = Value> {
    prop::collection::vec((name(), json_value()), members)
        .prop_map(|members| Value::Object(members.into_iter().collect()))
}

fn mask() -> impl Strategy<Value = Vec<String>> {
    let path = prop::collection::vec(name(), 1..4).prop_map(|segments| {
        let escaped: Vec<String> = segments
            .iter()
            .map(|s| ampersand_client::update_mask::escape_segment(s))
            .collect();
        escaped.join(".")
    });
    prop::collection::vec(path, 1..4)
}

fn cases() -> u32 {
    std::env::var("AMPERSAND_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(2_000)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    /// The overlay sets what the paths one by one set, in the same member order, and
    /// refuses the same first path the partial object has no value for.
    #[test]
    fn the_overlay_gives_what_the_paths_applied_one_by_one_give(
        stored in object(0..5),
        partial in object(0..5),
        mask in mask(),
    ) {
        let expected = one_by_one(&stored, &partial, &mask).map(|v| v.to_string());
        let got = laid_over(&stored, &partial, &mask).map(|v| v.to_string());
        prop_assert_eq!(got, expected);
    }

    /// With the partial object holding every path (a mask taken from its members that are not
    /// `null`), nothing is refused, and the members not listed stay as they were.
    #[test]
    fn paths_the_partial_object_holds_are_all_set(
        stored in object(0..5),
        partial in object(1..5),
    ) {
        let given = || partial.as_object().unwrap().iter().filter(|(_, v)| !v.is_null());
        let mask: Vec<String> = given()
            .map(|(key, _)| ampersand_client::update_mask::escape_segment(key))
            .collect();
        let got = laid_over(&stored, &partial, &mask).unwrap();
        for (key, value) in given() {
            prop_assert_eq!(&got[key], value);
        }
        for (key, value) in stored.as_object().unwrap() {
            if !mask.contains(&ampersand_client::update_mask::escape_segment(key)) {
                prop_assert_eq!(&got[key], value);
            }
        }
    }
}

/// A stored type with an optional object, as the generated types have them.
#[derive(serde::Deserialize, serde::Serialize, Debug, PartialEq)]
struct Outer {
    name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    inner: Option<Inner>,
    #[serde(default)]
    count: u32,
}

#[derive(serde::Deserialize, serde::Serialize, Debug, PartialEq)]
struct Inner {
    x: String,
    #[serde(default)]
    y: Option<u32>,
}

#[test]
fn a_typed_object_is_read_with_the_listed_paths_set_and_objects_made_on_the_way() {
    let partial = json!({ "name": "new", "inner": { "x": "made", "y": 3 }, "count": 9 });
    let stored = serde_json::to_string(&Outer {
        name: "old".into(),
        inner: None,
        count: 1,
    })
    .unwrap();
    let mask = vec!["inner.x".to_string()];
    let masked = Masked::listed(&partial, &mask, "outer").unwrap();
    let read: Outer = masked.onto(&stored).unwrap();
    let inner = Inner {
        x: "made".into(),
        y: None,
    };
    assert_eq!(
        read,
        Outer {
            name: "old".into(),
            inner: Some(inner),
            count: 1
        }
    );
    // a stored `null` is made an object too, and a member taken whole replaces what was there
    let stored = json!({ "name": "old", "inner": null, "count": 1 }).to_string();
    let mask = vec!["inner.x".to_string(), "count".to_string()];
    let masked = Masked::listed(&partial, &mask, "outer").unwrap();
    let read: Outer = masked.onto(&stored).unwrap();
    assert_eq!((read.inner.unwrap().x, read.count), ("made".into(), 9));
    // what the type cannot hold is the fake's own fault, not the caller's
    let mask = vec!["inner.y".to_string()];
    let masked = Masked::listed(&partial, &mask, "outer").unwrap();
    let refused = masked.onto::<Outer>(&stored);
    assert!(
        matches!(refused, Err(ModelError::Internal(ref e)) if e.contains("`x`")),
        "{refused:?}"
    );
}

#[test]
fn a_mask_listing_nothing_a_path_not_allowed_or_one_with_no_value_is_refused() {
    let rule = UpdateMaskRule::find("update_project").unwrap();
    let partial = json!({});
    let refused = |mask: &[&str]| {
        let mask: Vec<String> = mask.iter().map(|p| p.to_string()).collect();
        match Masked::checked(&partial, &mask, rule) {
            Err(ModelError::Invalid { field, detail }) => (field, detail),
            other => panic!("{:?}", other.map(|_| ())),
        }
    };
    assert_eq!(refused(&[]).0, "updateMask");
    let (field, detail) = refused(&["no such path"]);
    assert!(
        field == "updateMask" && detail.contains("`no such path`"),
        "{detail}"
    );
    let allowed = rule.allowed[0];
    let (field, detail) = refused(&[allowed]);
    assert_eq!(field, format!("{}.{allowed}", rule.object_key));
    assert!(detail.contains("has no value"), "{detail}");
    // `null` is no value either
    let partial: Value = [(allowed.to_string(), Value::Null)].into_iter().collect();
    let mask = vec![allowed.to_string()];
    let refused = Masked::checked(&partial, &mask, rule).map(|_| ());
    assert!(
        matches!(refused, Err(ModelError::Invalid { ref detail, .. }) if detail.contains("has no value")),
        "{refused:?}"
    );
}

#[test]
fn a_level_listing_more_members_than_a_word_has_bits_is_laid_over_alike() {
    let names: Vec<String> = (0..70).map(|n| format!("m{n}")).collect();
    let stored: Value = names
        .iter()
        .step_by(3)
        .map(|n| (n.clone(), json!("old")))
        .collect();
    let partial: Value = names.iter().map(|n| (n.clone(), json!(n))).collect();
    let got = laid_over(&stored, &partial, &names).unwrap();
    assert_eq!(got, one_by_one(&stored, &partial, &names).unwrap());
    assert_eq!(got.as_object().unwrap().len(), 70);
}
