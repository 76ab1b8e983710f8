//! Rules of particular providers (run with the provider checks): Salesforce's subscription
//! limit, Google Calendar's and Snowflake's backfills.

use super::Cx;
use super::read::read_objects;
use crate::rules;
use crate::tree::At;

/// Objects a Salesforce integration may subscribe to.
pub(crate) const SALESFORCE_SUBSCRIBE_LIMIT: usize = 5;

/// Days a Google Calendar events backfill may reach.
pub(crate) const GOOGLE_CALENDAR_MAX_DAYS: i64 = 28;

/// The rules of the integration's provider.
pub(crate) fn check(integration: &At<'_>, cx: &mut Cx<'_, '_>) {
    match integration.text_of("provider") {
        "salesforce" => salesforce(integration, cx),
        "googlecalendar" => google_calendar(integration, cx),
        "snowflake" => snowflake(integration, cx),
        _ => {}
    }
}

fn salesforce(integration: &At<'_>, cx: &mut Cx<'_, '_>) {
    let Some(objects) = integration.get("subscribe").and_then(|s| s.get("objects")) else {
        return;
    };
    let count = objects.items().len();
    if count > SALESFORCE_SUBSCRIBE_LIMIT {
        let message =
            format!("{count} Salesforce subscribe objects: at most {SALESFORCE_SUBSCRIBE_LIMIT}");
        cx.at(&rules::SALESFORCE_SUBSCRIBE_LIMIT, &objects, message);
    }
}

/// The read objects' `backfill.defaultPeriod`s.
fn periods<'a>(integration: &At<'a>) -> Vec<(At<'a>, At<'a>)> {
    read_objects(integration)
        .into_iter()
        .filter_map(|o| {
            let period = o.get("backfill")?.get("defaultPeriod")?;
            Some((o, period))
        })
        .collect()
}

fn google_calendar(integration: &At<'_>, cx: &mut Cx<'_, '_>) {
    for (object, period) in periods(integration) {
        if object.text_of("objectName") != "events" {
            continue;
        }
        if let Some(full) = period
            .get("fullHistory")
            .filter(|f| f.boolean() == Some(true))
        {
            cx.at(
                &rules::GOOGLE_CALENDAR_NO_FULL_HISTORY,
                &full,
                "Google Calendar events cannot be backfilled over the full history",
            )
            .suggest(format!("days: {GOOGLE_CALENDAR_MAX_DAYS}"));
        }
        if let Some(days) = period.get("days")
            && let Some(n) = days.integer().filter(|n| *n > GOOGLE_CALENDAR_MAX_DAYS)
        {
            let message = format!(
                "a Google Calendar events backfill of {n} days: at most {GOOGLE_CALENDAR_MAX_DAYS}"
            );
            cx.at(&rules::GOOGLE_CALENDAR_MAX_BACKFILL, &days, message);
        }
    }
}

fn snowflake(integration: &At<'_>, cx: &mut Cx<'_, '_>) {
    for (_, period) in periods(integration) {
        if let Some(days) = period.get("days") {
            cx.at(
                &rules::SNOWFLAKE_ONLY_FULL_HISTORY,
                &days,
                "a Snowflake backfill is the full history, not a number of days",
            )
            .suggest("fullHistory: true");
        }
    }
}
