//! `ampersand manifest deploy`: validate, and deploy only a manifest without errors; the
//! service's refusal printed at the lines of the file.

use ampersand_ext::manifest::{ClientManifestExt, DeployError, Manifest, Report, position_of};

use crate::{DeployArgs, Usage, connect, report, validate};

/// Whether the manifest was deployed.
pub(crate) async fn run(args: DeployArgs) -> Result<bool, Usage> {
    let name = args.file.display().to_string();
    let bytes = validate::read(&args.file)?;
    let live = connect::catalog(&args.rules).await?;
    let validator = connect::validator(&args.rules, live.as_ref());
    let checked = validate::judge(&validator, &bytes);
    if !checked.is_valid(false) {
        print!(
            "{}",
            report::render(report::Format::Text, &[(name.clone(), checked)])
        );
        eprintln!("ampersand: {name} has errors: nothing was deployed");
        return Ok(false);
    }
    let text = String::from_utf8_lossy(&bytes);
    let manifest = match Manifest::from_yaml(&text) {
        Ok(manifest) => manifest,
        Err(e) => {
            let report = Report::default();
            let mut report = report;
            report.problems = e.problems().to_vec();
            print!(
                "{}",
                report::render(report::Format::Text, &[(name.clone(), report)])
            );
            eprintln!("ampersand: {name} does not read as a manifest: nothing was deployed");
            return Ok(false);
        }
    };
    let client = connect::client(&args.rules, true)?;
    let sent = client
        .deploy_manifest(&args.project, &manifest)
        .destructive(args.destructive)
        .validator(validator)
        .send()
        .await;
    match sent {
        Ok(integrations) => {
            println!(
                "deployed {} integration{} to {}:",
                integrations.len(),
                if integrations.len() == 1 { "" } else { "s" },
                args.project
            );
            for integration in integrations {
                println!("  {} ({})", integration.name, integration.id);
            }
            Ok(true)
        }
        Err(DeployError::Service {
            error, problems, ..
        }) => {
            // the service's issues, at the lines of the file (the YAML sent is the file
            // rewritten)
            let mut report = Report::default();
            report.problems = problems
                .into_iter()
                .map(|mut p| {
                    if let Some(at) = position_of(&text, &p.path) {
                        p.position = at;
                    }
                    p
                })
                .collect();
            print!(
                "{}",
                report::render(report::Format::Text, &[(name, report)])
            );
            eprintln!("ampersand: the deploy failed: {error}");
            Ok(false)
        }
        Err(e) => {
            eprintln!("ampersand: {e}");
            Ok(false)
        }
    }
}
