//! The first thing to run: `cargo run --example quickstart`.
//!
//! Without credentials it starts the local Ampersand in-process (`ampersand-fake`, which keeps
//! state) and a webhook receiver, and walks through an integration flow: deploy an amp.yaml,
//! create an installation, update it with an update mask and read the change back, patch an
//! object's config with JSON Patch, write 250 records in batches (each record's outcome in
//! input order), write a batch asynchronously and wait for its operation, page through the
//! installation's operations, and receive the signed webhooks (read results and
//! notifications), each verified with the destination's key, the read's records downloaded
//! from the URL the large delivery names.
//!
//! With `AMPERSAND_API_KEY`, `AMPERSAND_PROJECT` and `AMPERSAND_INTEGRATION` set, it runs the
//! read-only calls against the real service instead.

use std::collections::BTreeMap;
use std::time::Duration;

use ampersand_ext::client::read::types::ReadRequest;
use ampersand_ext::client::write::types::WriteRequest;
use ampersand_ext::manifest::Manifest;
use ampersand_ext::patch::{self, Action, ConfigPatch, Target};
use ampersand_ext::prelude::*;
use ampersand_ext::webhook::{self, Message};
use ampersand_ext::write::{WaitOptions, WriteMode, WriteType};
use ampersand_fake::{Fake, Options, Receiver};
use futures_util::StreamExt;
use serde_json::{Value, json};

/// The customer's group.
const GROUP: &str = "acme";

/// The integration deployed: read and write Salesforce contacts.
const MANIFEST: &str = "specVersion: 1.0.0
integrations:
  - name: salesforce-contacts
    provider: salesforce
    read:
      objects:
        - objectName: contacts
          destination: contactsWebhook
          schedule: \"*/30 * * * *\"
          requiredFields:
            - fieldName: email
    write:
      objects:
        - objectName: contacts
";

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
            println!(
                "mode: the local Ampersand in-process, ampersand-fake (set AMPERSAND_API_KEY, AMPERSAND_PROJECT and AMPERSAND_INTEGRATION to use the real one)\n"
            );
            fake_service().await
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
        show_pages(&client, (project, integration, &first.id), 2, 2).await?;
    }
    println!("\n(updates and patches are skipped against the real service)");
    Ok(())
}

async fn fake_service() -> Result<(), Error> {
    // read results of more than 100 records come by URL, as the service sends large ones
    let options = Options::new()
        .async_delay(Duration::from_millis(100))
        .url_results_above(100);
    let fake = Fake::start(options)
        .await
        .map_err(|e| Error::invalid_request(e.to_string()))?;
    let hooks = Receiver::start()
        .await
        .map_err(|e| Error::invalid_request(e.to_string()))?;
    let client = ClientBuilder::from(fake.config()).build()?;

    // 0. what an integration flow starts from: a project, an amp.yaml deployed, the
    //    customer's connection and a webhook destination
    let project = client
        .create_project()
        .body_map(|b| {
            b.app_name("Mail Monkey")
                .name("mail-monkey")
                .org_id("org-1")
        })
        .send()
        .await?
        .into_inner();
    let manifest =
        Manifest::from_yaml(MANIFEST).map_err(|e| Error::invalid_request(e.to_string()))?;
    let integration = client
        .deploy_manifest(&project.name, &manifest)
        .send()
        .await?
        .remove(0);
    client
        .generate_connection()
        .project_id_or_name(&project.name)
        .body(body::<types::GenerateConnectionRequest>(json!({
            "provider": "salesforce", "groupRef": GROUP, "groupName": "Acme",
            "consumerRef": "user-1", "consumerName": "Ada", "apiKey": "the-customer-s-key"})))
        .send()
        .await?;
    client
        .create_destination()
        .project_id_or_name(&project.name)
        .body(body::<types::CreateDestinationBody>(json!({
            "name": "contactsWebhook", "type": "webhook", "metadata": {"url": hooks.url()}})))
        .send()
        .await?;
    println!(
        "0. project {}, integration {} (deployed from amp.yaml), a connection and a webhook for group {GROUP}",
        project.name, integration.name
    );

    // 1. create an installation that reads contacts into the webhook
    let installation = client
        .create_installation()
        .project_id_or_name(&project.name)
        .integration_id(&integration.id)
        .body(body::<types::CreateInstallationBody>(
            json!({"groupRef": GROUP,
            "config": {"content": {"provider": "salesforce", "read": {"objects": {"contacts": {
                "objectName": "contacts", "destination": "contactsWebhook",
                "schedule": "*/30 * * * *", "selectedFields": {"email": true},
                "selectedFieldMappings": {}}}}}}}),
        ))
        .send()
        .await?
        .into_inner();
    println!(
        "\n1. installation {} created ({})",
        installation.id, installation.health_status
    );

    // 2. update the `contacts` read object with an update mask, and read the change back
    let selected = ["email", "phone"].map(|field| (field.to_string(), true));
    let update = client
        .update_installation_fields()
        .project_id_or_name(&project.name)
        .integration_id(&integration.id)
        .installation_id(&installation.id)
        .read_object(
            "contacts",
            types::BaseReadConfigObject::builder()
                .object_name(Some("contacts".to_string()))
                .schedule(Some("*/10 * * * *".to_string()))
                .destination(Some("contactsWebhook".to_string()))
                .selected_fields(BTreeMap::from(selected)),
        );
    println!("\n2. update with mask {:?}", update.body()?.update_mask);
    update.send().await?;
    let read_back = client
        .get_installation()
        .project_id_or_name(&project.name)
        .integration_id(&integration.id)
        .installation_id(&installation.id)
        .send()
        .await?;
    show_contacts("read back", &read_back);

    // 3. patch the object's config with JSON Patch
    let patch = ConfigPatch::new()
        .replace(&["schedule"], "*/15 * * * *")
        .remove(&["selectedFields", "phone"]);
    println!("\n3. JSON Patch {}", patch.changes()?);
    let patched = client
        .patch_object_config_content()
        .project_id_or_name(&project.name)
        .integration_id(&integration.id)
        .object_name("contacts")
        .body(patch::body(
            Target::Group(GROUP.into()),
            Action::Read,
            &patch,
        )?)
        .send()
        .await?;
    show_contacts("answer", &patched);

    // 4. write 250 records in batches of 100 on the write API: each record's outcome in order
    let records = (0..250).map(|i| json!({"email": format!("contact-{i:03}@example.com")}));
    let report = client
        .write_all()
        .project_id_or_name(&project.name)
        .integration_id(&integration.id)
        .object_name("contacts")
        .group_ref(GROUP)
        .type_(WriteType::Create)
        .records(records)
        .mode(WriteMode::Synchronous)
        .send()
        .await;
    println!(
        "\n4. wrote {} records in {} batches: {} written",
        report.records.len(),
        report.batches.len(),
        report.succeeded()
    );
    for (i, outcome) in report.records.iter().enumerate().step_by(100) {
        println!("   - record {i}: {outcome}");
    }

    // 5. a batch written asynchronously: an operation, waited for
    let started = client
        .write()
        .write_records()
        .project_id_or_name(&project.name)
        .integration_id(&integration.id)
        .object_name("contacts")
        .body(body::<WriteRequest>(
            json!({"groupRef": GROUP, "type": "create",
            "mode": "asynchronous", "batch": [
                {"record": {"email": "late-1@example.com"}},
                {"record": {"email": "late-2@example.com"}}]}),
        ))
        .send()
        .await?;
    let operation = serde_json::to_value(&*started)
        .ok()
        .and_then(|v| v["operationId"].as_str().map(str::to_string))
        .unwrap_or_default();
    let wait =
        WaitOptions::default().intervals(Duration::from_millis(20), Duration::from_millis(200));
    let done = client
        .wait_for_operation(&project.name, &operation, wait)
        .await?;
    println!(
        "\n5. asynchronous write {operation}: {} ({})",
        done.status,
        done.result.as_deref().unwrap_or("-")
    );

    // 6. the installation's operations, page by page
    let at = (
        project.name.as_str(),
        integration.id.as_str(),
        installation.id.as_str(),
    );
    show_pages(&client, at, 6, 10).await?;

    // 7. a read, delivered to the webhook: each delivery verified with the destination's key
    client
        .read()
        .trigger_read()
        .project_id_or_name(&project.name)
        .integration_id(&integration.id)
        .object_name("contacts")
        .body(body::<ReadRequest>(
            json!({"groupRef": GROUP, "mode": "async"}),
        ))
        .send()
        .await?;
    let secret = client
        .get_destination()
        .project_id_or_name(&project.name)
        .destination("contactsWebhook")
        .include_secrets(true)
        .send()
        .await?
        .into_inner()
        .secrets
        .and_then(|s| s.webhook_signing_key)
        .ok_or_else(|| Error::invalid_request("the destination has no signing key"))?;
    println!("\n7. webhooks received, verified:");
    let mut forged = None;
    while let Some(delivery) = hooks.next(Duration::from_secs(2)).await {
        match webhook::verify(secret.expose(), &delivery.headers, &delivery.body) {
            Ok(Message::Results(m)) => {
                // the records, inline or downloaded from the delivery's URL (with no
                // credential): one call for either form
                let read: Vec<_> = client.results(&m).entries().collect().await;
                let ok = read.iter().filter(|r| r.is_ok()).count();
                println!(
                    "   - {} {} record(s) of {} for {}: {ok} read",
                    m.result_info.num_records, m.result_info.type_, m.object_name, m.group_ref
                )
            }
            Ok(Message::Notification(n)) => {
                let kind = serde_json::to_value(&*n).ok();
                let kind = kind.as_ref().and_then(|v| v["notificationType"].as_str());
                println!("   - notification {}", kind.unwrap_or("?"));
            }
            Ok(other) => println!("   - {other:?}"),
            Err(e) => println!("   - refused: {e}"),
        }
        let done = serde_json::from_slice::<Value>(&delivery.body)
            .is_ok_and(|v| v["notificationType"] == "read.triggered.done");
        forged.get_or_insert(delivery);
        if done {
            break;
        }
    }
    if let Some(mut delivery) = forged {
        let mut body = delivery.body.to_vec();
        body[10] ^= 1;
        delivery.body = body.into();
        match webhook::verify(secret.expose(), &delivery.headers, &delivery.body) {
            Err(e) => println!("   the first delivery with one byte changed: refused ({e})"),
            Ok(_) => println!("   the changed delivery verified (it should not have)"),
        }
    }
    Ok(())
}

/// Prints the installation's `contacts` read config: its schedule and fields.
fn show_contacts(label: &str, installation: &types::Installation) {
    let read = installation.config.content.read.as_ref();
    if let Some(contacts) = read.and_then(|r| r.objects.get("contacts")) {
        let fields: Vec<&String> = contacts.selected_fields.keys().collect();
        let schedule = contacts.schedule.as_deref().unwrap_or("-");
        println!("   {label}: schedule {schedule:?}, fields {fields:?}");
    }
}

/// A request body of a generated type from its JSON.
fn body<T: serde::de::DeserializeOwned>(value: Value) -> T {
    serde_json::from_value(value).expect("the quickstart's bodies fit the spec")
}

/// Prints the installation's operations (`at`: project, integration, installation) as step
/// `step`, page by page, `limit` pages at most.
async fn show_pages(
    client: &Client,
    (project, integration, installation): (&str, &str, &str),
    step: u8,
    limit: usize,
) -> Result<(), Error> {
    println!("\n{step}. operations, page by page");
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
