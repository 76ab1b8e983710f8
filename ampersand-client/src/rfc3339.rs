//! The wire form of the spec's `date-time` values, which every generated field of type
//! `DateTime<Utc>` (or an `Option` of one) reads and writes through (the codegen pass
//! `passes::times` points it here).
//!
//! What is read and written is chrono's own serde form: written as chrono's RFC 3339 writer
//! writes it with the options its `Serialize` uses (`SecondsFormat::AutoSi`, `Z`), read as
//! chrono's strict RFC 3339 parser and, when that refuses, the relaxed one its `Deserialize`
//! uses read it, with the same error. Only the cost differs: chrono's `Deserialize` always runs
//! the relaxed parser (220–330 ns a value through serde_json, against about 40 for the strict
//! one), and its `Serialize` hands serde_json a `Display` that serde_json escapes one written
//! fragment at a time (about 260 ns, against 95 for the text written whole and escaped once).
//! So the form chrono writes for the years 0 to 9999 is written and read here, with no `String`
//! made and no parser run for it ([`written`], [`read`]); any other text goes to chrono. Tests
//! hold both to chrono's serde on random times and random edits of their text. A list of
//! records, or the local Ampersand's rows, carries several a value.

use std::fmt;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, SecondsFormat, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer, de};

/// Writes `time` as chrono's `Serialize` does.
pub(crate) fn serialize<S: Serializer>(
    time: &DateTime<Utc>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let mut text = [0; WRITTEN];
    match written(time, &mut text) {
        Some(text) => serializer.serialize_str(text),
        None => serializer.serialize_str(&time.to_rfc3339_opts(SecondsFormat::AutoSi, true)),
    }
}

/// The longest time [`written`] writes: `YYYY-MM-DDTHH:MM:SS.nnnnnnnnnZ`.
const WRITTEN: usize = 30;

/// `time` as chrono's RFC 3339 writer writes it (`SecondsFormat::AutoSi`, `Z`), into `out`,
/// for the years 0 to 9999; `None` for the others, which chrono writes with a sign. Written
/// here rather than by chrono only so that no `String` is made for it.
fn written<'a>(time: &DateTime<Utc>, out: &'a mut [u8; WRITTEN]) -> Option<&'a str> {
    use chrono::{Datelike, Timelike};
    // read once: each of `DateTime`'s own accessors works out its local time again
    let (date, clock) = (time.date_naive(), time.time());
    let year = u32::try_from(date.year())
        .ok()
        .filter(|year| *year <= 9999)?;
    let (mut second, mut nano) = (clock.second(), clock.nanosecond());
    // a leap second's nanoseconds run past 1e9: chrono writes it as second 60
    if nano >= 1_000_000_000 {
        second += 1;
        nano -= 1_000_000_000;
    }
    let put = |out: &mut [u8], mut value: u32| {
        for digit in out.iter_mut().rev() {
            *digit = b'0' + (value % 10) as u8;
            value /= 10;
        }
    };
    put(&mut out[0..4], year);
    put(&mut out[5..7], date.month());
    put(&mut out[8..10], date.day());
    put(&mut out[11..13], clock.hour());
    put(&mut out[14..16], clock.minute());
    put(&mut out[17..19], second);
    for (at, mark) in [(4, b'-'), (7, b'-'), (10, b'T'), (13, b':'), (16, b':')] {
        out[at] = mark;
    }
    // as few fraction digits as say it exactly, in threes
    let (fraction, digits) = match nano {
        0 => (0, 0),
        _ if nano % 1_000_000 == 0 => (nano / 1_000_000, 3),
        _ if nano % 1_000 == 0 => (nano / 1_000, 6),
        _ => (nano, 9),
    };
    let mut end = 19;
    if digits > 0 {
        out[19] = b'.';
        put(&mut out[20..20 + digits], fraction);
        end = 20 + digits;
    }
    out[end] = b'Z';
    std::str::from_utf8(&out[..=end]).ok()
}

/// Reads a time as chrono's `Deserialize` does.
pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<DateTime<Utc>, D::Error> {
    deserializer.deserialize_str(Visitor)
}

/// [`serialize`] for an optional time (`null` for `None`).
pub(crate) fn serialize_option<S: Serializer>(
    time: &Option<DateTime<Utc>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match time {
        Some(time) => serializer.serialize_some(&Wire(*time)),
        None => serializer.serialize_none(),
    }
}

/// [`deserialize`] for an optional time (`null` reads as `None`).
pub(crate) fn deserialize_option<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<DateTime<Utc>>, D::Error> {
    Ok(Option::<Wire>::deserialize(deserializer)?.map(|wire| wire.0))
}

/// A time in its wire form, for the `Option`'s contents.
struct Wire(DateTime<Utc>);

impl Serialize for Wire {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serialize(&self.0, serializer)
    }
}

impl<'de> Deserialize<'de> for Wire {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserialize(deserializer).map(Wire)
    }
}

/// `text` in the form [`written`] writes (`YYYY-MM-DDTHH:MM:SS`, then a fraction of one to
/// nine digits or none, then `Z`), read as chrono's parser reads it; `None` for every other
/// form, a leap second, or a date or time that does not exist, which chrono's parsers read
/// (or refuse). Read here only so that the common form costs a tenth of chrono's parse.
fn read(text: &str) -> Option<DateTime<Utc>> {
    let text = text.as_bytes();
    let (&b'Z', text) = text.split_last()? else {
        return None;
    };
    let number = |at: std::ops::Range<usize>| {
        text.get(at)?.iter().try_fold(0u32, |n, digit| {
            digit
                .is_ascii_digit()
                .then(|| n * 10 + u32::from(digit - b'0'))
        })
    };
    let marks = [(4, b'-'), (7, b'-'), (10, b'T'), (13, b':'), (16, b':')];
    if text.len() < 19 || marks.iter().any(|(at, mark)| text[*at] != *mark) {
        return None;
    }
    let second = number(17..19).filter(|second| *second < 60)?;
    let nano = match text.len() {
        19 => 0,
        len if text[19] == b'.' && (21..=29).contains(&len) => {
            number(20..len)? * 10u32.pow((29 - len) as u32)
        }
        _ => return None,
    };
    let date = NaiveDate::from_ymd_opt(number(0..4)? as i32, number(5..7)?, number(8..10)?)?;
    let time = NaiveTime::from_hms_nano_opt(number(11..13)?, number(14..16)?, second, nano)?;
    Some(date.and_time(time).and_utc())
}

struct Visitor;

impl de::Visitor<'_> for Visitor {
    type Value = DateTime<Utc>;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        // chrono's words, so that a misfit reads the same
        formatter.write_str("an RFC 3339 formatted date and time string")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<DateTime<Utc>, E> {
        if let Some(time) = read(text) {
            return Ok(time);
        }
        DateTime::parse_from_rfc3339(text)
            .or_else(|_| text.parse::<DateTime<FixedOffset>>())
            .map(|time| time.with_timezone(&Utc))
            .map_err(E::custom)
    }
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, TimeZone};
    use serde_json::json;

    use super::*;

    /// A time through this module's functions.
    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    struct Ours {
        #[serde(serialize_with = "serialize", deserialize_with = "deserialize")]
        at: DateTime<Utc>,
        #[serde(
            default,
            serialize_with = "serialize_option",
            deserialize_with = "deserialize_option"
        )]
        maybe: Option<DateTime<Utc>>,
    }

    /// The same through chrono's serde.
    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    struct Chronos {
        at: DateTime<Utc>,
        maybe: Option<DateTime<Utc>>,
    }

    /// A time from `seed`: any second of years 0 to 9999, with no, milli-, micro- or
    /// nanosecond fractions, and now and then a leap second.
    fn time(seed: u64) -> DateTime<Utc> {
        let mut random = crate::fuzz::Xorshift::new(seed);
        let mut next = || random.next();
        let seconds = (next() % 315_537_897_600) as i64 - 62_167_219_200;
        let nanos = match next() % 4 {
            0 => 0,
            1 => (next() % 1_000) as u32 * 1_000_000,
            2 => (next() % 1_000_000) as u32 * 1_000,
            _ => (next() % 1_000_000_000) as u32,
        };
        let time = DateTime::from_timestamp(seconds, nanos).expect("in range");
        if next() % 50 == 0 {
            // a leap second: the last second of a day, its nanoseconds past 1e9
            let day = time
                .date_naive()
                .and_hms_nano_opt(23, 59, 59, 1_000_000_000 + nanos % 1_000);
            return Utc.from_utc_datetime(&day.expect("a leap second"));
        }
        time
    }

    #[test]
    fn times_are_written_and_read_as_chronos_serde_does() {
        for seed in 0..crate::fuzz::cases() {
            let (at, maybe) = (time(seed), (seed % 3 != 0).then(|| time(seed + 1)));
            let ours = serde_json::to_string(&Ours { at, maybe }).unwrap();
            let theirs = serde_json::to_string(&Chronos { at, maybe }).unwrap();
            assert_eq!(ours, theirs, "seed {seed}");
            let read: Ours = serde_json::from_str(&theirs).unwrap();
            assert_eq!((read.at, read.maybe), (at, maybe), "seed {seed}: {theirs}");
        }
    }

    #[test]
    fn times_before_year_0_or_after_9999_are_written_as_chrono_writes_them_with_a_sign() {
        for (year, written) in [(-1, "-0001-"), (10_000, "+10000-")] {
            let at = NaiveDate::from_ymd_opt(year, 12, 31)
                .and_then(|day| day.and_hms_nano_opt(23, 59, 59, 4_000))
                .map(|time| Utc.from_utc_datetime(&time))
                .unwrap();
            let ours = serde_json::to_string(&Ours { at, maybe: None }).unwrap();
            let theirs = serde_json::to_string(&Chronos { at, maybe: None }).unwrap();
            assert_eq!(ours, theirs);
            assert!(ours.contains(written), "{ours}");
        }
    }

    #[test]
    fn any_text_near_the_written_form_is_read_or_refused_as_chrono_reads_it() {
        let marks = b"0123456789-:.TtZz+ ";
        for seed in 0..crate::fuzz::cases() {
            let mut random = crate::fuzz::Xorshift::new(seed);
            let written = serde_json::to_value(Ours {
                at: time(seed),
                maybe: None,
            })
            .unwrap();
            let mut text = written["at"].as_str().unwrap().as_bytes().to_vec();
            // a fraction of any length, then up to two characters changed, added or taken out
            if random.next().is_multiple_of(2) && text.len() > 20 {
                let cut = 20 + (random.next() % (text.len() as u64 - 20)) as usize;
                text.drain(cut..text.len() - 1);
            }
            for _ in 0..random.next() % 3 {
                let at = (random.next() % text.len() as u64) as usize;
                let mark = marks[(random.next() % marks.len() as u64) as usize];
                match random.next() % 3 {
                    0 => text[at] = mark,
                    1 => text.insert(at, mark),
                    _ => drop(text.remove(at)),
                }
            }
            let text = String::from_utf8(text).unwrap();
            let body = json!({ "at": text });
            let ours = serde_json::from_value::<Ours>(body.clone()).map(|o| o.at);
            let theirs = serde_json::from_value::<Chronos>(body).map(|c| c.at);
            match (ours, theirs) {
                (Ok(ours), Ok(theirs)) => assert_eq!(ours, theirs, "seed {seed}: {text}"),
                (ours, theirs) => assert_eq!(
                    ours.map_err(|e| e.to_string()).err(),
                    theirs.map_err(|e| e.to_string()).err(),
                    "seed {seed}: {text}"
                ),
            }
        }
    }

    #[test]
    fn the_relaxed_forms_chrono_reads_are_read_alike_and_its_refusals_refused_alike() {
        let forms = [
            "2026-12-06T20:23:14Z",
            "2026-12-06t20:23:14z",
            "2026-12-06 20:23:14Z",
            "2026-12-06T20:23:14.5+02:00",
            "2026-12-06T20:23:14-0130",
            "2026-12-06T20:23:14 +02:00",
            "2026-12-06T20:23:60.123Z",
            "2026-12-06",
            "20:23:14Z",
            "2026-13-06T20:23:14Z",
            "2026-12-06T20:23:14",
            "",
            "not a time",
        ];
        for form in forms {
            let body = json!({ "at": form, "maybe": form });
            let ours = serde_json::from_value::<Ours>(body.clone()).map_err(|e| e.to_string());
            let theirs = serde_json::from_value::<Chronos>(body).map_err(|e| e.to_string());
            match (ours, theirs) {
                (Ok(ours), Ok(theirs)) => {
                    assert_eq!((ours.at, ours.maybe), (theirs.at, theirs.maybe), "{form}")
                }
                (ours, theirs) => assert_eq!(ours.err(), theirs.err(), "{form}"),
            }
        }
    }

    #[test]
    fn a_missing_or_null_optional_time_is_none_and_other_json_is_refused_in_chronos_words() {
        let read: Ours = serde_json::from_value(json!({ "at": "2026-12-06T20:23:14Z" })).unwrap();
        assert_eq!(read.maybe, None);
        let read: Ours =
            serde_json::from_value(json!({ "at": "2026-12-06T20:23:14Z", "maybe": null })).unwrap();
        assert_eq!(read.maybe, None);
        assert_eq!(
            serde_json::to_value(&read).unwrap()["maybe"],
            serde_json::Value::Null
        );
        let at = NaiveDate::from_ymd_opt(2026, 12, 6)
            .and_then(|d| d.and_hms_opt(20, 23, 14))
            .map(|t| Utc.from_utc_datetime(&t));
        assert_eq!(Some(read.at), at);

        for wrong in [
            json!(1_733_516_594),
            json!(null),
            json!(["2026-12-06T20:23:14Z"]),
        ] {
            let ours = serde_json::from_value::<Ours>(json!({ "at": wrong.clone() }));
            let theirs = serde_json::from_value::<Chronos>(json!({ "at": wrong, "maybe": null }));
            assert_eq!(
                ours.unwrap_err().to_string(),
                theirs.unwrap_err().to_string()
            );
        }
    }
}
