//! A read object's `delivery`: checked only when it names a `mode` (as the service does:
//! without one, `pageSize` is not checked at all).

use super::Cx;
use crate::rules;
use crate::tree::At;

/// The smallest and largest page of an on-request delivery.
pub(crate) const PAGE_SIZES: std::ops::RangeInclusive<i64> = 50..=500;

/// The object's delivery mode and page size.
pub(crate) fn check(object: &At<'_>, cx: &mut Cx<'_, '_>) {
    let Some(delivery) = object.get("delivery") else {
        return;
    };
    let Some(mode) = delivery.get("mode") else {
        return;
    };
    let page_size = delivery.get("pageSize");
    match mode.text().unwrap_or_default() {
        "auto" => {
            if page_size.is_some() {
                cx.key(
                    &rules::DELIVERY_AUTO_NO_PAGESIZE,
                    &delivery,
                    "pageSize",
                    "`mode: auto` delivers as results come: it takes no `pageSize`",
                )
                .suggest("remove `pageSize`, or use `mode: onRequest`");
            }
        }
        "onRequest" => match page_size.as_ref().map(|p| (p, p.integer())) {
            None => {
                cx.key(
                    &rules::DELIVERY_ONREQUEST_PAGESIZE_REQUIRED,
                    &delivery,
                    "pageSize",
                    "`mode: onRequest` needs a `pageSize`",
                )
                .suggest(format!(
                    "pageSize: {} (from {} to {})",
                    PAGE_SIZES.start(),
                    PAGE_SIZES.start(),
                    PAGE_SIZES.end()
                ));
            }
            Some((at, Some(size))) if !PAGE_SIZES.contains(&size) => {
                let message = format!(
                    "`pageSize` is {size}: from {} to {} with `mode: onRequest`",
                    PAGE_SIZES.start(),
                    PAGE_SIZES.end()
                );
                cx.at(&rules::DELIVERY_ONREQUEST_PAGESIZE_RANGE, at, message);
            }
            // in range, or not a number (the schema walk's error)
            Some(_) => {}
        },
        other => {
            let message = format!("`mode` is `{other}`: it is `auto` or `onRequest` (case counts)");
            cx.at(&rules::DELIVERY_MODE_ENUM, &mode, message);
        }
    }
}
