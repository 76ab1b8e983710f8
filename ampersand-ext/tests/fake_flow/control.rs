//! The control plane on the fake: updates with a mask read back, operations paged in order,
//! refusals as typed errors, and notifications that follow the project's routes.

use super::*;

#[tokio::test(start_paused = true)]
async fn an_update_with_a_mask_changes_only_its_paths_and_is_read_back() {
    let w = world().await;
    let created = notification(&next_message(&w).await);
    assert_eq!(created["notificationType"], "installation.created");
    assert_eq!(
        created["data"]["installationId"],
        w.installation.id.as_str()
    );
    assert_eq!(created["data"]["groupName"], "Group One");

    let before = w.installation.clone();
    let selected = ["email", "phone"].map(|f| (f.to_string(), true));
    let updated = w
        .client
        .update_installation_fields()
        .project_id_or_name("flow")
        .integration_id(&w.integration)
        .installation_id(&before.id)
        .read_object(
            "contact",
            types::BaseReadConfigObject::builder()
                .object_name(Some("contact".to_string()))
                .destination(Some("hooks".to_string()))
                .schedule(Some("*/5 * * * *".to_string()))
                .selected_fields(BTreeMap::from(selected)),
        )
        .send()
        .await
        .unwrap()
        .into_inner();
    let read_back = w
        .client
        .get_installation()
        .project_id_or_name("flow")
        .integration_id(&w.integration)
        .installation_id(&before.id)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(read_back, updated);
    let contact = &read_back.config.content.read.as_ref().unwrap().objects["contact"];
    assert_eq!(contact.schedule.as_deref(), Some("*/5 * * * *"));
    assert_eq!(contact.selected_fields.len(), 2);
    // nothing outside the mask changed
    let (mut a, mut b) = (json!(before), json!(read_back));
    for v in [&mut a, &mut b] {
        v["config"]["content"]["read"]["objects"]["contact"] = Value::Null;
        for field in ["id", "createTime"] {
            v["config"][field] = Value::Null;
        }
        v["updateTime"] = Value::Null;
    }
    assert_eq!(a, b);
    assert!(read_back.update_time.is_some());

    let changed = notification(&next_message(&w).await);
    assert_eq!(changed["notificationType"], "installation.updated");
    assert_eq!(
        changed["data"]["lastConfig"]["content"]["read"]["objects"]["contact"]["schedule"],
        "*/10 * * * *"
    );

    // a path the spec does not allow is the service's 400, naming it
    let refused = w
        .client
        .update_installation()
        .project_id_or_name("flow")
        .integration_id(&w.integration)
        .installation_id(&before.id)
        .body(body::<types::UpdateInstallationBody>(
            "updateInstallation",
            json!({"updateMask": ["healthStatus"], "installation": {}}),
        ))
        .send()
        .await
        .unwrap_err();
    assert_eq!(refused.status().map(|s| s.as_u16()), Some(400));
    assert_eq!(refused.issues()[0].name.as_deref(), Some("updateMask"));
    // and the list shows the one installation, changed
    let listed = w
        .client
        .list_installations()
        .project_id_or_name("flow")
        .integration_id(&w.integration)
        .group_ref("g1")
        .send()
        .await
        .unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0], read_back);
}

#[tokio::test(start_paused = true)]
async fn operations_page_through_in_order() {
    let w = world().await;
    for i in 0..5 {
        w.client
            .write()
            .write_records()
            .project_id_or_name("flow")
            .integration_id(&w.integration)
            .object_name("contact")
            .body(body::<WriteRequest>(
                "writeRecords",
                json!({"groupRef": "g1", "type": "create",
                "record": {"email": format!("p{i}@example.com")}}),
            ))
            .send()
            .await
            .unwrap();
    }
    let mut stream = w
        .client
        .list_operations()
        // by its id this time
        .project_id_or_name(&w.project)
        .integration_id(&w.integration)
        .installation_id(&w.installation.id)
        .page_size(std::num::NonZeroU64::new(2).unwrap())
        .stream();
    let mut pages = Vec::new();
    while let Some(page) = stream.next().await {
        pages.push(page.unwrap().items);
    }
    assert_eq!(pages.iter().map(Vec::len).collect::<Vec<_>>(), [2, 2, 1]);
    let ids: Vec<&str> = pages.iter().flatten().map(|o| o.id.as_str()).collect();
    let unique: std::collections::BTreeSet<&&str> = ids.iter().collect();
    assert_eq!(unique.len(), 5);
    assert!(pages.iter().flatten().all(|o| o.status == "success"));
}

#[tokio::test(start_paused = true)]
async fn refusals_are_typed_errors() {
    let w = world().await;
    let missing = w
        .client
        .get_installation()
        .project_id_or_name("flow")
        .integration_id(&w.integration)
        .installation_id("no-such-installation")
        .send()
        .await
        .unwrap_err();
    assert_eq!(missing.status().map(|s| s.as_u16()), Some(404));
    assert_eq!(missing.operation().map(|op| op.id), Some("getInstallation"));
    let again = w
        .client
        .create_installation()
        .project_id_or_name("flow")
        .integration_id(&w.integration)
        .body(body::<types::CreateInstallationBody>(
            "createInstallation",
            json!({"groupRef": "g1", "config": {"content": {}}}),
        ))
        .send()
        .await
        .unwrap_err();
    assert_eq!(again.status().map(|s| s.as_u16()), Some(409));
    // the provider key is not shown unless asked for
    let connections = w
        .client
        .list_connections()
        .project_id_or_name("flow")
        .send()
        .await
        .unwrap();
    assert!(connections[0].api_key.is_none());
}

#[tokio::test(start_paused = true)]
async fn notifications_follow_the_projects_routes() {
    let w = world().await;
    let _created = next_message(&w).await;
    let alerts = Receiver::start().await.unwrap();
    let destination = w
        .client
        .create_destination()
        .project_id_or_name("flow")
        .body(body::<types::CreateDestinationBody>(
            "createDestination",
            json!({"name": "alerts", "type": "webhook", "metadata": {"url": alerts.url()}}),
        ))
        .send()
        .await
        .unwrap()
        .into_inner();
    let topic = w
        .client
        .create_topic()
        .project_id_or_name("flow")
        .body(body::<types::CreateTopicBody>(
            "createTopic",
            json!({"name": "ops"}),
        ))
        .send()
        .await
        .unwrap()
        .into_inner();
    w.client
        .create_topic_destination_route()
        .project_id_or_name("flow")
        .body(body::<types::CreateTopicDestinationRouteBody>(
            "createTopicDestinationRoute",
            json!({"topicId": topic.id, "destinationId": destination.id}),
        ))
        .send()
        .await
        .unwrap();
    for event in ["connection.created", "installation.deleted"] {
        w.client
            .create_event_topic_route()
            .project_id_or_name("flow")
            .body(body::<types::CreateEventTopicRouteBody>(
                "createEventTopicRoute",
                json!({"eventType": event, "topicId": topic.id}),
            ))
            .send()
            .await
            .unwrap();
    }
    w.client
        .generate_connection()
        .project_id_or_name("flow")
        .body(body::<types::GenerateConnectionRequest>(
            "generateConnection",
            json!({"provider": "hubspot", "groupRef": "g2", "consumerRef": "u2"}),
        ))
        .send()
        .await
        .unwrap();
    w.client
        .delete_installation()
        .project_id_or_name("flow")
        .integration_id(&w.integration)
        .installation_id(&w.installation.id)
        .send()
        .await
        .unwrap();
    let mut kinds = Vec::new();
    for _ in 0..2 {
        let delivery = alerts
            .next(Duration::from_secs(5))
            .await
            .expect("a routed delivery");
        let message = webhook::verify(
            ampersand_fake::DEFAULT_WEBHOOK_SECRET,
            &delivery.headers,
            &delivery.body,
        )
        .unwrap();
        kinds.push(notification(&message)["notificationType"].clone());
    }
    assert_eq!(kinds, ["connection.created", "installation.deleted"]);
    // the routed event no longer goes to the installation's own destination
    assert!(w.hooks.next(Duration::from_millis(300)).await.is_none());
}
