//! A `send()`'s parameters checked before its future is made. Progenitor's `send()` starts by
//! taking the builder apart and converting each parameter and the body, any of which may fail:
//!
//! ```text
//! let Self { client, id, body } = self;
//! let id = id.map_err(Error::InvalidRequest)?;
//! let body = body.and_then(|v| types::Thing::try_from(v).map_err(|e| e.to_string()))
//!     .map_err(Error::InvalidRequest)?;
//! …
//! ```
//!
//! Inside the future, each of those values was kept twice in its state: as the builder's field
//! it captured and as the converted local (a future keeps what it captured for as long as it
//! lives). Those statements now run when `send()` is called, and the future captures the
//! converted values alone:
//!
//! ```text
//! let checked = (|| -> Result<_, crate::Error> { let Self { … } = self; …; Ok((client, id, body)) })();
//! match checked {
//!     Ok((client, id, body)) => Either::Left(async move { … }),
//!     Err(e) => Either::Right(crate::runtime::Refused::new(e)),
//! }
//! ```
//!
//! Nothing is sent before the future is awaited, as before; a parameter that does not convert
//! is the same error, given when it is awaited.

use super::hooks::local_of;

/// The body of `send()` for the operation at `index` of `OPERATIONS` from progenitor's
/// statements `block` (after the other rewrites); `Err` says what is not as expected.
pub(super) fn before_the_future(block: &syn::Block, index: usize) -> Result<syn::Block, String> {
    let names = taken_apart(block.stmts.first())
        .ok_or("send() does not start with `let Self { … } = self;`")?;
    let checks = block.stmts[1..]
        .iter()
        .take_while(|stmt| is_check(stmt, &names))
        .count();
    let (prelude, rest) = block.stmts.split_at(1 + checks);
    Ok(syn::parse_quote!({
        crate::runtime::operation(&super::OPERATIONS[#index], {
            let checked = (|| -> ::std::result::Result<_, crate::Error> {
                #(#prelude)*
                Ok((#(#names,)*))
            })();
            match checked {
                Ok((#(#names,)*)) => ::futures_util::future::Either::Left(async move { #(#rest)* }),
                Err(e) => ::futures_util::future::Either::Right(crate::runtime::Refused::new(e)),
            }
        })
    }))
}

/// The names `let Self { a, b } = self;` binds, when `stmt` is that statement.
fn taken_apart(stmt: Option<&syn::Stmt>) -> Option<Vec<syn::Ident>> {
    let syn::Stmt::Local(local) = stmt? else {
        return None;
    };
    let init = local.init.as_ref()?;
    let syn::Pat::Struct(pat) = &local.pat else {
        return None;
    };
    let is_self = matches!(&*init.expr, syn::Expr::Path(p) if p.path.is_ident("self"));
    if !pat.path.is_ident("Self") || !is_self {
        return None;
    }
    pat.fields
        .iter()
        .map(|field| match (&field.member, &*field.pat) {
            (syn::Member::Named(name), syn::Pat::Ident(bound)) if bound.ident == *name => {
                Some(name.clone())
            }
            _ => None,
        })
        .collect()
}

/// Whether `stmt` converts one of the parameters `names`: `let name = …?;`.
fn is_check(stmt: &syn::Stmt, names: &[syn::Ident]) -> bool {
    matches!(local_of(stmt), Some((name, syn::Expr::Try(_))) if names.contains(name))
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    #[test]
    fn the_checks_run_before_the_future_which_captures_their_values() {
        let block: syn::Block = syn::parse_quote!({
            let Self { client, id, body } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            static INFO: OperationInfo = OperationInfo { operation_id: "a" };
            let info = &INFO;
            let response = client.exec(|| build(&id, &body), &info).await?;
            ResponseValue::from_response(response)
        });
        let made = before_the_future(&block, 2).unwrap();
        let code = quote!(#made).to_string();
        assert!(
            code.contains(
                "let checked = (| | -> :: std :: result :: Result < _ , crate :: Error > { let \
                 Self { client , id , body } = self ; let id = id . map_err (Error :: \
                 InvalidRequest) ? ; let body = body . map_err (Error :: InvalidRequest) ? ; Ok \
                 ((client , id , body ,)) }) () ;"
            ),
            "{code}"
        );
        assert!(
            code.contains(
                "Ok ((client , id , body ,)) => :: futures_util :: future :: Either :: Left (async \
                 move { static INFO"
            ),
            "{code}"
        );
        assert!(
            code.contains("Err (e) => :: futures_util :: future :: Either :: Right (crate :: runtime :: Refused :: new (e))"),
            "{code}"
        );
        assert!(
            code.starts_with("{ crate :: runtime :: operation (& super :: OPERATIONS [2usize] ,")
        );
    }

    #[test]
    fn a_send_that_does_not_take_its_builder_apart_first_is_refused() {
        let block: syn::Block = syn::parse_quote!({
            let id = self.id?;
            let Self { client } = self;
        });
        assert!(before_the_future(&block, 0).is_err());
        let renamed: syn::Block = syn::parse_quote!({
            let Self { client: c } = self;
        });
        assert!(before_the_future(&renamed, 0).is_err());
    }
}
