//! The project's own resources: the project, its provider apps, API keys and JWT keys, its
//! integrations and revisions.

use serde_json::json;

use super::{Flow, YAML, deployed, project};

pub const TESTS: &[&[&str]] = &[PROJECTS, CREDENTIALS, INTEGRATIONS];

const PROJECTS: &[&str] = &[
    "createProject",
    "getProject",
    "listProjects",
    "updateProject",
];

#[tokio::test(start_paused = true)]
async fn projects() {
    let mut f = Flow::start().await;
    let f = &mut f;
    // projects
    let project = json!({ "appName": "A", "name": "valid-one", "orgId": "o" });
    f.expect("createProject", "/projects", Some(project.clone()), 201)
        .await;
    f.expect("createProject", "/projects", Some(project), 409)
        .await;
    f.expect(
        "createProject",
        "/projects",
        Some(json!({ "name": 1 })),
        400,
    )
    .await;
    f.expect("getProject", "/projects/valid-one", None, 200)
        .await;
    f.expect("getProject", "/projects/none", None, 404).await;
    f.expect("listProjects", "/projects", None, 200).await;
    f.send("listProjects", "/projects", None, 401, false).await;
    let update = json!({ "updateMask": ["appName"], "project": { "appName": "B" } });
    f.expect("updateProject", "/projects/valid-one", Some(update), 200)
        .await;
    let bad = json!({ "updateMask": ["orgId"], "project": {} });
    f.expect("updateProject", "/projects/valid-one", Some(bad), 400)
        .await;
    f.covered(PROJECTS);
}

const CREDENTIALS: &[&str] = &[
    "createProviderApp",
    "listProviderApps",
    "updateProviderApp",
    "deleteProviderApp",
    "createApiKey",
    "listApiKeys",
    "getApiKey",
    "updateApiKey",
    "deleteApiKey",
    "createJWTKey",
    "listJWTKeys",
    "getJWTKey",
    "updateJWTKey",
    "deleteJWTKey",
];

/// Provider apps, API keys and JWT keys.
#[tokio::test(start_paused = true)]
async fn credentials_and_apps() {
    let mut f = Flow::start().await;
    let f = &mut f;
    let p = &project(f).await;
    let none = "/projects/none";
    let app = json!({ "provider": "salesforce", "clientId": "id-1", "clientSecret": "s-1",
        "scopes": ["api"], "metadata": { "providerParams": { "packageInstallURL": "https://x" } } });
    let apps = format!("{p}/provider-apps");
    let made = f.expect("createProviderApp", &apps, Some(app), 200).await;
    let bad = json!({ "provider": "salesforce", "clientSecret": "s" });
    f.expect("createProviderApp", &apps, Some(bad), 400).await;
    f.expect("listProviderApps", &apps, None, 200).await;
    f.expect(
        "listProviderApps",
        &format!("{none}/provider-apps"),
        None,
        404,
    )
    .await;
    let one = format!("{apps}/{}", made["id"].as_str().unwrap());
    let update = json!({ "updateMask": ["clientSecret", "scopes"],
        "providerApp": { "clientSecret": "s-2", "scopes": ["api", "refresh_token"] } });
    f.expect("updateProviderApp", &one, Some(update), 200).await;
    let bad = json!({ "updateMask": ["id"], "providerApp": {} });
    f.expect("updateProviderApp", &one, Some(bad), 400).await;
    f.expect("deleteProviderApp", &one, None, 204).await;
    f.expect("deleteProviderApp", &one, None, 404).await;

    let keys = format!("{p}/api-keys");
    let made = f
        .expect(
            "createApiKey",
            &keys,
            Some(json!({ "label": "ci", "scopes": ["full"] })),
            201,
        )
        .await;
    f.expect("createApiKey", &keys, Some(json!({ "scopes": [] })), 400)
        .await;
    f.expect("listApiKeys", &format!("{keys}?active=true"), None, 200)
        .await;
    f.expect("listApiKeys", &format!("{none}/api-keys"), None, 404)
        .await;
    let one = format!("{keys}/{}", made["key"].as_str().unwrap());
    f.expect("getApiKey", &one, None, 200).await;
    f.expect("getApiKey", &format!("{keys}/nope"), None, 404)
        .await;
    let update = json!({ "updateMask": ["active"], "apiKey": { "active": false } });
    f.expect("updateApiKey", &one, Some(update), 200).await;
    let bad = json!({ "updateMask": ["key"], "apiKey": {} });
    f.expect("updateApiKey", &one, Some(bad), 400).await;
    f.expect("deleteApiKey", &one, None, 204).await;
    f.expect("deleteApiKey", &one, None, 404).await;

    let jwt = format!("{p}/jwt-keys");
    let pem = "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA4f5wg5l2hKsTeNem\n-----END PUBLIC KEY-----\n";
    let key = json!({ "label": "prod", "algorithm": "RS256", "publicKeyPem": pem });
    let made = f.expect("createJWTKey", &jwt, Some(key), 201).await;
    let bad = json!({ "label": "prod", "algorithm": "RS256", "publicKeyPem": "not a key" });
    f.expect("createJWTKey", &jwt, Some(bad), 400).await;
    f.expect("listJWTKeys", &format!("{jwt}?active=true"), None, 200)
        .await;
    f.expect("listJWTKeys", &format!("{none}/jwt-keys"), None, 400)
        .await;
    let one = format!("{jwt}/{}", made["kid"].as_str().unwrap());
    f.expect("getJWTKey", &one, None, 200).await;
    f.expect(
        "getJWTKey",
        &format!("{jwt}/00000000-0000-4000-8000-000000000000"),
        None,
        404,
    )
    .await;
    let update =
        json!({ "updateMask": ["active", "label"], "jwtKey": { "active": false, "label": "old" } });
    f.expect("updateJWTKey", &one, Some(update), 200).await;
    let bad = json!({ "updateMask": ["name"], "jwtKey": { "name": "x" } });
    f.expect("updateJWTKey", &one, Some(bad), 400).await;
    f.expect("deleteJWTKey", &one, None, 204).await;
    f.expect("deleteJWTKey", &one, None, 404).await;
    f.covered(CREDENTIALS);
}

const INTEGRATIONS: &[&str] = &[
    "batchUpsertIntegrations",
    "createIntegration",
    "getIntegration",
    "listIntegrations",
    "deleteIntegration",
    "createRevision",
];

/// Integrations: a manifest deployed, one created on its own, a revision.
#[tokio::test(start_paused = true)]
async fn integrations() {
    let mut f = Flow::start().await;
    let f = &mut f;
    let p = &project(f).await;
    let deployed = [deployed(f, p).await];
    let yaml = YAML;
    let integration = deployed[0]["id"].as_str().unwrap().to_string();
    let broken = yaml.replace("provider: salesforce", "provider: [not, a, name]");
    f.expect(
        "batchUpsertIntegrations",
        &format!("{p}/integrations:batch"),
        Some(json!({ "sourceYaml": broken })),
        422,
    )
    .await;
    let other = json!({ "name": "other", "provider": "hubspot", "latestRevision": {
        "specVersion": "1.0.0", "content": { "name": "other", "provider": "hubspot" } } });
    f.expect(
        "createIntegration",
        &format!("{p}/integrations"),
        Some(other.clone()),
        201,
    )
    .await;
    f.expect(
        "createIntegration",
        &format!("{p}/integrations"),
        Some(other),
        409,
    )
    .await;
    f.expect(
        "createIntegration",
        &format!("{p}/integrations"),
        Some(json!({})),
        400,
    )
    .await;
    f.expect(
        "getIntegration",
        &format!("{p}/integrations/other"),
        None,
        200,
    )
    .await;
    f.expect(
        "getIntegration",
        &format!("{p}/integrations/none"),
        None,
        404,
    )
    .await;
    let listed = f
        .expect("listIntegrations", &format!("{p}/integrations"), None, 200)
        .await;
    assert_eq!(listed.as_array().unwrap().len(), 2);
    let other_id = listed[1]["id"].as_str().unwrap().to_string();
    f.expect(
        "deleteIntegration",
        &format!("{p}/integrations/{other_id}"),
        None,
        204,
    )
    .await;
    f.expect(
        "deleteIntegration",
        &format!("{p}/integrations/{other_id}"),
        None,
        404,
    )
    .await;

    let r = format!("{p}/integrations/{integration}/revisions");
    let revised = yaml.replace("*/10 * * * *", "*/20 * * * *");
    f.expect(
        "createRevision",
        &r,
        Some(json!({ "sourceYaml": revised })),
        201,
    )
    .await;
    let now = f
        .expect(
            "getIntegration",
            &format!("{p}/integrations/salesforce-crm"),
            None,
            200,
        )
        .await;
    let objects = &now["latestRevision"]["content"]["read"]["objects"];
    assert_eq!(objects[0]["schedule"], "*/20 * * * *", "{now}");
    assert_ne!(
        now["latestRevision"]["id"],
        deployed[0]["latestRevision"]["id"]
    );
    let elsewhere = revised.replace("salesforce-crm", "another-name");
    f.expect(
        "createRevision",
        &r,
        Some(json!({ "sourceYaml": elsewhere })),
        422,
    )
    .await;

    f.covered(INTEGRATIONS);
}
