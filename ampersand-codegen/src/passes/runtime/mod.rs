//! One request path and one error, with progenitor's operations as it writes them: the names
//! its output imports from `progenitor_client` resolve to `crate::runtime` instead, whose
//! `ClientHooks::exec` is the request path (`crate::call`: credentials, timeouts, retries,
//! redirects, size limit, tracing) and whose `ResponseValue` and `Error` constructors decode
//! what it read into the one `crate::Error`. A `send()` keeps its steps:
//!
//! - `use progenitor_client::{…}` becomes `use crate::runtime::{…}` (its `Error`, the
//!   constructors progenitor calls, imported privately: the public error is `crate::Error`);
//! - the `Error<…>` a `send()` returns becomes `crate::Error`, and the `ByteStream` of a
//!   text answer (`text/plain`: oauthConnect's URL) a `String`, which the request path has
//!   read within the size limit and checked to be UTF-8;
//! - `async fn send(self) -> R` becomes `fn send(self) -> impl Future<Output = R>`, and of its
//!   three hooks (`pre`, `exec`, `post`) only `exec` stays (`hooks.rs`): the future a caller
//!   awaits is the body's own, and small;
//! - each `send()` body runs inside `crate::runtime::operation(&super::OPERATIONS[i], …)`, its
//!   parameters checked before the future is made (`checked.rs`: the future captures their
//!   converted values alone), so that a request refused before it is sent (a parameter left
//!   unset) names its operation too, and its `OperationInfo { operation_id }` also carries
//!   `operation: &super::OPERATIONS[i]`, so that the request path has the operation's facts
//!   without looking them up by name on every call, and the header values of its `Accept`
//!   and of the API's version, a `static` made at compile time (`info.rs`);
//! - the request is built as progenitor builds it, with less work (`request.rs`: path
//!   parameters encoded in place, `Accept` and `api-version` left to the request path; `url.rs`:
//!   the URL made from the client's base URL parsed once, not the whole text parsed per call),
//!   and made by a closure `exec` calls (`build.rs`), again for a retry or a redirect, so that
//!   no copy of it is kept while it is sent;
//! - the answer is decoded where it is read (`answer.rs`: `ResponseValue::from_response` is
//!   called, not awaited), so no state of the future holds the decoded answer;
//! - `Client::new` builds its `reqwest::Client` with `crate::call::http_client()` (no redirect
//!   followed by reqwest, which would carry `X-Api-Key` to another origin; the TLS provider
//!   installed) rather than progenitor's 15 s total timeout.
//!
//! Every construct of `progenitor_client` the output uses is one `crate::runtime` provides
//! ([`RUNTIME_NAMES`], [`CONSTRUCTORS`], [`HOOKS`]) or one kept ([`KEPT_PATHS`]): a progenitor that writes another one
//! fails the generation, naming it, rather than compiling against something else.

use quote::quote;
use syn::visit::Visit;
use syn::visit_mut::VisitMut;

use super::segment_names;
use crate::CodegenError;

mod answer;
mod build;
mod checked;
mod hooks;
mod info;
mod request;
mod retype;
mod url;

use retype::{RetypeError, RetypeText};

/// Each operation's index in its module's `OPERATIONS`, by Rust method name (progenitor's
/// `OperationInfo::operation_id`).
pub type Operations = std::collections::BTreeMap<String, usize>;

/// The names progenitor's output imports from `progenitor_client`, all of which
/// `crate::runtime` has.
pub const RUNTIME_NAMES: &[&str] = &[
    "ByteStream",
    "ClientHooks",
    "ClientInfo",
    "Error",
    "OperationInfo",
    "RequestBuilderExt",
    "ResponseValue",
    "encode_path",
];

/// The `Error::…` and `ResponseValue::…` functions the generated operations call.
pub const CONSTRUCTORS: &[&str] = &[
    "Error::ErrorResponse",
    "Error::InvalidRequest",
    "Error::UnexpectedResponse",
    "ResponseValue::empty",
    "ResponseValue::from_response",
    "ResponseValue::stream",
];

/// The hooks every `send()` calls on its client, in this order.
pub const HOOKS: &[&str] = &["pre", "exec", "post"];

/// Applies the pass to a generated client module.
pub fn apply(file: &mut syn::File, operations: &Operations) -> Result<(), CodegenError> {
    let mut imports = 0;
    let mut items = Vec::with_capacity(file.items.len() + 1);
    for item in std::mem::take(&mut file.items) {
        match item {
            syn::Item::Use(u) if uses_progenitor(&u.tree) => {
                imports += 1;
                items.extend(reroute(u)?);
            }
            syn::Item::Struct(mut client) if client.ident == "Client" => {
                url::field(&mut client).map_err(|m| fail("Client", &m))?;
                items.push(syn::Item::Struct(client));
            }
            syn::Item::Impl(mut imp) if is_client_impl(&imp) => {
                for item in &mut imp.items {
                    let syn::ImplItem::Fn(f) = item else { continue };
                    if f.sig.ident == "new" {
                        f.block = syn::parse_quote!({
                            Self::new_with_client(baseurl, crate::call::http_client(), inner)
                        });
                    } else if f.sig.ident == "new_with_client" {
                        url::constructor(f).map_err(|m| fail("Client", &m))?;
                    }
                }
                items.push(syn::Item::Impl(imp));
            }
            syn::Item::Mod(mut m) if m.ident == "builder" => {
                let sends = m
                    .content
                    .iter_mut()
                    .flat_map(|(_, items)| items.iter_mut())
                    .filter_map(|item| match item {
                        syn::Item::Impl(imp) => Some(imp),
                        _ => None,
                    });
                let mut count = 0;
                for imp in sends {
                    let ty = &imp.self_ty;
                    let builder = quote!(#ty).to_string();
                    for item in &mut imp.items {
                        if let syn::ImplItem::Fn(f) = item
                            && f.sig.ident == "send"
                        {
                            route_send(f, &builder, operations)?;
                            count += 1;
                        }
                    }
                }
                if count == 0 {
                    return Err(fail("builder", "no `send()` in `mod builder`"));
                }
                items.push(syn::Item::Mod(m));
            }
            other => items.push(other),
        }
    }
    file.items = items;
    if imports == 0 {
        return Err(fail("imports", "no `use progenitor_client::{…}`"));
    }
    let mut left = Leftover(None);
    left.visit_file(file);
    match left.0 {
        Some(what) => Err(fail("module", &format!("`{what}` is left"))),
        None => Ok(()),
    }
}

fn fail(place: &str, message: &str) -> CodegenError {
    CodegenError::Pass {
        type_name: place.to_string(),
        message: format!("runtime: {message}"),
    }
}

fn is_client_impl(imp: &syn::ItemImpl) -> bool {
    imp.trait_.is_none() && matches!(&*imp.self_ty, syn::Type::Path(p) if p.path.is_ident("Client"))
}

fn uses_progenitor(tree: &syn::UseTree) -> bool {
    matches!(tree, syn::UseTree::Path(p) if p.ident == "progenitor_client")
}

/// `[pub] use progenitor_client::{names}` as `[pub] use crate::runtime::{names}`, with `Error`
/// imported privately.
fn reroute(item: syn::ItemUse) -> Result<Vec<syn::Item>, CodegenError> {
    let syn::UseTree::Path(path) = &item.tree else {
        unreachable!("checked by uses_progenitor");
    };
    let mut names = Vec::new();
    collect_names(&path.tree, &mut names)?;
    if let Some(unknown) = names
        .iter()
        .find(|n| !RUNTIME_NAMES.contains(&n.to_string().as_str()))
    {
        return Err(fail(
            "imports",
            &format!("progenitor_client::{unknown} has no counterpart in crate::runtime"),
        ));
    }
    let (errors, others): (Vec<_>, Vec<_>) = names.into_iter().partition(|n| n == "Error");
    let attrs = &item.attrs;
    let vis = &item.vis;
    let mut out: Vec<syn::Item> = Vec::new();
    if !others.is_empty() {
        out.push(syn::parse_quote!(#(#attrs)* #vis use crate::runtime::{#(#others),*};));
    }
    if !errors.is_empty() {
        out.push(syn::parse_quote!(#(#attrs)* use crate::runtime::Error;));
    }
    Ok(out)
}

fn collect_names(tree: &syn::UseTree, out: &mut Vec<syn::Ident>) -> Result<(), CodegenError> {
    match tree {
        syn::UseTree::Name(n) => out.push(n.ident.clone()),
        syn::UseTree::Group(g) => {
            for t in &g.items {
                collect_names(t, out)?;
            }
        }
        other => {
            return Err(fail(
                "imports",
                &format!("an import of another form: {}", quote!(#other)),
            ));
        }
    }
    Ok(())
}

fn route_send(
    f: &mut syn::ImplItemFn,
    builder: &str,
    operations: &Operations,
) -> Result<(), CodegenError> {
    let syn::ReturnType::Type(_, output) = &mut f.sig.output else {
        return Err(fail(builder, "send() returns nothing"));
    };
    let mut retyped = RetypeError(false);
    retyped.visit_type_mut(output);
    RetypeText.visit_type_mut(output);
    if !retyped.0 {
        return Err(fail(
            builder,
            "send() does not return progenitor's Error<…>",
        ));
    }
    let mut shape = Shape::default();
    shape.visit_block(&f.block);
    let Some(method_name) = shape.operation_id else {
        return Err(fail(
            builder,
            "no `OperationInfo { operation_id }` in send()",
        ));
    };
    if let Some(unknown) = shape.unknown {
        return Err(fail(
            builder,
            &format!("`{unknown}` is not a construct crate::runtime provides"),
        ));
    }
    if shape.hooks != HOOKS {
        return Err(fail(
            builder,
            &format!("calls the hooks {:?}, not {HOOKS:?}", shape.hooks),
        ));
    }
    let index = *operations
        .get(&method_name)
        .ok_or_else(|| fail(builder, &format!("{method_name} is not in OPERATIONS")))?;
    info::made_static(&mut f.block, index).map_err(|message| fail(builder, &message))?;
    request::trim(&mut f.block);
    url::from_base(&mut f.block).map_err(|message| fail(builder, &message))?;
    hooks::exec_alone(&mut f.block).map_err(|message| fail(builder, &message))?;
    build::in_closure(&mut f.block).map_err(|message| fail(builder, &message))?;
    answer::unawaited(&mut f.block);
    // `async fn send(self) -> R` as `fn send(self) -> impl Future<Output = R>`: the future is
    // the body's, not one more around it that holds the builder again
    if f.sig.asyncness.take().is_none() {
        return Err(fail(builder, "send() is not an `async fn`"));
    }
    let syn::ReturnType::Type(_, output) = &f.sig.output else {
        return Err(fail(builder, "send() returns nothing"));
    };
    f.sig.output = syn::parse_quote!(-> impl ::std::future::Future<Output = #output>);
    f.block = checked::before_the_future(&f.block, index).map_err(|m| fail(builder, &m))?;
    Ok(())
}

/// What a `send()` calls: its operation id, the hooks on `client`, and the first runtime
/// function it calls that is not one of [`CONSTRUCTORS`].
#[derive(Default)]
struct Shape {
    operation_id: Option<String>,
    hooks: Vec<String>,
    unknown: Option<String>,
}

impl<'ast> Visit<'ast> for Shape {
    fn visit_expr_struct(&mut self, node: &'ast syn::ExprStruct) {
        if node.path.is_ident("OperationInfo") {
            for field in &node.fields {
                if let syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(s),
                    ..
                }) = &field.expr
                {
                    self.operation_id = Some(s.value());
                }
            }
        }
        syn::visit::visit_expr_struct(self, node);
    }

    fn visit_expr_method_call(&mut self, node: &'ast syn::ExprMethodCall) {
        let on_client = matches!(&*node.receiver, syn::Expr::Path(p) if p.path.is_ident("client"));
        let name = node.method.to_string();
        if on_client && matches!(name.as_str(), "pre" | "exec" | "post") {
            self.hooks.push(name);
        }
        syn::visit::visit_expr_method_call(self, node);
    }

    fn visit_expr_path(&mut self, node: &'ast syn::ExprPath) {
        let segments = segment_names(&node.path);
        if segments.len() == 2 && matches!(segments[0].as_str(), "Error" | "ResponseValue") {
            let path = segments.join("::");
            if !CONSTRUCTORS.contains(&path.as_str()) && self.unknown.is_none() {
                self.unknown = Some(path);
            }
        }
        syn::visit::visit_expr_path(self, node);
    }
}

/// The paths into `progenitor_client` its output may keep: pure helpers outside the request
/// path (how a query parameter is written).
pub const KEPT_PATHS: &[&str] = &["progenitor_client::QueryParam::new"];

/// A path into `progenitor_client` left anywhere in the module, but [`KEPT_PATHS`].
struct Leftover(Option<String>);

impl<'ast> Visit<'ast> for Leftover {
    fn visit_path(&mut self, node: &'ast syn::Path) {
        if self.0.is_none() && node.segments.iter().any(|s| s.ident == "progenitor_client") {
            let path = node
                .segments
                .iter()
                .map(|s| s.ident.to_string())
                .collect::<Vec<_>>()
                .join("::");
            if !KEPT_PATHS.contains(&path.as_str()) {
                self.0 = Some(path);
            }
        }
        syn::visit::visit_path(self, node);
    }
}

#[cfg(test)]
mod tests;
