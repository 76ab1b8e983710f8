//! The types a `send()` returns, as the runtime's: the one `crate::Error`, and a `String` for
//! a text answer, which the request path has read within the size limit and checked to be
//! UTF-8.

use syn::visit_mut::VisitMut;

/// `Error<…>` (progenitor's error of an operation) as `crate::Error`, noting that it was one.
pub(super) struct RetypeError(pub(super) bool);

impl VisitMut for RetypeError {
    fn visit_type_mut(&mut self, ty: &mut syn::Type) {
        if let syn::Type::Path(p) = ty {
            let last = p.path.segments.last();
            if p.path.segments.len() == 1
                && last.is_some_and(|s| s.ident == "Error" && !s.arguments.is_empty())
            {
                *ty = syn::parse_quote!(crate::Error);
                self.0 = true;
                return;
            }
        }
        syn::visit_mut::visit_type_mut(self, ty);
    }
}

/// `ResponseValue<ByteStream>` (a body that is not JSON) as `ResponseValue<String>`.
pub(super) struct RetypeText;

impl VisitMut for RetypeText {
    fn visit_type_mut(&mut self, ty: &mut syn::Type) {
        if let syn::Type::Path(p) = ty
            && p.path.is_ident("ByteStream")
        {
            *ty = syn::parse_quote!(::std::string::String);
            return;
        }
        syn::visit_mut::visit_type_mut(self, ty);
    }
}
