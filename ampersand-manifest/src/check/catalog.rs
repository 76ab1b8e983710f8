//! The provider catalog: the provider exists, its `module` does, and it (or the module)
//! supports each action the integration uses.

use super::Cx;
use crate::catalog::Catalog;
use crate::rules;
use crate::tree::At;

/// The integration's provider, module and actions against `catalog`.
pub(crate) fn check(integration: &At<'_>, catalog: &Catalog, cx: &mut Cx<'_, '_>) {
    let name = integration.text_of("provider");
    let module = integration
        .get("module")
        .and_then(|m| m.text().map(|t| (m.clone(), t)));
    let Some(provider) = catalog.provider(name) else {
        let mut message = format!("the provider `{name}` is not in the provider catalog");
        let near = nearest(name, catalog);
        if let Some(near) = &near {
            message.push_str(&format!("; did you mean `{near}`?"));
        }
        let problem = cx.key(
            &rules::PROVIDER_NOT_SUPPORTED,
            integration,
            "provider",
            message,
        );
        if let Some(near) = near {
            problem.suggest(format!("provider: {near}"));
        }
        if let Some((at, m)) = module {
            let message = format!("the module `{m}` is not a module of the provider `{name}`");
            cx.at(&rules::PROVIDER_MODULE, &at, message);
        }
        return;
    };
    if let Some((at, m)) = &module
        && !provider.modules.contains_key(*m)
    {
        let known: Vec<&str> = provider.modules.keys().map(String::as_str).collect();
        let message = match known.is_empty() {
            true => format!("`{name}` has no modules: remove `module: {m}`"),
            false => format!(
                "`{m}` is not a module of `{name}`: it has {}",
                known.join(", ")
            ),
        };
        cx.at(&rules::PROVIDER_MODULE, at, message);
    }
    let support = provider.support_for(module.as_ref().map(|(_, m)| *m));
    let of = match &module {
        Some((_, m)) => format!("`{name}` (module `{m}`)"),
        None => format!("`{name}`"),
    };
    for (key, supported, rule) in [
        ("read", support.read, &rules::PROVIDER_CAPABILITY_READ),
        ("write", support.write, &rules::PROVIDER_CAPABILITY_WRITE),
        (
            "subscribe",
            support.subscribe,
            &rules::PROVIDER_CAPABILITY_SUBSCRIBE,
        ),
    ] {
        if let (Some(at), false) = (integration.get(key), supported) {
            cx.at(rule, &at, format!("{of} does not support {key}"));
        }
    }
    if let Some(proxy) = integration.get("proxy") {
        let enabled = proxy.get("enabled").and_then(|e| e.boolean()) == Some(true);
        if enabled && !support.proxy {
            cx.at(
                &rules::PROVIDER_CAPABILITY_PROXY,
                &proxy,
                format!("{of} does not support the proxy"),
            );
        }
    }
}

/// The catalog's provider nearest to a misspelt name (the same but for case, or at most two
/// edits away).
fn nearest(name: &str, catalog: &Catalog) -> Option<String> {
    if name.is_empty() {
        return None;
    }
    catalog
        .providers()
        .map(|(p, _)| {
            (
                strsim::levenshtein(&name.to_lowercase(), &p.to_lowercase()),
                p,
            )
        })
        .filter(|(d, p)| *d <= 2 && *d < p.len())
        .min_by_key(|(d, _)| *d)
        .map(|(_, p)| p.to_string())
}
