//! The data plane of an installation: records written and searched, reads triggered and
//! delivered again, backfill progress, paused reads, the operations they made; the objects'
//! metadata and custom fields, and revisions hydrated with them.

use serde_json::json;

use super::{ASYNC_DELAY, Flow, World, YAML, world};

pub const TESTS: &[&[&str]] = &[RECORDS, METADATA];

const RECORDS: &[&str] = &[
    "writeRecords",
    "searchRecords",
    "triggerRead",
    "deliverResults",
    "getBackfillProgress",
    "pauseReads",
    "unpauseReads",
    "getOperation",
    "listOperationLogs",
    "listOperations",
];

#[tokio::test(start_paused = true)]
async fn records_reads_and_operations() {
    let mut f = Flow::start().await;
    let f = &mut f;
    let World {
        p,
        integration,
        i,
        installation,
        hooks,
        ..
    } = world(f).await;
    let p = p.as_str();
    // the data plane
    let w = format!("{p}/integrations/{integration}/objects/contact");
    let one = json!({ "groupRef": "g1", "type": "create", "mode": "synchronous",
        "record": { "email": "a@example.com" } });
    let written = f.expect("writeRecords", &w, Some(one), 200).await;
    let operation = written["operationId"].as_str().unwrap().to_string();
    let missing = json!({ "groupRef": "g1", "type": "update", "record": { "id": "nope", "email": "b@example.com" } });
    f.expect("writeRecords", &w, Some(missing), 422).await;
    let batch = json!({ "groupRef": "g1", "type": "create", "batch": [
        { "record": { "email": "b@example.com" } }, { "record": { "email": "c@example.com" } } ] });
    f.expect("writeRecords", &w, Some(batch), 200).await;
    let rolled_back = json!({ "groupRef": "g1", "type": "update", "batchPolicy": { "allOrNone": true },
        "batch": [ { "record": { "id": "nope" } } ] });
    f.expect("writeRecords", &w, Some(rolled_back), 422).await;
    let later = json!({ "groupRef": "g1", "type": "create", "mode": "asynchronous",
        "record": { "email": "d@example.com" } });
    let queued = f.expect("writeRecords", &w, Some(later), 200).await;
    f.expect(
        "writeRecords",
        &w,
        Some(json!({ "groupRef": "g1", "type": "create" })),
        400,
    )
    .await;
    f.expect(
        "writeRecords",
        &w,
        Some(json!({ "groupRef": "g1", "type": "upsert", "record": {} })),
        400,
    )
    .await;
    let s = format!("{p}/integrations/{integration}?groupRef=g1");
    let search = json!({ "objectName": "contact", "fieldFilters": [
        { "fieldName": "email", "operator": "eq", "value": "b@example.com" } ] });
    let found = f.expect("searchRecords", &s, Some(search), 200).await;
    assert_eq!(found["result"].as_array().unwrap().len(), 1, "{found}");
    f.expect(
        "searchRecords",
        &s,
        Some(json!({ "objectName": "contact" })),
        400,
    )
    .await;
    let read = json!({ "groupRef": "g1", "mode": "async" });
    f.expect("triggerRead", &w, Some(read.clone()), 201).await;
    f.expect(
        "triggerRead",
        &w.replace("/contact", "/account"),
        Some(read),
        400,
    )
    .await;

    let again = format!("{w}:deliverResults");
    let none = json!({ "groupRef": "g1", "pages": 0 });
    f.expect("deliverResults", &again, Some(none), 204).await;
    let account = again.replace("/contact", "/account");
    let one = json!({ "groupRef": "g1", "pages": 1 });
    f.expect("deliverResults", &account, Some(one), 400).await;

    let backfill = format!("{i}/{installation}/objects/contact/backfill-progress");
    let progress = f.expect("getBackfillProgress", &backfill, None, 200).await;
    assert_eq!(progress["objectName"], "contact", "{progress}");
    let account = backfill.replace("/contact/", "/account/");
    f.expect("getBackfillProgress", &account, None, 404).await;

    let pause = format!("{i}/{installation}:pause");
    f.expect("pauseReads", &pause, None, 204).await;
    let other = json!({ "objects": ["account"] });
    f.expect("pauseReads", &pause, Some(other), 400).await;
    let resume = json!({ "objects": ["contact"], "note": "fixed" });
    let unpause = pause.replace(":pause", ":unpause");
    f.expect("unpauseReads", &unpause, Some(resume), 204).await;
    f.expect("unpauseReads", &format!("{i}/none:unpause"), None, 404)
        .await;

    // operations, once the asynchronous ones are done
    let o = format!("{p}/operations");
    let queued = format!("{o}/{}", queued["operationId"].as_str().unwrap());
    // tokio's clock is paused: the fake's delay passes without taking time
    tokio::time::sleep(ASYNC_DELAY).await;
    let done = f.expect("getOperation", &queued, None, 200).await;
    assert_eq!(done["status"], "success", "{done}");
    f.expect("getOperation", &format!("{o}/none"), None, 404)
        .await;
    f.expect(
        "listOperationLogs",
        &format!("{o}/{operation}/logs"),
        None,
        200,
    )
    .await;
    f.expect("listOperationLogs", &format!("{o}/none/logs"), None, 404)
        .await;
    let ops = format!("{i}/{installation}/operations");
    let page = f
        .expect("listOperations", &format!("{ops}?pageSize=2"), None, 200)
        .await;
    let token = page["pagination"]["nextPageToken"]
        .as_str()
        .unwrap()
        .to_string();
    f.expect(
        "listOperations",
        &format!("{ops}?pageSize=2&pageToken={token}"),
        None,
        200,
    )
    .await;
    f.expect("listOperations", &format!("{ops}?pageSize=0"), None, 400)
        .await;
    f.expect(
        "listOperations",
        &format!("{ops}?pageToken=forged"),
        None,
        400,
    )
    .await;

    // deliveries arrived (their content is ampersand-ext's flow tests' business)
    let first = hooks.next(std::time::Duration::from_secs(5)).await;
    assert!(first.is_some(), "no webhook delivery");

    f.covered(RECORDS);
}

const METADATA: &[&str] = &[
    "getObjectMetadataForInstallation",
    "upsertMetadataForInstallation",
    "getObjectMetadataForConnection",
    "upsertMetadataForConnection",
    "getHydratedRevision",
];

/// Object metadata (the fields of the records written, and custom fields upserted), and a
/// revision hydrated with the instance's fields: the latest, and the one it replaced.
#[tokio::test(start_paused = true)]
async fn metadata_and_hydrated_revisions() {
    let mut f = Flow::start().await;
    let f = &mut f;
    let World {
        p,
        integration,
        deployed,
        connection,
        ..
    } = world(f).await;
    let p = p.as_str();
    let deployed = [deployed];
    let w = format!("{p}/integrations/{integration}/objects/contact");
    let one = json!({ "groupRef": "g1", "type": "create", "mode": "synchronous",
        "record": { "email": "a@example.com" } });
    f.expect("writeRecords", &w, Some(one), 200).await;
    let revised = YAML.replace("*/10 * * * *", "*/20 * * * *");
    let r = format!("{p}/integrations/{integration}/revisions");
    let body = json!({ "sourceYaml": revised });
    f.expect("createRevision", &r, Some(body), 201).await;
    let path = format!("{p}/integrations/salesforce-crm");
    let now = f.expect("getIntegration", &path, None, 200).await;
    // object metadata: the fields of the records written, and custom fields upserted
    let m = format!("{p}/integrations/{integration}/objects/contact/metadata");
    let seen = f
        .expect(
            "getObjectMetadataForInstallation",
            &format!("{m}?groupRef=g1"),
            None,
            200,
        )
        .await;
    assert_eq!(seen["fields"]["email"]["valueType"], "string", "{seen}");
    assert_eq!(seen["fields"]["id"]["readOnly"], true, "{seen}");
    f.expect(
        "getObjectMetadataForInstallation",
        &format!("{m}?groupRef=none"),
        None,
        404,
    )
    .await;
    let tier = json!({ "groupRef": "g1", "fields": { "contact": [ { "fieldName": "Tier__c",
        "displayName": "Tier", "valueType": "singleSelect", "stringOptions": { "values": ["A", "B"] } } ] } });
    let up = format!("{p}/integrations/{integration}/object-metadata");
    let done = f
        .expect(
            "upsertMetadataForInstallation",
            &up,
            Some(tier.clone()),
            200,
        )
        .await;
    assert_eq!(
        done["fields"]["contact"]["Tier__c"]["action"], "create",
        "{done}"
    );
    let mut odd = tier.clone();
    odd["fields"]["contact"][0]["valueType"] = json!("text");
    f.expect("upsertMetadataForInstallation", &up, Some(odd), 400)
        .await;
    let c = format!("{p}/providers/salesforce/objects/contact/metadata");
    let seen = f
        .expect(
            "getObjectMetadataForConnection",
            &format!("{c}?groupRef=g1&excludeReadOnly=true"),
            None,
            200,
        )
        .await;
    assert_eq!(
        seen["fields"]["Tier__c"]["values"][1]["value"], "B",
        "{seen}"
    );
    assert!(seen["fields"].get("id").is_none(), "{seen}");
    f.expect(
        "getObjectMetadataForConnection",
        &format!("{c}?groupRef=none"),
        None,
        404,
    )
    .await;
    let up = format!("{p}/providers/salesforce/object-metadata");
    let done = f
        .expect("upsertMetadataForConnection", &up, Some(tier.clone()), 200)
        .await;
    assert_eq!(
        done["fields"]["contact"]["Tier__c"]["action"], "none",
        "{done}"
    );
    let mut elsewhere = tier;
    elsewhere["groupRef"] = json!("none");
    f.expect("upsertMetadataForConnection", &up, Some(elsewhere), 404)
        .await;
    // a revision hydrated with the instance's fields: the latest, and the one it replaced
    let h = format!("{p}/integrations/{integration}/revisions");
    let latest = now["latestRevision"]["id"].as_str().unwrap();
    let hydrate = |revision: &str| format!("{h}/{revision}:hydrate?connectionId={connection}");
    let hydrated = f
        .expect("getHydratedRevision", &hydrate(latest), None, 200)
        .await;
    let contact = &hydrated["content"]["read"]["objects"][0];
    assert_eq!(
        contact["allFieldsMetadata"]["Tier__c"]["displayName"], "Tier",
        "{hydrated}"
    );
    assert_eq!(
        contact["requiredFields"][0]["displayName"], "email",
        "{hydrated}"
    );
    assert_eq!(contact["schedule"], "*/20 * * * *", "{hydrated}");
    let first = deployed[0]["latestRevision"]["id"].as_str().unwrap();
    let hydrated = f
        .expect("getHydratedRevision", &hydrate(first), None, 200)
        .await;
    assert_eq!(
        hydrated["content"]["read"]["objects"][0]["schedule"],
        "*/10 * * * *"
    );
    f.expect("getHydratedRevision", &hydrate("none"), None, 404)
        .await;

    f.covered(METADATA);
}
