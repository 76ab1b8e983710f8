//! The update-mask rules the helpers enforce are the spec's, read when the client is
//! generated: every operation with an `updateMask` has one, with the paths its item enum or
//! its description's bulleted list gives; a path a newer spec adds is allowed with no hand edit.

use std::collections::{BTreeMap, BTreeSet};

use ampersand_client::UPDATE_MASKS;
use heck::ToSnakeCase;
use serde_json::Value;

fn resolve<'a>(doc: &'a Value, node: &'a Value) -> &'a Value {
    match node.get("$ref").and_then(Value::as_str) {
        Some(r) => resolve(doc, doc.pointer(r.trim_start_matches('#')).unwrap()),
        None => node,
    }
}

/// The `updateMask` schema of each operation that has one, by Rust method name.
fn masks(doc: &Value) -> BTreeMap<String, (String, Value)> {
    let mut out = BTreeMap::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let Some(body) = op.pointer("/requestBody/content/application~1json/schema") else {
                continue;
            };
            let body = resolve(doc, body);
            if let Some(mask) = body.pointer("/properties/updateMask") {
                let id = op["operationId"].as_str().unwrap().to_snake_case();
                let at = format!("/paths/{}/{method}", ampersand_spec::escape_segment(path));
                out.insert(id, (at, resolve(doc, mask).clone()));
            }
        }
    }
    out
}

#[test]
fn every_operation_with_an_update_mask_has_the_specs_rule() {
    let doc = ampersand_codegen::prepared_document(&ampersand_tests::openapi_dir()).unwrap();
    let in_spec: BTreeSet<String> = masks(&doc).into_keys().collect();
    let generated: BTreeSet<String> = UPDATE_MASKS
        .iter()
        .map(|r| r.method_name.to_string())
        .collect();
    assert_eq!(in_spec, generated);
    for rule in UPDATE_MASKS {
        assert!(!rule.allowed.is_empty(), "{}", rule.method_name);
        let (_, mask) = &masks(&doc)[rule.method_name];
        let text = mask.to_string();
        for path in rule.allowed {
            // `objects.*` is written `objects.` in the description
            let written = path.strip_suffix('*').unwrap_or(path);
            assert!(
                text.contains(written),
                "{}: {path} is not in the spec",
                rule.method_name
            );
        }
    }
}

/// Seed 003's rules, as read from its text by hand when the helpers were first written.
#[test]
fn the_seed_003_rules_are_the_ones_read_by_hand() {
    if !ampersand_tests::from_seed_003() {
        return;
    }
    let by_hand: [(&str, &str, &[&str]); 8] = [
        ("update_project", "project", &["appName", "name"]),
        (
            "update_provider_app",
            "providerApp",
            &[
                "externalRef",
                "clientId",
                "clientSecret",
                "provider",
                "scopes",
                "metadata",
            ],
        ),
        (
            "update_installation",
            "installation",
            &[
                "connectionId",
                "config.createdBy",
                "config.content.read.objects.*",
                "config.content.write.objects",
                "config.content.write.objects.*",
                "config.content.subscribe.objects",
                "config.content.subscribe.objects.*",
                "config.content.proxy.enabled",
            ],
        ),
        ("update_api_key", "apiKey", &["active", "label", "scopes"]),
        (
            "update_connection",
            "connection",
            &[
                "providerWorkspaceRef",
                "providerMetadata",
                "apiKey",
                "basicAuth",
                "oauth2ClientCredentials",
                "oauth2PasswordCredentials",
            ],
        ),
        (
            "update_destination",
            "destination",
            &[
                "name",
                "metadata.url",
                "metadata.headers",
                "metadata.region",
                "metadata.streamName",
                "metadata.endpointUrl",
                "metadata.partitionKeyTemplate",
                "secrets.awsKeyId",
                "secrets.awsSecretKey",
                "secrets.awsSessionToken",
            ],
        ),
        ("update_org", "org", &["label"]),
        ("update_jwt_key", "jwtKey", &["active", "label"]),
    ];
    for (method, key, paths) in by_hand {
        let rule = ampersand_client::UpdateMaskRule::find(method).unwrap();
        assert_eq!(rule.object_key, key);
        let want: BTreeSet<&str> = paths.iter().copied().collect();
        let have: BTreeSet<&str> = rule.allowed.iter().copied().collect();
        let lacking: Vec<_> = want.difference(&have).collect();
        let extra: Vec<_> = have.difference(&want).collect();
        assert!(
            lacking.is_empty() && extra.is_empty(),
            "{method}: the spec's rule lacks {lacking:?}, has more {extra:?}"
        );
    }
}

/// What a regen of a newer spec does: a path added to a description's list, or to an item
/// enum, is in the rule generated from it.
#[test]
fn a_path_a_newer_spec_lists_is_allowed() {
    let mut doc = ampersand_codegen::prepared_document(&ampersand_tests::openapi_dir()).unwrap();
    let pointer_of = |doc: &Value, method: &str| -> String {
        let (at, _) = &masks(doc)[method];
        let schema = format!("{at}/requestBody/content/application~1json/schema");
        match doc
            .pointer(&schema)
            .unwrap()
            .get("$ref")
            .and_then(Value::as_str)
        {
            Some(r) => format!("{}/properties/updateMask", r.trim_start_matches('#')),
            None => format!("{schema}/properties/updateMask"),
        }
    };
    let destination = pointer_of(&doc, "update_destination");
    let described = doc.pointer_mut(&destination).unwrap();
    let text = described["description"].as_str().unwrap().to_string();
    described["description"] = Value::String(format!("{text}- `metadata.batchSize`\n"));
    let connection = pointer_of(&doc, "update_connection");
    let listed = doc.pointer_mut(&connection).unwrap();
    listed["items"]["enum"]
        .as_array_mut()
        .unwrap()
        .push("customAuth".into());
    let rules = ampersand_codegen::masks::rules(&doc).unwrap();
    let of = |m: &str| rules.iter().find(|r| r.0 == m).unwrap().2.clone();
    assert!(of("update_destination").contains(&"metadata.batchSize".to_string()));
    assert!(of("update_connection").contains(&"customAuth".to_string()));
}
