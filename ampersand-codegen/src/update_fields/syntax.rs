//! Reading the generated types' syntax: a struct's fields, and the types inside `Option` and maps.

use crate::passes::{derived, first_generic, generics, serde_entries, type_name};

/// A struct that the builder makes empty (`Default`) and fills with what was set: it must
/// send nothing it was not given, so each of its fields is skipped when unset (or is the
/// flattened `unknown_fields`).
pub(super) fn check_made_empty(s: &syn::ItemStruct) -> Result<(), String> {
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
pub(super) fn field_named<'s>(s: &'s syn::ItemStruct, name: &str) -> Option<&'s syn::Field> {
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
pub(super) fn unwrap_option(ty: &syn::Type) -> (&syn::Type, bool) {
    match type_name(ty).as_deref() {
        Some("Option") => match first_generic(ty) {
            Some(inner) => (inner, true),
            None => (ty, false),
        },
        _ => (ty, false),
    }
}

/// Key and value types of a map type (`BTreeMap`, `HashMap`, `serde_json::Map`).
pub(super) fn map_types(ty: &syn::Type) -> Option<(&syn::Type, &syn::Type)> {
    match type_name(ty).as_deref() {
        Some("BTreeMap" | "HashMap" | "Map") => match generics(ty)[..] {
            [key, value] => Some((key, value)),
            _ => None,
        },
        _ => None,
    }
}
