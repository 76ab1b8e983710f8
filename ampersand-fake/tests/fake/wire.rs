//! Projects kept between calls through the SDK's own client, its refusals (credentials,
//! validation, masks, unknown ids, taken names) as the spec's problems, and every operation it
//! does not model a 501.

use super::*;

#[tokio::test]
async fn projects_are_kept_between_calls() {
    let fake = fake().await;
    let client = client(&fake);
    let created = client
        .create_project()
        .body_map(|b| {
            b.app_name("Mail Monkey")
                .name("Mail-Monkey")
                .org_id("org-1")
        })
        .send()
        .await
        .unwrap()
        .into_inner();
    // made by the fake: the id and time; the name lower-cased, as the spec says
    assert!(common::uuid_like(&created.id), "{}", created.id);
    assert_eq!(created.name, "mail-monkey");
    assert!(created.update_time.is_none());
    let by_id = client
        .get_project()
        .project_id_or_name(&created.id)
        .send()
        .await
        .unwrap();
    let by_name = client
        .get_project()
        .project_id_or_name("mail-monkey")
        .send()
        .await
        .unwrap();
    assert_eq!(*by_id, created);
    assert_eq!(*by_name, created);
    let second = client
        .create_project()
        .body_map(|b| b.app_name("Other").name("other").org_id("org-1"))
        .send()
        .await
        .unwrap();
    let listed = client.list_projects().send().await.unwrap().into_inner();
    assert_eq!(listed, vec![created.clone(), second.into_inner()]);

    // an update changes the masked path only
    let updated = client
        .update_project_fields()
        .project_id_or_name("mail-monkey")
        .app_name("Mail Monkey Pro")
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(updated.app_name, "Mail Monkey Pro");
    assert_eq!(
        (updated.name.as_str(), updated.id.as_str()),
        ("mail-monkey", created.id.as_str())
    );
    assert!(updated.update_time.unwrap() >= created.create_time);
    let read = client
        .get_project()
        .project_id_or_name(&created.id)
        .send()
        .await
        .unwrap();
    assert_eq!(*read, updated);
    // a field in the object but not in the mask is ignored, as the spec says
    let (status, _, body) = raw(
        &fake,
        "PATCH",
        "/projects/mail-monkey",
        Some(json!({ "updateMask": ["name"], "project": { "name": "renamed", "appName": "ignored" } })),
        true,
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        (body["name"].as_str(), body["appName"].as_str()),
        (Some("renamed"), Some("Mail Monkey Pro"))
    );
    assert_eq!(
        raw(&fake, "GET", "/projects/mail-monkey", None, true)
            .await
            .0,
        404
    );
}

#[tokio::test]
async fn refusals_are_the_spec_problems() {
    let fake = fake().await;
    let client = with_project(&fake, "taken").await;
    // a name taken: 409
    let e = client
        .create_project()
        .body_map(|b| b.app_name("B").name("taken").org_id("org-1"))
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.status().map(|s| s.as_u16()), Some(409), "{e}");
    // an unknown project: 404, as a problem
    let e = client
        .get_project()
        .project_id_or_name("nope")
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        (e.kind(), e.status().map(|s| s.as_u16())),
        (ErrorKind::Api, Some(404))
    );
    assert!(
        e.problem()
            .unwrap()
            .detail
            .as_deref()
            .unwrap()
            .contains("nope")
    );
    // a body the spec's type refuses: 400, the issue naming the field
    let (status, content_type, body) = common::send_as_given(
        &fake,
        Host::Platform,
        "POST",
        "/projects",
        Some(json!({ "appName": "A", "name": "-bad-", "orgId": "org-1" })),
        true,
    )
    .await;
    assert_eq!(
        (status, content_type.as_str()),
        (400, "application/problem+json"),
        "{body}"
    );
    assert_eq!(body["issues"][0]["name"], "name", "{body}");
    let (status, _, body) = common::send_as_given(
        &fake,
        Host::Platform,
        "POST",
        "/projects",
        Some(json!({ "appName": "A", "name": "ok" })),
        true,
    )
    .await;
    assert_eq!(status, 400);
    assert!(
        body["issues"][0]["detail"]
            .as_str()
            .unwrap()
            .contains("orgId"),
        "{body}"
    );
    // a mask path the spec does not allow, named; each allowed path derived from the spec
    let rule = UpdateMaskRule::find("update_project").unwrap();
    let (status, _, body) = common::send_as_given(
        &fake,
        Host::Platform,
        "PATCH",
        "/projects/taken",
        Some(json!({ "updateMask": ["orgId"], "project": { "orgId": "x" } })),
        true,
    )
    .await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["issues"][0]["name"], "updateMask");
    assert!(
        body["detail"].as_str().unwrap().contains("`orgId`"),
        "{body}"
    );
    for allowed in rule.allowed {
        // listed without a value
        let (status, _, body) = common::send_as_given(
            &fake,
            Host::Platform,
            "PATCH",
            "/projects/taken",
            Some(json!({ "updateMask": [allowed], "project": {} })),
            true,
        )
        .await;
        assert_eq!(status, 400, "{allowed}: {body}");
        assert_eq!(
            body["issues"][0]["name"],
            format!("{}.{allowed}", rule.object_key)
        );
    }
}

#[tokio::test]
async fn a_body_it_cannot_read_is_a_problem_and_changes_nothing() {
    let fake = fake().await;
    let url = format!("{}/projects", fake.base_url(Host::Platform));
    let post = |body: Vec<u8>| {
        http()
            .post(&url)
            .header("x-api-key", DEFAULT_API_KEY)
            .bearer_auth(DEFAULT_JWT)
            .header("content-type", "application/json")
            .body(body)
            .send()
    };
    // over the limit: a body the spec would take but for its size
    let big = "x".repeat(ampersand_fake::BODY_LIMIT);
    let body = common::complete(
        Host::Platform,
        "POST",
        "/projects",
        json!({ "appName": big }),
    );
    let over = post(serde_json::to_vec(&body).unwrap()).await.unwrap();
    // truncated JSON
    let mut cut = serde_json::to_vec(&common::complete(
        Host::Platform,
        "POST",
        "/projects",
        json!({}),
    ))
    .unwrap();
    cut.truncate(cut.len() / 2);
    let truncated = post(cut).await.unwrap();
    for (response, status) in [(over, 413), (truncated, 400)] {
        assert_eq!(response.status(), status);
        let kind = response.headers()["content-type"]
            .to_str()
            .unwrap()
            .to_string();
        assert_eq!(kind, "application/problem+json");
        let problem: Value = response.json().await.unwrap();
        assert_eq!(problem["status"], status, "{problem}");
    }
    assert!(lists_no_project(&fake).await);
    // a path beside the fake's own endpoints is no operation's either
    let own = format!("http://{}/_fake/nothing", fake.addr());
    let response = http().get(own).send().await.unwrap();
    assert_eq!(response.status(), 404);
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json"
    );
}

#[tokio::test]
async fn a_body_sent_in_chunks_is_read_whole() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let fake = fake().await;
    let base = reqwest::Url::parse(&fake.base_url(Host::Platform)).unwrap();
    let path = format!("{}/projects", base.path().trim_end_matches('/'));
    let body = common::complete(Host::Platform, "POST", "/projects", json!({})).to_string();
    // three chunks, each its own frame of the body
    let third = body.len() / 3;
    let pieces = [&body[..third], &body[third..2 * third], &body[2 * third..]];
    let mut request = format!(
        "POST {path} HTTP/1.1\r\nhost: {}\r\nx-api-key: {DEFAULT_API_KEY}\r\n\
         authorization: Bearer {DEFAULT_JWT}\r\ncontent-type: application/json\r\n\
         transfer-encoding: chunked\r\nconnection: close\r\n\r\n",
        fake.addr()
    );
    for piece in pieces {
        request.push_str(&format!("{:x}\r\n{piece}\r\n", piece.len()));
    }
    request.push_str("0\r\n\r\n");
    let mut stream = tokio::net::TcpStream::connect(fake.addr()).await.unwrap();
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).await.unwrap();
    assert!(answer.starts_with("HTTP/1.1 201"), "{answer}");
    let made: Value = serde_json::from_str(answer.split("\r\n\r\n").nth(1).unwrap()).unwrap();
    assert_eq!(
        made["appName"],
        serde_json::from_str::<Value>(&body).unwrap()["appName"]
    );
    assert!(!lists_no_project(&fake).await);
}

#[tokio::test]
async fn credentials_are_enforced_as_each_operation_says() {
    let fake = fake().await;
    // none
    let (status, content_type, body) = raw(&fake, "GET", "/projects", None, false).await;
    assert_eq!(
        (status, content_type.as_str()),
        (401, "application/problem+json")
    );
    assert!(body["detail"].as_str().unwrap().contains("listProjects"));
    // a wrong key
    let wrong = common::client_with(&fake, |c| c.api_key = Some("wrong".into()));
    assert_eq!(
        wrong
            .list_projects()
            .send()
            .await
            .unwrap_err()
            .status()
            .unwrap()
            .as_u16(),
        401
    );
    // createProject takes only a bearer token: the API key alone is refused
    let url = format!("{}/projects", fake.base_url(Host::Platform));
    let response = http()
        .post(url)
        .header("x-api-key", DEFAULT_API_KEY)
        .json(&json!({ "appName": "A", "name": "ab", "orgId": "o" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 401);
}

#[tokio::test]
async fn every_operation_it_does_not_model_is_a_501_naming_it() {
    let fake = fake().await;
    let http = http();
    let mut unmodelled = 0;
    for host in Host::ALL {
        for op in host.operations() {
            // every parameter `x`, with its verb kept
            let path: String = op
                .path
                .split('/')
                .map(
                    |s| match s.strip_prefix('{').and_then(|s| s.split_once('}')) {
                        Some((_, verb)) => format!("x{verb}"),
                        None => s.to_string(),
                    },
                )
                .collect::<Vec<_>>()
                .join("/");
            let url = format!("{}{path}", fake.base_url(*host));
            let response = http
                .request(op.method.parse().unwrap(), url)
                .header("x-api-key", DEFAULT_API_KEY)
                .header("authorization", format!("Bearer {DEFAULT_JWT}"))
                .header("content-type", "application/json")
                .body("{}")
                .send()
                .await
                .unwrap();
            let status = response.status().as_u16();
            assert_eq!(
                status != 501,
                ampersand_fake::modelled().contains(&op.id),
                "{} answered {status}",
                op.id
            );
            if status == 501 {
                let body: Value = response.json().await.unwrap();
                assert!(body["detail"].as_str().unwrap().contains(op.id), "{body}");
                unmodelled += 1;
            }
        }
    }
    let all: usize = Host::ALL.iter().map(|h| h.operations().len()).sum();
    assert_eq!(unmodelled, all - ampersand_fake::modelled().len());
    // a path of no operation, and a method the path does not have
    assert_eq!(raw(&fake, "GET", "/nothing/here", None, true).await.0, 404);
    assert_eq!(raw(&fake, "DELETE", "/projects", None, true).await.0, 405);
}
