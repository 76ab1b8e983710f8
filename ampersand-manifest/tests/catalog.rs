//! The provider rules against the catalog: every provider of the snapshot, with no module,
//! each of its modules and an unknown one, judged on a manifest using every action; the
//! expected verdicts read from `data/catalog.json` as the service's rules describe them.

use std::collections::BTreeSet;

use ampersand_manifest::{Catalog, Validator};
use serde_json::Value;

/// A manifest whose one integration reads, writes, subscribes and proxies through `provider`.
fn manifest(provider: &str, module: Option<&str>) -> String {
    let module = module
        .map(|m| format!("    module: {m}\n"))
        .unwrap_or_default();
    format!(
        "specVersion: 1.0.0
integrations:
  - name: every-action
    provider: {provider}
{module}    read:
      objects:
        - objectName: contact
          destination: d
          schedule: '0 * * * *'
    write:
      objects:
        - objectName: contact
    subscribe:
      objects:
        - objectName: contact
          destination: d
          otherEvents: [contact.merged]
    proxy:
      enabled: true
"
    )
}

/// The provider and capability problems of `text`: (check, path).
fn verdicts(text: &str) -> BTreeSet<(String, String)> {
    Validator::new()
        .validate(text)
        .errors()
        .filter(|p| p.rule.check.starts_with("provider-"))
        .map(|p| (p.rule.check.to_string(), p.path.clone()))
        .collect()
}

/// What the service's rules make of `flags` (a `support` object): a capability error per
/// action it lacks.
fn lacking(flags: &Value) -> BTreeSet<(String, String)> {
    ["read", "write", "subscribe", "proxy"]
        .into_iter()
        .filter(|a| flags[a] != Value::Bool(true))
        .map(|a| {
            (
                format!("provider-capability-{a}"),
                format!("integrations[0].{a}"),
            )
        })
        .collect()
}

#[test]
fn every_provider_and_module_is_judged_by_its_flags() {
    let data: Value = serde_json::from_str(include_str!("../data/catalog.json")).unwrap();
    let providers = data.as_object().unwrap();
    assert_eq!(providers.len(), Catalog::snapshot().len());
    let mut judged = 0;
    for (name, provider) in providers {
        // no module: the provider's own flags
        assert_eq!(
            verdicts(&manifest(name, None)),
            lacking(&provider["support"]),
            "{name}"
        );
        let modules = provider["modules"].as_object();
        for (module, info) in modules.into_iter().flatten() {
            assert_eq!(
                verdicts(&manifest(name, Some(module))),
                lacking(&info["support"]),
                "{name}/{module}"
            );
            judged += 1;
        }
        // an unknown module: refused, and the default module's flags (the provider's if none)
        let default = provider["defaultModule"]
            .as_str()
            .and_then(|d| provider["modules"].get(d))
            .map_or(&provider["support"], |m| &m["support"]);
        let mut want = lacking(default);
        want.insert(("provider-module".into(), "integrations[0].module".into()));
        assert_eq!(
            verdicts(&manifest(name, Some("no-such-module"))),
            want,
            "{name}"
        );
        judged += 2;
    }
    assert!(judged > 2 * providers.len(), "{judged}");
}

#[test]
fn an_unknown_provider_is_refused_with_the_name_it_meant() {
    let report = Validator::new().validate(&manifest("hubSpot", Some("crm")));
    let checks: Vec<&str> = report.errors().map(|p| p.rule.check).collect();
    assert_eq!(checks, ["provider-not-supported", "provider-module"]);
    let problem = report.errors().next().unwrap();
    assert!(
        problem.message.contains("did you mean `hubspot`?"),
        "{problem}"
    );
    assert_eq!(problem.suggestion.as_deref(), Some("provider: hubspot"));
    // names are exact: no capability is judged for an unknown provider
    assert!(verdicts(&manifest("", None)).contains(&(
        "provider-not-supported".into(),
        "integrations[0].provider".into()
    )));
}

#[test]
fn the_proxy_is_judged_only_when_enabled() {
    let catalog = Catalog::snapshot();
    let (name, _) = catalog
        .providers()
        .find(|(_, p)| p.modules.is_empty() && !p.support.proxy && p.support.read)
        .unwrap();
    let text = manifest(name, None).replace("      enabled: true\n", "      enabled: false\n");
    assert!(
        !verdicts(&text)
            .iter()
            .any(|(c, _)| c == "provider-capability-proxy")
    );
}

/// The live catalog's form: what `listProviders` answers, the spec's own example of it.
#[test]
fn a_catalog_in_the_shape_of_list_providers_is_read_the_same_way() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/openapi");
    let spec = ampersand_spec::Spec::load(root).unwrap();
    let example =
        spec.api()["paths"]["/providers"]["get"]["responses"]["200"]["content"]["application/json"]
            ["example"]
            .clone();
    assert!(example.is_object(), "the spec's listProviders example");
    let live = Catalog::from_json(&example).unwrap();
    let typed: ampersand_client::types::CatalogType =
        serde_json::from_value(example.clone()).unwrap();
    assert_eq!(Catalog::from_catalog(&typed).unwrap(), live);
    let names: Vec<&str> = live.providers().map(|(n, _)| n).collect();
    let listed: Vec<&str> = example
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let mut listed = listed;
    listed.sort_unstable();
    assert_eq!(names, listed);
    for name in names {
        let report = Validator::new()
            .catalog(&live)
            .validate(&manifest(name, None));
        let lacks = lacking(&example[name]["support"]);
        let got: BTreeSet<(String, String)> = report
            .errors()
            .map(|p| (p.rule.check.to_string(), p.path.clone()))
            .collect();
        assert_eq!(got, lacks, "{name}");
    }
    // a provider of the snapshot that the live catalog lacks
    let missing = Catalog::snapshot()
        .providers()
        .map(|(n, _)| n)
        .find(|n| live.provider(n).is_none())
        .unwrap();
    let report = Validator::new()
        .catalog(&live)
        .validate(&manifest(missing, None));
    assert_eq!(
        report.errors().map(|p| p.rule.check).collect::<Vec<_>>(),
        ["provider-not-supported"]
    );
}
