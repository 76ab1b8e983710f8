//! `--state`: the store on disk. A version 2 state file is migrated once and kept as a backup;
//! a store of a newer fake or a file that is not the fake's is refused with a message; a fake
//! killed (SIGKILL) in the middle of large batch writes keeps every batch it acknowledged,
//! whole, and never half of one.

mod common;

use std::collections::BTreeMap;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};

use ampersand_fake::{DEFAULT_API_KEY, DEFAULT_JWT};
use serde_json::{Value, json};

/// The version 2 state file a fake of that version left (`tests/fixtures/state-v2.json`, made
/// by running the responses walk on it).
const V2: &str = include_str!("fixtures/state-v2.json");

/// `method url` with the fake's credentials and `body`: the status and the JSON answer.
async fn call(method: &str, url: String, body: Option<Value>) -> (u16, Value) {
    let body = body.map(|body| common::complete_url(method, &url, body));
    let mut request = common::http()
        .request(method.parse().unwrap(), url)
        .header("x-api-key", DEFAULT_API_KEY)
        .header("authorization", format!("Bearer {DEFAULT_JWT}"));
    if let Some(body) = body {
        request = request.json(&body);
    }
    match request.send().await {
        Ok(response) => {
            let status = response.status().as_u16();
            (status, response.json().await.unwrap_or_default())
        }
        Err(_) => (0, Value::Null),
    }
}

/// Whether the binary on `state` refuses to start, and what it says.
fn refusal(state: &std::path::Path) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_ampersand-fake"))
        .args(["--addr", "127.0.0.1:0", "--state"])
        .arg(state)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "it started");
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn a_version_2_state_file_is_migrated_once_and_kept_as_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state.json");
    std::fs::write(&state, V2).unwrap();
    let old: Value = serde_json::from_str(V2).unwrap();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let check = |platform: &str| {
        let project = &old["projects"][0];
        let (status, got) = runtime.block_on(call(
            "GET",
            format!("{platform}/projects/{}", project["id"].as_str().unwrap()),
            None,
        ));
        assert_eq!((status, &got["name"]), (200, &project["name"]), "{got}");
        let integration = &old["integrations"][0];
        let installation = &old["installations"][0];
        let path = format!(
            "{platform}/projects/{}/integrations/{}/installations/{}",
            project["id"].as_str().unwrap(),
            integration["id"].as_str().unwrap(),
            installation["id"].as_str().unwrap()
        );
        let (status, got) = runtime.block_on(call("GET", path, None));
        assert_eq!((status, &got["id"]), (200, &installation["id"]), "{got}");
        let operations = old["operations"].as_array().unwrap();
        let (status, got) = runtime.block_on(call(
            "GET",
            format!(
                "{platform}/projects/{}/operations/{}",
                project["id"].as_str().unwrap(),
                operations.last().unwrap()["id"].as_str().unwrap()
            ),
            None,
        ));
        assert_eq!(status, 200, "{got}");
    };
    let (mut child, platform) = spawn_logging(&state);
    check(&platform);
    child.kill().unwrap();
    let stderr = std::io::read_to_string(child.stderr.take().unwrap()).unwrap();
    child.wait().unwrap();
    assert!(stderr.contains("was a version 2 state file"), "{stderr}");
    let backup = dir.path().join("state.json.v2.json");
    assert_eq!(std::fs::read_to_string(&backup).unwrap(), V2);
    assert_ne!(std::fs::read(&state).unwrap().first(), Some(&b'{'));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&state).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "{mode:o}");
    }
    // the second start reads the store, and migrates nothing
    let (mut child, platform) = spawn_logging(&state);
    check(&platform);
    child.kill().unwrap();
    let stderr = std::io::read_to_string(child.stderr.take().unwrap()).unwrap();
    child.wait().unwrap();
    assert!(!stderr.contains("version 2"), "{stderr}");
}

/// The binary on `state`, its log on a pipe, and its platform base URL.
fn spawn_logging(state: &std::path::Path) -> (std::process::Child, String) {
    let state = state.to_str().unwrap();
    let (child, urls) = common::spawn(&["--addr", "127.0.0.1:0", "--state", state], Stdio::piped());
    (child, urls["platform"].as_str().unwrap().to_string())
}

/// A redb database at `path` holding `key: value` in `table`.
fn database(path: &std::path::Path, table: &str, key: &str, value: u64) {
    let db = redb::Database::create(path).unwrap();
    let tx = db.begin_write().unwrap();
    tx.open_table(redb::TableDefinition::<&str, u64>::new(table))
        .unwrap()
        .insert(key, value)
        .unwrap();
    tx.commit().unwrap();
}

#[test]
fn a_newer_store_and_files_not_the_fakes_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    // a store a newer fake made
    let newer = dir.path().join("newer");
    database(&newer, "meta", "version", 4);
    let said = refusal(&newer);
    assert!(
        said.contains("of version 4; this fake reads version 3"),
        "{said}"
    );
    // another program's database, and bytes that are nothing
    let other = dir.path().join("other");
    database(&other, "theirs", "x", 1);
    assert!(refusal(&other).contains("is not the fake's state"));
    let junk = dir.path().join("junk");
    std::fs::write(&junk, [7u8; 4096]).unwrap();
    assert!(refusal(&junk).contains("is not the fake's state"));
}

/// Sets up, on the fake at `urls`, project `pp`, an integration, a connection and an
/// installation for group `g1`: the integration's id.
async fn set_up(urls: &Value) -> String {
    let platform = urls["platform"].as_str().unwrap();
    let steps = [
        (
            "/projects",
            json!({"appName": "A", "name": "pp", "orgId": "o"}),
        ),
        (
            "/projects/pp/integrations",
            json!({"name": "crm", "provider": "salesforce",
            "latestRevision": {"specVersion": "1.0.0", "content": {"name": "crm", "provider": "salesforce"}}}),
        ),
        (
            "/projects/pp/connections:generate",
            json!({"provider": "salesforce", "groupRef": "g1", "consumerRef": "u1"}),
        ),
    ];
    for (path, body) in steps {
        let (status, got) = call("POST", format!("{platform}{path}"), Some(body)).await;
        assert!(status < 300, "{path}: {status} {got}");
    }
    let (_, listed) = call("GET", format!("{platform}/projects/pp/integrations"), None).await;
    let integration = listed[0]["id"].as_str().unwrap().to_string();
    let (status, got) = call(
        "POST",
        format!("{platform}/projects/pp/integrations/{integration}/installations"),
        Some(json!({"groupRef": "g1", "config": {"content": {}}})),
    )
    .await;
    assert_eq!(status, 201, "{got}");
    integration
}

/// The binary on a store of its own, in a directory of its own, set up by [`set_up`].
struct OnStore {
    _dir: tempfile::TempDir,
    state: std::path::PathBuf,
    runtime: tokio::runtime::Runtime,
    integration: String,
}

impl OnStore {
    /// The store, the binary running on it, and the ready line it printed.
    fn set_up() -> (OnStore, std::process::Child, Value) {
        let dir = tempfile::tempdir().unwrap();
        let state = dir.path().join("state");
        let runtime = tokio::runtime::Runtime::new().unwrap();
        let args = ["--addr", "127.0.0.1:0", "--state", state.to_str().unwrap()];
        let (child, urls) = common::spawn(&args, Stdio::null());
        let integration = runtime.block_on(set_up(&urls));
        let on = OnStore {
            _dir: dir,
            state,
            runtime,
            integration,
        };
        (on, child, urls)
    }

    /// The binary's arguments: loopback, any port, this store.
    fn args(&self) -> [&str; 4] {
        [
            "--addr",
            "127.0.0.1:0",
            "--state",
            self.state.to_str().unwrap(),
        ]
    }
}

/// The URL of `path` under `integration` of project `pp` on the fake's `host`.
fn under(urls: &Value, host: &str, integration: &str, path: &str) -> String {
    let base = urls[host].as_str().unwrap();
    format!("{base}/projects/pp/integrations/{integration}{path}")
}

/// The records of `contact` in group `g1`, counted by the batch they were written in.
async fn batches(urls: &Value, integration: &str) -> BTreeMap<u64, usize> {
    let search = under(urls, "search", integration, "?groupRef=g1");
    let (status, found) = call(
        "POST",
        search,
        Some(json!({"objectName": "contact", "fieldFilters": []})),
    )
    .await;
    assert_eq!(status, 200, "{found}");
    let mut counts = BTreeMap::new();
    for record in found["result"].as_array().unwrap() {
        *counts
            .entry(record["fields"]["batch"].as_u64().unwrap())
            .or_insert(0) += 1;
    }
    counts
}

/// The most records one write takes (the write API's `WriteRequest.batch.maxItems`).
fn batch_limit() -> usize {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("openapi");
    let (_, entry) = ampersand_spec::DATA_PLANE
        .iter()
        .find(|(api, _)| *api == "write")
        .unwrap();
    let spec = ampersand_spec::Spec::load_entry(root, entry).unwrap();
    let doc = spec.bundle().unwrap().document;
    let batch = &doc["components"]["schemas"]["WriteRequest"]["properties"]["batch"];
    batch["maxItems"].as_u64().unwrap() as usize
}

#[test]
fn a_kill_during_large_batch_writes_keeps_whole_batches_only() {
    let size = batch_limit();
    let (on, mut child, urls) = OnStore::set_up();
    let (runtime, args, integration) = (&on.runtime, on.args(), &on.integration);
    let path = under(&urls, "write", integration, "/objects/contact");
    // batches of the most records a write takes, written eight at a time, the fake killed once some were acknowledged while the
    // next are in flight: counted, not timed
    let enough = tokio::sync::Notify::new();
    let killed = AtomicBool::new(false);
    let acknowledged: Vec<u64> = runtime.block_on(async {
        let writing = async {
            let (done, mut next) = (std::sync::Mutex::new(Vec::new()), 0u64);
            loop {
                let round: Vec<u64> = (next..next + 8).collect();
                next += 8;
                let sent = round.iter().map(|&batch| {
                    let records: Vec<Value> = (0..size)
                        .map(|n| json!({"record": {"batch": batch, "n": n}}))
                        .collect();
                    let body = json!({"groupRef": "g1", "type": "create", "batch": records});
                    let path = path.clone();
                    let (done, killed) = (&done, &killed);
                    async move {
                        let (status, got) = call("POST", path, Some(body)).await;
                        if status == 200 {
                            done.lock().unwrap().push(batch);
                        } else {
                            // refused only by the kill
                            assert!(killed.load(Ordering::SeqCst), "{status} {got}");
                        }
                        status == 200
                    }
                });
                let all = futures_util::future::join_all(sent)
                    .await
                    .into_iter()
                    .all(|ok| ok);
                if done.lock().unwrap().len() >= 40 {
                    enough.notify_one();
                }
                if !all {
                    break done.into_inner().unwrap();
                }
            }
        };
        let killing = async {
            enough.notified().await;
            killed.store(true, Ordering::SeqCst);
            child.kill().unwrap();
        };
        tokio::join!(writing, killing).0
    });
    child.wait().unwrap();
    let (mut child, urls) = common::spawn(&args, Stdio::null());
    let counts = runtime.block_on(batches(&urls, integration));
    child.kill().unwrap();
    child.wait().unwrap();
    for batch in &acknowledged {
        assert_eq!(
            counts.get(batch),
            Some(&size),
            "batch {batch} lost: {counts:?}"
        );
    }
    for (batch, count) in &counts {
        assert_eq!(*count, size, "batch {batch} is torn: {counts:?}");
    }
    assert!(
        counts.len() <= acknowledged.len() + 8,
        "{counts:?} {acknowledged:?}"
    );
}

#[cfg(target_os = "linux")]
#[test]
fn a_change_the_disk_refuses_is_a_500_and_changes_nothing() {
    let (on, mut child, _) = OnStore::set_up();
    let (runtime, args, integration) = (&on.runtime, on.args(), &on.integration);
    let state = &on.state;
    child.kill().unwrap();
    child.wait().unwrap();
    // the disk is full: the file cannot grow past its size (the limit of the process's
    // files, and its signal ignored, so that a write past it fails with an error)
    let blocks = std::fs::metadata(state).unwrap().len() / 1024;
    let mut full = Command::new("bash");
    full.arg("-c")
        .arg(format!(
            "trap '' XFSZ; ulimit -f {blocks}; exec \"$0\" \"$@\""
        ))
        .arg(env!("CARGO_BIN_EXE_ampersand-fake"))
        .args(args);
    let (mut child, urls) = common::spawn_command(full, Stdio::null());
    let path = under(&urls, "write", integration, "/objects/contact");
    let size = batch_limit();
    let (mut written, mut refused) = (Vec::new(), None);
    for batch in 0..10_000u64 {
        let records: Vec<Value> = (0..size)
            .map(|n| json!({"record": {"batch": batch, "n": n, "pad": "x".repeat(200)}}))
            .collect();
        let body = json!({"groupRef": "g1", "type": "create", "batch": records});
        let (status, got) = runtime.block_on(call("POST", path.clone(), Some(body)));
        match status {
            200 => written.push(batch),
            500 => {
                assert!(
                    got["detail"]
                        .as_str()
                        .unwrap()
                        .contains("cannot save its state"),
                    "{got}"
                );
                refused = Some(batch);
                break;
            }
            other => panic!("{other} {got}"),
        }
    }
    let refused = refused.expect("the disk never filled");
    // the fake answers on, without the change it refused
    let counts = runtime.block_on(batches(&urls, integration));
    assert_eq!(counts.get(&refused), None, "{counts:?}");
    assert_eq!(counts.len(), written.len());
    child.kill().unwrap();
    child.wait().unwrap();
    // and the store is as the last change it took left it
    let (mut child, urls) = common::spawn(&args, Stdio::null());
    let counts = runtime.block_on(batches(&urls, integration));
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(counts.keys().copied().collect::<Vec<_>>(), written);
    assert!(counts.values().all(|n| *n == size));
}
