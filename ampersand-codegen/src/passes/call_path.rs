//! One request path and one error: every generated `send()` goes through
//! `crate::call::execute` (credentials, timeouts, retries, redirects, size limit, tracing)
//! and returns `crate::Error`, the error every helper returns too.
//!
//! In each `send()` of `mod builder`:
//! - the return type's progenitor `Error<…>` becomes `crate::Error`;
//! - `client.pre(..)`, `client.post(..)` and the `OperationInfo` go, and
//!   `client.exec(request, &info)` becomes `crate::call::execute(client, request, operation)`
//!   (the operation found in the module's `OPERATIONS`), which reads the response whole;
//! - progenitor's constructors become the decoders of `crate::decode` (`error_response`,
//!   `unexpected`, `empty`, `stream`), and `Error::InvalidRequest` and a failed `.build()`
//!   become `crate::Error`s naming the operation.
//!
//! - `encode_path(&x.to_string())` becomes `crate::call::Segment(&x)`, which percent-encodes
//!   the value as it is formatted into the URL;
//! - a header map made for one header (`api-version`) becomes a `.header(name, value)` with the
//!   name made at compile time;
//! - the request is made by a closure `rebuild`, called once for the first attempt and again
//!   only for a retry or a redirect (`crate::call::execute_rebuilt`), rather than copied before
//!   every attempt; a request that moves its body keeps the copy (`crate::call::execute`);
//! - `.query(param)` becomes `crate::call::query(request, param)`, which skips a parameter
//!   left unset;
//! - an operation with a typed error body (see `prepare::typed_error_bodies`) decodes its
//!   errors with `crate::decode::error_response_as::<types::…>(response, &[statuses])`, so
//!   the body is kept whole and typed.
//!
//! A `send()` of another shape fails the generation, naming the builder.
//!
//! `Client::new` builds its `reqwest::Client` with `crate::call::http_client()`: redirects
//! left to the request path, and the TLS provider installed.

use proc_macro2::TokenStream;
use quote::quote;
use syn::visit::Visit;
use syn::visit_mut::VisitMut;

use crate::CodegenError;

/// What the pass knows of each operation, by Rust method name.
pub type Operations = std::collections::BTreeMap<String, OperationFacts>;

/// One operation: its place in the module's `OPERATIONS`, and its typed error body.
#[derive(Debug, Clone, Default)]
pub struct OperationFacts {
    /// Its index in `OPERATIONS` (the spec's order), so that a call finds its facts without a
    /// lookup.
    pub index: Option<usize>,
    /// The type (in `types`) its error bodies decode into, with the statuses that carry it.
    pub typed_error: Option<(String, Vec<u16>)>,
}

/// Rewrites every `send()` of `mod builder` and drops progenitor's `Error` from the imports.
///
/// ```
/// let mut file: syn::File = syn::parse_str("pub mod builder {}").unwrap();
/// let none = Default::default();
/// assert!(ampersand_codegen::passes::call_path::apply(&mut file, &none).is_err(), "no send()");
/// ```
pub fn apply(file: &mut syn::File, operations: &Operations) -> Result<(), CodegenError> {
    let mut sends = 0;
    for item in &mut file.items {
        match item {
            syn::Item::Use(u) => drop_error_import(&mut u.tree),
            syn::Item::Impl(imp)
                if imp.trait_.is_none()
                    && matches!(&*imp.self_ty, syn::Type::Path(p) if p.path.is_ident("Client")) =>
            {
                for item in &mut imp.items {
                    if let syn::ImplItem::Fn(f) = item {
                        if f.sig.ident == "new" {
                            // the request path's own reqwest client: no redirect followed by
                            // reqwest (it would carry `X-Api-Key` to another origin), and the
                            // TLS provider of the `rustls` feature installed
                            f.block = syn::parse_quote!({
                                Self::new_with_client(baseurl, crate::call::http_client(), inner)
                            });
                        }
                    }
                }
            }
            syn::Item::Mod(m) if m.ident == "builder" => {
                for item in m.content.iter_mut().flat_map(|(_, items)| items.iter_mut()) {
                    match item {
                        syn::Item::Use(u) => drop_error_import(&mut u.tree),
                        syn::Item::Impl(imp) => {
                            let ty = &imp.self_ty;
                            let builder = quote!(#ty).to_string();
                            for item in &mut imp.items {
                                if let syn::ImplItem::Fn(f) = item {
                                    if f.sig.ident == "send" {
                                        rewrite_send(f, &builder, operations)?;
                                        sends += 1;
                                    }
                                }
                            }
                        }
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }
    if sends == 0 {
        return Err(fail("builder", "no `send()` in `mod builder`"));
    }
    Ok(())
}

fn fail(builder: &str, message: &str) -> CodegenError {
    CodegenError::Pass {
        type_name: builder.to_string(),
        message: format!("call path: {message}"),
    }
}

/// Removes `Error` from `use …::{…, Error, …}`.
fn drop_error_import(tree: &mut syn::UseTree) {
    match tree {
        syn::UseTree::Path(p) => drop_error_import(&mut p.tree),
        syn::UseTree::Group(g) => {
            g.items = std::mem::take(&mut g.items)
                .into_iter()
                .filter(|t| !matches!(t, syn::UseTree::Name(n) if n.ident == "Error"))
                .collect();
            for t in &mut g.items {
                drop_error_import(t);
            }
        }
        _ => {}
    }
}

fn rewrite_send(
    f: &mut syn::ImplItemFn,
    builder: &str,
    operations: &Operations,
) -> Result<(), CodegenError> {
    // -> Result<ResponseValue<T>, crate::Error>
    let syn::ReturnType::Type(_, output) = &mut f.sig.output else {
        return Err(fail(builder, "send() returns nothing"));
    };
    let mut retyped = RetypeError(false);
    retyped.visit_type_mut(output);
    if !retyped.0 {
        return Err(fail(builder, "send() does not return progenitor's Error"));
    }
    let mut name = OperationName(None);
    name.visit_block(&f.block);
    let Some(method_name) = name.0 else {
        return Err(fail(
            builder,
            "no `OperationInfo { operation_id }` in send()",
        ));
    };
    // the module's own table: `super` of `mod builder` holds `OPERATIONS`
    let facts = operations.get(&method_name).cloned().unwrap_or_default();
    let operation = match facts.index {
        Some(i) => quote!(super::OPERATIONS.get(#i)),
        None => quote!(crate::OperationMeta::find_in(super::OPERATIONS, #method_name)),
    };
    let error_response = match &facts.typed_error {
        Some((schema, statuses)) => {
            let ty = syn::Ident::new(schema, proc_macro2::Span::call_site());
            quote!(crate::decode::error_response_as::<types::#ty>(response, &[#(#statuses),*]))
        }
        None => quote!(crate::decode::error_response(response)),
    };
    let before = f.block.stmts.len();
    f.block
        .stmts
        .retain(|s| !is_hook_call(s, "pre") && !is_hook_call(s, "post") && !is_local(s, "info"));
    if before - f.block.stmts.len() != 3 {
        return Err(fail(
            builder,
            "expected one client.pre(..), one client.post(..) and one `let info`",
        ));
    }
    let single_header = take_single_header(&mut f.block);
    let mut rewrite = Rewrite {
        operation,
        error_response,
        single_header,
        execs: 0,
    };
    rewrite.visit_block_mut(&mut f.block);
    if rewrite.execs != 1 {
        return Err(fail(builder, "expected one client.exec(..)"));
    }
    rebuild_instead_of_copy(&mut f.block);
    let mut left = LeftOver(None);
    left.visit_block(&f.block);
    if let Some(path) = left.0 {
        return Err(fail(builder, &format!("`{path}` is left in send()")));
    }
    Ok(())
}

struct RetypeError(bool);

impl VisitMut for RetypeError {
    fn visit_type_mut(&mut self, ty: &mut syn::Type) {
        if let syn::Type::Path(p) = ty {
            let last = p.path.segments.last();
            if last.is_some_and(|s| s.ident == "Error" && !s.arguments.is_empty()) {
                *ty = syn::parse_quote!(crate::Error);
                self.0 = true;
                return;
            }
        }
        syn::visit_mut::visit_type_mut(self, ty);
    }
}

/// The `operation_id` of `OperationInfo { operation_id: "…" }`: the Rust method name.
struct OperationName(Option<String>);

impl<'ast> Visit<'ast> for OperationName {
    fn visit_expr_struct(&mut self, node: &'ast syn::ExprStruct) {
        if node.path.is_ident("OperationInfo") {
            for field in &node.fields {
                if let syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(s),
                    ..
                }) = &field.expr
                {
                    self.0 = Some(s.value());
                }
            }
        }
        syn::visit::visit_expr_struct(self, node);
    }
}

/// `client.<name>(..).await?;`
fn is_hook_call(stmt: &syn::Stmt, name: &str) -> bool {
    let syn::Stmt::Expr(syn::Expr::Try(t), Some(_)) = stmt else {
        return false;
    };
    let syn::Expr::Await(a) = &*t.expr else {
        return false;
    };
    matches!(&*a.base, syn::Expr::MethodCall(m)
        if m.method == name && matches!(&*m.receiver, syn::Expr::Path(p) if p.path.is_ident("client")))
}

/// `let <name> = …;`
fn is_local(stmt: &syn::Stmt, name: &str) -> bool {
    matches!(stmt, syn::Stmt::Local(l) if matches!(&l.pat, syn::Pat::Ident(i) if i.ident == name))
}

fn path_is(expr: &syn::Expr, segments: &[&str]) -> bool {
    matches!(expr, syn::Expr::Path(p)
        if p.path.segments.len() == segments.len()
            && p.path.segments.iter().zip(segments).all(|(s, want)| s.ident == want))
}

struct Rewrite {
    operation: TokenStream,
    error_response: TokenStream,
    /// The name and value of a header map made for one header only (see
    /// [`take_single_header`]), put on the request at `.headers(header_map)` instead.
    single_header: Option<(syn::Expr, syn::Expr)>,
    execs: usize,
}

/// progenitor's `let mut header_map = HeaderMap::with_capacity(1usize);` followed by its one
/// `header_map.append(name, value);`, used once more in `.headers(header_map)`: the two
/// statements go, and the name (made at compile time) and value are returned, so that the
/// request gets the header directly, without a map allocated and merged on every call. Any
/// other shape is left as it is.
fn take_single_header(block: &mut syn::Block) -> Option<(syn::Expr, syn::Expr)> {
    let at = block.stmts.iter().position(|s| is_local(s, "header_map"))?;
    let syn::Stmt::Local(local) = &block.stmts[at] else {
        return None;
    };
    let init = local.init.as_ref()?;
    let syn::Expr::Call(call) = &*init.expr else {
        return None;
    };
    let with_capacity = matches!(&*call.func, syn::Expr::Path(p)
        if p.path.segments.last().is_some_and(|s| s.ident == "with_capacity"));
    let one = call.args.len() == 1
        && matches!(&call.args[0], syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Int(i), .. })
            if i.base10_digits() == "1");
    if !with_capacity || !one {
        return None;
    }
    let syn::Stmt::Expr(syn::Expr::MethodCall(append), Some(_)) = block.stmts.get(at + 1)? else {
        return None;
    };
    if append.method != "append"
        || append.args.len() != 2
        || !matches!(&*append.receiver, syn::Expr::Path(p) if p.path.is_ident("header_map"))
    {
        return None;
    }
    let mut uses = Uses("header_map", 0);
    uses.visit_block(block);
    // the `let`'s own name is a pattern, not a use: the append and `.headers(header_map)`
    if uses.1 != 2 {
        return None;
    }
    let (name, value) = (append.args[0].clone(), append.args[1].clone());
    block.stmts.drain(at..at + 2);
    Some((syn::parse_quote!(const { #name }), value))
}

/// `let mut request = <chain>.build().map_err(..)?;` whose chain borrows all it uses but
/// `url`: it becomes a closure `rebuild` (with `url.as_str()`) that makes the request, called
/// once for the first attempt, and `crate::call::execute(client, request, op)` becomes
/// `crate::call::execute_rebuilt(client, request, &rebuild, op)`, which calls it again only
/// for a retry or a redirect, where it would otherwise copy the request before every attempt.
/// A chain that moves anything else (a body stream, say) is left as it is.
fn rebuild_instead_of_copy(block: &mut syn::Block) {
    let Some(at) = block.stmts.iter().position(|s| is_local(s, "request")) else {
        return;
    };
    let syn::Stmt::Local(local) = &block.stmts[at] else {
        return;
    };
    let Some(init) = &local.init else {
        return;
    };
    // <chain>.build().map_err(..)?
    let syn::Expr::Try(tried) = &*init.expr else {
        return;
    };
    let syn::Expr::MethodCall(map_err) = &*tried.expr else {
        return;
    };
    let syn::Expr::MethodCall(build) = &*map_err.receiver else {
        return;
    };
    if map_err.method != "map_err" || build.method != "build" {
        return;
    }
    let mut made = syn::Expr::MethodCall(build.clone());
    let mut borrow = BorrowUrl { urls: 0, moves: 0 };
    borrow.visit_expr_mut(&mut made);
    if borrow.urls != 1 || borrow.moves != 0 {
        return;
    }
    let mut first = map_err.clone();
    *first.receiver = syn::parse_quote!(rebuild());
    let attrs = &local.attrs;
    let pat = &local.pat;
    let closure: syn::Stmt = syn::parse_quote!(let rebuild = || #made;);
    let request: syn::Stmt = syn::parse_quote!(#(#attrs)* let #pat = #first?;);
    block.stmts.splice(at..=at, [closure, request]);
    ExecuteRebuilt.visit_block_mut(block);
}

/// Makes `url` a borrow (`url.as_str()`) where the chain passes it, and counts what else the
/// chain would move: a `.body(..)`, or a `.form_urlencoded(..)`, `.multipart(..)`.
struct BorrowUrl {
    urls: usize,
    moves: usize,
}

impl VisitMut for BorrowUrl {
    fn visit_expr_mut(&mut self, expr: &mut syn::Expr) {
        syn::visit_mut::visit_expr_mut(self, expr);
        if let syn::Expr::MethodCall(m) = expr {
            if matches!(
                m.method.to_string().as_str(),
                "body" | "multipart" | "form_urlencoded"
            ) {
                self.moves += 1;
            }
            for arg in m.args.iter_mut() {
                if matches!(arg, syn::Expr::Path(p) if p.path.is_ident("url")) {
                    *arg = syn::parse_quote!(url.as_str());
                    self.urls += 1;
                }
            }
        }
    }
}

/// `crate::call::execute(client, request, op)` → `crate::call::execute_rebuilt(client,
/// request, &rebuild, op)`.
struct ExecuteRebuilt;

impl VisitMut for ExecuteRebuilt {
    fn visit_expr_mut(&mut self, expr: &mut syn::Expr) {
        syn::visit_mut::visit_expr_mut(self, expr);
        if let syn::Expr::Call(c) = expr {
            if path_is(&c.func, &["crate", "call", "execute"]) && c.args.len() == 3 {
                let (client, request, operation) = (&c.args[0], &c.args[1], &c.args[2]);
                *expr = syn::parse_quote!(
                    crate::call::execute_rebuilt(#client, #request, &rebuild, #operation)
                );
            }
        }
    }
}

/// How many times an expression names the local `.0`.
struct Uses(&'static str, usize);

impl<'ast> Visit<'ast> for Uses {
    fn visit_expr_path(&mut self, node: &'ast syn::ExprPath) {
        if node.path.is_ident(self.0) {
            self.1 += 1;
        }
        syn::visit::visit_expr_path(self, node);
    }
}

impl VisitMut for Rewrite {
    /// The URL's `format!(…)`: its arguments are expressions to rewrite too.
    fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
        use syn::parse::Parser;
        if !mac.path.is_ident("format") {
            return;
        }
        let parser = syn::punctuated::Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated;
        let Ok(mut args) = parser.parse2(mac.tokens.clone()) else {
            return;
        };
        for arg in args.iter_mut() {
            self.visit_expr_mut(arg);
        }
        mac.tokens = quote!(#args);
    }

    fn visit_expr_mut(&mut self, expr: &mut syn::Expr) {
        syn::visit_mut::visit_expr_mut(self, expr);
        let operation = &self.operation;
        let replacement: Option<syn::Expr> = match &*expr {
            syn::Expr::MethodCall(m)
                if m.method == "exec"
                    && matches!(&*m.receiver, syn::Expr::Path(p) if p.path.is_ident("client")) =>
            {
                self.execs += 1;
                let request = m.args.first();
                Some(syn::parse_quote!(crate::call::execute(client, #request, #operation)))
            }
            syn::Expr::MethodCall(m)
                if m.method == "headers"
                    && matches!(m.args.first(), Some(syn::Expr::Path(p)) if p.path.is_ident("header_map")) =>
            {
                self.single_header.as_ref().map(|(name, value)| {
                    let request = &m.receiver;
                    syn::parse_quote!(#request.header(#name, #value))
                })
            }
            // `encode_path(&x.to_string())`: the value encoded as it is written into the URL
            syn::Expr::Call(c) if path_is(&c.func, &["encode_path"]) && c.args.len() == 1 => {
                match &c.args[0] {
                    syn::Expr::Reference(r) => match &*r.expr {
                        syn::Expr::MethodCall(m)
                            if m.method == "to_string" && m.args.is_empty() =>
                        {
                            let value = &m.receiver;
                            Some(syn::parse_quote!(crate::call::Segment(&#value)))
                        }
                        _ => None,
                    },
                    _ => None,
                }
            }
            // an unset optional parameter adds nothing, and costs nothing
            syn::Expr::MethodCall(m) if m.method == "query" && m.args.len() == 1 => {
                let (request, param) = (&m.receiver, &m.args[0]);
                Some(syn::parse_quote!(crate::call::query(#request, #param)))
            }
            syn::Expr::Call(c) if path_is(&c.func, &["Error", "ErrorResponse"]) => {
                let error_response = &self.error_response;
                Some(syn::parse_quote!(#error_response))
            }
            syn::Expr::Call(c) if path_is(&c.func, &["Error", "UnexpectedResponse"]) => {
                let args = &c.args;
                Some(syn::parse_quote!(crate::decode::unexpected(#args)))
            }
            e if path_is(e, &["Error", "InvalidRequest"]) => Some(syn::parse_quote!(
                |message: String| crate::Error::invalid_request(message).for_operation(#operation)
            )),
            e if path_is(e, &["ResponseValue", "empty"]) => {
                Some(syn::parse_quote!(crate::decode::empty))
            }
            e if path_is(e, &["ResponseValue", "stream"]) => {
                Some(syn::parse_quote!(crate::decode::stream))
            }
            syn::Expr::Try(t) => match &*t.expr {
                syn::Expr::MethodCall(m) if m.method == "build" && m.args.is_empty() => {
                    let inner = &t.expr;
                    Some(syn::parse_quote!(
                        #inner.map_err(|e| crate::Error::from_builder(e).for_operation(#operation))?
                    ))
                }
                _ => None,
            },
            _ => None,
        };
        if let Some(replacement) = replacement {
            *expr = replacement;
        }
    }
}

/// A path into progenitor's `Error` or `ResponseValue` constructors left unrewritten.
struct LeftOver(Option<String>);

impl<'ast> Visit<'ast> for LeftOver {
    fn visit_expr_path(&mut self, node: &'ast syn::ExprPath) {
        let first = node.path.segments.first().map(|s| s.ident.to_string());
        if matches!(first.as_deref(), Some("Error" | "ResponseValue")) {
            self.0 = Some(quote!(#node).to_string());
        }
        syn::visit::visit_expr_path(self, node);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEND: &str = r#"
        pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
        pub mod builder {
            use super::{ClientInfo, Error, ResponseValue};
            impl<'a> GetThing<'a> {
                pub async fn send(self) -> Result<ResponseValue<types::Thing>, Error<types::Problem>> {
                    let Self { client, id } = self;
                    let id = id.map_err(Error::InvalidRequest)?;
                    let url = format!("{}/things/{}", client.baseurl, encode_path(&id.to_string()),);
                    let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
                    header_map.append(
                        ::reqwest::header::HeaderName::from_static("api-version"),
                        ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
                    );
                    let mut request = client.client.get(url).query(&progenitor_client::QueryParam::new("limit", &limit)).headers(header_map).build()?;
                    let info = OperationInfo { operation_id: "get_thing" };
                    client.pre(&mut request, &info).await?;
                    let result = client.exec(request, &info).await;
                    client.post(&result, &info).await?;
                    let response = result?;
                    match response.status().as_u16() {
                        200u16 => crate::decode::from_response(response).await,
                        204u16 => Ok(ResponseValue::empty(response)),
                        400u16..=499u16 => Err(Error::ErrorResponse(crate::decode::from_response(response).await?)),
                        _ => Err(Error::UnexpectedResponse(response)),
                    }
                }
            }
        }
    "#;

    #[test]
    fn send_goes_through_the_call_path_and_returns_the_crate_error() {
        let mut file: syn::File = syn::parse_str(SEND).unwrap();
        apply(&mut file, &Default::default()).unwrap();
        let code = quote!(#file).to_string();
        for want in [
            "Result < ResponseValue < types :: Thing > , crate :: Error >",
            "crate :: call :: execute_rebuilt (client , request , & rebuild , crate :: OperationMeta :: find_in (super :: OPERATIONS , \"get_thing\"))",
            "let rebuild = | | crate :: call :: query (client . client . get (url . as_str ()) ,",
            "let mut request = rebuild () . map_err (| e | crate :: Error :: from_builder (e)",
            "crate :: decode :: error_response (response)",
            "crate :: decode :: unexpected (response)",
            "crate :: decode :: empty (response)",
            "crate :: Error :: invalid_request (message) . for_operation (crate :: OperationMeta :: find_in (super :: OPERATIONS , \"get_thing\"))",
            "crate :: Error :: from_builder (e)",
            "crate :: call :: query (client . client . get (url . as_str ()) , & progenitor_client :: QueryParam :: new (\"limit\" , & limit))",
            "format ! (\"{}/things/{}\" , client . baseurl , crate :: call :: Segment (& id) ,)",
            ". header (const { :: reqwest :: header :: HeaderName :: from_static (\"api-version\") } , :: reqwest :: header :: HeaderValue :: from_static (super :: Client :: api_version ())) . build ()",
            "use super :: { ClientInfo , ResponseValue }",
        ] {
            assert!(code.contains(want), "missing {want}:\n{code}");
        }
        assert!(!code.contains("client . pre") && !code.contains("client . post"));
        assert!(
            !code.contains("header_map") && !code.contains("encode_path"),
            "{code}"
        );
    }

    #[test]
    fn a_request_that_moves_its_body_is_copied_rather_than_made_again() {
        let streamed = SEND.replace(".headers(header_map)", ".headers(header_map).body(body)");
        let mut file: syn::File = syn::parse_str(&streamed).unwrap();
        apply(&mut file, &Default::default()).unwrap();
        let code = quote!(#file).to_string();
        assert!(!code.contains("rebuild"), "{code}");
        assert!(
            code.contains("crate :: call :: execute (client , request ,"),
            "{code}"
        );
        assert!(code.contains(". get (url)"), "{code}");
    }

    #[test]
    fn a_header_map_of_more_than_one_header_is_left_as_it_is() {
        let two = SEND.replace(
            "let mut request =",
            "header_map.append(::reqwest::header::HeaderName::from_static(\"x-other\"), value);\n let mut request =",
        );
        let mut file: syn::File = syn::parse_str(&two).unwrap();
        apply(&mut file, &Default::default()).unwrap();
        let code = quote!(#file).to_string();
        assert!(
            code.contains("HeaderMap :: with_capacity (1usize)"),
            "{code}"
        );
        assert!(code.contains(". headers (header_map)"), "{code}");
    }

    #[test]
    fn a_typed_error_body_decodes_into_its_type() {
        let mut file: syn::File = syn::parse_str(SEND).unwrap();
        let facts = OperationFacts {
            index: Some(3),
            typed_error: Some(("GetThingFailure".into(), vec![422])),
        };
        apply(&mut file, &Operations::from([("get_thing".into(), facts)])).unwrap();
        let code = quote!(#file).to_string();
        let want = "crate :: decode :: error_response_as :: < types :: GetThingFailure > (response , & [422u16])";
        assert!(code.contains(want), "{code}");
        let indexed = "crate :: call :: execute_rebuilt (client , request , & rebuild , super :: OPERATIONS . get (3usize))";
        assert!(code.contains(indexed), "{code}");
    }

    #[test]
    fn a_send_of_another_shape_names_its_builder() {
        let odd = SEND.replace("client.post(&result, &info).await?;", "");
        let mut file: syn::File = syn::parse_str(&odd).unwrap();
        let err = apply(&mut file, &Default::default())
            .unwrap_err()
            .to_string();
        assert!(err.contains("GetThing"), "{err}");
    }
}
