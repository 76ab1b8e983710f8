//! A read object's `backfill`: a default period of `days` (not negative) or `fullHistory`,
//! one of them; and the large-backfill risk warning.

use super::Cx;
use crate::rules;
use crate::tree::At;

/// Days of backfill above which a backfill is a risk (180 is not).
pub(crate) const LARGE_BACKFILL_DAYS: i64 = 180;

/// The object's backfill.
pub(crate) fn check(object: &At<'_>, cx: &mut Cx<'_, '_>) {
    let Some(backfill) = object.get("backfill") else {
        return;
    };
    let period = backfill.get("defaultPeriod");
    let days = period.as_ref().and_then(|p| p.get("days"));
    let full = period.as_ref().and_then(|p| p.get("fullHistory"));
    match (&period, &days, &full) {
        (_, None, None) => {
            cx.at(
                &rules::BACKFILL_PERIOD_REQUIRED,
                &backfill,
                "the backfill has no period: `defaultPeriod` needs `days` or `fullHistory`",
            )
            .suggest("defaultPeriod: { days: 30 }");
            return;
        }
        // presence counts: `fullHistory: false` beside `days` is both
        (Some(period), Some(_), Some(_)) => {
            cx.at(
                &rules::BACKFILL_PERIOD_EXCLUSIVE,
                period,
                "the backfill has both `days` and `fullHistory`: one of them",
            );
        }
        _ => {}
    }
    if let Some(n) = days.as_ref().and_then(At::integer)
        && n < 0
    {
        let message = format!("`days` is {n}: not negative (0 means no backfill)");
        cx.at(&rules::BACKFILL_DAYS_NON_NEGATIVE, &backfill, message);
    }
    if !cx.scope.risk {
        return;
    }
    if let Some(full) = full.as_ref().filter(|f| f.boolean() == Some(true)) {
        cx.at(
            &rules::LARGE_BACKFILL_RISK,
            full,
            "a backfill of the full history can take long and read many records",
        )
        .suggest("backfill a number of days, such as 90");
    }
    if let Some(days) = days
        .as_ref()
        .filter(|d| d.integer().is_some_and(|n| n > LARGE_BACKFILL_DAYS))
    {
        let message = format!(
            "a backfill of {} days (more than {LARGE_BACKFILL_DAYS}) can take long and read many records",
            days.integer().unwrap_or_default()
        );
        cx.at(&rules::LARGE_BACKFILL_RISK, days, message);
    }
}
