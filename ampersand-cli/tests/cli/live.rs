//! Against the local Ampersand: the live catalog, and deploys (what is sent, and a refusal
//! printed at the lines of the file).

use super::*;

/// A manifest with `provider`, written to a file of `dir`.
fn with_provider(dir: &Path, provider: &str) -> PathBuf {
    let text = std::fs::read_to_string(fixture("valid.yaml")).unwrap();
    let file = dir.join(format!("{provider}.yaml"));
    let text = text.replacen("provider: salesforce", &format!("provider: {provider}"), 1);
    // the other integration names a module the fake's catalog does not list
    let text = text.replacen("    module: crm\n", "", 1);
    std::fs::write(&file, text).unwrap();
    file
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_live_catalog_is_the_services() {
    let fake = Fake::start(Options::new()).await.unwrap();
    let base = fake.base_url(ampersand_ext::client::Host::Platform);
    let dir = tempfile::tempdir().unwrap();
    // a provider of the snapshot the fake's catalog (the spec's example) does not have
    let missing = ampersand_ext::manifest::Catalog::snapshot()
        .providers()
        .map(|(n, _)| n.to_string())
        .find(|n| {
            n != "salesforce" && n != "hubspot" && {
                let p = ampersand_ext::manifest::Catalog::snapshot()
                    .provider(n)
                    .unwrap();
                p.support.read
                    && p.support.write
                    && p.support.subscribe
                    && p.support.proxy
                    && p.modules.is_empty()
            }
        })
        .unwrap();
    let file = with_provider(dir.path(), &missing);
    let args = |catalog: &'static str| {
        let file = path(&file).to_string();
        let base = base.clone();
        let dir = dir.path().to_path_buf();
        tokio::task::spawn_blocking(move || {
            run_in(
                &dir,
                &[
                    "manifest",
                    "validate",
                    "--catalog",
                    catalog,
                    "--base-url",
                    &base,
                    &file,
                ],
                &[],
            )
        })
    };
    let snapshot = args("snapshot").await.unwrap();
    assert_eq!(snapshot.status.code(), Some(0), "{}", stdout(&snapshot));
    let live = args("live").await.unwrap();
    assert_eq!(
        live.status.code(),
        Some(1),
        "{}{}",
        stdout(&live),
        stderr(&live)
    );
    assert!(
        stdout(&live).contains("error[provider-not-supported]"),
        "{}",
        stdout(&live)
    );
    // a catalog that cannot be fetched is no verdict: exit 2, said on stderr
    drop(fake);
    let failed = args("live").await.unwrap();
    assert_eq!(failed.status.code(), Some(2), "{}", stdout(&failed));
    assert!(
        stderr(&failed).contains("the live catalog"),
        "{}",
        stderr(&failed)
    );
    assert!(stdout(&failed).is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deploy_sends_a_valid_manifest_and_nothing_else() {
    let fake = Fake::start(Options::new().api_key(KEY)).await.unwrap();
    let client = ampersand_ext::ClientBuilder::from(fake.config())
        .build()
        .unwrap();
    let project = client
        .create_project()
        .body_map(|b| b.app_name("CLI").name("cli-project").org_id("org-1"))
        .send()
        .await
        .unwrap()
        .into_inner();
    let base = fake.base_url(ampersand_ext::client::Host::Platform);
    let deploy = |file: PathBuf, key: Option<&'static str>| {
        let base = base.clone();
        tokio::task::spawn_blocking(move || {
            let env: Vec<(&str, &str)> =
                key.map(|k| ("AMPERSAND_API_KEY", k)).into_iter().collect();
            run_in(
                Path::new("."),
                &[
                    "manifest",
                    "deploy",
                    path(&file),
                    "--project",
                    "cli-project",
                    "--base-url",
                    &base,
                ],
                &env,
            )
        })
    };
    let listed = || async {
        client
            .list_integrations()
            .project_id_or_name(&project.id)
            .send()
            .await
            .unwrap()
            .into_inner()
            .len()
    };
    // an invalid manifest: its problems, exit 1, nothing sent
    let o = deploy(fixture("invalid.yaml"), Some(KEY)).await.unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).contains("error[schedule-syntax]"),
        "{}",
        stdout(&o)
    );
    assert!(
        stderr(&o).contains("nothing was deployed"),
        "{}",
        stderr(&o)
    );
    assert_eq!(listed().await, 0);
    // no credential: a usage error
    let o = deploy(fixture("read.yaml"), None).await.unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("AMPERSAND_API_KEY"), "{}", stderr(&o));
    // a valid one: deployed, each integration printed
    let o = deploy(fixture("valid.yaml"), Some(KEY)).await.unwrap();
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
    assert!(
        stdout(&o).starts_with("deployed 2 integrations to cli-project:"),
        "{}",
        stdout(&o)
    );
    assert!(
        stdout(&o).contains("  crm-read (") && stdout(&o).contains("  hubspot-proxy ("),
        "{}",
        stdout(&o)
    );
    assert_eq!(listed().await, 2);
    // the key is not printed
    assert!(!stdout(&o).contains(KEY) && !stderr(&o).contains(KEY));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refusal_is_printed_at_the_lines_of_the_file() {
    let fake = Fake::start(Options::new().api_key(KEY)).await.unwrap();
    let client = ampersand_ext::ClientBuilder::from(fake.config())
        .build()
        .unwrap();
    client
        .create_project()
        .body_map(|b| b.app_name("CLI").name("refused").org_id("org-1"))
        .send()
        .await
        .unwrap();
    // a provider the catalog lacks, sent because the provider rules are skipped here: the
    // local Ampersand (which applies them) refuses it, naming the place
    let dir = tempfile::tempdir().unwrap();
    let file = with_provider(dir.path(), "salesforceCRM");
    let base = fake.base_url(ampersand_ext::client::Host::Platform);
    let args = [
        "manifest",
        "deploy",
        path(&file),
        "--project",
        "refused",
        "--skip-provider",
        "--base-url",
        &base,
    ]
    .map(str::to_string);
    let o = tokio::task::spawn_blocking(move || {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        run_in(Path::new("."), &args, &[("AMPERSAND_API_KEY", KEY)])
    })
    .await
    .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}{}", stdout(&o), stderr(&o));
    let text = std::fs::read_to_string(&file).unwrap();
    // the line of the file, whose comments the YAML sent does not have
    let line = 1 + text
        .lines()
        .position(|l| l.contains("provider: salesforceCRM"))
        .unwrap();
    let want = format!(
        "{}:{line}:15: error[service]: integrations[0].provider: ",
        file.display()
    );
    assert!(stdout(&o).starts_with(&want), "{}\n{want}", stdout(&o));
    assert!(stderr(&o).contains("the deploy failed"), "{}", stderr(&o));
}
