//! Every operation of `openapi/` is a method of the generated `Client`, and nothing else is.

use std::collections::BTreeSet;
use std::path::Path;

use heck::ToSnakeCase;

/// The `pub fn` names of the generated `impl Client` blocks that start an operation (they
/// return a `builder::…`).
fn generated_operation_methods() -> BTreeSet<String> {
    let code = include_str!(concat!(env!("OUT_DIR"), "/client.rs"));
    let file = syn::parse_file(code).expect("the generated client parses");
    let mut methods = BTreeSet::new();
    for item in file.items {
        let syn::Item::Impl(imp) = item else { continue };
        let is_client = matches!(&*imp.self_ty, syn::Type::Path(p) if p.path.is_ident("Client"));
        if !is_client || imp.trait_.is_some() {
            continue;
        }
        for item in imp.items {
            let syn::ImplItem::Fn(f) = item else { continue };
            let returns_builder = matches!(&f.sig.output, syn::ReturnType::Type(_, ty)
                if quote::quote!(#ty).to_string().starts_with("builder ::"));
            if returns_builder {
                assert!(
                    methods.insert(f.sig.ident.to_string()),
                    "twice: {}",
                    f.sig.ident
                );
            }
        }
    }
    methods
}

/// The crate's spec (`openapi/`, its link to the workspace's), loaded once.
fn spec() -> &'static ampersand_spec::Spec {
    static SPEC: std::sync::OnceLock<ampersand_spec::Spec> = std::sync::OnceLock::new();
    SPEC.get_or_init(|| {
        ampersand_spec::Spec::load(Path::new(env!("CARGO_MANIFEST_DIR")).join("openapi"))
            .expect("openapi/ loads")
    })
}

#[test]
fn one_method_per_operation_id() {
    let spec = spec();
    let expected: BTreeSet<String> = spec
        .operations()
        .iter()
        .map(|op| op.operation_id.to_snake_case())
        .collect();
    let generated = generated_operation_methods();
    assert!(!expected.is_empty());
    let missing: Vec<_> = expected.difference(&generated).collect();
    let extra: Vec<_> = generated.difference(&expected).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "missing {missing:?}, extra {extra:?}"
    );
}

#[cfg(feature = "httpmock")]
#[test]
fn one_mock_per_operation_id() {
    let code = include_str!(concat!(env!("OUT_DIR"), "/httpmock.rs"));
    let file = syn::parse_file(code).expect("the generated mocks parse");
    let mut mocks = BTreeSet::new();
    for item in file.items {
        let syn::Item::Impl(imp) = item else { continue };
        let is_ext = imp
            .trait_
            .as_ref()
            .is_some_and(|(_, p, _)| p.is_ident("MockServerExt"));
        if is_ext {
            for item in imp.items {
                if let syn::ImplItem::Fn(f) = item {
                    mocks.insert(f.sig.ident.to_string());
                }
            }
        }
    }
    assert_eq!(mocks, generated_operation_methods());
}

#[test]
fn default_base_url_is_the_specs_first_server() {
    let spec = spec();
    assert_eq!(
        spec.api()["servers"][0]["url"],
        ampersand_client::DEFAULT_BASE_URL
    );
    assert_eq!(
        ampersand_client::DEFAULT_BASE_URL,
        "https://api.withampersand.com/v1"
    );
}

#[test]
fn the_operations_table_lists_every_operation_once_with_its_method() {
    let spec = spec();
    let from_spec: Vec<(String, String, String)> = spec
        .operations()
        .into_iter()
        .map(|op| (op.operation_id, op.method, op.path))
        .collect();
    let table: Vec<(String, String, String)> = ampersand_client::OPERATIONS
        .iter()
        .map(|op| {
            (
                op.id.to_string(),
                op.method.to_string(),
                op.path.to_string(),
            )
        })
        .collect();
    assert_eq!(table, from_spec);
    let names: BTreeSet<String> = ampersand_client::OPERATIONS
        .iter()
        .map(|op| op.method_name.to_string())
        .collect();
    assert_eq!(names, generated_operation_methods());
}
