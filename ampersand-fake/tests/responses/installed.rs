//! An installation: made, read, listed, updated with a mask, an object's config patched, and
//! deleted with its connection and destination.

use serde_json::json;

use super::{Flow, World, installation, world};

pub const TESTS: &[&[&str]] = &[INSTALLATIONS];

const INSTALLATIONS: &[&str] = &[
    "createInstallation",
    "getInstallation",
    "listInstallations",
    "listInstallationsForProject",
    "updateInstallation",
    "patchObjectConfigContent",
    "deleteInstallation",
    "deleteConnection",
    "deleteDestination",
];

#[tokio::test(start_paused = true)]
async fn installations() {
    let mut f = Flow::start().await;
    let f = &mut f;
    let World {
        p,
        integration,
        connection,
        i,
        installation: made,
        ..
    } = world(f).await;
    let (p, install) = (p.as_str(), installation());
    let installation = made;
    f.expect("createInstallation", &i, Some(install.clone()), 409)
        .await;
    let mut elsewhere = install.clone();
    elsewhere["groupRef"] = "g2".into();
    f.expect("createInstallation", &i, Some(elsewhere), 422)
        .await;
    f.expect(
        "createInstallation",
        &i,
        Some(json!({ "groupRef": "g1" })),
        400,
    )
    .await;
    f.expect("getInstallation", &format!("{i}/{installation}"), None, 200)
        .await;
    f.expect("getInstallation", &format!("{i}/none"), None, 404)
        .await;
    f.expect("listInstallations", &format!("{i}?groupRef=g1"), None, 200)
        .await;
    f.expect(
        "listInstallationsForProject",
        &format!("{p}/installations"),
        None,
        200,
    )
    .await;
    let change = json!({ "updateMask": ["config.content.read.objects.contact"], "installation": {
        "config": { "content": { "read": { "objects": { "contact": { "objectName": "contact",
            "destination": "contactWebhook", "schedule": "*/5 * * * *" } } } } } } });
    f.expect(
        "updateInstallation",
        &format!("{i}/{installation}"),
        Some(change),
        200,
    )
    .await;
    let bad = json!({ "updateMask": ["healthStatus"], "installation": {} });
    f.expect(
        "updateInstallation",
        &format!("{i}/{installation}"),
        Some(bad),
        400,
    )
    .await;
    let c = format!("{p}/integrations/{integration}/objects/contact/config-content");
    let patch = json!({ "groupRef": "g1", "action": "read", "changes": [
        { "op": "add", "path": "/selectedFields/phone", "value": true } ] });
    let patched = f
        .expect("patchObjectConfigContent", &c, Some(patch), 200)
        .await;
    let contact = &patched["config"]["content"]["read"]["objects"]["contact"];
    assert_eq!(contact["selectedFields"]["phone"], true);
    let wrong = json!({ "groupRef": "g1", "action": "read", "changes": [
        { "op": "remove", "path": "/no/such/path" } ] });
    f.expect("patchObjectConfigContent", &c, Some(wrong), 400)
        .await;
    f.expect(
        "deleteConnection",
        &format!("{p}/connections/{connection}"),
        None,
        409,
    )
    .await;

    // deletes: the connection goes once no installation uses it
    f.expect(
        "deleteInstallation",
        &format!("{i}/{installation}"),
        None,
        204,
    )
    .await;
    f.expect(
        "deleteInstallation",
        &format!("{i}/{installation}"),
        None,
        404,
    )
    .await;
    f.expect(
        "deleteConnection",
        &format!("{p}/connections/{connection}"),
        None,
        204,
    )
    .await;
    f.expect(
        "deleteDestination",
        &format!("{p}/destinations/contactWebhook"),
        None,
        204,
    )
    .await;
    f.expect(
        "deleteDestination",
        &format!("{p}/destinations/contactWebhook"),
        None,
        404,
    )
    .await;

    f.covered(INSTALLATIONS);
}
