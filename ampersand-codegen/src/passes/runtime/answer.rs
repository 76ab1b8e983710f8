//! The answer decoded where it is read: progenitor's `send()` awaits
//! `ResponseValue::from_response(response)`, each arm of its `match` on the status
//!
//! ```text
//! 200u16 => ResponseValue::from_response(response).await,
//! 400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::from_response(response).await?)),
//! ```
//!
//! and the runtime's `from_response` returns the result itself (the request path has read the
//! body whole), so the `.await` goes. Awaited, it was a point the `send()` future could stop
//! at, whose state held the decoded answer (a `Ready` of 456 bytes for a `Project`, 2,520 for
//! an `Installation`) beside the exchange it came from: the largest state of most operations.

use syn::visit_mut::VisitMut;

use crate::passes::segment_names;

/// Drops the `.await` after each `ResponseValue::from_response(…)` in a `send()` body; how
/// many there were.
pub(super) fn unawaited(block: &mut syn::Block) -> usize {
    let mut rewrite = Unawait(0);
    rewrite.visit_block_mut(block);
    rewrite.0
}

struct Unawait(usize);

impl VisitMut for Unawait {
    fn visit_expr_mut(&mut self, node: &mut syn::Expr) {
        if let syn::Expr::Await(awaited) = node
            && is_from_response(&awaited.base)
        {
            *node = (*awaited.base).clone();
            self.0 += 1;
        }
        syn::visit_mut::visit_expr_mut(self, node);
    }
}

/// Whether `expr` is a call of `ResponseValue::from_response`.
fn is_from_response(expr: &syn::Expr) -> bool {
    let syn::Expr::Call(call) = expr else {
        return false;
    };
    matches!(&*call.func, syn::Expr::Path(p) if segment_names(&p.path) == ["ResponseValue", "from_response"])
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    #[test]
    fn each_answer_is_decoded_without_an_await_and_nothing_else_changes() {
        let mut block: syn::Block = syn::parse_quote!({
            let response = client.exec(build, &info).await?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        });
        assert_eq!(unawaited(&mut block), 2);
        let code = quote!(#block).to_string();
        assert!(
            code.contains("200u16 => ResponseValue :: from_response (response) ,"),
            "{code}"
        );
        assert!(
            code.contains(
                "Err (Error :: ErrorResponse (ResponseValue :: from_response (response) ?"
            ),
            "{code}"
        );
        // the request path's await stays
        assert!(
            code.contains("client . exec (build , & info) . await ?"),
            "{code}"
        );
        assert_eq!(code.matches(". await").count(), 1, "{code}");
    }
}
