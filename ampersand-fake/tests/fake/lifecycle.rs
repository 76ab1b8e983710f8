//! The fake started and stopped: in-process and as a binary (its ready line, a busy port, an
//! unusable webhook secret), and its state kept in a file across restarts and `kill -9`.

use super::*;

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
