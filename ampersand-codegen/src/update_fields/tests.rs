use quote::format_ident;

use super::builder::{Setter, name_setters};
use super::*;
use crate::masks::MaskRule;

fn setter(path: &str, leaf: &str) -> Setter {
    Setter {
        path: path.split('.').map(str::to_string).collect(),
        steps: Vec::new(),
        is_flag: leaf == "bool",
        leaf: syn::parse_str(leaf).unwrap(),
        name: format_ident!("unnamed"),
    }
}

fn names(paths: &[(&str, &str)], taken: &[&str]) -> Result<Vec<String>, String> {
    let mut setters: Vec<Setter> = paths.iter().map(|(p, t)| setter(p, t)).collect();
    let taken = taken.iter().map(|t| t.to_string()).collect();
    name_setters(&mut setters, &taken)?;
    Ok(setters.iter().map(|s| s.name.to_string()).collect())
}

#[test]
fn a_setter_is_named_for_the_shortest_end_of_its_path_no_other_shares() {
    let got = names(
        &[
            ("connectionId", "String"),
            ("config.createdBy", "String"),
            ("config.content.read.objects.*", "X"),
            ("config.content.write.objects.*", "X"),
            ("config.content.write.objects", "X"),
            ("config.content.subscribe.objects", "X"),
            ("config.content.proxy.enabled", "bool"),
            ("metadata.url", "String"),
            ("fields.*", "X"),
            ("type", "String"),
        ],
        &[],
    )
    .unwrap();
    assert_eq!(
        got,
        [
            "connection_id",
            "created_by",
            "read_object",
            "write_object",
            "write_objects",
            "subscribe_objects",
            "proxy_enabled",
            "url",
            "field",
            "type_"
        ]
    );
    // a path that is all of another's end: the longer one grows
    assert_eq!(
        names(&[("objects", "X"), ("read.objects", "X")], &[]).unwrap(),
        ["objects", "read_objects"]
    );
}

#[test]
fn a_name_that_collides_fails_naming_it() {
    let err = names(&[("a.b", "X"), ("a.b", "X")], &[]).unwrap_err();
    assert_eq!(err, "the mask paths a.b and a.b give one setter name `a_b`");
    let err = names(&[("project.send", "X")], &["send"]).unwrap_err();
    assert!(
        err.contains("the setter `send` of mask path project.send"),
        "{err}"
    );
}

fn module(types: &str) -> syn::File {
    syn::parse_str(&format!(
        "pub mod types {{ {types} }}
         pub mod builder {{
             pub struct UpdateThing<'a> {{ client: &'a super::Client, id: Result<String, String>, body: Result<types::builder::UpdateThingBody, String> }}
             impl<'a> UpdateThing<'a> {{
                 pub fn id<V>(mut self, value: V) -> Self where V: TryInto<String> {{ self }}
                 pub fn send(self) -> impl ::std::future::Future<Output = Result<ResponseValue<types::Thing>, crate::Error>> {{ async {{ todo!() }} }}
             }}
         }}"
    ))
    .unwrap()
}

fn rule(allowed: &[&str]) -> MaskRule {
    MaskRule {
        operation_id: "updateThing".into(),
        method_name: "update_thing".into(),
        object_key: "thing".into(),
        allowed: allowed.iter().map(|p| p.to_string()).collect(),
    }
}

const BODY: &str = "pub struct UpdateThingBody { pub thing: Thing, #[serde(rename = \"updateMask\")] pub update_mask: Vec<String> }";

#[test]
fn a_builder_has_a_setter_per_path_in_the_fields_own_type() {
    let file = module(&format!(
        "{BODY}
         #[derive(Default)] pub struct Thing {{
             #[serde(skip_serializing_if = \"Option::is_none\")] pub meta: Option<Meta>,
             #[serde(flatten)] pub unknown_fields: crate::UnknownFields }}
         #[derive(Default)] pub struct Meta {{
             #[serde(rename = \"fullName\", skip_serializing_if = \"Option::is_none\")] pub full_name: Option<Name>,
             #[serde(skip_serializing_if = \"Option::is_none\")] pub tags: Option<::std::collections::BTreeMap<String, Tag>> }}
         pub struct Name; pub enum Tag {{}}"
    ));
    let generated = Generated::read(&file).unwrap();
    let rule = rule(&["meta.fullName", "meta.tags.*"]);
    let builder = generated.builder(&rule).unwrap().unwrap();
    let names: Vec<String> = builder.setters.iter().map(|s| s.name.to_string()).collect();
    assert_eq!(names, ["full_name", "tag"]);
    let code = builder.tokens().to_string();
    assert!(code.contains("TryInto < types :: Name >"), "{code}");
    assert!(code.contains("TryInto < types :: Tag >"), "{code}");
    assert!(code.contains("pub fn id < V >"), "{code}");
    assert!(code.contains("node . insert (name , value)"), "{code}");
    // its `send()` answers what the operation's `send()` future gives
    assert!(
        code.contains(
            "pub fn send (self) -> impl :: std :: future :: Future < Output = Result < \
             ResponseValue < types :: Thing > , crate :: Error > > + 'a"
        ),
        "{code}"
    );
}

#[test]
fn a_path_through_an_object_with_required_fields_has_no_setter() {
    // a newer spec makes `meta.kind` required: `meta` cannot be sent in part
    let file = module(&format!(
        "{BODY}
         #[derive(Default)] pub struct Thing {{
             #[serde(skip_serializing_if = \"Option::is_none\")] pub meta: Option<Meta>,
             #[serde(skip_serializing_if = \"Option::is_none\")] pub name: Option<String> }}
         pub struct Meta {{ pub kind: String,
             #[serde(skip_serializing_if = \"Option::is_none\")] pub note: Option<String> }}"
    ));
    let generated = Generated::read(&file).unwrap();
    let rule = rule(&["meta.note", "name"]);
    let builder = generated.builder(&rule).unwrap().unwrap();
    let names: Vec<String> = builder.setters.iter().map(|s| s.name.to_string()).collect();
    assert_eq!(names, ["name"]);
    assert_eq!(builder.unset.len(), 1);
    assert_eq!(builder.unset[0].0, "meta.note");
    assert!(
        builder.unset[0].1.contains("`Meta` has no empty value"),
        "{:?}",
        builder.unset
    );
    let code = builder.tokens().to_string();
    assert!(
        code.contains("meta.note"),
        "the builder's doc names the path: {code}"
    );
    // and a partial object that cannot be sent in part has no builder at all
    for object in [
        "#[derive(Default)] pub struct Thing { pub meta: Vec<String> }",
        "pub struct Thing { #[serde(skip_serializing_if = \"Option::is_none\")] pub a: Option<String> }",
    ] {
        let file = module(&format!("{BODY} {object}"));
        let generated = Generated::read(&file).unwrap();
        let rule = self::rule(&["a"]);
        assert!(generated.builder(&rule).unwrap().is_none(), "{object}");
    }
}

#[test]
fn what_the_builder_cannot_fill_exactly_fails_naming_it() {
    let cases = [
        // a path the object does not have
        (
            "#[derive(Default)] pub struct Thing { #[serde(skip_serializing_if = \"Option::is_none\")] pub a: Option<String> }",
            "b",
            "mask path b: `Thing` has no field `b`",
        ),
        // a name where there is no map
        (
            "#[derive(Default)] pub struct Thing { #[serde(skip_serializing_if = \"Option::is_none\")] pub a: Option<String> }",
            "a.*",
            "mask path a.*: `a` is not a map",
        ),
    ];
    for (types, path, message) in cases {
        let file = module(&format!("{BODY} {types}"));
        let generated = Generated::read(&file).unwrap();
        let rule = rule(&[path]);
        let err = generated.builder(&rule).err().expect(path).to_string();
        assert!(err.contains(message), "{path}: {err}");
        assert!(err.contains("updateThing"), "{path}: {err}");
    }
}
