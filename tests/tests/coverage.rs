//! The contract suite covers the spec: every operationId of `openapi/` has a contract test in
//! `contract.rs`, named after its `Client` method and built with `Contract::new("<method>")`.

use std::collections::BTreeSet;

use heck::ToSnakeCase;

#[test]
fn every_operation_has_a_contract_test() {
    let source = ampersand_tests::fixture("../tests/contract.rs");
    let mut tested = BTreeSet::new();
    let mut lines = source.lines().peekable();
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
        // the test must exercise the operation it is named after
        let body: String = lines
            .clone()
            .take_while(|l| !l.starts_with('}'))
            .collect::<Vec<_>>()
            .join("\n");
        if body.contains(&format!("Contract::new(\"{name}\")"))
            && body.contains(&format!(".{name}("))
        {
            tested.insert(name.to_string());
        }
    }
    let spec = ampersand_spec::Spec::load(ampersand_tests::openapi_dir()).unwrap();
    let missing: Vec<String> = spec
        .operations()
        .iter()
        .filter(|op| !tested.contains(&op.operation_id.to_snake_case()))
        .map(|op| format!("{} ({} {})", op.operation_id, op.method, op.path))
        .collect();
    assert!(
        missing.is_empty(),
        "operations without a contract test in tests/tests/contract.rs:\n{}",
        missing.join("\n")
    );
    assert_eq!(
        tested.len(),
        spec.operations().len(),
        "a contract test names no operation of the spec"
    );
}
