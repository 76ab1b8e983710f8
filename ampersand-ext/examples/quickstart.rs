//! The first thing to run: `cargo run --example quickstart`.
//!
//! Without credentials it starts an in-process mock of the Ampersand API (httpmock with the
//! generated typed mocks, answering with the seeds' and the spec's own examples) and walks
//! through the helpers: list the installations of a group, update one read object with an
//! update mask, patch an object's config with JSON Patch, and stream operation pages.
//!
//! With `AMPERSAND_API_KEY`, `AMPERSAND_PROJECT` and `AMPERSAND_INTEGRATION` set, it runs the
//! read-only calls against the real service instead.

use std::time::Duration;

use ampersand_client::mock::MockServerExt;
use ampersand_ext::pagination::Paginate;
use ampersand_ext::patch::{Action, ConfigPatch, Target};
use ampersand_ext::prelude::*;
use ampersand_ext::ReadObject;
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
    let update = client
        .update_installation_fields(&project, &integration, &installation_id)
        .read_object(
            "contacts",
            ReadObject::new("contacts")
                .schedule("*/30 * * * *")
                .destination("contactsWebhook")
                .selected_fields(["email", "phone"]),
        );
    println!("\n2. update with mask {}", update.body()?["updateMask"]);
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
        .patch_object_config(
            &project,
            &integration,
            "contacts",
            Target::Group(group.clone()),
            Action::Read,
            &patch,
        )
        .await?;
    println!("   answer decoded: config {}", patched.config.id);

    // 4. stream the installation's operations, page by page
    show_pages(&client, &project, &integration, &installation_id, 10).await?;
    Ok(())
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
