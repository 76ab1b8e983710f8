//! The request of a `send()` made by a closure the request path calls, rather than made once
//! and handed over: its statements, from `let url = …;` to `let mut request = ….build()?;`,
//! become
//!
//! ```text
//! let response = client.exec(|| -> Result<::reqwest::Request, crate::Error> {
//!     let url = …;
//!     let mut request = ….build()?;
//!     Ok(request)
//! }, &info).await?;
//! ```
//!
//! so that a retry or a redirect builds the request again (its parameters and body are the
//! `send()`'s, borrowed) and no call keeps a copy of it while it is sent.

use super::hooks::local_of;
use super::request::Mentions;

/// Rewrites the top-level statements of a `send()` body (after `hooks::exec_alone`); `Err`
/// says what is not as expected.
pub(super) fn in_closure(block: &mut syn::Block) -> Result<(), String> {
    let named = |stmt: &syn::Stmt, name: &str| local_of(stmt).is_some_and(|(n, _)| n == name);
    let first = block
        .stmts
        .iter()
        .position(|s| named(s, "url"))
        .ok_or("no `let url = …;`")?;
    let last = block
        .stmts
        .iter()
        .position(|s| named(s, "request"))
        .filter(|last| *last > first)
        .ok_or("no `let mut request = …;` after `let url`")?;
    let rest = &block.stmts[last + 1..];
    for name in ["url", "header_map"] {
        if mentions(rest, name) > 0 {
            return Err(format!("`{name}` is used after the request is built"));
        }
    }
    if mentions(rest, "request") != 1 {
        return Err("`request` is used after the request is built, besides `exec`".into());
    }
    let made: Vec<syn::Stmt> = block.stmts.drain(first..=last).collect();
    let closure: syn::Expr = syn::parse_quote!(
        || -> ::std::result::Result<::reqwest::Request, crate::Error> {
            #(#made)*
            Ok(request)
        }
    );
    let mut handed = Handed(Some(closure));
    for stmt in &mut block.stmts[first..] {
        syn::visit_mut::VisitMut::visit_stmt_mut(&mut handed, stmt);
    }
    match handed.0 {
        None => Ok(()),
        Some(_) => Err("no `client.exec(request, &info)`".into()),
    }
}

/// How often `stmts` name `name`.
fn mentions(stmts: &[syn::Stmt], name: &str) -> usize {
    let mut mentions = Mentions::of(name);
    for stmt in stmts {
        syn::visit::Visit::visit_stmt(&mut mentions, stmt);
    }
    mentions.count
}

/// `client.exec(request, …)` as `client.exec(<the closure>, …)`.
struct Handed(Option<syn::Expr>);

impl syn::visit_mut::VisitMut for Handed {
    fn visit_expr_method_call_mut(&mut self, node: &mut syn::ExprMethodCall) {
        let on_client = matches!(&*node.receiver, syn::Expr::Path(p) if p.path.is_ident("client"));
        if on_client
            && node.method == "exec"
            && let Some(arg) = node.args.first_mut()
            && matches!(arg, syn::Expr::Path(p) if p.path.is_ident("request"))
            && let Some(closure) = self.0.take()
        {
            *arg = closure;
        }
        syn::visit_mut::visit_expr_method_call_mut(self, node);
    }
}
