//! The contract suite covers the spec: every operation of every API of `openapi/` (the
//! platform's and each data-plane host's) has a generated contract test, named after its
//! `Client` method, that builds its `Contract` and calls that method.

use std::collections::BTreeSet;

use heck::ToSnakeCase;

const GENERATED: &str = include_str!(concat!(env!("OUT_DIR"), "/contract.rs"));

/// The tests of the generated file that exercise the operation they are named after.
fn tested() -> BTreeSet<String> {
    let mut tested = BTreeSet::new();
    let mut lines = GENERATED.lines().peekable();
    while let Some(line) = lines.next() {
        if line.trim() != "#[tokio::test]" {
            continue;
        }
        let Some(signature) = lines.next() else { break };
        let Some(name) = signature
            .trim()
            .strip_prefix("async fn ")
            .and_then(|rest| rest.split('(').next())
        else {
            continue;
        };
        let body: String = lines
            .clone()
            .take_while(|l| !l.starts_with('}'))
            .collect::<Vec<_>>()
            .join("\n");
        if body.contains(&format!("Contract::new(\"{name}\")"))
            && body.contains(&format!(".{name}()"))
            && body.contains(".send().await")
        {
            tested.insert(name.to_string());
        }
    }
    tested
}

#[test]
fn every_operation_of_every_api_has_a_contract_test() {
    let operations: Vec<_> = ampersand_tests::apis()
        .iter()
        .flat_map(|api| api.spec.operations())
        .collect();
    let tested = tested();
    let missing: Vec<String> = operations
        .iter()
        .filter(|op| !tested.contains(&op.operation_id.to_snake_case()))
        .map(|op| format!("{} ({} {})", op.operation_id, op.method, op.path))
        .collect();
    assert!(
        missing.is_empty(),
        "operations without a contract test:\n{}",
        missing.join("\n")
    );
    assert_eq!(
        tested.len(),
        operations.len(),
        "a contract test names no operation of the spec"
    );
    assert!(tested.contains("write_records") && tested.contains("list_installations"));
}
