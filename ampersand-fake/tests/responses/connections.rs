//! Connections: made with credentials, through OAuth (the URL to send a browser to, for a new
//! connection or new tokens), read with and without their credentials, listed, rotated.

use serde_json::json;

use super::{Flow, connection, project};

pub const TESTS: &[&[&str]] = &[CONNECTIONS];

const CONNECTIONS: &[&str] = &[
    "generateConnection",
    "oauthConnect",
    "oauthUpdate",
    "getConnection",
    "listConnections",
    "updateConnection",
];

/// A connection, and OAuth: the URL to send a browser to, for a new connection or new tokens.
#[tokio::test(start_paused = true)]
async fn connections() {
    let mut f = Flow::start().await;
    let f = &mut f;
    let p = &project(f).await;
    let connection = connection(f, p).await;
    f.expect(
        "generateConnection",
        &format!("{p}/connections:generate"),
        Some(json!({"groupRef": "g"})),
        400,
    )
    .await;
    // OAuth: the URL to send a browser to, for a new connection or new tokens
    let oauth = json!({ "projectId": "valid-one", "provider": "hubspot", "groupRef": "g-oauth",
        "consumerRef": "u" });
    let url = f
        .expect("oauthConnect", "/oauth-connect", Some(oauth), 200)
        .await;
    assert!(url.as_str().unwrap().contains("state="), "{url}");
    let elsewhere = json!({ "projectId": "none", "provider": "hubspot", "groupRef": "g",
        "consumerRef": "u" });
    f.expect("oauthConnect", "/oauth-connect", Some(elsewhere), 404)
        .await;
    f.expect(
        "oauthConnect",
        "/oauth-connect",
        Some(json!({ "provider": "hubspot" })),
        400,
    )
    .await;
    let update = format!("{p}/connections/{connection}:oauth-update");
    f.expect("oauthUpdate", &update, None, 200).await;
    f.expect(
        "oauthUpdate",
        &format!("{p}/connections/none:oauth-update"),
        None,
        404,
    )
    .await;
    let shown = f
        .expect(
            "getConnection",
            &format!("{p}/connections/{connection}?includeCreds=true"),
            None,
            200,
        )
        .await;
    assert_eq!(shown["apiKey"], "provider-key");
    f.expect("getConnection", &format!("{p}/connections/none"), None, 404)
        .await;
    f.expect(
        "getConnection",
        &format!("{p}/connections/{connection}?includeCreds=maybe"),
        None,
        400,
    )
    .await;
    f.expect(
        "listConnections",
        &format!("{p}/connections?groupRef=g1"),
        None,
        200,
    )
    .await;

    let rotate = json!({ "updateMask": ["apiKey"], "connection": { "provider": "salesforce",
        "groupRef": "g1", "consumerRef": "u1", "apiKey": "rotated-key" } });
    let c = format!("{p}/connections/{connection}");
    f.expect("updateConnection", &c, Some(rotate), 200).await;
    let bad = json!({ "updateMask": ["provider"], "connection": { "provider": "hubspot",
        "groupRef": "g1", "consumerRef": "u1" } });
    f.expect("updateConnection", &c, Some(bad), 400).await;
    let shown = f
        .expect(
            "getConnection",
            &format!("{c}?includeCreds=true"),
            None,
            200,
        )
        .await;
    assert_eq!(shown["apiKey"], "rotated-key");

    f.covered(CONNECTIONS);
}
