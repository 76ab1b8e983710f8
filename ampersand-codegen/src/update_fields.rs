//! The update builders: for each operation with an `updateMask` (its rule read by
//! [`crate::masks`]), a builder over the generated operation with one setter per allowed mask
//! path, taking that field's own type from the generated body. Each setter writes its value
//! into the typed partial object and its path into the mask, so the two cannot disagree, and
//! the body sent is the typed one built (no JSON in between).
//!
//! What is emitted per module: `UPDATE_MASKS` (the rules, with each path's setter), and where
//! there are rules, `pub mod update_mask` (one `<Operation>Fields` builder per rule, beside the
//! hand-written `UpdateMask`) and the `Client::<operation>_fields()` methods that start them.

use std::collections::{BTreeMap, BTreeSet};

use heck::{ToSnakeCase, ToUpperCamelCase};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;
use syn::visit_mut::VisitMut;

use crate::CodegenError;
use crate::masks::{self, MaskRule};
use crate::passes::{derived, first_generic, generics, module_items, serde_entries, type_name};

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

/// What the builders are made from in progenitor's output.
struct Generated<'f> {
    /// The structs of `mod types`, by name.
    structs: BTreeMap<String, &'f syn::ItemStruct>,
    /// Every type name of `mod types` (structs, enums, aliases).
    type_names: BTreeSet<String>,
    /// The operation builders of `mod builder`, by name, with their methods.
    operations: BTreeMap<String, (&'f syn::ItemStruct, Vec<&'f syn::ImplItemFn>)>,
    /// The `use` items of `mod builder`, which the update builders share.
    builder_uses: Vec<&'f syn::ItemUse>,
}

impl<'f> Generated<'f> {
    fn read(file: &'f syn::File) -> Result<Self, CodegenError> {
        let missing = |name: &str| CodegenError::Pass {
            type_name: name.into(),
            message: format!("progenitor's output has no `mod {name}`"),
        };
        let types = module_items(file, "types").ok_or_else(|| missing("types"))?;
        let mut structs = BTreeMap::new();
        let mut type_names = BTreeSet::new();
        for item in types {
            match item {
                syn::Item::Struct(s) => {
                    structs.insert(s.ident.to_string(), s);
                    type_names.insert(s.ident.to_string());
                }
                syn::Item::Enum(e) => {
                    type_names.insert(e.ident.to_string());
                }
                syn::Item::Type(t) => {
                    type_names.insert(t.ident.to_string());
                }
                _ => {}
            }
        }
        let mut operations = BTreeMap::new();
        let mut builder_uses = Vec::new();
        // a module without operations has no `mod builder`, and no rules either
        for item in module_items(file, "builder").unwrap_or_default() {
            match item {
                syn::Item::Struct(s) => {
                    operations.insert(s.ident.to_string(), (s, Vec::new()));
                }
                syn::Item::Use(u) => builder_uses.push(u),
                _ => {}
            }
        }
        for item in module_items(file, "builder").unwrap_or_default() {
            let syn::Item::Impl(imp) = item else { continue };
            let Some(name) = type_name(&imp.self_ty) else {
                continue;
            };
            if let Some((_, methods)) = operations.get_mut(&name) {
                methods.extend(imp.items.iter().filter_map(|i| match i {
                    syn::ImplItem::Fn(f) => Some(f),
                    _ => None,
                }));
            }
        }
        Ok(Generated {
            structs,
            type_names,
            operations,
            builder_uses,
        })
    }

    /// The builder of one rule: `None` when its partial object has required fields (a value
    /// made of only the fields set would not fit it, so only the operation's own builder can
    /// send it).
    fn builder(&self, rule: &'f MaskRule) -> Result<Option<Builder<'f>>, CodegenError> {
        let fail = |message: String| CodegenError::Pass {
            type_name: rule.operation_id.clone(),
            message,
        };
        let operation = rule.method_name.to_upper_camel_case();
        let (op_struct, methods) = self
            .operations
            .get(&operation)
            .ok_or_else(|| fail(format!("no operation builder `builder::{operation}`")))?;
        // the body: `body: Result<types::builder::Body, String>`
        let body_name = op_struct
            .fields
            .iter()
            .find(|f| f.ident.as_ref().is_some_and(|i| i == "body"))
            .and_then(|f| first_generic(&f.ty))
            .and_then(type_name)
            .ok_or_else(|| fail(format!("`builder::{operation}` has no typed body")))?;
        let body = self.local_struct(&body_name).ok_or_else(|| {
            fail(format!(
                "the body `{body_name}` is not a struct of `mod types`"
            ))
        })?;
        let object_field = field_named(body, &rule.object_key)
            .ok_or_else(|| fail(format!("`{body_name}` has no `{}`", rule.object_key)))?;
        let mask_field = field_named(body, "updateMask")
            .ok_or_else(|| fail(format!("`{body_name}` has no `updateMask`")))?;
        let (object_ty, object_optional) = unwrap_option(&object_field.ty);
        let object_name = type_name(object_ty).unwrap_or_default();
        let object = self
            .local_struct(&object_name)
            .filter(|_| self.is_local(object_ty))
            .ok_or_else(|| {
                fail(format!(
                    "the partial object `{}` is not a struct of `mod types`",
                    rule.object_key
                ))
            })?;
        if check_made_empty(object).is_err() {
            return Ok(None);
        }

        // the operation's own setters (path and query parameters), copied
        let reserved = ["new", "body", "body_map", "send"];
        let parameters: Vec<&syn::ImplItemFn> = methods
            .iter()
            .copied()
            .filter(|f| matches!(f.vis, syn::Visibility::Public(_)))
            .filter(|f| !reserved.contains(&f.sig.ident.to_string().as_str()))
            .collect();
        let send = methods
            .iter()
            .find(|f| f.sig.ident == "send")
            .ok_or_else(|| fail(format!("`builder::{operation}` has no `send`")))?;

        let mut setters = Vec::new();
        let mut unset = Vec::new();
        for path in &rule.allowed {
            match self.walk(object, path).map_err(&fail)? {
                Ok(setter) => setters.push(setter),
                Err(why) => unset.push((path.clone(), why)),
            }
        }
        let taken: BTreeSet<String> = parameters
            .iter()
            .map(|f| f.sig.ident.to_string())
            .chain(reserved.iter().map(|r| r.to_string()))
            .chain(["mask".to_string()])
            .collect();
        name_setters(&mut setters, &taken).map_err(&fail)?;
        Ok(Some(Builder {
            rule,
            ident: format_ident!("{operation}Fields"),
            start: format_ident!("{}_fields", rule.method_name),
            operation: format_ident!("{operation}"),
            body: format_ident!("{body_name}"),
            object: format_ident!("{object_name}"),
            object_field: object_field.ident.clone().expect("a named field"),
            object_optional,
            mask_field: mask_field.ident.clone().expect("a named field"),
            mask_optional: unwrap_option(&mask_field.ty).1,
            mask_type: self.qualified(unwrap_option(&mask_field.ty).0),
            index: 0,
            parameters,
            answer: match &send.sig.output {
                syn::ReturnType::Type(_, ty) => (**ty).clone(),
                syn::ReturnType::Default => syn::parse_quote!(()),
            },
            setters,
            unset,
        }))
    }

    fn local_struct(&self, name: &str) -> Option<&'f syn::ItemStruct> {
        self.structs.get(name).copied()
    }

    /// Whether `ty` names a type of `mod types` (a bare name, as typify writes them there).
    fn is_local(&self, ty: &syn::Type) -> bool {
        match ty {
            syn::Type::Path(p) => {
                p.qself.is_none()
                    && p.path.leading_colon.is_none()
                    && p.path.segments.len() == 1
                    && self
                        .type_names
                        .contains(&p.path.segments[0].ident.to_string())
            }
            _ => false,
        }
    }

    /// `ty` as the update builders name it: each type of `mod types` as `types::Name`.
    fn qualified(&self, ty: &syn::Type) -> syn::Type {
        struct Qualify<'a>(&'a BTreeSet<String>);
        impl VisitMut for Qualify<'_> {
            fn visit_type_path_mut(&mut self, p: &mut syn::TypePath) {
                syn::visit_mut::visit_type_path_mut(self, p);
                let local = p.qself.is_none()
                    && p.path.leading_colon.is_none()
                    && p.path.segments.len() == 1
                    && self.0.contains(&p.path.segments[0].ident.to_string());
                if local {
                    p.path.segments.insert(0, syn::parse_quote!(types));
                }
            }
        }
        let mut ty = ty.clone();
        Qualify(&self.type_names).visit_type_mut(&mut ty);
        ty
    }

    /// The steps from the partial object to the value of one allowed path; `Ok(Err(why))` for
    /// a path through an object with required fields, which has no setter (a value of it
    /// holding only the path set would not fit it).
    fn walk(
        &self,
        object: &'f syn::ItemStruct,
        path: &str,
    ) -> Result<Result<Setter, String>, String> {
        enum Node<'t, 'f> {
            Struct(&'f syn::ItemStruct),
            Map(&'t syn::Type),
        }
        let segments: Vec<&str> = path.split('.').collect();
        let mut node = Node::Struct(object);
        let mut steps = Vec::new();
        let mut leaf = None;
        for (i, segment) in segments.iter().enumerate() {
            let next_is_entry = segments.get(i + 1) == Some(&"*");
            let value: &syn::Type = match (node, *segment == "*") {
                (Node::Struct(s), false) => {
                    let field = field_named(s, segment).ok_or_else(|| {
                        format!("mask path {path}: `{}` has no field `{segment}`", s.ident)
                    })?;
                    let (inner, optional) = unwrap_option(&field.ty);
                    steps.push(Step::Field {
                        ident: field.ident.clone().expect("a named field"),
                        optional,
                    });
                    inner
                }
                (Node::Map(value), true) => {
                    steps.push(Step::Entry);
                    value
                }
                (Node::Struct(s), true) => {
                    return Err(format!(
                        "mask path {path}: a name in place of a field of `{}`",
                        s.ident
                    ));
                }
                (Node::Map(_), false) => {
                    return Err(format!("mask path {path}: `{segment}` where a name goes"));
                }
            };
            if i + 1 == segments.len() {
                leaf = Some(value);
                break;
            }
            node = if next_is_entry {
                let (key, value) = map_types(value)
                    .ok_or_else(|| format!("mask path {path}: `{segment}` is not a map"))?;
                if type_name(key).as_deref() != Some("String") {
                    return Err(format!(
                        "mask path {path}: `{segment}` is not keyed by name"
                    ));
                }
                Node::Map(value)
            } else {
                let name = type_name(value).unwrap_or_default();
                let s = self
                    .local_struct(&name)
                    .filter(|_| self.is_local(value))
                    .ok_or_else(|| {
                        format!("mask path {path}: `{segment}` is not an object of `mod types`")
                    })?;
                if let Err(why) = check_made_empty(s) {
                    return Ok(Err(format!(
                        "the object at `{segment}` cannot be sent in part ({why})"
                    )));
                }
                Node::Struct(s)
            };
        }
        let leaf = leaf.ok_or_else(|| format!("mask path {path} is empty"))?;
        Ok(Ok(Setter {
            path: segments.iter().map(|s| s.to_string()).collect(),
            is_flag: type_name(leaf).as_deref() == Some("bool"),
            leaf: self.qualified(leaf),
            steps,
            name: format_ident!("unnamed"),
        }))
    }
}

/// One builder to emit.
struct Builder<'f> {
    rule: &'f MaskRule,
    ident: syn::Ident,
    start: syn::Ident,
    operation: syn::Ident,
    body: syn::Ident,
    object: syn::Ident,
    object_field: syn::Ident,
    object_optional: bool,
    mask_field: syn::Ident,
    mask_optional: bool,
    mask_type: syn::Type,
    parameters: Vec<&'f syn::ImplItemFn>,
    answer: syn::Type,
    setters: Vec<Setter>,
    /// The allowed paths with no setter, and why.
    unset: Vec<(String, String)>,
    /// The operation's place in its module's `OPERATIONS`.
    index: usize,
}

/// One step from a value to the one under it.
enum Step {
    /// A field, an `Option` or not.
    Field { ident: syn::Ident, optional: bool },
    /// An entry of a map, by the next name the setter takes.
    Entry,
}

/// One setter: the mask path it sets, how to reach its value, the value's type.
struct Setter {
    path: Vec<String>,
    steps: Vec<Step>,
    leaf: syn::Type,
    is_flag: bool,
    name: syn::Ident,
}

impl Builder<'_> {
    fn tokens(&self) -> TokenStream {
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
        let object_value = wrap(self.object_optional, quote!(self.object.clone()));
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
                    let operation = &super::OPERATIONS[#index];
                    let update_mask: #mask_type = self
                        .mask
                        .checked(operation)?
                        .iter()
                        .map(|path| path.as_str().into())
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
                /// call), with the body [`body`](Self::body) gives.
                pub async fn send(self) -> #answer {
                    let body = self.body()?;
                    self.operation.body(body).send().await
                }
            }
        }
    }
}

impl Setter {
    fn tokens(&self) -> TokenStream {
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
fn doc_path(path: &[String]) -> String {
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
fn name_setters(setters: &mut [Setter], taken: &BTreeSet<String>) -> Result<(), String> {
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

/// A struct that the builder makes empty (`Default`) and fills with what was set: it must
/// send nothing it was not given, so each of its fields is skipped when unset (or is the
/// flattened `unknown_fields`).
fn check_made_empty(s: &syn::ItemStruct) -> Result<(), String> {
    if !derived(&s.attrs).iter().any(|d| d == "Default") {
        return Err(format!("`{}` has no empty value (Default)", s.ident));
    }
    for field in &s.fields {
        let serde = serde_entries(&field.attrs);
        let skipped = serde
            .iter()
            .any(|e| e == "flatten" || e.starts_with("skip_serializing_if="));
        if !skipped {
            return Err(format!(
                "`{}` would send its field `{}` unset",
                s.ident,
                field
                    .ident
                    .as_ref()
                    .map(|i| i.to_string())
                    .unwrap_or_default()
            ));
        }
    }
    Ok(())
}

/// The field whose JSON name is `name` (its `rename`, else its own name).
fn field_named<'s>(s: &'s syn::ItemStruct, name: &str) -> Option<&'s syn::Field> {
    s.fields.iter().find(|f| {
        let renamed = serde_entries(&f.attrs)
            .into_iter()
            .find_map(|e| e.strip_prefix("rename=").map(str::to_string));
        match renamed {
            Some(r) => r == name,
            None => f
                .ident
                .as_ref()
                .is_some_and(|i| i.to_string().trim_start_matches("r#") == name),
        }
    })
}

/// `T` of `Option<T>` and whether it was one.
fn unwrap_option(ty: &syn::Type) -> (&syn::Type, bool) {
    match type_name(ty).as_deref() {
        Some("Option") => match first_generic(ty) {
            Some(inner) => (inner, true),
            None => (ty, false),
        },
        _ => (ty, false),
    }
}

/// Key and value types of a map type (`BTreeMap`, `HashMap`, `serde_json::Map`).
fn map_types(ty: &syn::Type) -> Option<(&syn::Type, &syn::Type)> {
    match type_name(ty).as_deref() {
        Some("BTreeMap" | "HashMap" | "Map") => match generics(ty)[..] {
            [key, value] => Some((key, value)),
            _ => None,
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn setter(path: &str, leaf: &str) -> Setter {
        Setter {
            path: path.split('.').map(str::to_string).collect(),
            steps: Vec::new(),
            is_flag: leaf == "bool",
            leaf: syn::parse_str(leaf).unwrap(),
            name: format_ident!("unnamed"),
        }
    }

    fn names(paths: &[(&str, &str)], taken: &[&str]) -> Result<Vec<String>, String> {
        let mut setters: Vec<Setter> = paths.iter().map(|(p, t)| setter(p, t)).collect();
        let taken = taken.iter().map(|t| t.to_string()).collect();
        name_setters(&mut setters, &taken)?;
        Ok(setters.iter().map(|s| s.name.to_string()).collect())
    }

    #[test]
    fn a_setter_is_named_for_the_shortest_end_of_its_path_no_other_shares() {
        let got = names(
            &[
                ("connectionId", "String"),
                ("config.createdBy", "String"),
                ("config.content.read.objects.*", "X"),
                ("config.content.write.objects.*", "X"),
                ("config.content.write.objects", "X"),
                ("config.content.subscribe.objects", "X"),
                ("config.content.proxy.enabled", "bool"),
                ("metadata.url", "String"),
                ("fields.*", "X"),
                ("type", "String"),
            ],
            &[],
        )
        .unwrap();
        assert_eq!(
            got,
            [
                "connection_id",
                "created_by",
                "read_object",
                "write_object",
                "write_objects",
                "subscribe_objects",
                "proxy_enabled",
                "url",
                "field",
                "type_"
            ]
        );
        // a path that is all of another's end: the longer one grows
        assert_eq!(
            names(&[("objects", "X"), ("read.objects", "X")], &[]).unwrap(),
            ["objects", "read_objects"]
        );
    }

    #[test]
    fn a_name_that_collides_fails_naming_it() {
        let err = names(&[("a.b", "X"), ("a.b", "X")], &[]).unwrap_err();
        assert_eq!(err, "the mask paths a.b and a.b give one setter name `a_b`");
        let err = names(&[("project.send", "X")], &["send"]).unwrap_err();
        assert!(
            err.contains("the setter `send` of mask path project.send"),
            "{err}"
        );
    }

    fn module(types: &str) -> syn::File {
        syn::parse_str(&format!(
            "pub mod types {{ {types} }}
             pub mod builder {{
                 pub struct UpdateThing<'a> {{ client: &'a super::Client, id: Result<String, String>, body: Result<types::builder::UpdateThingBody, String> }}
                 impl<'a> UpdateThing<'a> {{
                     pub fn id<V>(mut self, value: V) -> Self where V: TryInto<String> {{ self }}
                     pub async fn send(self) -> Result<ResponseValue<types::Thing>, crate::Error> {{ todo!() }}
                 }}
             }}"
        ))
        .unwrap()
    }

    fn rule(allowed: &[&str]) -> MaskRule {
        MaskRule {
            operation_id: "updateThing".into(),
            method_name: "update_thing".into(),
            object_key: "thing".into(),
            allowed: allowed.iter().map(|p| p.to_string()).collect(),
        }
    }

    const BODY: &str = "pub struct UpdateThingBody { pub thing: Thing, #[serde(rename = \"updateMask\")] pub update_mask: Vec<String> }";

    #[test]
    fn a_builder_has_a_setter_per_path_in_the_fields_own_type() {
        let file = module(&format!(
            "{BODY}
             #[derive(Default)] pub struct Thing {{
                 #[serde(skip_serializing_if = \"Option::is_none\")] pub meta: Option<Meta>,
                 #[serde(flatten)] pub unknown_fields: crate::UnknownFields }}
             #[derive(Default)] pub struct Meta {{
                 #[serde(rename = \"fullName\", skip_serializing_if = \"Option::is_none\")] pub full_name: Option<Name>,
                 #[serde(skip_serializing_if = \"Option::is_none\")] pub tags: Option<::std::collections::BTreeMap<String, Tag>> }}
             pub struct Name; pub enum Tag {{}}"
        ));
        let generated = Generated::read(&file).unwrap();
        let rule = rule(&["meta.fullName", "meta.tags.*"]);
        let builder = generated.builder(&rule).unwrap().unwrap();
        let names: Vec<String> = builder.setters.iter().map(|s| s.name.to_string()).collect();
        assert_eq!(names, ["full_name", "tag"]);
        let code = builder.tokens().to_string();
        assert!(code.contains("TryInto < types :: Name >"), "{code}");
        assert!(code.contains("TryInto < types :: Tag >"), "{code}");
        assert!(code.contains("pub fn id < V >"), "{code}");
        assert!(code.contains("node . insert (name , value)"), "{code}");
    }

    #[test]
    fn a_path_through_an_object_with_required_fields_has_no_setter() {
        // a newer spec makes `meta.kind` required: `meta` cannot be sent in part
        let file = module(&format!(
            "{BODY}
             #[derive(Default)] pub struct Thing {{
                 #[serde(skip_serializing_if = \"Option::is_none\")] pub meta: Option<Meta>,
                 #[serde(skip_serializing_if = \"Option::is_none\")] pub name: Option<String> }}
             pub struct Meta {{ pub kind: String,
                 #[serde(skip_serializing_if = \"Option::is_none\")] pub note: Option<String> }}"
        ));
        let generated = Generated::read(&file).unwrap();
        let rule = rule(&["meta.note", "name"]);
        let builder = generated.builder(&rule).unwrap().unwrap();
        let names: Vec<String> = builder.setters.iter().map(|s| s.name.to_string()).collect();
        assert_eq!(names, ["name"]);
        assert_eq!(builder.unset.len(), 1);
        assert_eq!(builder.unset[0].0, "meta.note");
        assert!(
            builder.unset[0].1.contains("`Meta` has no empty value"),
            "{:?}",
            builder.unset
        );
        let code = builder.tokens().to_string();
        assert!(
            code.contains("meta.note"),
            "the builder's doc names the path: {code}"
        );
        // and a partial object that cannot be sent in part has no builder at all
        for object in [
            "#[derive(Default)] pub struct Thing { pub meta: Vec<String> }",
            "pub struct Thing { #[serde(skip_serializing_if = \"Option::is_none\")] pub a: Option<String> }",
        ] {
            let file = module(&format!("{BODY} {object}"));
            let generated = Generated::read(&file).unwrap();
            let rule = self::rule(&["a"]);
            assert!(generated.builder(&rule).unwrap().is_none(), "{object}");
        }
    }

    #[test]
    fn what_the_builder_cannot_fill_exactly_fails_naming_it() {
        let cases = [
            // a path the object does not have
            (
                "#[derive(Default)] pub struct Thing { #[serde(skip_serializing_if = \"Option::is_none\")] pub a: Option<String> }",
                "b",
                "mask path b: `Thing` has no field `b`",
            ),
            // a name where there is no map
            (
                "#[derive(Default)] pub struct Thing { #[serde(skip_serializing_if = \"Option::is_none\")] pub a: Option<String> }",
                "a.*",
                "mask path a.*: `a` is not a map",
            ),
        ];
        for (types, path, message) in cases {
            let file = module(&format!("{BODY} {types}"));
            let generated = Generated::read(&file).unwrap();
            let rule = rule(&[path]);
            let err = generated.builder(&rule).err().expect(path).to_string();
            assert!(err.contains(message), "{path}: {err}");
            assert!(err.contains("updateThing"), "{path}: {err}");
        }
    }
}
