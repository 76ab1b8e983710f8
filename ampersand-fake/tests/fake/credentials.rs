//! What the fake makes of credentials: API keys that open their project until deactivated,
//! provider apps whose client secret is never shown, JWT keys with their active state.

use super::*;

#[tokio::test]
async fn an_api_key_it_made_opens_its_project_until_it_is_deactivated() {
    let fake = fake().await;
    let client = with_project(&fake, "own").await;
    with_project(&fake, "other").await;
    let made = client
        .create_api_key()
        .project_id_or_name("own")
        .body_map(|b| b.label("ci"))
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(made.label, "ci");
    assert_eq!(made.active, Some(true));
    let key = made.key.expose().to_string();
    assert!(key.starts_with("amp_fake_"), "{key}");
    let with_key = common::client_with(&fake, |c| c.api_key = Some(key.as_str().into()));
    let status = |r: Result<_, ampersand_client::Error>| match r {
        Ok(_) => 200,
        Err(e) => e.status().map_or(0, |s| s.as_u16()),
    };
    let get = |project: &'static str| {
        let with_key = &with_key;
        async move {
            with_key
                .get_project()
                .project_id_or_name(project)
                .send()
                .await
                .map(|_| ())
        }
    };
    // its own project, by name or id, and no other
    assert_eq!(status(get("own").await), 200);
    let own = client
        .get_project()
        .project_id_or_name("own")
        .send()
        .await
        .unwrap()
        .into_inner();
    let by_id = with_key
        .get_project()
        .project_id_or_name(&own.id)
        .send()
        .await;
    assert_eq!(status(by_id.map(|_| ())), 200);
    assert_eq!(status(get("other").await), 401);
    // listed; deactivated by its mask, it is refused, and listed only without `active`
    let keys = format!("/projects/own/api-keys/{key}");
    let off = json!({ "updateMask": ["active"], "apiKey": { "active": false } });
    let (code, _, body) = raw(&fake, "PATCH", &keys, Some(off), true).await;
    assert_eq!(
        (code, &body["active"], &body["label"]),
        (200, &json!(false), &json!("ci"))
    );
    assert_eq!(status(get("own").await), 401);
    let listed = |query: &'static str| {
        let fake = &fake;
        async move {
            let path = format!("/projects/own/api-keys{query}");
            raw(fake, "GET", &path, None, true).await.2
        }
    };
    assert_eq!(listed("?active=true").await, json!([]));
    assert_eq!(listed("").await[0]["key"], key);
    // on again, then deleted: refused, and gone
    let on = json!({ "updateMask": ["active"], "apiKey": { "active": true } });
    assert_eq!(raw(&fake, "PATCH", &keys, Some(on), true).await.0, 200);
    assert_eq!(status(get("own").await), 200);
    assert_eq!(raw(&fake, "DELETE", &keys, None, true).await.0, 204);
    assert_eq!(status(get("own").await), 401);
    assert_eq!(raw(&fake, "GET", &keys, None, true).await.0, 404);
}

#[tokio::test]
async fn a_provider_app_keeps_its_client_secret_unshown() {
    let fake = fake().await;
    with_project(&fake, "pa").await;
    let app = json!({ "provider": "hubspot", "clientId": "cid", "clientSecret": "very-secret-1" });
    let (code, _, made) = raw(&fake, "POST", "/projects/pa/provider-apps", Some(app), true).await;
    assert_eq!(
        (code, &made["clientId"], &made["provider"]),
        (200, &json!("cid"), &json!("hubspot"))
    );
    let one = format!(
        "/projects/pa/provider-apps/{}",
        made["id"].as_str().unwrap()
    );
    // a new secret and scopes by the mask; the client id stays
    let update = json!({ "updateMask": ["clientSecret", "scopes"],
        "providerApp": { "clientSecret": "very-secret-2", "clientId": "ignored", "scopes": ["crm"] } });
    let (code, _, updated) = raw(&fake, "PATCH", &one, Some(update), true).await;
    assert_eq!(
        (code, &updated["clientId"], &updated["scopes"]),
        (200, &json!("cid"), &json!(["crm"]))
    );
    assert!(updated["updateTime"].is_string());
    let (_, _, listed) = raw(&fake, "GET", "/projects/pa/provider-apps", None, true).await;
    assert_eq!(listed, json!([updated]));
    for answer in [&made, &updated, &listed] {
        assert!(!answer.to_string().contains("very-secret"), "{answer}");
    }
    // a path the spec does not list
    let bad = json!({ "updateMask": ["projectId"], "providerApp": {} });
    let (code, _, problem) = raw(&fake, "PATCH", &one, Some(bad), true).await;
    assert_eq!(code, 400);
    assert!(problem.to_string().contains("projectId"), "{problem}");
    assert_eq!(raw(&fake, "DELETE", &one, None, true).await.0, 204);
    assert_eq!(
        raw(&fake, "GET", "/projects/pa/provider-apps", None, true)
            .await
            .2,
        json!([])
    );
}

#[tokio::test]
async fn jwt_keys_are_kept_with_their_active_state() {
    let fake = fake().await;
    with_project(&fake, "pa").await;
    let pem = "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n-----END PUBLIC KEY-----\n";
    let mut kids = Vec::new();
    for label in ["one", "two"] {
        let key = json!({ "label": label, "algorithm": "RS256", "publicKeyPem": pem });
        let (code, _, made) = raw(&fake, "POST", "/projects/pa/jwt-keys", Some(key), true).await;
        assert_eq!(code, 201);
        kids.push(made["kid"].as_str().unwrap().to_string());
    }
    let first = format!("/projects/pa/jwt-keys/{}", kids[0]);
    let (_, _, got) = raw(&fake, "GET", &first, None, true).await;
    assert_eq!(
        (
            &got["label"],
            &got["active"],
            &got["publicKeyPem"],
            &got["algorithm"]
        ),
        (&json!("one"), &json!(true), &json!(pem), &json!("RSA"))
    );
    let off =
        json!({ "updateMask": ["active"], "jwtKey": { "active": false, "label": "unchanged?" } });
    let (code, _, updated) = raw(&fake, "PATCH", &first, Some(off), true).await;
    assert_eq!(
        (code, &updated["active"], &updated["label"]),
        (200, &json!(false), &json!("one"))
    );
    let labels = |query: &'static str| {
        let fake = &fake;
        async move {
            let path = format!("/projects/pa/jwt-keys{query}");
            let (_, _, list) = raw(fake, "GET", &path, None, true).await;
            list.as_array()
                .unwrap()
                .iter()
                .map(|k| k["label"].clone())
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(labels("?active=true").await, [json!("two")]);
    assert_eq!(labels("").await, [json!("one"), json!("two")]);
    // a mask path outside the spec's enum, and a PEM that is not a public key, are 400s
    // naming the field
    let bad = json!({ "updateMask": ["name"], "jwtKey": { "name": "x" } });
    let (code, _, problem) = raw(&fake, "PATCH", &first, Some(bad), true).await;
    assert_eq!(code, 400);
    assert!(problem.to_string().contains("updateMask"), "{problem}");
    let bad = json!({ "label": "x", "algorithm": "RS256", "publicKeyPem": "-----BEGIN PRIVATE KEY-----" });
    let (code, content_type, problem) =
        raw(&fake, "POST", "/projects/pa/jwt-keys", Some(bad), true).await;
    assert_eq!((code, content_type.as_str()), (400, "application/json"));
    assert!(problem.to_string().contains("publicKeyPem"), "{problem}");
    assert_eq!(raw(&fake, "DELETE", &first, None, true).await.0, 204);
    assert_eq!(labels("").await, [json!("two")]);
}
