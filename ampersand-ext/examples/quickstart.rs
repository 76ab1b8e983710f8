//! The first thing to run: `cargo run --example quickstart`.
//!
//! Without credentials it starts an in-process mock of the Ampersand API (httpmock with the
//! generated typed mocks, answering with the seeds' and the spec's own examples) and walks
//! through the helpers: list the installations of a group, update one read object with an
//! update mask, patch an object's config with JSON Patch, stream operation pages, write a
//! batch of records on the write API (each record's outcome in input order), and verify a
//! signed webhook delivery.
//!
//! With `AMPERSAND_API_KEY`, `AMPERSAND_PROJECT` and `AMPERSAND_INTEGRATION` set, it runs the
//! read-only calls against the real service instead.

use std::collections::BTreeMap;
use std::time::{Duration, SystemTime};

use ampersand_client::mock::MockServerExt;
use ampersand_ext::client::Host;
use ampersand_ext::patch::{self, Action, ConfigPatch, Target};
use ampersand_ext::prelude::*;
use ampersand_ext::webhook::{self, Message};
use ampersand_ext::write::{WriteMode, WriteType};
use futures_util::StreamExt;
use serde_json::{json, Value};

const SEED_001: &str =
    include_str!("../../tests/fixtures/seed001_list_installations_response.json");
const SEED_002_REQUEST: &str =
    include_str!("../../tests/fixtures/seed002_update_installation_request.json");
const SEED_002_RESPONSE: &str =
    include_str!("../../tests/fixtures/seed002_update_installation_response.json");

#[tokio::main]
async fn main() {
    let real = [
        "AMPERSAND_API_KEY",
        "AMPERSAND_PROJECT",
        "AMPERSAND_INTEGRATION",
    ]
    .map(|name| std::env::var(name).ok().filter(|v| !v.is_empty()));
    let outcome = match real {
        [Some(_), Some(project), Some(integration)] => {
            println!("mode: the real Ampersand API (read-only calls), project {project}\n");
            real_service(&project, &integration).await
        }
        _ => {
            println!("mode: an in-process mock of the Ampersand API (set AMPERSAND_API_KEY, AMPERSAND_PROJECT and AMPERSAND_INTEGRATION to use the real one)\n");
            mock_service().await
        }
    };
    if let Err(e) = outcome {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}

async fn real_service(project: &str, integration: &str) -> Result<(), Error> {
    let client = ClientBuilder::from_env()?.build()?;
    let installations = client
        .list_installations()
        .project_id_or_name(project)
        .integration_id(integration)
        .send()
        .await?;
    println!(
        "1. {} installation(s) of integration {integration}",
        installations.len()
    );
    for installation in installations.iter() {
        println!(
            "   - {} (group {}), {}",
            installation.id,
            group_of(installation),
            installation.health_status
        );
    }
    if let Some(first) = installations.first() {
        show_pages(&client, project, integration, &first.id, 2).await?;
    }
    println!("\n(updates and patches are skipped against the real service)");
    Ok(())
}

async fn mock_service() -> Result<(), Error> {
    let server = httpmock::MockServer::start_async().await;
    let seed001: Value = serde_json::from_str(SEED_001).expect("seed 001 is JSON");
    let first = &seed001[0];
    let (project, integration, installation_id) = (
        first["projectId"].as_str().unwrap_or_default().to_string(),
        first["integrationId"]
            .as_str()
            .unwrap_or_default()
            .to_string(),
        first["id"].as_str().unwrap_or_default().to_string(),
    );
    let group = first["group"]["groupRef"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    seed_mocks(&server, &seed001, &group);
    let client = ClientBuilder::new()
        .api_key("quickstart-demo-key")
        .base_url(server.base_url())
        .retry_policy(RetryPolicy::default().base_delay(Duration::from_millis(10)))
        .build()?;

    // 1. list the installations of a group (seed 001)
    let installations = client
        .list_installations()
        .project_id_or_name(&project)
        .integration_id(&integration)
        .group_ref(&group)
        .send()
        .await?;
    println!("1. installations of group {group}: {}", installations.len());
    for installation in installations.iter() {
        let read = installation.config.content.read.as_ref();
        let objects: Vec<&String> = read.map(|r| r.objects.keys().collect()).unwrap_or_default();
        println!(
            "   - {} ({}), reads {objects:?}",
            installation.id, installation.health_status
        );
    }

    // 2. update the `contacts` read object with an update mask (seed 002)
    let selected = ["email", "phone"].map(|field| (field.to_string(), true));
    let update = client
        .update_installation_fields()
        .project_id_or_name(&project)
        .integration_id(&integration)
        .installation_id(&installation_id)
        .read_object(
            "contacts",
            types::BaseReadConfigObject::builder()
                .object_name(Some("contacts".to_string()))
                .schedule(Some("*/30 * * * *".to_string()))
                .destination(Some("contactsWebhook".to_string()))
                .selected_fields(BTreeMap::from(selected)),
        );
    println!("\n2. update with mask {:?}", update.body()?.update_mask);
    let updated = update.send().await?;
    println!(
        "   answer decoded: config {} by {}, connection {} ({})",
        updated.config.id,
        updated.config.created_by,
        updated.connection.id,
        updated.connection.provider
    );

    // 3. patch an object's config with JSON Patch
    let before = json!({"objectName": "contacts", "schedule": "*/30 * * * *",
        "selectedFields": {"email": true, "billingcity": true}});
    let patch = ConfigPatch::new()
        .replace(&["schedule"], "*/10 * * * *")
        .add(&["selectedFields", "phone"], true)
        .remove(&["selectedFields", "billingcity"]);
    println!("\n3. JSON Patch {}", patch.changes()?);
    println!("   preview: {}", patch.apply(&before)?);
    let patched = client
        .patch_object_config_content()
        .project_id_or_name(&project)
        .integration_id(&integration)
        .object_name("contacts")
        .body(patch::body(
            Target::Group(group.clone()),
            Action::Read,
            &patch,
        )?)
        .send()
        .await?;
    println!("   answer decoded: config {}", patched.config.id);

    // 4. stream the installation's operations, page by page
    show_pages(&client, &project, &integration, &installation_id, 10).await?;

    // 5. write 250 records in batches of 100 on the write API (its own host, here a mock)
    let write_host = httpmock::MockServer::start_async().await;
    write_mocks(&write_host);
    let client = ClientBuilder::new()
        .api_key("quickstart-demo-key")
        .base_url(server.base_url())
        .host_base_url(Host::Write, write_host.base_url())
        .build()?;
    let records = (0..250).map(|i| json!({"email": format!("contact-{i:03}@example.com")}));
    let report = client
        .write_all()
        .project_id_or_name(&project)
        .integration_id(&integration)
        .object_name("contacts")
        .group_ref(&group)
        .type_(WriteType::Create)
        .records(records)?
        .mode(WriteMode::Synchronous)
        .send()
        .await;
    println!(
        "\n5. wrote {} records in {} batches: {} written",
        report.records.len(),
        report.batches.len(),
        report.succeeded()
    );
    for (i, outcome) in report.records.iter().enumerate().step_by(60) {
        println!("   - record {i}: {outcome}");
    }
    if let Some((i, failed)) = report.failures().next() {
        println!("   first not written: record {i}, {failed}");
    }

    // 6. verify a signed webhook delivery (the secret is the destination's, from the dashboard)
    let secret = "whsec_AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=";
    let delivery = json!({"projectId": project, "provider": "salesforce", "groupRef": group,
        "groupName": "Demo", "installationId": installation_id,
        "installationUpdateTime": "2026-01-01T00:00:00Z", "objectName": "contacts",
        "action": "read", "consumerRef": "user-1", "consumerName": "User One",
        "resultInfo": {"type": "inline", "numRecords": 1},
        "result": [{"fields": {"email": "contact-000@example.com"}}]})
    .to_string();
    let headers = webhook::sign(secret, "msg_demo", SystemTime::now(), delivery.as_bytes())
        .map_err(|e| Error::invalid_request(e.to_string()))?;
    match webhook::verify(secret, &headers, delivery.as_bytes()) {
        Ok(Message::Results(m)) => println!(
            "\n6. webhook verified: {} {} record(s) of {} for {}",
            m.result_info.num_records, m.result_info.type_, m.object_name, m.group_ref
        ),
        other => println!("\n6. webhook: {other:?}"),
    }
    let mut forged = delivery.into_bytes();
    forged[10] ^= 1;
    match webhook::verify(secret, &headers, &forged) {
        Err(e) => println!("   the same delivery with one byte changed: refused ({e})"),
        Ok(_) => println!("   the changed delivery verified (it should not have)"),
    }
    Ok(())
}

/// The write host's mock: the first two batches are written, the third is rolled back (the
/// spec's `batch-fail` example).
fn write_mocks(server: &httpmock::MockServer) {
    use ampersand_client::mock::write::MockServerExt as _;
    for first in [0, 100] {
        let results: Vec<Value> = (first..first + 100)
            .map(|i| json!({"success": true, "recordId": format!("003xx{i:06}")}))
            .collect();
        server.write_records(|when, then| {
            when.into_inner()
                .body_includes(format!("contact-{first:03}@"));
            then.into_inner().status(200).json_body(json!({
                "operationId": format!("op-{first}"), "successCount": 100, "failureCount": 0,
                "results": results,
            }));
        });
    }
    server.write_records(|when, then| {
        when.into_inner().body_includes("contact-200@");
        then.into_inner().status(422).json_body(json!({
            "operationId": "op-200", "successCount": 0, "failureCount": 50,
            "errors": [{"message": "Batch write failed: provider rolled back all records"}],
        }));
    });
}

async fn show_pages(
    client: &Client,
    project: &str,
    integration: &str,
    installation: &str,
    limit: usize,
) -> Result<(), Error> {
    println!("\n4. operations, page by page");
    // the next page is requested while this one is printed
    let mut stream = client
        .list_operations()
        .project_id_or_name(project)
        .integration_id(integration)
        .installation_id(installation)
        .page_size(std::num::NonZeroU64::new(2).expect("not zero"))
        .stream();
    let mut shown = 0;
    while let Some(page) = stream.next().await {
        let page = page?;
        let ids: Vec<String> = page
            .items
            .iter()
            .map(|op| format!("{} {}", op.id, op.status))
            .collect();
        println!("   page {}: {ids:?}", shown + 1);
        shown += 1;
        if shown == limit {
            break;
        }
    }
    Ok(())
}

fn group_of(installation: &ampersand_ext::types::Installation) -> &str {
    installation
        .group
        .as_ref()
        .map_or("-", |g| g.group_ref.as_str())
}

/// The mock answers: the seeds for list and update, the spec's examples for the rest.
fn seed_mocks(server: &httpmock::MockServer, seed001: &Value, group: &str) {
    let seed001 = seed001.clone();
    server.list_installations(|when, then| {
        when.group_ref(group);
        then.into_inner()
            .status(200)
            .header("content-type", "application/json")
            .json_body(seed001);
    });
    // seed 002's response has `scopes: [[…]]`, a documentation quirk: the service sends `[…]`
    let mut updated: Value = serde_json::from_str(SEED_002_RESPONSE).expect("seed 002 is JSON");
    let scopes = updated["connection"]["providerApp"]["scopes"][0].clone();
    updated["connection"]["providerApp"]["scopes"] = scopes;
    let request: Value = serde_json::from_str(SEED_002_REQUEST).expect("seed 002 is JSON");
    let answer = updated.clone();
    server.update_installation(|when, then| {
        when.into_inner().json_body(request);
        then.into_inner()
            .status(200)
            .header("content-type", "application/json")
            .json_body(answer);
    });
    server.patch_object_config_content(|when, then| {
        when.into_inner().body_includes("\"changes\"");
        then.into_inner()
            .status(200)
            .header("content-type", "application/json")
            .json_body(updated);
    });
    server.list_operations(|when, then| {
        when.into_inner().any_request();
        then.into_inner().respond_with(|req| {
            let token = req.query_params().into_iter().find(|(k, _)| k == "pageToken").map(|(_, v)| v);
            let (ids, next): (&[&str], Option<&str>) = match token.as_deref() {
                None => (&["op-1", "op-2"], Some("page-2")),
                Some("page-2") => (&["op-3", "op-4"], Some("page-3")),
                _ => (&["op-5"], None),
            };
            let results: Vec<Value> = ids
                .iter()
                .map(|id| json!({"id": id, "projectId": "p", "integrationId": "i", "installationId": "inst",
                    "configId": "cfg", "actionType": "read", "status": "success",
                    "createTime": "2024-01-15T10:30:00Z"}))
                .collect();
            let mut pagination = json!({"done": next.is_none()});
            if let Some(next) = next {
                pagination["nextPageToken"] = json!(next);
            }
            httpmock::HttpMockResponse::builder()
                .status(200)
                .header("content-type", "application/json")
                .body(json!({"results": results, "pagination": pagination}).to_string())
                .build()
        });
    });
}
