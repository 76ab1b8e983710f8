//! Decoding with a path: every `ResponseValue::from_response(..)` in the generated operations
//! calls `crate::decode::from_response(..)` instead, which decodes through
//! `serde_path_to_error`, so a payload that does not fit its type names where
//! (`connection.providerApp.scopes[0]: invalid type: …`), not only a line and column.

use syn::visit_mut::VisitMut;

/// The function generated operations call to decode a typed response.
///
/// ```
/// assert_eq!(ampersand_codegen::passes::decode_with_path::FROM_RESPONSE, "crate::decode::from_response");
/// ```
pub const FROM_RESPONSE: &str = "crate::decode::from_response";

/// Rewrites every call in `file`.
///
/// ```
/// let mut file: syn::File = syn::parse_str("fn f() { ResponseValue::from_response(r); }").unwrap();
/// ampersand_codegen::passes::decode_with_path::apply(&mut file);
/// assert!(quote::quote!(#file).to_string().contains("crate :: decode :: from_response"));
/// ```
pub fn apply(file: &mut syn::File) {
    Rewrite.visit_file_mut(file);
}

struct Rewrite;

impl VisitMut for Rewrite {
    fn visit_expr_path_mut(&mut self, node: &mut syn::ExprPath) {
        let segments: Vec<String> = node
            .path
            .segments
            .iter()
            .map(|s| s.ident.to_string())
            .collect();
        if segments == ["ResponseValue", "from_response"] {
            node.path = syn::parse_str(FROM_RESPONSE).expect("a valid path");
        }
        syn::visit_mut::visit_expr_path_mut(self, node);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_response_calls_are_rerouted() {
        let mut file: syn::File = syn::parse_str(
            "async fn send() { let a = ResponseValue::from_response(response).await?; \
             let b = ResponseValue::stream(response); }",
        )
        .unwrap();
        apply(&mut file);
        let code = quote::quote!(#file).to_string();
        assert!(
            code.contains("crate :: decode :: from_response (response)"),
            "{code}"
        );
        assert!(code.contains("ResponseValue :: stream (response)"));
    }
}
