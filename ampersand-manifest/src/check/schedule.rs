//! A read object's `schedule`: cron as the service reads it, in its order (the first failure
//! stops): a valid expression of exactly five fields, a minute that is not `*` nor a step
//! under 10, runs at some time, at least 10 minutes apart; and the frequent-schedule risk.
//!
//! The service measures the gap around the moment it validates, so an uneven schedule
//! (`0,5 * * * *`) passes or fails with the clock. Here the gap is the smallest between
//! consecutive runs over a whole cycle: the same answer at every moment.

use super::Cx;
use super::cron::Cron;
use crate::rules;
use crate::tree::At;

/// The least gap between runs, in minutes.
pub(crate) const MINIMUM_INTERVAL: u32 = 10;

/// Runs this close (or closer) are a risk.
pub(crate) const FREQUENT: u32 = 5;

/// The object's schedule.
pub(crate) fn check(object: &At<'_>, cx: &mut Cx<'_, '_>) {
    let Some(at) = object.get("schedule") else {
        return;
    };
    let text = at.text().unwrap_or_default();
    if text.is_empty() {
        return;
    }
    let cron = match Cron::parse(text) {
        Ok(cron) => cron,
        Err((rule, message)) => {
            cx.at(rule, &at, message)
                .suggest("'*/15 * * * *' (every 15 minutes)");
            return;
        }
    };
    let interval = cron.interval();
    let minute = cron.fields[0];
    if minute == "*" {
        cx.at(
            &rules::SCHEDULE_NO_ASTERISK_MINUTE,
            &at,
            format!(
                "`{text}` runs every minute: runs are at least {MINIMUM_INTERVAL} minutes apart"
            ),
        )
        .suggest("'*/10 * * * *'");
    } else if let Some(step) = step_of(minute).filter(|s| *s < MINIMUM_INTERVAL) {
        cx.at(
            &rules::SCHEDULE_STEP_MINIMUM,
            &at,
            format!("the minute step of `{text}` is {step}: at least {MINIMUM_INTERVAL}"),
        );
    } else {
        match interval {
            None => {
                cx.at(
                    &rules::SCHEDULE_NEVER_FIRES,
                    &at,
                    format!("`{text}` never runs (no day matches it)"),
                );
            }
            Some(gap) if gap < MINIMUM_INTERVAL => {
                cx.at(
                    &rules::SCHEDULE_MINIMUM_INTERVAL,
                    &at,
                    format!(
                        "`{text}` runs {gap} minute{} apart at times: at least {MINIMUM_INTERVAL}",
                        if gap == 1 { "" } else { "s" }
                    ),
                );
            }
            Some(_) => {}
        }
    }
    if let Some(gap) = interval.filter(|g| cx.scope.risk && *g <= FREQUENT) {
        cx.at(
            &rules::FREQUENT_SCHEDULE_RISK,
            &at,
            format!("`{text}` runs {gap} minutes apart or less: frequent reads cost rate limit"),
        );
    }
}

/// The number after a minute field's one `/` (`*/5` → 5); none for other fields.
fn step_of(minute: &str) -> Option<u32> {
    let (_, after) = minute.split_once('/')?;
    if after.contains('/') {
        return None;
    }
    let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}
