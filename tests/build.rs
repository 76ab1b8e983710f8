//! Generates the contract tests (`tests/contract.rs` includes them): one per operation of
//! every API of `../openapi` (the platform's and each data-plane host's), so an operation a
//! regen adds is tested with no hand edit. Each test sets every path parameter (the first one
//! to `TRICKY`), every query parameter and the spec's body, and checks the wire and the decoded
//! answer through `ampersand_tests::contract::Contract`.

use std::fmt::Write as _;
use std::path::PathBuf;

use ampersand_spec::follow_local as resolve;
use heck::{ToKebabCase, ToSnakeCase, ToUpperCamelCase};
use serde_json::Value;

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let root = manifest.join("../openapi");
    println!("cargo:rerun-if-changed={}", root.display());
    println!("cargo:rerun-if-changed=build.rs");
    let mut out = String::new();
    let mut apis = vec![(None, prepared(ampersand_codegen::prepared_document(&root)))];
    for &(name, entry) in ampersand_spec::DATA_PLANE {
        apis.push((
            Some(name),
            prepared(ampersand_codegen::prepared_entry(&root, entry)),
        ));
    }
    for (host, doc) in &apis {
        let has_paths = doc["paths"].as_object().is_some_and(|p| !p.is_empty());
        if !has_paths {
            continue;
        }
        let mocks = host.map_or("ampersand_client::mock".to_string(), |h| {
            format!("ampersand_client::mock::{h}")
        });
        writeln!(out, "use {mocks}::MockServerExt as _;").unwrap();
        for (path, item) in doc["paths"].as_object().into_iter().flatten() {
            for (method, op) in item.as_object().into_iter().flatten() {
                if ampersand_spec::METHODS.contains(&method.as_str()) {
                    test(&mut out, doc, *host, method, path, item, op);
                }
            }
        }
    }
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo"));
    let file = out_dir.join("contract.rs");
    if std::fs::read_to_string(&file).ok() != Some(out.clone()) {
        std::fs::write(&file, out).expect("OUT_DIR is writable");
    }
}

fn prepared(doc: Result<Value, ampersand_codegen::CodegenError>) -> Value {
    doc.unwrap_or_else(|e| {
        eprintln!("the spec does not prepare: {e}");
        std::process::exit(1)
    })
}

/// The Rust name progenitor gives a parameter.
fn rust_name(name: &str) -> String {
    let snake = name.to_snake_case();
    match snake.as_str() {
        "type" | "match" | "ref" | "self" | "move" | "use" | "where" | "mod" | "fn" => {
            format!("{snake}_")
        }
        _ => snake,
    }
}

/// A value for a parameter of `schema`, as Rust source and as sent on the wire.
fn sample(doc: &Value, name: &str, schema: &Value) -> (String, String) {
    let schema = resolve(doc, schema);
    if let Some(first) = schema["enum"].as_array().and_then(|e| e.first()) {
        let value = first.as_str().unwrap_or_default().to_string();
        return (format!("{value:?}"), value);
    }
    match schema["type"].as_str() {
        Some("boolean") => ("true".into(), "true".into()),
        Some("integer") | Some("number") => ("1".into(), "1".into()),
        _ => {
            let value = format!("{}-1", name.to_kebab_case());
            (format!("{value:?}"), value)
        }
    }
}

fn test(
    out: &mut String,
    doc: &Value,
    host: Option<&str>,
    method: &str,
    path: &str,
    item: &Value,
    op: &Value,
) {
    let id = op["operationId"].as_str().expect("an operationId");
    let name = id.to_snake_case();
    let params: Vec<&Value> = item["parameters"]
        .as_array()
        .into_iter()
        .flatten()
        .chain(op["parameters"].as_array().into_iter().flatten())
        .map(|p| resolve(doc, p))
        .collect();
    let mut contract = format!("Contract::new({name:?}).await");
    let mut call = match host {
        Some(h) => format!("c.client().{h}().{name}()"),
        None => format!("c.client().{name}()"),
    };
    let mut first_path = true;
    for p in &params {
        let pname = p["name"].as_str().unwrap_or_default();
        let setter = rust_name(pname);
        match p["in"].as_str() {
            Some("path") => {
                let (rust, _) = if first_path {
                    ("TRICKY".to_string(), String::new())
                } else {
                    sample(doc, pname, &p["schema"])
                };
                first_path = false;
                write!(contract, ".path({pname:?}, {rust})").unwrap();
                write!(call, ".{setter}({rust})").unwrap();
            }
            Some("query") => {
                let (rust, wire) = sample(doc, pname, &p["schema"]);
                write!(contract, ".query({pname:?}, {wire:?})").unwrap();
                write!(call, ".{setter}({rust})").unwrap();
            }
            other => {
                panic!("{id}: a {other:?} parameter is not supported by the contract generator")
            }
        }
    }
    if let Some(schema) = op.pointer("/requestBody/content/application~1json/schema") {
        let ty = match schema.get("$ref").and_then(Value::as_str) {
            Some(r) => r
                .rsplit('/')
                .next()
                .unwrap_or_default()
                .to_upper_camel_case(),
            None => format!("{}Body", id.to_upper_camel_case()),
        };
        let types = host.map_or("ampersand_client::types".to_string(), |h| {
            format!("ampersand_client::{h}::types")
        });
        write!(call, ".body(c.body::<{types}::{ty}>())").unwrap();
    }
    let success = op["responses"]
        .as_object()
        .into_iter()
        .flatten()
        .find(|(code, _)| code.starts_with('2'))
        .map(|(_, r)| r);
    let media = success
        .and_then(|r| r["content"].as_object())
        .and_then(|c| c.keys().next().cloned());
    let check = match media.as_deref() {
        None => "c.check_empty(mock, result).await;",
        Some("application/json") => "c.check_json(mock, sent, result).await;",
        Some(_) => "c.check_text(mock, sent, result).await;",
    };
    let sent = if media.is_some() { "sent = " } else { "" };
    let binding = if media.is_some() {
        "let mut sent = None;"
    } else {
        ""
    };
    writeln!(
        out,
        r#"
/// {upper} {path}
#[tokio::test]
async fn {name}() {{
    let c = {contract};
    {binding}
    let mock = c.server.{name}(|w, t| {{ {sent}c.expect(w.into_inner(), t.into_inner()); }});
    let result = {call}.send().await;
    {check}
}}"#,
        upper = method.to_uppercase(),
    )
    .unwrap();
}
