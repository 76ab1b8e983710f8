//! Where deliveries go: webhook destinations, and notification routing (topics, their routes
//! to destinations, event types' routes to topics).

use serde_json::json;

use super::{Flow, destination, project};

pub const TESTS: &[&[&str]] = &[DESTINATIONS, ROUTING];

const DESTINATIONS: &[&str] = &[
    "createDestination",
    "getDestination",
    "listDestinations",
    "updateDestination",
];

#[tokio::test(start_paused = true)]
async fn destinations() {
    let mut f = Flow::start().await;
    let f = &mut f;
    let p = &project(f).await;
    let destination = destination("http://127.0.0.1:9/hook");
    f.expect(
        "createDestination",
        &format!("{p}/destinations"),
        Some(destination.clone()),
        201,
    )
    .await;
    f.expect(
        "createDestination",
        &format!("{p}/destinations"),
        Some(destination),
        409,
    )
    .await;
    f.expect(
        "createDestination",
        &format!("{p}/destinations"),
        Some(json!({"name": "x", "type": "pigeon", "metadata": {}})),
        400,
    )
    .await;
    let with_secrets = f
        .expect(
            "getDestination",
            &format!("{p}/destinations/contactWebhook?includeSecrets=true"),
            None,
            200,
        )
        .await;
    assert_eq!(
        with_secrets["secrets"]["webhookSigningKey"],
        ampersand_fake::DEFAULT_WEBHOOK_SECRET
    );
    f.expect(
        "getDestination",
        &format!("{p}/destinations/none"),
        None,
        404,
    )
    .await;
    f.expect("listDestinations", &format!("{p}/destinations"), None, 200)
        .await;
    let rename = json!({ "updateMask": ["metadata.headers"], "destination": { "metadata": { "headers": { "x-env": "test" } } } });
    f.expect(
        "updateDestination",
        &format!("{p}/destinations/contactWebhook"),
        Some(rename),
        200,
    )
    .await;
    let bad = json!({ "updateMask": ["type"], "destination": {} });
    f.expect(
        "updateDestination",
        &format!("{p}/destinations/contactWebhook"),
        Some(bad),
        400,
    )
    .await;

    f.covered(DESTINATIONS);
}

const ROUTING: &[&str] = &[
    "createTopic",
    "listTopics",
    "updateTopic",
    "deleteTopic",
    "createTopicDestinationRoute",
    "listTopicDestinationRoutes",
    "deleteTopicDestinationRoute",
    "createEventTopicRoute",
    "listEventTopicRoutes",
    "deleteEventTopicRoute",
];

/// Notification routing: a topic, its route to the destination, an event's route to it.
#[tokio::test(start_paused = true)]
async fn routing() {
    let mut f = Flow::start().await;
    let f = &mut f;
    let p = &project(f).await;
    let path = format!("{p}/destinations");
    let with_secrets = f
        .expect(
            "createDestination",
            &path,
            Some(destination("http://127.0.0.1:9/hook")),
            201,
        )
        .await;
    let t = format!("{p}/topics");
    let topic = f
        .expect("createTopic", &t, Some(json!({ "name": "alerts" })), 201)
        .await;
    let topic = topic["id"].as_str().unwrap().to_string();
    f.expect("createTopic", &t, Some(json!({ "name": "alerts" })), 409)
        .await;
    f.expect("createTopic", &t, Some(json!({})), 400).await;
    f.expect("listTopics", &t, None, 200).await;
    let renamed = json!({ "name": "alerts-2" });
    f.expect(
        "updateTopic",
        &format!("{t}/{topic}"),
        Some(renamed.clone()),
        200,
    )
    .await;
    f.expect("updateTopic", &format!("{t}/none"), Some(renamed), 404)
        .await;
    let hook_id = with_secrets["id"].as_str().unwrap();
    let tr = format!("{p}/topic-destination-routes");
    let route = json!({ "topicId": topic, "destinationId": hook_id });
    let route = f
        .expect("createTopicDestinationRoute", &tr, Some(route), 201)
        .await;
    let unknown = json!({ "topicId": topic, "destinationId": "none" });
    f.expect("createTopicDestinationRoute", &tr, Some(unknown), 404)
        .await;
    f.expect("listTopicDestinationRoutes", &tr, None, 200).await;
    let er = format!("{p}/notification-event-topic-routes");
    let event = json!({ "eventType": "installation.created", "topicId": topic });
    let event = f
        .expect("createEventTopicRoute", &er, Some(event), 201)
        .await;
    let bad = json!({ "eventType": "lunch.served", "topicId": topic });
    f.expect("createEventTopicRoute", &er, Some(bad), 400).await;
    f.expect("listEventTopicRoutes", &er, None, 200).await;
    let (route, event) = (route["id"].as_str().unwrap(), event["id"].as_str().unwrap());
    f.expect("deleteEventTopicRoute", &format!("{er}/{event}"), None, 204)
        .await;
    f.expect("deleteEventTopicRoute", &format!("{er}/{event}"), None, 404)
        .await;
    f.expect(
        "deleteTopicDestinationRoute",
        &format!("{tr}/{route}"),
        None,
        204,
    )
    .await;
    f.expect(
        "deleteTopicDestinationRoute",
        &format!("{tr}/{route}"),
        None,
        404,
    )
    .await;
    f.expect("deleteTopic", &format!("{t}/{topic}"), None, 204)
        .await;
    f.expect("deleteTopic", &format!("{t}/{topic}"), None, 404)
        .await;

    f.covered(ROUTING);
}
