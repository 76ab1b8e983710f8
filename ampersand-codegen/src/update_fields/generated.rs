//! The code emitted for one module: its rules, the builders' module and the `Client` methods that
//! start them.

use std::collections::{BTreeMap, BTreeSet};

use heck::ToUpperCamelCase;
use quote::format_ident;
use syn::visit_mut::VisitMut;

use super::builder::{Builder, Setter, Step, name_setters};
use super::syntax::{check_made_empty, field_named, map_types, unwrap_option};
use crate::CodegenError;
use crate::masks::MaskRule;
use crate::passes::{first_generic, module_items, type_name};

/// What the builders are made from in progenitor's output.
pub(super) struct Generated<'f> {
    /// The structs of `mod types`, by name.
    pub(super) structs: BTreeMap<String, &'f syn::ItemStruct>,
    /// Every type name of `mod types` (structs, enums, aliases).
    pub(super) type_names: BTreeSet<String>,
    /// The operation builders of `mod builder`, by name, with their methods.
    pub(super) operations: BTreeMap<String, (&'f syn::ItemStruct, Vec<&'f syn::ImplItemFn>)>,
    /// The `use` items of `mod builder`, which the update builders share.
    pub(super) builder_uses: Vec<&'f syn::ItemUse>,
}

impl<'f> Generated<'f> {
    pub(super) fn read(file: &'f syn::File) -> Result<Self, CodegenError> {
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
    pub(super) fn builder(&self, rule: &'f MaskRule) -> Result<Option<Builder<'f>>, CodegenError> {
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
            answer: crate::passes::send_answer(&send.sig.output),
            setters,
            unset,
        }))
    }

    pub(super) fn local_struct(&self, name: &str) -> Option<&'f syn::ItemStruct> {
        self.structs.get(name).copied()
    }

    /// Whether `ty` names a type of `mod types` (a bare name, as typify writes them there).
    pub(super) fn is_local(&self, ty: &syn::Type) -> bool {
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
    pub(super) fn qualified(&self, ty: &syn::Type) -> syn::Type {
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
    pub(super) fn walk(
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
