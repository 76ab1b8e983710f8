//! How a `send()` builds its request, made cheaper without changing what it sends (the request
//! path adds the headers every request of an operation carries, from values made at compile
//! time; see `ampersand-client`'s `call`):
//!
//! - `.query(&progenitor_client::QueryParam::new(…))` calls `.query_param(…)`, the runtime's
//!   own, which leaves the URL alone when an optional parameter is unset (reqwest's `query`
//!   takes the URL apart and puts it together again to add nothing);
//! - `encode_path(&x.to_string())` is `encode_path(&x)`: the runtime's `encode_path` encodes
//!   the parameter as it is displayed, straight into the URL being formatted, where
//!   progenitor's makes two `String`s a parameter;
//! - progenitor's `.header(ACCEPT, "application/json")` goes: the request path sends the
//!   media types the operation declares (`OperationMeta::accept`), as it always did in its
//!   place;
//! - progenitor's `header_map.append("api-version", …)` goes, and its header map is made one
//!   smaller, or goes too when it holds nothing else: the request path sends the version.

use syn::visit_mut::VisitMut;

use super::super::segment_names;

/// Applies the rewrites to a `send()` body.
pub(super) fn trim(block: &mut syn::Block) {
    QueryParams.visit_block_mut(block);
    PathParams.visit_block_mut(block);
    DropAccept.visit_block_mut(block);
    let mut version = DropApiVersion(false);
    version.visit_block_mut(block);
    if !version.0 {
        return;
    }
    let mut mentions = Mentions::of(HEADER_MAP);
    syn::visit::Visit::visit_block(&mut mentions, block);
    if mentions.count == 2 {
        // `let mut header_map = …;` and `.headers(header_map)` alone: neither is needed
        DropHeaderMap.visit_block_mut(block);
    } else {
        SmallerHeaderMap.visit_block_mut(block);
    }
}

/// How often a name is named in what it visits.
pub(super) struct Mentions<'a> {
    name: &'a str,
    pub(super) count: usize,
}

impl<'a> Mentions<'a> {
    pub(super) fn of(name: &'a str) -> Mentions<'a> {
        Mentions { name, count: 0 }
    }
}

impl syn::visit::Visit<'_> for Mentions<'_> {
    fn visit_ident(&mut self, ident: &syn::Ident) {
        if ident == self.name {
            self.count += 1;
        }
    }
}

/// The name of progenitor's map of header parameters.
const HEADER_MAP: &str = "header_map";

fn is_header_map(expr: &syn::Expr) -> bool {
    matches!(expr, syn::Expr::Path(p) if p.path.is_ident(HEADER_MAP))
}

/// Drops `let mut header_map = …;` and `.headers(header_map)`.
struct DropHeaderMap;

impl VisitMut for DropHeaderMap {
    fn visit_block_mut(&mut self, block: &mut syn::Block) {
        block.stmts.retain(|stmt| {
            !matches!(stmt, syn::Stmt::Local(local)
                if matches!(&local.pat, syn::Pat::Ident(p) if p.ident == HEADER_MAP))
        });
        syn::visit_mut::visit_block_mut(self, block);
    }

    fn visit_expr_mut(&mut self, node: &mut syn::Expr) {
        while let syn::Expr::MethodCall(call) = node
            && call.method == "headers"
            && call.args.len() == 1
            && is_header_map(&call.args[0])
        {
            *node = (*call.receiver).clone();
        }
        syn::visit_mut::visit_expr_mut(self, node);
    }
}

/// `.query(&progenitor_client::QueryParam::new(…))` as `.query_param(…)`.
struct QueryParams;

impl VisitMut for QueryParams {
    fn visit_expr_method_call_mut(&mut self, node: &mut syn::ExprMethodCall) {
        if node.method == "query" && node.args.len() == 1 && is_query_param(&node.args[0]) {
            node.method = syn::Ident::new("query_param", node.method.span());
        }
        syn::visit_mut::visit_expr_method_call_mut(self, node);
    }
}

/// Whether `arg` is `&progenitor_client::QueryParam::new(…)`.
fn is_query_param(arg: &syn::Expr) -> bool {
    let syn::Expr::Reference(reference) = arg else {
        return false;
    };
    let syn::Expr::Call(call) = &*reference.expr else {
        return false;
    };
    let syn::Expr::Path(path) = &*call.func else {
        return false;
    };
    segment_names(&path.path) == ["progenitor_client", "QueryParam", "new"]
}

/// `encode_path(&x.to_string())` as `encode_path(&x)`.
struct PathParams;

impl VisitMut for PathParams {
    fn visit_expr_call_mut(&mut self, node: &mut syn::ExprCall) {
        let is_encode_path =
            matches!(&*node.func, syn::Expr::Path(p) if p.path.is_ident("encode_path"));
        if is_encode_path
            && node.args.len() == 1
            && let syn::Expr::Reference(reference) = &mut node.args[0]
            && let syn::Expr::MethodCall(call) = &*reference.expr
            && call.method == "to_string"
            && call.args.is_empty()
        {
            let value = (*call.receiver).clone();
            *reference.expr = value;
        }
        syn::visit_mut::visit_expr_call_mut(self, node);
    }

    /// The URL is formatted by `format!`, whose arguments are expressions.
    fn visit_macro_mut(&mut self, node: &mut syn::Macro) {
        use syn::punctuated::Punctuated;
        if node.path.is_ident("format")
            && let Ok(mut args) =
                node.parse_body_with(Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated)
        {
            for arg in &mut args {
                self.visit_expr_mut(arg);
            }
            node.tokens = quote::quote!(#args);
        }
    }
}

/// `builder.header(…ACCEPT, …HeaderValue::from_static("…"))` (progenitor's fixed media type)
/// as `builder`; any other value is kept.
struct DropAccept;

impl VisitMut for DropAccept {
    fn visit_expr_mut(&mut self, node: &mut syn::Expr) {
        while let syn::Expr::MethodCall(call) = node
            && call.method == "header"
            && call.args.len() == 2
            && matches!(&call.args[0], syn::Expr::Path(p)
                if p.path.segments.last().is_some_and(|s| s.ident == "ACCEPT"))
            && is_static_value(&call.args[1])
        {
            *node = (*call.receiver).clone();
        }
        syn::visit_mut::visit_expr_mut(self, node);
    }
}

/// Whether `value` is `…HeaderValue::from_static("…")` of a literal.
fn is_static_value(value: &syn::Expr) -> bool {
    let syn::Expr::Call(call) = value else {
        return false;
    };
    let from_static = calls(&call.func, "HeaderValue", "from_static");
    from_static
        && matches!(
            call.args.first(),
            Some(syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(_),
                ..
            }))
        )
}

/// Drops the statements `header_map.append(HeaderName::from_static("api-version"), …);`,
/// noting whether there was one.
struct DropApiVersion(bool);

impl VisitMut for DropApiVersion {
    fn visit_block_mut(&mut self, block: &mut syn::Block) {
        let before = block.stmts.len();
        block.stmts.retain(|stmt| !is_api_version_append(stmt));
        self.0 |= block.stmts.len() != before;
        syn::visit_mut::visit_block_mut(self, block);
    }
}

fn is_api_version_append(stmt: &syn::Stmt) -> bool {
    let syn::Stmt::Expr(syn::Expr::MethodCall(call), Some(_)) = stmt else {
        return false;
    };
    let on_header_map = is_header_map(&call.receiver);
    let Some(syn::Expr::Call(name)) = call.args.first() else {
        return false;
    };
    let from_static = calls(&name.func, "HeaderName", "from_static");
    let api_version = matches!(name.args.first(), Some(syn::Expr::Lit(syn::ExprLit {
        lit: syn::Lit::Str(s), ..
    })) if s.value().eq_ignore_ascii_case("api-version"));
    on_header_map && call.method == "append" && from_static && api_version
}

/// `HeaderMap::with_capacity(n)` as `HeaderMap::with_capacity(n - 1)`.
struct SmallerHeaderMap;

impl VisitMut for SmallerHeaderMap {
    fn visit_expr_call_mut(&mut self, node: &mut syn::ExprCall) {
        let with_capacity = calls(&node.func, "HeaderMap", "with_capacity");
        if with_capacity
            && let Some(syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Int(n),
                ..
            })) = node.args.first_mut()
            && let Ok(count) = n.base10_parse::<usize>()
        {
            let less = count.saturating_sub(1);
            *n = syn::LitInt::new(&format!("{less}usize"), n.span());
        }
        syn::visit_mut::visit_expr_call_mut(self, node);
    }
}

/// Whether `func` is the path `…::ty::function`.
fn calls(func: &syn::Expr, ty: &str, function: &str) -> bool {
    matches!(func, syn::Expr::Path(p) if segment_names(&p.path).ends_with(&[ty.into(), function.into()]))
}
