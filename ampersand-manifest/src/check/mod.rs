//! The service's rules over the positioned tree, one module per concern as the service's
//! own validator is organised: structure, read, schedule, delivery, backfill, fields
//! (always-enabled objects, and our warnings about field lists), write, subscribe, the
//! catalog, provider-specific rules and run-time risks.

mod backfill;
mod catalog;
mod cron;
mod delivery;
mod fields;
mod objects;
mod provider;
mod read;
mod risk;
mod schedule;
mod structure;
mod subscribe;
mod write;

use crate::catalog::Catalog;
use crate::problem::Problem;
use crate::rules::Rule;
use crate::tree::At;
use crate::yaml::Node;

/// Which rules run.
pub(crate) struct Scope<'c> {
    /// The catalog for the provider rules; `None` skips them (and the provider-specific
    /// ones).
    pub(crate) catalog: Option<&'c Catalog>,
    /// The run-time risk warnings.
    pub(crate) risk: bool,
}

/// The problems found so far.
pub(crate) struct Cx<'s, 'c> {
    pub(crate) scope: &'s Scope<'c>,
    pub(crate) problems: Vec<Problem>,
}

impl Cx<'_, '_> {
    /// A problem of `rule` at the node `at`.
    pub(crate) fn at(
        &mut self,
        rule: &'static Rule,
        at: &At<'_>,
        message: impl Into<String>,
    ) -> &mut Problem {
        self.push(Problem::new(rule, at.path.clone(), at.position(), message))
    }

    /// A problem of `rule` about `key` of `parent`: at its value when it is there, else at
    /// `parent` (the nearest ancestor in the file), with the key's path either way.
    pub(crate) fn key(
        &mut self,
        rule: &'static Rule,
        parent: &At<'_>,
        key: &str,
        message: impl Into<String>,
    ) -> &mut Problem {
        let position = parent.get(key).map_or(parent.position(), |v| v.position());
        self.push(Problem::new(rule, parent.child(key), position, message))
    }

    fn push(&mut self, problem: Problem) -> &mut Problem {
        self.problems.push(problem);
        let last = self.problems.len() - 1;
        &mut self.problems[last]
    }
}

/// Every rule in `scope` over the document `root`.
pub(crate) fn run(root: &Node, scope: &Scope<'_>) -> Vec<Problem> {
    let mut cx = Cx {
        scope,
        problems: Vec::new(),
    };
    let root = At::root(root);
    let integrations = structure::check(&root, &mut cx);
    for integration in &integrations {
        structure::integration(integration, &mut cx);
        read::check(integration, &mut cx);
        write::check(integration, &mut cx);
        subscribe::check(integration, &mut cx);
        if let Some(catalog) = scope.catalog {
            catalog::check(integration, catalog, &mut cx);
            provider::check(integration, &mut cx);
        }
    }
    if scope.risk {
        risk::destinations(&integrations, &mut cx);
    }
    cx.problems
}
