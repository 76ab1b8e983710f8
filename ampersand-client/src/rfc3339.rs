//! The wire form of the spec's `date-time` values, which every generated field of type
//! `DateTime<Utc>` (or an `Option` of one) reads and writes through (the codegen pass
//! `passes::times` points it here).
//!
//! What is read and written is chrono's own serde form: written by chrono's RFC 3339 writer with
//! the options its `Serialize` uses (`SecondsFormat::AutoSi`, `Z`), read by chrono's strict RFC
//! 3339 parser and, when that refuses, by the relaxed one its `Deserialize` uses, with the same
//! error. Only the cost differs: chrono's `Deserialize` always runs the relaxed parser (220–330
//! ns a value through serde_json, against about 40 for the strict one), and its `Serialize`
//! hands serde_json a `Display` that serde_json escapes one written fragment at a time (about
//! 260 ns, against 95 for the text written whole and escaped once). A list of records, or the local Ampersand's
//! rows, carries several a value.

use std::fmt;

use chrono::{DateTime, FixedOffset, SecondsFormat, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer, de};

/// Writes `time` as chrono's `Serialize` does.
pub(crate) fn serialize<S: Serializer>(
    time: &DateTime<Utc>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&time.to_rfc3339_opts(SecondsFormat::AutoSi, true))
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

struct Visitor;

impl de::Visitor<'_> for Visitor {
    type Value = DateTime<Utc>;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        // chrono's words, so that a misfit reads the same
        formatter.write_str("an RFC 3339 formatted date and time string")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<DateTime<Utc>, E> {
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
