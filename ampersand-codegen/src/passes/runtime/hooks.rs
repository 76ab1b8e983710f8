//! Progenitor's three hooks of a `send()` as the one that does something: its
//!
//! ```text
//! client.pre(&mut request, &info).await?;
//! let result = client.exec(request, &info).await;
//! client.post(&result, &info).await?;
//! let response = result?;
//! ```
//!
//! becomes `let response = client.exec(request, &info).await?;`. The runtime's `pre` and `post`
//! did nothing, and `pre`'s `&mut request` kept the request in the `send()` future for as long
//! as the call ran (a borrowed local stays in a future's state until its scope ends).

/// Rewrites the top-level statements of a `send()` body; `Err` says what is not as expected.
pub(super) fn exec_alone(block: &mut syn::Block) -> Result<(), String> {
    let before = block.stmts.len();
    block
        .stmts
        .retain(|stmt| !matches!(hook_called(stmt), Some("pre" | "post")));
    if before - block.stmts.len() != 2 {
        return Err(format!(
            "{} statements `client.pre(…)` or `client.post(…)`, not 2",
            before - block.stmts.len()
        ));
    }
    let (exec, result, call) = block
        .stmts
        .iter()
        .enumerate()
        .find_map(|(i, stmt)| {
            let (name, init) = local_of(stmt)?;
            awaits_hook(init, "exec").then(|| (i, name.clone(), init.clone()))
        })
        .ok_or("no `let … = client.exec(…).await;`")?;
    let (tried, pat) = block
        .stmts
        .iter()
        .enumerate()
        .find_map(|(i, stmt)| match stmt {
            syn::Stmt::Local(local) if local_of(stmt)?.1 == &syn::parse_quote!(#result?) => {
                Some((i, local.pat.clone()))
            }
            _ => None,
        })
        .ok_or_else(|| format!("no `let … = {result}?;`"))?;
    block.stmts[exec] = syn::parse_quote!(let #pat = #call?;);
    block.stmts.remove(tried);
    Ok(())
}

/// `client.<hook>(…).await?;`: the hook's name.
fn hook_called(stmt: &syn::Stmt) -> Option<&'static str> {
    let syn::Stmt::Expr(syn::Expr::Try(tried), Some(_)) = stmt else {
        return None;
    };
    ["pre", "post"]
        .into_iter()
        .find(|hook| awaits_hook(&tried.expr, hook))
}

/// Whether `expr` is `client.<hook>(…).await`.
fn awaits_hook(expr: &syn::Expr, hook: &str) -> bool {
    let syn::Expr::Await(awaited) = expr else {
        return false;
    };
    matches!(&*awaited.base, syn::Expr::MethodCall(call)
        if call.method == hook
            && matches!(&*call.receiver, syn::Expr::Path(p) if p.path.is_ident("client")))
}

/// `let <name> = <init>;`: the name and the initializer.
pub(super) fn local_of(stmt: &syn::Stmt) -> Option<(&syn::Ident, &syn::Expr)> {
    let syn::Stmt::Local(local) = stmt else {
        return None;
    };
    let syn::Pat::Ident(name) = &local.pat else {
        return None;
    };
    Some((&name.ident, &local.init.as_ref()?.expr))
}
