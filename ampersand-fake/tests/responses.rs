//! Every answer the fake gives, checked against what the spec declares for its operation and
//! status (else `default`): the media type, and the body against the schema (jsonschema), over
//! a flow that reaches each modelled operation's successes and refusals, a 501, a 401 and a
//! fault.

mod common;

use ampersand_ext::client::{Host, OperationMeta};
use ampersand_fake::{Fake, Fault, Options, MODELLED};
use ampersand_tests::contract;
use serde_json::{json, Value};

/// Sends a request for `op` and checks the answer against the spec; returns status and body.
async fn call(fake: &Fake, id: &str, path: &str, body: Option<Value>, auth: bool) -> (u16, Value) {
    let (host, op): (Host, &OperationMeta) = Host::ALL
        .iter()
        .find_map(|h| h.operations().iter().find(|o| o.id == id).map(|o| (*h, o)))
        .unwrap();
    let (status, media, body) = common::send(fake, host, op.method, path, body, auth).await;

    let api = contract::api_of(op.method_name);
    let spec = &api.op(op.method_name).spec;
    // the prepared spec has `default` as `4XX` and `5XX`
    let class = format!("{}XX", status / 100);
    let declared = spec["responses"]
        .get(status.to_string())
        .or_else(|| spec["responses"].get(&class))
        .or_else(|| spec["responses"].get("default"))
        .unwrap_or_else(|| panic!("{id} declares no {status}"));
    let declared_media = contract::declared_accept(api.op(op.method_name));
    let wanted = if status < 400 {
        "application/json"
    } else {
        "application/problem+json"
    };
    assert_eq!(media, wanted, "{id} {status}");
    assert!(
        declared_media.contains(wanted),
        "{id} declares {declared_media}"
    );
    let schema = declared["content"]
        .as_object()
        .and_then(|c| c.values().next())
        .map(|c| &c["schema"])
        .unwrap_or_else(|| panic!("{id} {status} declares no body"));
    if let Err(errors) = api.validate(schema, &body) {
        panic!("{id} {status}: {errors:?}\n{body:#}");
    }
    (status, body)
}

#[tokio::test]
async fn every_answer_fits_its_declared_schema() {
    let fake = Fake::start(Options::new()).await.unwrap();
    let mut seen = std::collections::BTreeSet::new();
    let mut check = |id: &'static str, status: u16, got: (u16, Value)| {
        assert_eq!(got.0, status, "{id}: {}", got.1);
        seen.insert(id);
    };
    let project = json!({ "appName": "A", "name": "valid-one", "orgId": "o" });
    check(
        "createProject",
        201,
        call(
            &fake,
            "createProject",
            "/projects",
            Some(project.clone()),
            true,
        )
        .await,
    );
    check(
        "createProject",
        409,
        call(&fake, "createProject", "/projects", Some(project), true).await,
    );
    check(
        "createProject",
        400,
        call(
            &fake,
            "createProject",
            "/projects",
            Some(json!({ "name": 1 })),
            true,
        )
        .await,
    );
    check(
        "getProject",
        200,
        call(&fake, "getProject", "/projects/valid-one", None, true).await,
    );
    check(
        "getProject",
        404,
        call(&fake, "getProject", "/projects/none", None, true).await,
    );
    check(
        "listProjects",
        200,
        call(&fake, "listProjects", "/projects", None, true).await,
    );
    check(
        "listProjects",
        401,
        call(&fake, "listProjects", "/projects", None, false).await,
    );
    let update = json!({ "updateMask": ["appName"], "project": { "appName": "B" } });
    check(
        "updateProject",
        200,
        call(
            &fake,
            "updateProject",
            "/projects/valid-one",
            Some(update),
            true,
        )
        .await,
    );
    let bad = json!({ "updateMask": ["orgId"], "project": {} });
    check(
        "updateProject",
        400,
        call(
            &fake,
            "updateProject",
            "/projects/valid-one",
            Some(bad),
            true,
        )
        .await,
    );
    // an operation it does not model, and a fault
    check(
        "listInstallations",
        501,
        call(
            &fake,
            "listInstallations",
            "/projects/p/integrations/i/installations",
            None,
            true,
        )
        .await,
    );
    fake.fail(
        "listProjects",
        1,
        Fault::status(503)
            .retryable(true)
            .retry_after(std::time::Duration::from_secs(1)),
    );
    check(
        "listProjects",
        503,
        call(&fake, "listProjects", "/projects", None, true).await,
    );
    // every modelled operation was reached
    for id in MODELLED {
        assert!(seen.contains(id), "{id} not exercised");
    }
}
