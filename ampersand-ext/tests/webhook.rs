//! Webhook verification (the Svix scheme) checked against signatures computed independently
//! (Svix's own published test vector, and HMACs computed with Python's `hmac` module), the
//! headers, the tolerance, secret rotation, tampering of every byte, and the typed payloads.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

mod common;

use ampersand_client::webhook::types::{ResultInfoType, WebhookMessageReadType};
use ampersand_ext::webhook::{
    self, Message, Notification, TOLERANCE, WebhookError, WebhookSecret, decode, verify_at,
};
use proptest::prelude::*;
use reqwest::header::{HeaderMap, HeaderValue};
use serde_json::json;

/// Svix's published example (docs and library tests): secret, id, timestamp, body, signature.
const SVIX_SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const SVIX_ID: &str = "msg_p5jXN8AQM9LWM0D4loKWxJek";
const SVIX_TS: u64 = 1614265330;
const SVIX_BODY: &str = r#"{"test": 2432232314}"#;
const SVIX_SIG: &str = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

/// A read-results delivery, signed with Python:
/// `base64(hmac.new(key, b"msg_2.1767225600." + body, sha256).digest())`, key = bytes 1..=32.
const SECRET: &str = "whsec_AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=";
const ID: &str = "msg_2";
const TS: u64 = 1767225600;
const BODY: &str = r#"{"projectId":"proj-1","provider":"salesforce","groupRef":"customer-1","groupName":"Customer One","installationId":"inst-1","installationUpdateTime":"2026-01-01T00:00:00Z","objectName":"contact","operationId":"op-1","action":"read","resultInfo":{"type":"inline","numRecords":1},"result":[{"fields":{"email":"a@example.com"},"mappedFields":{},"raw":{"Id":"003xx1"}}],"consumerRef":"user-1","consumerName":"User One","readType":"scheduled"}"#;
const SIG: &str = "v1,sEpetEKVUcwRMW3FdwnFfQMB3o52vL2W1ZrwMgiJeqE=";

fn at(seconds: u64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(seconds)
}

fn headers(prefix: &str, id: &str, ts: &str, sig: &str) -> HeaderMap {
    let mut h = HeaderMap::new();
    h.insert(
        reqwest::header::HeaderName::from_bytes(format!("{prefix}-id").as_bytes()).unwrap(),
        HeaderValue::from_str(id).unwrap(),
    );
    h.insert(
        reqwest::header::HeaderName::from_bytes(format!("{prefix}-timestamp").as_bytes()).unwrap(),
        HeaderValue::from_str(ts).unwrap(),
    );
    h.insert(
        reqwest::header::HeaderName::from_bytes(format!("{prefix}-signature").as_bytes()).unwrap(),
        HeaderValue::from_str(sig).unwrap(),
    );
    h
}

#[test]
fn svix_published_vector_verifies() {
    let secret = WebhookSecret::new(SVIX_SECRET).unwrap();
    assert_eq!(
        secret.signature(SVIX_ID, "1614265330", SVIX_BODY.as_bytes()),
        SVIX_SIG
    );
    let h = headers("svix", SVIX_ID, "1614265330", SVIX_SIG);
    secret
        .verify_at(&h, SVIX_BODY.as_bytes(), at(SVIX_TS))
        .unwrap();
}

#[test]
fn a_read_delivery_verifies_with_either_header_set_and_decodes_typed() {
    for prefix in ["svix", "webhook"] {
        let h = headers(prefix, ID, "1767225600", SIG);
        let Message::Results(message) = verify_at(SECRET, &h, BODY.as_bytes(), at(TS)).unwrap()
        else {
            panic!("read results expected")
        };
        assert_eq!(message.object_name, "contact");
        assert_eq!(message.result_info.type_, ResultInfoType::Inline);
        assert_eq!(message.result_info.num_records, 1);
        assert_eq!(message.read_type, Some(WebhookMessageReadType::Scheduled));
        let record = &message.result.as_ref().unwrap()[0];
        assert_eq!(record.fields.as_ref().unwrap()["email"], "a@example.com");
        assert_eq!(
            message.installation_update_time.to_rfc3339(),
            "2026-01-01T00:00:00+00:00"
        );
    }
}

#[test]
fn one_matching_signature_among_several_is_enough() {
    let rotated = format!("v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA= v2,ignored {SIG}");
    let h = headers("svix", ID, "1767225600", &rotated);
    assert!(verify_at(SECRET, &h, BODY.as_bytes(), at(TS)).is_ok());
    // a v2 entry with the right value does not count: only v1 is the scheme
    let v2 = SIG.replace("v1,", "v2,");
    let h = headers("svix", ID, "1767225600", &v2);
    assert_eq!(
        verify_at(SECRET, &h, BODY.as_bytes(), at(TS)).unwrap_err(),
        WebhookError::BadSignature
    );
}

#[test]
fn the_timestamp_must_be_within_five_minutes_either_way() {
    let h = headers("svix", ID, "1767225600", SIG);
    let limit = TOLERANCE.as_secs();
    for now in [TS - limit, TS + limit, TS] {
        assert!(
            verify_at(SECRET, &h, BODY.as_bytes(), at(now)).is_ok(),
            "{now}"
        );
    }
    assert_eq!(
        verify_at(SECRET, &h, BODY.as_bytes(), at(TS + limit + 1)).unwrap_err(),
        WebhookError::StaleTimestamp(Duration::from_secs(limit + 1))
    );
    assert_eq!(
        verify_at(SECRET, &h, BODY.as_bytes(), at(TS - limit - 1)).unwrap_err(),
        WebhookError::FutureTimestamp(Duration::from_secs(limit + 1))
    );
}

#[test]
fn missing_and_invalid_headers_and_secrets_are_named() {
    let full = headers("svix", ID, "1767225600", SIG);
    for name in ["svix-id", "svix-timestamp", "svix-signature"] {
        let mut h = full.clone();
        h.remove(name);
        let err = verify_at(SECRET, &h, BODY.as_bytes(), at(TS)).unwrap_err();
        assert_eq!(err, WebhookError::MissingHeader(name), "{name}");
    }
    // not a number, and numbers no clock holds (they panicked before the signature was
    // checked): the header is invalid, with either header set
    for (prefix, ts) in [
        ("svix", "soon"),
        ("svix", "9223372036854775808"),
        ("webhook", "18446744073709551615"),
        ("svix", "-1"),
    ] {
        let h = headers(prefix, ID, ts, SIG);
        assert_eq!(
            verify_at(SECRET, &h, BODY.as_bytes(), at(TS)).unwrap_err(),
            WebhookError::InvalidHeader(if prefix == "svix" {
                "svix-timestamp"
            } else {
                "webhook-timestamp"
            }),
            "{ts}"
        );
    }
    for bad in ["whsec_", "whsec_%%%", "not base64 at all"] {
        assert_eq!(
            verify_at(bad, &full, BODY.as_bytes(), at(TS)).unwrap_err(),
            WebhookError::MalformedSecret,
            "{bad}"
        );
    }
    assert_eq!(
        verify_at(SVIX_SECRET, &full, BODY.as_bytes(), at(TS)).unwrap_err(),
        WebhookError::BadSignature,
        "another destination's secret"
    );
    let debug = format!("{:?}", WebhookSecret::new(SECRET).unwrap());
    assert!(
        !debug.contains("AQID") && debug.contains("redacted"),
        "{debug}"
    );
}

/// Every single-byte change of the body, the id or the timestamp makes verification fail.
#[test]
fn every_single_byte_change_fails() {
    let body = BODY.as_bytes();
    for i in 0..body.len() {
        for delta in [1u8, 0x20, 0x80] {
            let mut changed = body.to_vec();
            changed[i] ^= delta;
            let h = headers("svix", ID, "1767225600", SIG);
            assert!(
                verify_at(SECRET, &h, &changed, at(TS)).is_err(),
                "body byte {i}"
            );
        }
    }
    for i in 0..ID.len() {
        let mut id = ID.as_bytes().to_vec();
        id[i] ^= 1;
        let h = headers("svix", std::str::from_utf8(&id).unwrap(), "1767225600", SIG);
        assert!(verify_at(SECRET, &h, body, at(TS)).is_err(), "id byte {i}");
    }
    let ts = "1767225600";
    for i in 0..ts.len() {
        let mut changed = ts.as_bytes().to_vec();
        changed[i] = if changed[i] == b'9' {
            b'0'
        } else {
            changed[i] + 1
        };
        let changed = std::str::from_utf8(&changed).unwrap();
        let h = headers("svix", ID, changed, SIG);
        // checked at the changed time itself, so only the signature can refuse it
        let now = at(changed.parse().unwrap());
        assert_eq!(
            verify_at(SECRET, &h, body, now).unwrap_err(),
            WebhookError::BadSignature,
            "timestamp byte {i}"
        );
    }
}

/// Header values that are valid in HTTP: visible ASCII and spaces, digits most often, and
/// numbers of any size.
fn header_value() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<u64>().prop_map(|n| n.to_string()),
        "[0-9]{0,40}",
        "[ -~]{0,64}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(common::fuzz_cases(3_000)))]
    /// Whatever a sender puts in the headers and the body, verification answers with an
    /// error or success, never a panic (3,000 cases by default, `AMPERSAND_FUZZ_CASES` for
    /// more; either header set, any clock reading).
    #[test]
    fn forged_headers_and_bodies_never_panic(
        prefix in prop_oneof![Just("svix"), Just("webhook")],
        id in header_value(),
        ts in header_value(),
        sig in header_value(),
        body in proptest::collection::vec(any::<u8>(), 0..64),
        now in any::<u64>(),
    ) {
        let h = headers(prefix, &id, &ts, &sig);
        let clock = UNIX_EPOCH.checked_add(Duration::from_secs(now)).unwrap_or(UNIX_EPOCH);
        let _ = verify_at(SECRET, &h, &body, clock);
    }
}

proptest! {
    /// Any body, signed by `sign`, verifies; with any one byte changed it does not.
    #[test]
    fn signed_bodies_verify_and_changed_ones_do_not(
        body in proptest::collection::vec(any::<u8>(), 1..512),
        index in any::<prop::sample::Index>(),
        delta in 1u8..=255,
    ) {
        let now = at(TS);
        let h = webhook::sign(SECRET, "msg_prop", now, &body).unwrap();
        let secret = WebhookSecret::new(SECRET).unwrap();
        prop_assert!(secret.verify_at(&h, &body, now).is_ok());
        let mut changed = body.clone();
        changed[index.index(body.len())] ^= delta;
        prop_assert_eq!(secret.verify_at(&h, &changed, now), Err(WebhookError::BadSignature));
    }
}

#[test]
fn an_authentic_delivery_that_does_not_decode_is_a_payload_error() {
    let body = br#"{"resultInfo": {"type": "inline"}}"#;
    let h = webhook::sign(SECRET, "msg_3", at(TS), body).unwrap();
    let WebhookError::Payload(e) = verify_at(SECRET, &h, body, at(TS)).unwrap_err() else {
        panic!("a payload error expected")
    };
    assert!(e.message.contains("missing field"), "{e:?}");
}

#[test]
fn results_behind_a_url_decode() {
    let body = json!({"projectId": "p", "provider": "hubspot", "groupRef": "g", "groupName": "G",
        "installationId": "i", "installationUpdateTime": "2026-01-01T00:00:00Z", "objectName": "company",
        "action": "subscribe", "consumerRef": "u", "consumerName": "U",
        "resultInfo": {"type": "url", "downloadUrl": "https://example.com/r.json", "numRecords": 5000}});
    let Message::Results(m) = decode(body.to_string().as_bytes()).unwrap() else {
        panic!()
    };
    assert_eq!(m.result_info.type_, ResultInfoType::Url);
    assert_eq!(
        m.result_info.download_url.as_deref(),
        Some("https://example.com/r.json")
    );
    assert!(m.result.is_none());
}

fn installation_fields() -> serde_json::Value {
    json!({"projectId": "p", "provider": "salesforce", "integrationId": "int", "integrationName": "Sync",
        "installationId": "inst", "connectionId": "conn", "groupRef": "g", "groupName": "G",
        "consumerRef": "u", "consumerName": "U"})
}

fn with(mut base: serde_json::Value, extra: serde_json::Value) -> serde_json::Value {
    for (k, v) in extra.as_object().unwrap() {
        base[k] = v.clone();
    }
    base
}

/// The notification payloads of `openapi/notifications/notifications.yaml`, read from the
/// spec: each schema whose `notificationType` has one value, that value and an instance of its
/// `data` schema built from the schema (required fields, one entry per list and map).
fn spec_notifications() -> Vec<(String, serde_json::Value)> {
    let root = format!("{}/../openapi", env!("CARGO_MANIFEST_DIR"));
    let spec = ampersand_spec::Spec::load_entry(root, "notifications/notifications.yaml")
        .expect("the notifications file loads");
    let doc = spec.bundle().expect("it bundles").document;
    let sampler = ampersand_spec::sample::Sampler::new(&doc);
    let mut out = Vec::new();
    for schema in doc["components"]["schemas"].as_object().unwrap().values() {
        let kinds = schema["properties"]["notificationType"]["enum"].as_array();
        if let Some([kind]) = kinds.map(Vec::as_slice) {
            let data = sampler.sample(&schema["properties"]["data"]);
            out.push((kind.as_str().unwrap().to_string(), data));
        }
    }
    out
}

/// One payload of every notification type the spec lists decodes into its variant, and
/// encodes back to the same JSON.
#[test]
fn every_notification_type_decodes_into_its_variant() {
    let payloads = spec_notifications();
    assert!(payloads.len() >= 2, "{payloads:?}");
    let mut seen = Vec::new();
    for (kind, data) in payloads {
        let body = json!({"notificationType": kind, "data": data});
        let h = webhook::sign(SECRET, "msg_n", at(TS), body.to_string().as_bytes()).unwrap();
        let Message::Notification(n) =
            verify_at(SECRET, &h, body.to_string().as_bytes(), at(TS)).unwrap()
        else {
            panic!("{kind}: a notification expected")
        };
        assert_eq!(n.notification_type(), kind.as_str());
        assert!(
            !matches!(*n, Notification::Unknown { .. }),
            "{kind} is known"
        );
        assert_eq!(
            serde_json::to_value(&*n).unwrap(),
            body,
            "{kind} encodes back"
        );
        seen.push(kind);
    }
    assert_eq!(
        seen,
        Notification::TYPES,
        "every type the spec lists, in its order"
    );
    let Notification::WriteAsyncDone(done) = Notification::from_parts(
        "write.async.done",
        with(
            installation_fields(),
            json!({"objectName": "contact", "success": true}),
        ),
    )
    .unwrap() else {
        panic!()
    };
    assert!(done.success);
}

#[test]
fn an_unknown_notification_type_stays_open_and_the_kinesis_form_decodes() {
    let body = json!({"notificationType": "thing.new", "data": {"x": [1, 2]}});
    let Message::Notification(n) = decode(body.to_string().as_bytes()).unwrap() else {
        panic!()
    };
    assert_eq!(n.notification_type(), "thing.new");
    assert_eq!(
        *n,
        Notification::Unknown {
            notification_type: "thing.new".into(),
            data: json!({"x": [1, 2]})
        }
    );
    assert_eq!(serde_json::to_value(&*n).unwrap(), body);

    // the Kinesis form: the data without `notificationType`, whose type travels beside it
    let data = with(installation_fields(), json!({"objectName": "contact"}));
    let n = Notification::from_parts("read.backfill.done", data.clone()).unwrap();
    let Notification::ReadBackfillDone(done) = &n else {
        panic!("{n:?}")
    };
    assert_eq!(done.object_name, "contact");
    assert_eq!(n.data(), data);
    // a known type whose data does not fit names the path
    let err = Notification::from_parts("read.backfill.done", json!({"objectName": 3})).unwrap_err();
    assert!(err.path.starts_with("data"), "{err:?}");
}
