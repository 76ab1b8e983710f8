//! Request bodies for the models' unit tests, made from the spec: the values a test gives
//! completed with what the operation's schema requires, as its generated type.

/// The body of `operation`: `given` completed from the spec, read as `T`.
pub(crate) fn body<T: serde::de::DeserializeOwned>(operation: &str, given: serde_json::Value) -> T {
    static BODIES: std::sync::OnceLock<ampersand_spec::RequestBodies> = std::sync::OnceLock::new();
    let bodies = BODIES.get_or_init(|| {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/openapi");
        ampersand_spec::RequestBodies::load(root).expect("the spec loads")
    });
    let body = bodies.complete(operation, given);
    serde_json::from_value(body).unwrap_or_else(|e| panic!("{operation}'s body: {e}"))
}
