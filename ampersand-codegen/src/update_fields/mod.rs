//! The update builders: for each operation with an `updateMask` (its rule read by
//! [`crate::masks`]), a builder over the generated operation with one setter per allowed mask
//! path, taking that field's own type from the generated body. Each setter writes its value
//! into the typed partial object and its path into the mask, so the two cannot disagree, and
//! the body sent is the typed one built (no JSON in between).
//!
//! What is emitted per module: `UPDATE_MASKS` (the rules, with each path's setter), and where
//! there are rules, `pub mod update_mask` (one `<Operation>Fields` builder per rule, beside the
//! hand-written `UpdateMask`) and the `Client::<operation>_fields()` methods that start them.

mod builder;
mod generated;
mod syntax;

use quote::quote;
use serde_json::Value;

use builder::Builder;
use generated::Generated;

use crate::CodegenError;
use crate::masks;

/// The update-mask items of one generated module (see the module docs); `operations` gives
/// each operation's place in the module's `OPERATIONS`.
pub fn items(
    document: &Value,
    file: &syn::File,
    operations: &crate::passes::runtime::Operations,
) -> Result<Vec<syn::Item>, CodegenError> {
    let rules = masks::rules(document)?;
    let module = Generated::read(file)?;
    let mut builders = Vec::new();
    let mut table = Vec::new();
    for rule in &rules {
        let builder = module.builder(rule)?;
        // each allowed path's setter, or "" for a path that has none
        let setters: Vec<String> = rule
            .allowed
            .iter()
            .map(|path| {
                let setters = builder.iter().flat_map(|b| &b.setters);
                let setter = setters.into_iter().find(|s| s.path.join(".") == *path);
                setter.map(|s| s.name.to_string()).unwrap_or_default()
            })
            .collect();
        table.push((rule, setters));
        let Some(mut builder) = builder else {
            continue;
        };
        builder.index = *operations
            .get(&rule.method_name)
            .ok_or_else(|| CodegenError::Pass {
                type_name: rule.method_name.clone(),
                message: "update_fields: the operation is not in OPERATIONS".into(),
            })?;
        builders.push(builder);
    }
    let table = table.iter().map(|(rule, setters)| {
        let (method, key) = (&rule.method_name, &rule.object_key);
        let allowed = &rule.allowed;
        quote! {
            crate::UpdateMaskRule {
                method_name: #method,
                object_key: #key,
                allowed: &[#(#allowed),*],
                setters: &[#(#setters),*],
            }
        }
    });
    let mut out: Vec<syn::Item> = vec![syn::parse_quote! {
        /// The update endpoints' mask rules, read from the spec: each one's operation, the key
        /// of its partial object, the mask paths it allows (`*` stands for one name) and the
        /// setter of each on its `update_mask` builder.
        pub const UPDATE_MASKS: &[crate::UpdateMaskRule] = &[#(#table),*];
    }];
    if builders.is_empty() {
        return Ok(out);
    }
    let uses = &module.builder_uses;
    let structs = builders.iter().map(Builder::tokens);
    out.push(syn::parse_quote! {
        /// Updates that send only what was set: one builder per operation with an `updateMask`,
        /// started by `Client::<operation>_fields()`, with a setter per mask path the spec
        /// allows (in that field's own type) and the operation's parameters as named setters.
        /// Each setter puts its value into the typed partial object and its path into the
        /// [`UpdateMask`]; `body()` is the typed body `send()` sends, or the error it returns.
        pub mod update_mask {
            #(#uses)*
            pub use crate::mask::{escape_segment, UpdateMask, UpdateMaskRule};
            #(#structs)*
        }
    });
    let starts = builders.iter().map(|b| {
        let (method, ty) = (&b.start, &b.ident);
        let doc = format!(
            "`{}` with its `updateMask` made of the fields set: see [`update_mask::{ty}`].",
            b.rule.operation_id
        );
        quote! {
            #[doc = #doc]
            pub fn #method(&self) -> update_mask::#ty<'_> {
                update_mask::#ty::new(self)
            }
        }
    });
    out.push(syn::parse_quote! {
        impl Client { #(#starts)* }
    });
    Ok(out)
}

#[cfg(test)]
mod tests;
