//! Cron as the service reads a schedule: five fields (minute, hour, day of month, month, day
//! of week) of `*`, `?`, numbers, ranges, steps, lists and names (`JAN`, `mon`), `L` and `nW`
//! in the day of month, `nL` and `n#k` in the day of week; and the least gap between runs.

use chrono::{Datelike, NaiveDate};

use crate::rules::{self, Rule};

/// Macros the cron library knows and the service refuses (it wants five fields).
const MACROS: [&str; 8] = [
    "@yearly",
    "@annually",
    "@monthly",
    "@weekly",
    "@daily",
    "@midnight",
    "@hourly",
    "@every",
];

/// A five-field cron expression, read.
pub(super) struct Cron<'t> {
    pub(super) fields: [&'t str; 5],
    minutes: Vec<bool>,
    hours: Vec<bool>,
    days: Days,
}

/// What decides the days a schedule runs on.
struct Days {
    dom: Vec<bool>,
    last_dom: bool,
    weekdays_near: Vec<u32>,
    dom_restricted: bool,
    months: Vec<bool>,
    dow: Vec<bool>,
    last_dow: Vec<u32>,
    nth_dow: Vec<(u32, u32)>,
    dow_restricted: bool,
}

type Failure = (&'static Rule, String);

/// A field's kind: its name, bounds and value names.
struct Kind {
    name: &'static str,
    min: u32,
    max: u32,
    names: &'static [&'static str],
    /// The value of the first name.
    first_name: u32,
}

const MINUTE: Kind = Kind {
    name: "minute",
    min: 0,
    max: 59,
    names: &[],
    first_name: 0,
};
const HOUR: Kind = Kind {
    name: "hour",
    min: 0,
    max: 23,
    names: &[],
    first_name: 0,
};
const DOM: Kind = Kind {
    name: "day of month",
    min: 1,
    max: 31,
    names: &[],
    first_name: 0,
};
const MONTH: Kind = Kind {
    name: "month",
    min: 1,
    max: 12,
    names: &[
        "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC",
    ],
    first_name: 1,
};
const DOW: Kind = Kind {
    name: "day of week",
    min: 0,
    max: 7,
    names: &["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"],
    first_name: 0,
};

impl<'t> Cron<'t> {
    pub(super) fn parse(text: &'t str) -> Result<Cron<'t>, Failure> {
        let parts: Vec<&str> = text.split_whitespace().collect();
        let Ok(fields) = <[&str; 5]>::try_from(parts.as_slice()) else {
            let macro_ = MACROS.iter().any(|m| text.trim().starts_with(m));
            let (rule, why) = match (macro_, parts.len()) {
                (true, _) => (&rules::SCHEDULE_FIVE_FIELDS, "a macro".to_string()),
                (false, 6 | 7) => (
                    &rules::SCHEDULE_FIVE_FIELDS,
                    format!("{} fields (seconds or years)", parts.len()),
                ),
                (false, n) => (&rules::SCHEDULE_SYNTAX, format!("{n} fields")),
            };
            return Err((
                rule,
                format!(
                    "`{text}` is {why}: a schedule has five fields (minute, hour, day of month, \
                     month, day of week)"
                ),
            ));
        };
        let bad = |e: String| {
            (
                &rules::SCHEDULE_SYNTAX,
                format!("`{text}` is not valid cron: {e}"),
            )
        };
        let mut days = Days {
            dom: Vec::new(),
            last_dom: false,
            weekdays_near: Vec::new(),
            dom_restricted: !matches!(fields[2], "*" | "?"),
            months: Vec::new(),
            dow: Vec::new(),
            last_dow: Vec::new(),
            nth_dow: Vec::new(),
            dow_restricted: !matches!(fields[4], "*" | "?"),
        };
        let minutes = set(fields[0], &MINUTE, |_, _| Ok(false)).map_err(bad)?;
        let hours = set(fields[1], &HOUR, |_, _| Ok(false)).map_err(bad)?;
        days.dom = set(fields[2], &DOM, |element, _| {
            if element == "L" {
                days.last_dom = true;
                return Ok(true);
            }
            if let Some(n) = element.strip_suffix(['W', 'w']) {
                let n = number(n, &DOM)?;
                days.weekdays_near.push(n);
                return Ok(true);
            }
            Ok(false)
        })
        .map_err(bad)?;
        days.months = set(fields[3], &MONTH, |_, _| Ok(false)).map_err(bad)?;
        days.dow = set(fields[4], &DOW, |element, _| {
            if let Some(n) = element.strip_suffix(['L', 'l']) {
                days.last_dow.push(number(n, &DOW)? % 7);
                return Ok(true);
            }
            if let Some((n, k)) = element.split_once('#') {
                let k: u32 = k
                    .parse()
                    .ok()
                    .filter(|k| (1..=5).contains(k))
                    .ok_or_else(|| format!("`{element}`: the week after `#` is 1 to 5"))?;
                days.nth_dow.push((number(n, &DOW)? % 7, k));
                return Ok(true);
            }
            Ok(false)
        })
        .map_err(bad)?;
        Ok(Cron {
            fields,
            minutes,
            hours,
            days,
        })
    }

    /// The least gap between consecutive runs, in minutes; `None` if it never runs.
    pub(super) fn interval(&self) -> Option<u32> {
        let times: Vec<u32> = (0..24u32)
            .filter(|h| self.hours[*h as usize])
            .flat_map(|h| {
                (0..60u32)
                    .filter(|m| self.minutes[*m as usize])
                    .map(move |m| h * 60 + m)
            })
            .collect();
        let (first, last) = (*times.first()?, *times.last()?);
        let (runs, consecutive) = self.days.over_cycle();
        if !runs {
            return None;
        }
        let within = times.windows(2).map(|w| w[1] - w[0]);
        let across = consecutive.then_some(first + 24 * 60 - last);
        within.chain(across).min().or(Some(u32::MAX))
    }
}

impl Days {
    /// Whether any day runs, and whether two consecutive days do, over eight years (every
    /// weekday on every date of a leap cycle, from a fixed date: the same answer always).
    fn over_cycle(&self) -> (bool, bool) {
        let Some(start) = NaiveDate::from_ymd_opt(2024, 1, 1) else {
            return (false, false);
        };
        let mut any = false;
        let mut before = false;
        for day in start.iter_days().take(8 * 366) {
            let runs = self.matches(day);
            if runs && before {
                return (true, true);
            }
            any |= runs;
            before = runs;
        }
        (any, false)
    }

    fn matches(&self, day: NaiveDate) -> bool {
        if !self.months[day.month() as usize] {
            return false;
        }
        let last = last_day(day);
        let d = day.day();
        let weekday = day.weekday().num_days_from_sunday();
        let dom = self.dom[d as usize]
            || (self.last_dom && d == last)
            || self
                .weekdays_near
                .iter()
                .any(|n| nearest_weekday(day, *n, last) == Some(d));
        let dow = self.dow[weekday as usize]
            || self.last_dow.iter().any(|n| *n == weekday && d + 7 > last)
            || self
                .nth_dow
                .iter()
                .any(|(n, k)| *n == weekday && (d - 1) / 7 + 1 == *k);
        match (self.dom_restricted, self.dow_restricted) {
            (true, true) => dom || dow,
            (true, false) => dom,
            (false, true) => dow,
            (false, false) => true,
        }
    }
}

/// The month's last day.
fn last_day(day: NaiveDate) -> u32 {
    (28..=31)
        .rev()
        .find(|d| day.with_day(*d).is_some())
        .unwrap_or(28)
}

/// The weekday nearest to day `n` of `day`'s month, within the month (`nW`).
fn nearest_weekday(day: NaiveDate, n: u32, last: u32) -> Option<u32> {
    let target = day.with_day(n)?;
    let weekday = target.weekday().num_days_from_sunday();
    Some(match weekday {
        6 if n > 1 => n - 1,
        6 => n + 2,
        0 if n < last => n + 1,
        0 => n - 2,
        _ => n,
    })
}

/// The values a field lists, one flag per value from 0 to its maximum (day of week 7 is
/// Sunday, 0). `special` takes an element it knows (`L`, `15W`, `5#2`), answering whether it
/// did.
fn set(
    field: &str,
    kind: &Kind,
    mut special: impl FnMut(&str, &Kind) -> Result<bool, String>,
) -> Result<Vec<bool>, String> {
    let mut values = vec![false; kind.max as usize + 1];
    for element in field.split(',') {
        if element.is_empty() {
            return Err(format!(
                "an empty element in the {} field `{field}`",
                kind.name
            ));
        }
        if special(element, kind)? {
            continue;
        }
        let (base, step) = match element.split_once('/') {
            Some((base, step)) => {
                let step: u32 = step
                    .parse()
                    .ok()
                    .filter(|s| *s > 0)
                    .ok_or_else(|| format!("`{element}`: a step is a whole number above 0"))?;
                (base, Some(step))
            }
            None => (element, None),
        };
        let (low, high) = match base {
            "*" => (kind.min, kind.max),
            "?" if kind.name.starts_with("day") => (kind.min, kind.max),
            _ => match base.split_once('-') {
                Some((a, b)) => (number(a, kind)?, number(b, kind)?),
                None => {
                    let a = number(base, kind)?;
                    (a, if step.is_some() { kind.max } else { a })
                }
            },
        };
        if low > high {
            return Err(format!("`{element}`: a range runs from low to high"));
        }
        let mut v = low;
        while v <= high {
            values[v as usize] = true;
            v += step.unwrap_or(1);
        }
    }
    if kind.max == 7 && values[7] {
        values[0] = true;
    }
    Ok(values)
}

/// A field's value: a number within its bounds, or a name (`JAN`, `mon`).
fn number(text: &str, kind: &Kind) -> Result<u32, String> {
    let value = match text.parse::<u32>() {
        Ok(n) => Some(n),
        Err(_) => kind
            .names
            .iter()
            .position(|n| n.eq_ignore_ascii_case(text))
            .map(|i| i as u32 + kind.first_name),
    };
    value
        .filter(|v| (kind.min..=kind.max).contains(v))
        .ok_or_else(|| {
            format!(
                "`{text}` is not a {} ({} to {})",
                kind.name, kind.min, kind.max
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gap(text: &str) -> Option<u32> {
        Cron::parse(text).map_err(|e| e.1).unwrap().interval()
    }

    #[test]
    fn the_gap_is_the_least_over_a_cycle() {
        assert_eq!(gap("*/10 * * * *"), Some(10));
        assert_eq!(gap("*/55 * * * *"), Some(5));
        assert_eq!(gap("0,5 * * * *"), Some(5));
        assert_eq!(gap("0-9 * * * *"), Some(1));
        assert_eq!(gap("0 0 * * *"), Some(24 * 60));
        assert_eq!(gap("55 23 * * *"), Some(24 * 60));
        assert_eq!(
            gap("0,55 0,23 * * *"),
            Some(5),
            "23:55 to 0:00 the next day"
        );
        assert_eq!(gap("0,55 0,23 1 * *"), Some(55), "no two days in a row");
        assert_eq!(gap("0 0 30 2 *"), None);
        assert_eq!(gap("0 0 L * *"), Some(u32::MAX));
        assert_eq!(gap("0 9 * * MON-FRI"), Some(24 * 60));
        assert_eq!(gap("0 9 15W * *"), Some(u32::MAX));
        assert_eq!(gap("0 9 * * 5#3"), Some(u32::MAX));
        assert_eq!(gap("0 9 * * 5L"), Some(u32::MAX));
        assert_eq!(gap("0 9 * JAN,jul 7"), Some(u32::MAX));
    }

    #[test]
    fn bad_fields_are_syntax() {
        for text in [
            "0,99 * * * *",
            "* * * * 8",
            "*/0 * * * *",
            "5-1 * * * *",
            "a * * * *",
            "1,,2 * * * *",
            "0 0 32 * *",
            "0 0 * * 1#6",
        ] {
            let (rule, _) = Cron::parse(text).err().unwrap_or_else(|| panic!("{text}"));
            assert_eq!(rule.check, "schedule-syntax", "{text}");
        }
        for text in ["@daily", "0 0 * * * *", "0 0 * * * * 2030"] {
            let (rule, _) = Cron::parse(text).err().unwrap();
            assert_eq!(rule.check, "schedule-five-fields", "{text}");
        }
    }
}
