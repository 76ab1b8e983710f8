//! The hosts: `Host`, a variant per data-plane client and `Client::<host>()` for each, and each
//! module's default base URL.

use quote::quote;
use serde_json::Value;

use crate::{CodegenError, DATA_PLANE_FEATURE};

/// `Host`, with a variant per data-plane client, and `Client::<host>()` for each, all with
/// the [`DATA_PLANE_FEATURE`].
pub(crate) fn hosts_items(hosts: &[(syn::Ident, &str, String)]) -> Vec<syn::Item> {
    use heck::ToUpperCamelCase;
    let variants: Vec<syn::Ident> = hosts
        .iter()
        .map(|(name, _, _)| syn::Ident::new(&name.to_string().to_upper_camel_case(), name.span()))
        .collect();
    let names: Vec<String> = hosts.iter().map(|(n, _, _)| n.to_string()).collect();
    let gate: syn::Attribute = syn::parse_quote!(#[cfg(feature = #DATA_PLANE_FEATURE)]);
    let gates = vec![gate.clone(); hosts.len()];
    let only_platform: syn::Attribute =
        syn::parse_quote!(#[cfg(not(feature = #DATA_PLANE_FEATURE))]);
    let mods: Vec<&syn::Ident> = hosts.iter().map(|(n, _, _)| n).collect();
    let docs: Vec<String> = hosts
        .iter()
        .map(|(_, entry, title)| format!(" {title} (`{entry}`)."))
        .collect();
    let methods = hosts
        .iter()
        .zip(&variants)
        .map(|((name, entry, title), variant)| {
            let doc = format!(
                " The client of the {title} (`{entry}`): the same credentials, request path and \
             `reqwest::Client` as this one, on the base URL configured for \
             [`Host::{variant}`] (else its server)."
            );
            quote! {
                #[doc = #doc]
                #gate
                pub fn #name(&self) -> #name::Client {
                    #name::Client::new_with_client(
                        self.inner().config().base_url(Host::#variant),
                        self.client().clone(),
                        self.inner().clone(),
                    )
                }
            }
        });
    vec![
        syn::parse_quote! {
            /// The hosts the API is served from: the platform API and each data-plane API.
            #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
            #[non_exhaustive]
            pub enum Host {
                /// The platform API (`api/api.yaml`): projects, integrations, installations, …
                Platform,
                #(#[doc = #docs] #gates #variants,)*
            }
        },
        syn::parse_quote! {
            impl Host {
                /// Every host this build has.
                #gate
                pub const ALL: &'static [Host] = &[Host::Platform, #(Host::#variants),*];

                /// Every host this build has.
                #only_platform
                pub const ALL: &'static [Host] = &[Host::Platform];

                /// The host's name: `platform`, or its module's (`write`).
                pub fn name(self) -> &'static str {
                    match self {
                        Host::Platform => "platform",
                        #(#gates Host::#variants => #names,)*
                    }
                }

                /// The first of its spec's `servers`.
                pub fn default_base_url(self) -> &'static str {
                    match self {
                        Host::Platform => DEFAULT_BASE_URL,
                        #(#gates Host::#variants => #mods::DEFAULT_BASE_URL,)*
                    }
                }

                /// Its operations, in its spec's order.
                pub fn operations(self) -> &'static [crate::OperationMeta] {
                    match self {
                        Host::Platform => OPERATIONS,
                        #(#gates Host::#variants => #mods::OPERATIONS,)*
                    }
                }
            }
        },
        syn::parse_quote! {
            impl Client {
                #(#methods)*
            }
        },
    ]
}

/// `pub const DEFAULT_BASE_URL`, the first of the spec's `servers`.
pub(crate) fn default_base_url(document: &Value) -> Result<syn::Item, CodegenError> {
    let url = document
        .pointer("/servers/0/url")
        .and_then(Value::as_str)
        .ok_or_else(|| CodegenError::Unsupported {
            pointer: "/servers".into(),
            construct: "a spec without `servers` (the client needs a default base URL)".into(),
        })?;
    Ok(syn::parse_quote! {
        /// The base URL of the Ampersand API: the first of the spec's `servers`. Pass another
        /// one to [`Client::new`] to override it.
        pub const DEFAULT_BASE_URL: &str = #url;
    })
}
