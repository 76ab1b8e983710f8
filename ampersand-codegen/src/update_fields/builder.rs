//! One operation's update builder: its setters, one per allowed path, each named and typed from the
//! generated body.

use std::collections::BTreeSet;

use heck::ToSnakeCase;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::masks::MaskRule;

/// One builder to emit.
pub(super) struct Builder<'f> {
    pub(super) rule: &'f MaskRule,
    pub(super) ident: syn::Ident,
    pub(super) start: syn::Ident,
    pub(super) operation: syn::Ident,
    pub(super) body: syn::Ident,
    pub(super) object: syn::Ident,
    pub(super) object_field: syn::Ident,
    pub(super) object_optional: bool,
    pub(super) mask_field: syn::Ident,
    pub(super) mask_optional: bool,
    pub(super) mask_type: syn::Type,
    pub(super) parameters: Vec<&'f syn::ImplItemFn>,
    pub(super) answer: syn::Type,
    pub(super) setters: Vec<Setter>,
    /// The allowed paths with no setter, and why.
    pub(super) unset: Vec<(String, String)>,
    /// The operation's place in its module's `OPERATIONS`.
    pub(super) index: usize,
}

/// One step from a value to the one under it.
pub(super) enum Step {
    /// A field, an `Option` or not.
    Field { ident: syn::Ident, optional: bool },
    /// An entry of a map, by the next name the setter takes.
    Entry,
}

/// One setter: the mask path it sets, how to reach its value, the value's type.
pub(super) struct Setter {
    pub(super) path: Vec<String>,
    pub(super) steps: Vec<Step>,
    pub(super) leaf: syn::Type,
    pub(super) is_flag: bool,
    pub(super) name: syn::Ident,
}

impl Builder<'_> {
    pub(super) fn tokens(&self) -> TokenStream {
        let Builder {
            rule,
            ident,
            operation,
            body,
            object,
            object_field,
            mask_field,
            mask_type,
            answer,
            index,
            ..
        } = self;
        let method = &rule.method_name;
        let params: Vec<String> = self
            .parameters
            .iter()
            .map(|f| format!("`{}`", f.sig.ident))
            .collect();
        let list: Vec<String> = self
            .setters
            .iter()
            .map(|s| {
                format!(
                    "- [`{}`](Self::{}): `{}`",
                    s.name,
                    s.name,
                    doc_path(&s.path)
                )
            })
            .collect();
        let doc = format!(
            "`{id}` ([`Client::{method}`](super::Client::{method})) with only the fields set, \
             each in its own type: its parameters ({params}) by name, then one setter per \
             `updateMask` path the spec allows:\n\n{list}\n\nSetting a path adds it to the \
             mask once; a map replaced whole drops the entries set under it before, and an \
             entry set after the whole map goes into that map (the mask names the map).",
            id = rule.operation_id,
            params = params.join(", "),
            list = list.join("\n"),
        );
        let unset: Vec<String> = self
            .unset
            .iter()
            .map(|(path, why)| format!("- `{path}`: {why}"))
            .collect();
        let doc = match unset.is_empty() {
            true => doc,
            false => format!(
                "{doc}\n\nThe paths with no setter here (send them with \
                 [`Client::{method}`](super::Client::{method})):\n\n{}",
                unset.join("\n")
            ),
        };
        let parameters = self.parameters.iter().map(|f| {
            let sig = &f.sig;
            let name = &sig.ident;
            let doc = format!("Sets the operation's parameter `{name}`.");
            quote! {
                #[doc = #doc]
                pub #sig {
                    self.operation = self.operation.#name(value);
                    self
                }
            }
        });
        let setters = self.setters.iter().map(Setter::tokens);
        let wrap = |optional: bool, value: TokenStream| match optional {
            true => quote!(::std::option::Option::Some(#value)),
            false => value,
        };
        let object_value = wrap(self.object_optional, quote!(object));
        let mask_value = wrap(self.mask_optional, quote!(update_mask));
        let start = format_ident!("{method}");
        quote! {
            #[doc = #doc]
            #[derive(Debug, Clone)]
            #[must_use = "an update does nothing until it is sent"]
            pub struct #ident<'a> {
                operation: super::builder::#operation<'a>,
                object: types::#object,
                mask: UpdateMask,
            }

            impl<'a> #ident<'a> {
                pub(crate) fn new(client: &'a super::Client) -> Self {
                    Self {
                        operation: client.#start(),
                        object: ::std::default::Default::default(),
                        mask: UpdateMask::default(),
                    }
                }

                #(#parameters)*

                #(#setters)*

                /// The mask of the paths set so far, in the order they were first set.
                pub fn mask(&self) -> &UpdateMask {
                    &self.mask
                }

                /// The typed body [`send`](Self::send) sends, or the error it returns before
                /// sending: nothing set, a name that names nothing (empty or `*`), a value
                /// that did not convert.
                pub fn body(&self) -> ::std::result::Result<types::#body, crate::Error> {
                    Self::made(self.object.clone(), self.mask.clone())
                }

                /// The body of `object` and `mask` (see [`body`](Self::body)).
                fn made(
                    object: types::#object,
                    mask: UpdateMask,
                ) -> ::std::result::Result<types::#body, crate::Error> {
                    let operation = &super::OPERATIONS[#index];
                    // (the paths as they are, when the mask's items are strings)
                    let update_mask: #mask_type = mask
                        .checked(operation)?
                        .into_iter()
                        .map(::std::convert::Into::into)
                        .collect();
                    let built: ::std::result::Result<types::#body, types::error::ConversionError> =
                        types::#body::builder()
                            .#object_field(#object_value)
                            .#mask_field(#mask_value)
                            .try_into();
                    built.map_err(|e| {
                        crate::Error::invalid_request(format!("the body does not convert: {e}"))
                            .for_operation(Some(operation))
                    })
                }

                /// Sends the update through the operation (the one request path, as every
                /// call), with the body [`body`](Self::body) gives. The future is the
                /// operation's own: the builder is taken apart before it is made, and its
                /// fields moved into the body rather than copied.
                pub fn send(self) -> impl ::std::future::Future<Output = #answer> + 'a {
                    let Self { operation, object, mask } = self;
                    match Self::made(object, mask) {
                        Ok(body) => ::futures_util::future::Either::Left(
                            operation.body(body).send(),
                        ),
                        Err(e) => ::futures_util::future::Either::Right(
                            crate::runtime::Refused::new(e),
                        ),
                    }
                }
            }
        }
    }
}

impl Setter {
    pub(super) fn tokens(&self) -> TokenStream {
        let name = &self.name;
        let leaf = &self.leaf;
        let entries = self
            .steps
            .iter()
            .filter(|s| matches!(s, Step::Entry))
            .count();
        let names: Vec<syn::Ident> = (0..entries)
            .map(|i| match i {
                0 => format_ident!("name"),
                n => format_ident!("name_{}", n + 1),
            })
            .collect();
        let mut next_name = names.iter();
        let segments: Vec<TokenStream> = self
            .path
            .iter()
            .map(|s| match s.as_str() {
                "*" => {
                    let n = next_name.next().expect("one name per entry");
                    quote!(#n.as_str())
                }
                s => quote!(#s),
            })
            .collect();
        let mut next_name = names.iter();
        let (last, parents) = self.steps.split_last().expect("a path has a step");
        let walk = parents.iter().map(|step| match step {
            Step::Field {
                ident,
                optional: true,
            } => quote! {
                let node = node.#ident.get_or_insert_with(::std::default::Default::default);
            },
            Step::Field {
                ident,
                optional: false,
            } => quote! { let node = &mut node.#ident; },
            Step::Entry => {
                let n = next_name.next().expect("one name per entry");
                quote! {
                    let node = node.entry(#n.clone()).or_insert_with(::std::default::Default::default);
                }
            }
        });
        let walk: Vec<TokenStream> = walk.collect();
        let put = match last {
            Step::Field {
                ident,
                optional: true,
            } => quote! { node.#ident = ::std::option::Option::Some(value); },
            Step::Field {
                ident,
                optional: false,
            } => quote! { node.#ident = value; },
            Step::Entry => {
                let n = next_name.next().expect("one name per entry");
                quote! { node.insert(#n, value); }
            }
        };
        let written = doc_path(&self.path);
        let mut doc = format!("Sets `{written}` and adds it to the mask");
        if entries > 0 {
            doc.push_str(&format!(
                " (there `{}` is escaped: `.` → `\\.`, `:` → `\\:`; an empty one, or `*`, \
                 names nothing and is refused by `body()` and `send()`)",
                names
                    .iter()
                    .map(|n| n.to_string())
                    .collect::<Vec<_>>()
                    .join("`, `")
            ));
        }
        doc.push_str(
            ". A value that does not convert is refused by `body()` and `send()`, naming the path.",
        );
        quote! {
            #[doc = #doc]
            pub fn #name<V>(mut self, #(#names: impl ::std::convert::Into<::std::string::String>,)* value: V) -> Self
            where
                V: ::std::convert::TryInto<#leaf>,
                V::Error: ::std::fmt::Display,
            {
                #(let #names: ::std::string::String = #names.into();)*
                match value.try_into() {
                    ::std::result::Result::Ok(value) => {
                        self.mask.set(&[#(#segments),*]);
                        let node = &mut self.object;
                        #(#walk)*
                        #put
                    }
                    ::std::result::Result::Err(e) => self.mask.refuse(&[#(#segments),*], &e),
                }
                self
            }
        }
    }
}

/// `a.*.b` as the docs write it: `a.<name>.b`.
pub(super) fn doc_path(path: &[String]) -> String {
    let mut n = 0;
    path.iter()
        .map(|s| match s.as_str() {
            "*" => {
                n += 1;
                match n {
                    1 => "<name>".to_string(),
                    n => format!("<name_{n}>"),
                }
            }
            s => s.to_string(),
        })
        .collect::<Vec<_>>()
        .join(".")
}

/// Names each setter after the shortest end of its path that no other path of the rule ends
/// with: `metadata.url` is `url`, `config.content.write.objects` is `write_objects` beside
/// `config.content.subscribe.objects`. A path that ends in a name (`…objects.<name>`) is named
/// for one entry (`write_object`, else `…_entry`); a flag under an object is named with it
/// (`config.content.proxy.enabled` is `proxy_enabled`). A name that a keyword is gets a `_`;
/// one that the operation's parameters or the builder's own methods (`taken`) use, or two paths
/// that cannot be told apart, fail the generation, naming them.
pub(super) fn name_setters(setters: &mut [Setter], taken: &BTreeSet<String>) -> Result<(), String> {
    let words: Vec<Vec<String>> = setters
        .iter()
        .map(|s| {
            s.path
                .iter()
                .filter(|p| *p != "*")
                .map(|p| p.to_snake_case())
                .collect()
        })
        .collect();
    let name_of = |i: usize, k: usize| -> String {
        let w = &words[i];
        let mut name = w[w.len() - k.min(w.len())..].join("_");
        if setters[i].path.last().is_some_and(|p| p == "*") {
            name = match name.strip_suffix('s') {
                Some(one) if !one.is_empty() && !one.ends_with('_') => one.to_string(),
                _ => format!("{name}_entry"),
            };
        }
        name
    };
    let mut lengths: Vec<usize> = setters
        .iter()
        .zip(&words)
        .map(|(s, w)| if s.is_flag && w.len() > 1 { 2 } else { 1 })
        .collect();
    loop {
        let names: Vec<String> = (0..setters.len()).map(|i| name_of(i, lengths[i])).collect();
        let mut clash = None;
        let mut grew = false;
        for i in 0..setters.len() {
            let Some(twin) = (0..setters.len()).find(|&j| j != i && names[j] == names[i]) else {
                continue;
            };
            clash.get_or_insert((i, twin));
            if lengths[i] < words[i].len() {
                lengths[i] += 1;
                grew = true;
            }
        }
        match clash {
            Some((i, j)) if !grew => {
                return Err(format!(
                    "the mask paths {} and {} give one setter name `{}`",
                    setters[i].path.join("."),
                    setters[j].path.join("."),
                    names[i]
                ));
            }
            Some(_) => continue,
            None => {}
        }
        for (setter, name) in setters.iter_mut().zip(names) {
            if taken.contains(&name) {
                return Err(format!(
                    "the setter `{name}` of mask path {} is a parameter or method of the builder",
                    setter.path.join(".")
                ));
            }
            setter.name = match syn::parse_str::<syn::Ident>(&name) {
                Ok(ident) => ident,
                Err(_) => format_ident!("{name}_"),
            };
        }
        return Ok(());
    }
}
