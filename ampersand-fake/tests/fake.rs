//! The fake on the wire: started in-process and as a binary, its projects kept between calls
//! through the SDK's own client, its refusals (credentials, validation, masks, unknown ids,
//! taken names) as the spec's problems, and every operation it does not model a 501.

mod common;

use common::http;
use std::process::{Command, Stdio};

use ampersand_client::{ErrorKind, RetryPolicy};
use ampersand_client::{Host, UpdateMaskRule};
use ampersand_fake::{DEFAULT_API_KEY, DEFAULT_JWT, Fake, Options, StartError};
use serde_json::{Value, json};

async fn fake() -> Fake {
    Fake::start(Options::new()).await.unwrap()
}

/// Whether `fake` lists no project.
async fn lists_no_project(fake: &Fake) -> bool {
    client(fake)
        .list_projects()
        .send()
        .await
        .unwrap()
        .is_empty()
}

fn client(fake: &Fake) -> ampersand_client::Client {
    common::client(fake)
}

/// A client of `fake` (no retries), after it created the project `name`.
async fn with_project(fake: &Fake, name: &str) -> ampersand_client::Client {
    let client = client(fake);
    client
        .create_project()
        .body_map(|b| b.app_name("A").name(name).org_id("org-1"))
        .send()
        .await
        .unwrap();
    client
}

/// A raw request to the platform API, with the fake's API key and JWT unless `auth` is false.
async fn raw(
    fake: &Fake,
    method: &str,
    path: &str,
    body: Option<Value>,
    auth: bool,
) -> (u16, String, Value) {
    common::send(fake, Host::Platform, method, path, body, auth).await
}

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

#[tokio::test]
async fn a_busy_port_is_a_clear_error() {
    let fake = fake().await;
    let e = Fake::start(Options::new().addr(fake.addr()))
        .await
        .unwrap_err();
    assert!(matches!(e, StartError::Bind { .. }));
    assert!(e.to_string().contains(&fake.addr().to_string()), "{e}");
    assert!(e.to_string().contains("another server"), "{e}");
}

#[tokio::test]
async fn dropping_it_stops_it() {
    let fake = fake().await;
    let addr = fake.addr();
    drop(fake);
    // its server task stops when it next runs: counted turns of the runtime, not a timed wait
    for _ in 0..1000 {
        if tokio::net::TcpStream::connect(addr).await.is_err() {
            return;
        }
        tokio::task::yield_now().await;
    }
    panic!("{addr} still accepts connections");
}

#[test]
fn the_binary_prints_its_urls_when_ready() {
    let (mut child, urls) = common::spawn(
        &[
            "--addr",
            "127.0.0.1:0",
            "--api-key",
            "bin-key",
            "--jwt",
            "bin.jwt",
        ],
        Stdio::piped(),
    );
    let names: Vec<&str> = Host::ALL.iter().map(|h| h.name()).collect();
    assert_eq!(
        urls.as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect::<Vec<_>>(),
        names
    );
    let platform = urls["platform"].as_str().unwrap().to_string();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let (ok, refused) = runtime.block_on(async {
        let http = http();
        let get = |key: &'static str| {
            http.get(format!("{platform}/projects"))
                .header("x-api-key", key)
                .send()
        };
        (
            get("bin-key").await.unwrap().status().as_u16(),
            get(DEFAULT_API_KEY).await.unwrap().status().as_u16(),
        )
    });
    assert_eq!((ok, refused), (200, 401));
    // a second one on the same port says why it cannot start
    let port = platform
        .trim_start_matches("http://")
        .split('/')
        .next()
        .unwrap()
        .to_string();
    let second = Command::new(env!("CARGO_BIN_EXE_ampersand-fake"))
        .args(["--addr", &port])
        .output()
        .unwrap();
    assert_eq!(second.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&second.stderr).contains("cannot listen on"));
    child.kill().unwrap();
    let output = child.wait_with_output().unwrap();
    // each request logged on stderr
    let log = String::from_utf8_lossy(&output.stderr);
    assert!(
        log.contains("GET /v1/projects -> 200") && log.contains("-> 401"),
        "{log}"
    );
}

// tokio's clock, paused: the faults' waits and the client's timeouts pass without taking time
#[tokio::test(start_paused = true)]
async fn a_fault_takes_the_next_calls_of_its_operation() {
    use ampersand_fake::Fault;
    use std::time::Duration;
    let fake = fake().await;
    fake.fail(
        "listProjects",
        2,
        Fault::status(503)
            .retry_after(Duration::from_secs(2))
            .retryable(true),
    );
    for _ in 0..2 {
        let url = format!("{}/projects", fake.base_url(Host::Platform));
        let response = http()
            .get(url)
            .header("x-api-key", DEFAULT_API_KEY)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), 503);
        assert_eq!(response.headers()["retry-after"], "2");
        assert_eq!(
            response.headers()["content-type"],
            "application/problem+json"
        );
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["retryable"], true);
        let at =
            chrono::DateTime::parse_from_rfc3339(body["retryAfter"].as_str().unwrap()).unwrap();
        assert!(at > chrono::Utc::now(), "{body}");
    }
    // the third call is answered; other operations were never touched
    assert_eq!(raw(&fake, "GET", "/projects", None, true).await.0, 200);

    // the SDK retries a 503 (a short Retry-After) and gets the answer
    fake.fail(
        "listProjects",
        1,
        Fault::status(503).retry_after(Duration::from_millis(10)),
    );
    assert!(client_retrying(&fake).list_projects().send().await.is_ok());
    // and without retries sees the fault as it is
    fake.fail(
        "listProjects",
        1,
        Fault::status(429).retry_after(Duration::from_secs(3)),
    );
    let e = client(&fake).list_projects().send().await.unwrap_err();
    assert_eq!(e.status().unwrap().as_u16(), 429);
    assert_eq!(e.retry_after(), Some(Duration::from_secs(3)));
    // retryable: false is the problem's
    fake.fail("listProjects", 1, Fault::status(503).retryable(false));
    let e = client_retrying(&fake)
        .list_projects()
        .send()
        .await
        .unwrap_err();
    assert_eq!((e.attempts(), e.is_retryable()), (1, false));
}

fn client_retrying(fake: &Fake) -> ampersand_client::Client {
    common::client_with(fake, |c| c.retry = RetryPolicy::default())
}

// tokio's clock, paused: the faults' waits and the client's timeouts pass without taking time
#[tokio::test(start_paused = true)]
async fn a_dropped_connection_and_a_slow_answer() {
    use ampersand_fake::Fault;
    use std::time::Duration;
    use tokio::time::Instant;
    let fake = fake().await;
    fake.fail("getProject", 1, Fault::drop_connection());
    let e = client(&fake)
        .get_project()
        .project_id_or_name("p")
        .send()
        .await
        .unwrap_err();
    assert!(matches!(e.kind(), ErrorKind::Transport(_)), "{e}");
    assert_eq!(e.status(), None);
    // the next call is answered (404: no such project)
    let e = client(&fake)
        .get_project()
        .project_id_or_name("p")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.status().unwrap().as_u16(), 404);

    fake.fail(
        "listProjects",
        1,
        Fault::latency(Duration::from_millis(300)),
    );
    let started = Instant::now();
    client(&fake).list_projects().send().await.unwrap();
    assert!(started.elapsed() >= Duration::from_millis(300));
    // a slow failure, past the client's attempt timeout
    fake.fail(
        "listProjects",
        1,
        Fault::status(500).delayed(Duration::from_secs(5)),
    );
    let slow = common::client_with(&fake, |c| c.attempt_timeout = Duration::from_millis(200));
    let e = slow.list_projects().send().await.unwrap_err();
    assert_eq!(
        e.kind(),
        ErrorKind::Transport(ampersand_client::TransportKind::Timeout),
        "{e}"
    );
}

#[tokio::test]
async fn the_admin_endpoints_set_faults_and_reset() {
    let fake = fake().await;
    let admin = |path: &str, body: Value| {
        let url = format!("http://{}/_fake/{path}", fake.addr());
        async move {
            let response = http().post(url).json(&body).send().await.unwrap();
            let status = response.status().as_u16();
            (
                status,
                response.json::<Value>().await.unwrap_or(Value::Null),
            )
        }
    };
    let (status, _) = admin(
        "faults",
        json!({ "operation": "listProjects", "times": 1, "status": 503, "retryAfterSeconds": 1 }),
    )
    .await;
    assert_eq!(status, 204);
    let (status, _, _) = raw(&fake, "GET", "/projects", None, true).await;
    assert_eq!(status, 503);
    assert_eq!(raw(&fake, "GET", "/projects", None, true).await.0, 200);
    // refused: an operation the spec does not have, a status that is not an error, a typo
    for (body, name) in [
        (
            json!({ "operation": "listPrjects", "status": 503 }),
            "operation",
        ),
        (
            json!({ "operation": "listProjects", "status": 200 }),
            "body",
        ),
        (
            json!({ "operation": "listProjects", "stauts": 503 }),
            "body",
        ),
    ] {
        let (status, problem) = admin("faults", body.clone()).await;
        assert_eq!(status, 400, "{body}");
        assert_eq!(problem["issues"][0]["name"], name, "{problem}");
    }
    // reset: the projects and the faults waiting are gone
    client(&fake)
        .create_project()
        .body_map(|b| b.app_name("A").name("kept").org_id("o"))
        .send()
        .await
        .unwrap();
    fake.fail("getProject", 5, ampersand_fake::Fault::status(500));
    assert_eq!(admin("reset", json!({})).await.0, 204);
    assert!(lists_no_project(&fake).await);
    let e = client(&fake)
        .get_project()
        .project_id_or_name("kept")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.status().unwrap().as_u16(), 404);
    // a health check for a container
    let health = http()
        .get(format!("http://{}/_fake/health", fake.addr()))
        .send()
        .await
        .unwrap();
    assert_eq!(health.status().as_u16(), 200);
    assert_eq!(health.json::<Value>().await.unwrap()["status"], "ok");
}

/// The names of the projects the fake at `platform` lists.
async fn names(http: &reqwest::Client, platform: &str) -> Vec<String> {
    let listed: Value = http
        .get(format!("{platform}/projects"))
        .header("x-api-key", DEFAULT_API_KEY)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    listed
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn the_state_survives_restarts_and_kill_9_between_writes() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state.json");
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let http = http();
    let mut acknowledged: Vec<String> = Vec::new();
    let mut rng = 26u64;
    for round in 0..6 {
        let (mut child, platform) = common::spawn_with_state(&state);
        // what was acknowledged before the last kill is there, and at most the write in flight
        let listed = runtime.block_on(names(&http, &platform));
        for name in &acknowledged {
            assert!(
                listed.contains(name),
                "round {round}: {name} lost: {listed:?}"
            );
        }
        assert!(
            listed.len() <= acknowledged.len() + 1,
            "round {round}: {listed:?}"
        );
        acknowledged = listed;
        // creates as fast as they go, killed (SIGKILL) once a number of them were acknowledged,
        // while the next one is in flight: counted, not timed, so a loaded machine changes
        // nothing
        rng = rng
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let kill_after = 1 + ((rng >> 33) % 20) as usize;
        let enough = tokio::sync::Notify::new();
        let done = runtime.block_on(async {
            let creating = async {
                let mut done = Vec::new();
                for i in 0.. {
                    let name = format!("round{round}-p{i}");
                    let sent = http
                        .post(format!("{platform}/projects"))
                        .header("authorization", format!("Bearer {DEFAULT_JWT}"))
                        .json(&json!({ "appName": "A", "name": name, "orgId": "o" }))
                        .send()
                        .await;
                    match sent {
                        Ok(r) if r.status().as_u16() == 201 => done.push(name),
                        _ => break,
                    }
                    if done.len() == kill_after {
                        enough.notify_one();
                    }
                }
                done
            };
            let killing = async {
                enough.notified().await;
                child.kill().unwrap();
            };
            let (done, ()) = tokio::join!(creating, killing);
            done
        });
        child.wait().unwrap();
        assert!(
            !done.is_empty(),
            "round {round}: nothing was written before the kill"
        );
        acknowledged.extend(done);
    }
    // a last clean start reads everything acknowledged
    let (mut child, platform) = common::spawn_with_state(&state);
    let listed = runtime.block_on(names(&http, &platform));
    for name in &acknowledged {
        assert!(listed.contains(name), "{name} lost");
    }
    child.kill().unwrap();
    child.wait().unwrap();
    // a file that is not the fake's state: the binary says so and does not start
    std::fs::write(&state, b"{\"version\": 1, \"projects\": [tru").unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_ampersand-fake"))
        .args(["--addr", "127.0.0.1:0", "--state"])
        .arg(&state)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("is not the fake's state"));
}

#[test]
fn the_binary_refuses_an_unusable_webhook_secret() {
    let output = Command::new(env!("CARGO_BIN_EXE_ampersand-fake"))
        .args(["--addr", "127.0.0.1:0", "--webhook-secret", "not-svix"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("the webhook secret"), "{stderr}");
    assert!(output.stdout.is_empty(), "no ready line");
}

#[tokio::test]
async fn an_in_process_fake_keeps_its_state_in_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("fake.json");
    let fake = Fake::start(Options::new().state_file(&file)).await.unwrap();
    let created = client(&fake)
        .create_project()
        .body_map(|b| b.app_name("A").name("kept").org_id("o"))
        .send()
        .await
        .unwrap()
        .into_inner();
    drop(fake);
    #[cfg(unix)]
    {
        // it holds the credentials it was given: its owner's only
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "{mode:o}");
    }
    // a temporary file a fake killed while saving left is removed; another file is not
    let leftover = dir.path().join(".fake.json.4242.tmp");
    let other = dir.path().join(".fake.json.notes.tmp");
    std::fs::write(&leftover, b"{").unwrap();
    std::fs::write(&other, b"mine").unwrap();
    let fake = Fake::start(Options::new().state_file(&file)).await.unwrap();
    assert!(!leftover.exists());
    assert!(other.exists());
    let listed = client(&fake)
        .list_projects()
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(listed, vec![created]);
    // a reset is saved too
    fake.reset().await.unwrap();
    drop(fake);
    let fake = Fake::start(Options::new().state_file(&file)).await.unwrap();
    assert!(lists_no_project(&fake).await);
    // another version's file is refused, naming it
    std::fs::write(&file, br#"{"version": 9, "projects": []}"#).unwrap();
    let e = Fake::start(Options::new().state_file(&file))
        .await
        .unwrap_err();
    assert!(matches!(e, StartError::State(_)));
    assert!(
        e.to_string()
            .contains("of version 9; this fake reads version 3"),
        "{e}"
    );
}

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

#[tokio::test]
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
