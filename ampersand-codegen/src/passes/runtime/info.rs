//! A `send()`'s `OperationInfo`, made at compile time: progenitor writes
//!
//! ```text
//! let info = OperationInfo { operation_id: "get_thing" };
//! ```
//!
//! and hands `&info` to its hooks. The pass adds the operation's facts (`operation:
//! &super::OPERATIONS[i]`, and the header values of its `Accept` and of the API's version) and
//! makes the value a `static` of the `send()`:
//!
//! ```text
//! static INFO: OperationInfo = OperationInfo { operation_id: "get_thing", operation: …, … };
//! let info = &INFO;
//! ```
//!
//! so that the request path has those facts without a lookup by name or a header value checked
//! per call, and the `send()` future holds a reference to them (8 bytes) rather than a copy
//! made per call (104).

use super::hooks::local_of;

/// Rewrites the one top-level `let info = OperationInfo { … };` of a `send()` body for the
/// operation at `index` of `OPERATIONS`; `Err` says what is not as expected.
pub(super) fn made_static(block: &mut syn::Block, index: usize) -> Result<(), String> {
    let found: Vec<(usize, syn::Ident, syn::ExprStruct)> = block
        .stmts
        .iter()
        .enumerate()
        .filter_map(|(i, stmt)| match local_of(stmt)? {
            (name, syn::Expr::Struct(info)) if info.path.is_ident("OperationInfo") => {
                Some((i, name.clone(), info.clone()))
            }
            _ => None,
        })
        .collect();
    let [(at, name, mut info)] = <[_; 1]>::try_from(found).map_err(|found| {
        format!(
            "{} `let … = OperationInfo {{ … }};` in send(), not one",
            found.len()
        )
    })?;
    info.fields.extend::<[syn::FieldValue; 3]>([
        syn::parse_quote!(operation: &super::OPERATIONS[#index]),
        syn::parse_quote!(accept: ::reqwest::header::HeaderValue::from_static(
            super::OPERATIONS[#index].accept
        )),
        syn::parse_quote!(api_version: ::reqwest::header::HeaderValue::from_static(
            super::API_VERSION
        )),
    ]);
    let made: [syn::Stmt; 2] = [
        syn::parse_quote!(static INFO: OperationInfo = #info;),
        syn::parse_quote!(let #name = &INFO;),
    ];
    block.stmts.splice(at..=at, made);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    #[test]
    fn the_info_is_a_static_with_the_operations_facts() {
        let mut block: syn::Block = syn::parse_quote!({
            let info = OperationInfo {
                operation_id: "get_thing",
            };
            let response = client.exec(build, &info).await?;
        });
        made_static(&mut block, 3).unwrap();
        let code = quote!(#block).to_string();
        assert!(
            code.contains(
                "static INFO : OperationInfo = OperationInfo { operation_id : \"get_thing\" , \
                 operation : & super :: OPERATIONS [3usize] , accept : :: reqwest :: header :: \
                 HeaderValue :: from_static (super :: OPERATIONS [3usize] . accept) , \
                 api_version : :: reqwest :: header :: HeaderValue :: from_static (super :: \
                 API_VERSION) } ; let info = & INFO ;"
            ),
            "{code}"
        );
        assert!(code.contains("client . exec (build , & info)"), "{code}");
    }

    #[test]
    fn a_send_without_one_info_or_with_two_is_refused() {
        let mut none: syn::Block = syn::parse_quote!({
            let response = client.exec(build, &other).await?;
        });
        assert_eq!(
            made_static(&mut none, 0).unwrap_err(),
            "0 `let … = OperationInfo { … };` in send(), not one"
        );
        let mut two: syn::Block = syn::parse_quote!({
            let a = OperationInfo { operation_id: "a" };
            let b = OperationInfo { operation_id: "b" };
        });
        assert!(made_static(&mut two, 0).unwrap_err().starts_with("2 "));
    }
}
