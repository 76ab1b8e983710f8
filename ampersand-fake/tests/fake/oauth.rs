//! OAuth through the fake's consent page, and the builder's state after a restart.

use super::*;

// tokio's clock, paused: the fake's delays and the quiet that ends a drain pass without
// taking time, and no window depends on how fast the machine is
#[tokio::test(start_paused = true)]
async fn an_oauth_url_opened_makes_the_connection_once_and_an_update_refreshes_it() {
    let fake = fake().await;
    let client = with_project(&fake, "oauth").await;
    let hooks = ampersand_fake::Receiver::start().await.unwrap();
    // connection notifications routed to a receiver
    let p = "/projects/oauth";
    let post = |path: String, body: Value| {
        let fake = &fake;
        async move {
            let (code, _, body) = raw(fake, "POST", &path, Some(body), true).await;
            assert!(code < 300, "{path}: {code} {body}");
            body
        }
    };
    let hook = post(
        format!("{p}/destinations"),
        json!({ "name": "hook", "type": "webhook", "metadata": { "url": hooks.url() } }),
    )
    .await;
    let topic = post(format!("{p}/topics"), json!({ "name": "conn" })).await;
    post(
        format!("{p}/topic-destination-routes"),
        json!({ "topicId": topic["id"], "destinationId": hook["id"] }),
    )
    .await;
    for event in ["connection.created", "connection.refreshed"] {
        post(
            format!("{p}/notification-event-topic-routes"),
            json!({ "eventType": event, "topicId": topic["id"] }),
        )
        .await;
    }
    let app = post(
        format!("{p}/provider-apps"),
        json!({ "provider": "salesforce", "clientId": "c", "clientSecret": "s", "scopes": ["api"] }),
    )
    .await;
    let app = app["id"].as_str().unwrap().to_string();

    // the SDK asks for the URL; a browser opens it
    let connect = || {
        let client = &client;
        let app = app.clone();
        async move {
            client
                .oauth_connect()
                .body_map(|b| {
                    b.project_id("oauth")
                        .provider("salesforce")
                        .group_ref("acme")
                        .group_name(Some("Acme".to_string()))
                        .consumer_ref("u1")
                        .provider_app_id(Some(app))
                })
                .send()
                .await
                .unwrap()
                .into_inner()
        }
    };
    let url = connect().await;
    assert!(
        url.starts_with(&format!("http://{}/", fake.addr())),
        "{url}"
    );
    let (_, _, none) = raw(&fake, "GET", "/projects/oauth/connections", None, true).await;
    assert_eq!(none, json!([]), "nothing is made before the browser comes");
    let open = |url: String| async move {
        let response = http().get(url).send().await.unwrap();
        let status = response.status().as_u16();
        (status, response.json::<Value>().await.unwrap())
    };
    let (code, done) = open(url.clone()).await;
    assert_eq!((code, &done["status"]), (200, &json!("created")), "{done}");
    let id = done["connectionId"].as_str().unwrap().to_string();
    // used once
    assert_eq!(open(url).await.0, 400);
    let path = format!("/projects/oauth/connections/{id}");
    let (_, _, shown) = raw(&fake, "GET", &path, None, true).await;
    assert_eq!(
        (
            &shown["authScheme"],
            &shown["group"]["groupName"],
            &shown["providerApp"]["id"]
        ),
        (
            &json!("oauth2/authorizationCode"),
            &json!("Acme"),
            &json!(app)
        )
    );
    assert!(shown.get("oauth2AuthorizationCode").is_none(), "{shown}");
    let creds = |path: String| {
        let fake = &fake;
        async move {
            let path = format!("{path}?includeCreds=true");
            raw(fake, "GET", &path, None, true).await.2["oauth2AuthorizationCode"].clone()
        }
    };
    let first = creds(path.clone()).await;
    assert_eq!(first["scopes"], json!(["api"]));
    assert!(
        first["accessToken"]["token"].is_string() && first["refreshToken"]["token"].is_string()
    );

    // an update's URL gives the same connection new tokens
    let url = client
        .oauth_update()
        .project_id_or_name("oauth")
        .connection_id(&id)
        .send()
        .await
        .unwrap()
        .into_inner();
    let (code, done) = open(url).await;
    assert_eq!(
        (code, &done["connectionId"], &done["status"]),
        (200, &json!(id), &json!("refreshed"))
    );
    let second = creds(path.clone()).await;
    assert_ne!(
        second["accessToken"]["token"],
        first["accessToken"]["token"]
    );
    // so does connecting the same group to the same provider again
    let (_, done) = open(connect().await).await;
    assert_eq!(
        (&done["connectionId"], &done["status"]),
        (&json!(id), &json!("refreshed"))
    );
    let (_, _, all) = raw(&fake, "GET", "/projects/oauth/connections", None, true).await;
    assert_eq!(all.as_array().unwrap().len(), 1);

    // each announced where the project routes it, with no token in it
    let mut kinds = Vec::new();
    while let Some(d) = hooks.next(std::time::Duration::from_millis(500)).await {
        let body: Value = serde_json::from_slice(&d.body).unwrap();
        assert_eq!(body["data"]["connectionId"], json!(id));
        assert!(
            !String::from_utf8_lossy(&d.body).contains("fake-access"),
            "{body}"
        );
        kinds.push(body["notificationType"].as_str().unwrap().to_string());
    }
    assert_eq!(
        kinds,
        [
            "connection.created",
            "connection.refreshed",
            "connection.refreshed"
        ]
    );
}

#[tokio::test]
async fn the_builder_is_the_same_after_a_restart_and_admin_of_what_it_made() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("fake.json");
    let me = |fake: &Fake| {
        let client = client(fake);
        async move { client.get_my_info().send().await.unwrap().into_inner() }
    };
    let fake = Fake::start(Options::new().state_file(&file)).await.unwrap();
    let before = me(&fake).await;
    assert!(before.org_role.is_none() && before.project_roles.is_empty());
    let project = with_project(&fake, "mine")
        .await
        .get_project()
        .project_id_or_name("mine")
        .send()
        .await
        .unwrap()
        .into_inner();
    let (_, _, org) = raw(
        &fake,
        "POST",
        "/orgs",
        Some(json!({ "label": "Acme" })),
        true,
    )
    .await;
    drop(fake);
    let fake = Fake::start(Options::new().state_file(&file)).await.unwrap();
    let after = me(&fake).await;
    assert_eq!(after.builder.id, before.builder.id);
    let roles = serde_json::to_value(&after).unwrap();
    assert_eq!(
        roles["projectRoles"][&project.id]["project"]["name"],
        "mine"
    );
    assert_eq!(roles["projectRoles"][&project.id]["role"], "admin");
    assert_eq!(roles["orgRole"]["org"]["id"], org["id"]);
    assert_eq!(roles["orgRole"]["principalId"], json!(before.builder.id));
}
