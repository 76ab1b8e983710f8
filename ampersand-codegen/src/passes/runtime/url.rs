//! A call's URL from its client's base URL parsed once (`crate::runtime::BaseUrl`), rather
//! than the base's text and the path formatted together and parsed whole on every call:
//!
//! - `Client`'s field `baseurl: String` is a `crate::runtime::BaseUrl` (which keeps the text
//!   as given, for `baseurl()`), made by `BaseUrl::new(baseurl)` in `new_with_client`;
//! - a `send()`'s `let url = format!("{}/things/{}", client.baseurl, …);` is
//!   `let url = client.baseurl.url(format_args!("/things/{}", …))?;`, a `reqwest::Url` that
//!   reqwest takes as it is.

use quote::quote;
use syn::punctuated::Punctuated;

/// `baseurl: String` as `baseurl: crate::runtime::BaseUrl` in the `Client` struct.
pub(super) fn field(item: &mut syn::ItemStruct) -> Result<(), String> {
    let syn::Fields::Named(fields) = &mut item.fields else {
        return Err("`Client` has no named fields".into());
    };
    let base = fields
        .named
        .iter_mut()
        .find(|f| f.ident.as_ref().is_some_and(|i| i == "baseurl"))
        .ok_or("`Client` has no `baseurl` field")?;
    if !matches!(&base.ty, syn::Type::Path(p) if p.path.is_ident("String")) {
        return Err("`Client::baseurl` is not a `String`".into());
    }
    base.ty = syn::parse_quote!(crate::runtime::BaseUrl);
    Ok(())
}

/// `baseurl: baseurl.to_string()` as `baseurl: crate::runtime::BaseUrl::new(baseurl)` in
/// `Client::new_with_client`.
pub(super) fn constructor(f: &mut syn::ImplItemFn) -> Result<(), String> {
    let Some(syn::Stmt::Expr(syn::Expr::Struct(made), None)) = f.block.stmts.last_mut() else {
        return Err("`new_with_client` does not end in `Self { … }`".into());
    };
    let base = made
        .fields
        .iter_mut()
        .find(|v| matches!(&v.member, syn::Member::Named(i) if i == "baseurl"))
        .ok_or("`new_with_client` sets no `baseurl`")?;
    let given = quote!(baseurl.to_string()).to_string();
    let expr = &base.expr;
    if quote!(#expr).to_string() != given {
        return Err(format!(
            "`new_with_client` sets `baseurl: {}`",
            quote!(#expr)
        ));
    }
    base.expr = syn::parse_quote!(crate::runtime::BaseUrl::new(baseurl));
    Ok(())
}

/// `let url = format!("{}…", client.baseurl, args…);` as
/// `let url = client.baseurl.url(format_args!("…", args…))?;`: the one such statement a
/// `send()` has.
pub(super) fn from_base(block: &mut syn::Block) -> Result<(), String> {
    let mut made = 0;
    for stmt in &mut block.stmts {
        let syn::Stmt::Local(local) = stmt else {
            continue;
        };
        let is_url = matches!(&local.pat, syn::Pat::Ident(p) if p.ident == "url");
        let Some(init) = local.init.as_mut().filter(|_| is_url) else {
            continue;
        };
        let syn::Expr::Macro(call) = &*init.expr else {
            return Err("`let url` is not a `format!(…)`".into());
        };
        let args = call
            .mac
            .parse_body_with(Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated)
            .map_err(|e| format!("`let url = format!(…)` does not parse: {e}"))?;
        *init.expr = on_base(&call.mac, args)?;
        made += 1;
    }
    match made {
        1 => Ok(()),
        n => Err(format!("{n} `let url = format!(…)` in send(), not one")),
    }
}

/// The call of `client.baseurl.url` that formats what `format!(args)` formats after
/// `client.baseurl`.
fn on_base(
    mac: &syn::Macro,
    args: Punctuated<syn::Expr, syn::Token![,]>,
) -> Result<syn::Expr, String> {
    let shape = || {
        format!(
            "`{}` is not `format!(\"{{}}…\", client.baseurl, …)`",
            quote!(#mac)
        )
    };
    if !mac.path.is_ident("format") {
        return Err(shape());
    }
    let mut args = args.into_iter();
    let (
        Some(syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(template),
            ..
        })),
        Some(base),
    ) = (args.next(), args.next())
    else {
        return Err(shape());
    };
    let rest = template.value();
    let Some(path) = rest.strip_prefix("{}") else {
        return Err(shape());
    };
    if quote!(#base).to_string() != quote!(client.baseurl).to_string() {
        return Err(shape());
    }
    let path = syn::LitStr::new(path, template.span());
    let args: Vec<syn::Expr> = args.collect();
    Ok(syn::parse_quote!(
        client.baseurl.url(format_args!(#path #(, #args)*))?
    ))
}
