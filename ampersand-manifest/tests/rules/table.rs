//! Each rule, broken once: the check it is found under, the place it names, and the edit of
//! the valid fixture that breaks it.

use super::*;

/// A provider of the snapshot for which `pick` holds (a provider without read, say).
fn provider_where(pick: impl Fn(&ampersand_manifest::catalog::Provider) -> bool) -> String {
    Catalog::snapshot()
        .providers()
        .find(|(_, p)| pick(p))
        .map(|(n, _)| n.to_string())
        .expect("the catalog has one")
}

fn case(check: &'static str, path: impl Into<String>, edit: impl Fn(&mut Value) + 'static) -> Case {
    Case {
        check,
        path: path.into(),
        edit: Box::new(edit),
    }
}

pub(super) fn cases() -> Vec<Case> {
    let no_read = provider_where(|p| !p.support.read && p.modules.is_empty());
    let no_write = provider_where(|p| p.support.read && !p.support.write && p.modules.is_empty());
    let no_subscribe =
        provider_where(|p| p.support.read && !p.support.subscribe && p.modules.is_empty());
    let no_proxy = provider_where(|p| p.support.read && !p.support.proxy && p.modules.is_empty());
    vec![
        case("spec-version", "specVersion", |d| {
            set(d, "specVersion", json!("2.0.0"))
        }),
        case("integrations-required", "integrations", |d| {
            set(d, "integrations", json!([]))
        }),
        case("integration-action-required", "integrations[1]", |d| {
            remove(d, "integrations[1].proxy")
        }),
        case("integration-name-required", "integrations[0].name", |d| {
            remove(d, "integrations[0].name")
        }),
        case(
            "integration-provider-required",
            "integrations[0].provider",
            |d| set(d, "integrations[0].provider", json!("")),
        ),
        case(
            "read-objects-required",
            "integrations[0].read.objects",
            |d| set(d, "integrations[0].read.objects", json!([])),
        ),
        case(
            "read-object-name-required",
            format!("{READ0}.objectName"),
            |d| remove(d, &format!("{READ0}.objectName")),
        ),
        case(
            "read-object-destination-required",
            format!("{READ0}.destination"),
            |d| remove(d, &format!("{READ0}.destination")),
        ),
        case(
            "read-object-schedule-required",
            format!("{READ0}.schedule"),
            |d| remove(d, &format!("{READ0}.schedule")),
        ),
        case(
            "duplicate-read-object",
            format!("{READ1}.objectName"),
            |d| set(d, &format!("{READ1}.objectName"), json!("account")),
        ),
        case(
            "schedule-syntax",
            format!("{READ0}.schedule"),
            schedule("0,99 * * * *"),
        ),
        case(
            "schedule-five-fields",
            format!("{READ0}.schedule"),
            schedule("@daily"),
        ),
        case(
            "schedule-no-asterisk-minute",
            format!("{READ0}.schedule"),
            schedule("* * * * *"),
        ),
        case(
            "schedule-step-minimum",
            format!("{READ0}.schedule"),
            schedule("*/5 * * * *"),
        ),
        case(
            "schedule-minimum-interval",
            format!("{READ0}.schedule"),
            schedule("0,5 * * * *"),
        ),
        case(
            "schedule-never-fires",
            format!("{READ0}.schedule"),
            schedule("0 0 30 2 *"),
        ),
        case(
            "delivery-auto-no-pagesize",
            format!("{READ0}.delivery.pageSize"),
            |d| set(d, &format!("{READ0}.delivery.mode"), json!("auto")),
        ),
        case(
            "delivery-onrequest-pagesize-required",
            format!("{READ0}.delivery.pageSize"),
            |d| remove(d, &format!("{READ0}.delivery.pageSize")),
        ),
        case(
            "delivery-onrequest-pagesize-range",
            format!("{READ0}.delivery.pageSize"),
            |d| set(d, &format!("{READ0}.delivery.pageSize"), json!(49)),
        ),
        case(
            "delivery-onrequest-pagesize-range",
            format!("{READ0}.delivery.pageSize"),
            |d| set(d, &format!("{READ0}.delivery.pageSize"), json!(501)),
        ),
        case(
            "delivery-mode-enum",
            format!("{READ0}.delivery.mode"),
            |d| set(d, &format!("{READ0}.delivery.mode"), json!("OnRequest")),
        ),
        case(
            "backfill-period-required",
            format!("{READ0}.backfill"),
            |d| set(d, &format!("{READ0}.backfill"), json!({})),
        ),
        case(
            "backfill-days-non-negative",
            format!("{READ0}.backfill"),
            |d| {
                set(
                    d,
                    &format!("{READ0}.backfill.defaultPeriod.days"),
                    json!(-1),
                )
            },
        ),
        case(
            "backfill-period-exclusive",
            format!("{READ0}.backfill.defaultPeriod"),
            |d| {
                set(
                    d,
                    &format!("{READ0}.backfill.defaultPeriod.fullHistory"),
                    json!(false),
                )
            },
        ),
        case(
            "always-enabled-required-fields",
            format!("{READ1}.requiredFields"),
            |d| set(d, &format!("{READ1}.requiredFields"), json!([])),
        ),
        case(
            "always-enabled-no-maptoname",
            format!("{READ1}.requiredFields[0].mapToName"),
            |d| {
                set(
                    d,
                    &format!("{READ1}.requiredFields[0].mapToName"),
                    json!("mail"),
                )
            },
        ),
        case(
            "always-enabled-schedule-required",
            format!("{READ1}.schedule"),
            |d| set(d, &format!("{READ1}.schedule"), json!("")),
        ),
        case(
            "write-objects-required",
            "integrations[0].write.objects",
            |d| set(d, "integrations[0].write.objects", json!([])),
        ),
        case(
            "write-object-name-required",
            "integrations[0].write.objects[0].objectName",
            |d| set(d, "integrations[0].write.objects[0].objectName", json!("")),
        ),
        case(
            "duplicate-write-object",
            "integrations[0].write.objects[1].objectName",
            |d| {
                push(
                    d,
                    "integrations[0].write.objects",
                    json!({"objectName": "account"}),
                )
            },
        ),
        case(
            "subscribe-requires-read",
            "integrations[0].subscribe",
            |d| remove(d, "integrations[0].read"),
        ),
        case(
            "subscribe-objects-required",
            "integrations[0].subscribe.objects",
            |d| set(d, "integrations[0].subscribe.objects", json!([])),
        ),
        case(
            "subscribe-object-name-required",
            format!("{SUB1}.objectName"),
            |d| remove(d, &format!("{SUB1}.objectName")),
        ),
        case(
            "subscribe-object-destination-required",
            format!("{SUB1}.destination"),
            |d| remove(d, &format!("{SUB1}.destination")),
        ),
        case(
            "duplicate-subscribe-object",
            format!("{SUB1}.objectName"),
            |d| set(d, &format!("{SUB1}.objectName"), json!("account")),
        ),
        case(
            "subscribe-inherit-fields",
            format!("{SUB0}.inheritFieldsAndMapping"),
            |d| set(d, &format!("{SUB0}.inheritFieldsAndMapping"), json!(false)),
        ),
        case(
            "event-enabled-value",
            format!("{SUB0}.createEvent.enabled"),
            |d| {
                set(
                    d,
                    &format!("{SUB0}.createEvent.enabled"),
                    json!("sometimes"),
                )
            },
        ),
        case(
            "update-event-watch-fields-required",
            format!("{SUB0}.updateEvent"),
            |d| remove(d, &format!("{SUB0}.updateEvent.requiredWatchFields")),
        ),
        case(
            "update-event-watch-fields-exclusive",
            format!("{SUB0}.updateEvent.watchFieldsAuto"),
            |d| {
                set(
                    d,
                    &format!("{SUB0}.updateEvent.watchFieldsAuto"),
                    json!("all"),
                )
            },
        ),
        case(
            "watch-fields-no-nesting",
            format!("{SUB0}.updateEvent.requiredWatchFields[0]"),
            |d| {
                set(
                    d,
                    &format!("{SUB0}.updateEvent.requiredWatchFields[0]"),
                    json!("address.city"),
                )
            },
        ),
        case("subscribe-minimum-events", SUB1, |d| {
            remove(d, &format!("{SUB1}.otherEvents"))
        }),
        case("unknown-key", format!("{READ0}.selectedFields"), |d| {
            set(d, &format!("{READ0}.selectedFields"), json!(["name"]))
        }),
        case("provider-not-supported", "integrations[0].provider", |d| {
            set(d, "integrations[0].provider", json!("salesforcee"))
        }),
        case(
            "provider-capability-read",
            "integrations[0].read",
            move |d| set(d, "integrations[0].provider", json!(no_read)),
        ),
        case(
            "provider-capability-write",
            "integrations[0].write",
            move |d| set(d, "integrations[0].provider", json!(no_write)),
        ),
        case(
            "provider-capability-subscribe",
            "integrations[0].subscribe",
            move |d| set(d, "integrations[0].provider", json!(no_subscribe)),
        ),
        case(
            "provider-capability-proxy",
            "integrations[0].proxy",
            move |d| set(d, "integrations[0].provider", json!(no_proxy)),
        ),
        case("provider-module", "integrations[1].module", |d| {
            set(d, "integrations[1].module", json!("nope"))
        }),
        case(
            "salesforce-subscribe-limit",
            "integrations[0].subscribe.objects",
            |d| {
                for name in ["lead", "case", "task", "event"] {
                    push(
                        d,
                        "integrations[0].subscribe.objects",
                        json!({"objectName": name, "destination": "accountWebhook", "otherEvents": ["x"]}),
                    );
                }
            },
        ),
        case(
            "google-calendar-no-full-history",
            "integrations[0].read.objects[0].backfill.defaultPeriod.fullHistory",
            |d| google_calendar(d, json!({"fullHistory": true})),
        ),
        case(
            "google-calendar-max-backfill",
            "integrations[0].read.objects[0].backfill.defaultPeriod.days",
            |d| google_calendar(d, json!({"days": 29})),
        ),
        case(
            "snowflake-only-full-history",
            format!("{READ0}.backfill.defaultPeriod.days"),
            |d| set(d, "integrations[0].provider", json!("snowflake")),
        ),
        case("destination-exists", format!("{READ0}.destination"), |_| {}),
        case(
            "large-backfill-risk",
            format!("{READ0}.backfill.defaultPeriod.days"),
            |d| {
                set(
                    d,
                    &format!("{READ0}.backfill.defaultPeriod.days"),
                    json!(181),
                )
            },
        ),
        case(
            "large-backfill-risk",
            format!("{READ1}.backfill.defaultPeriod.fullHistory"),
            |d| {
                set(
                    d,
                    &format!("{READ1}.backfill.defaultPeriod.fullHistory"),
                    json!(true),
                )
            },
        ),
        case(
            "frequent-schedule-risk",
            format!("{READ0}.schedule"),
            schedule("0,5 * * * *"),
        ),
        case("invalid-type", format!("{READ0}.delivery.pageSize"), |d| {
            set(d, &format!("{READ0}.delivery.pageSize"), json!("many"))
        }),
        case("schema", format!("{READ0}.optionalFieldsAuto"), |d| {
            set(d, &format!("{READ0}.optionalFieldsAuto"), json!("some"))
        }),
        case(
            "duplicate-field",
            format!("{READ0}.requiredFields[2].fieldName"),
            |d| {
                push(
                    d,
                    &format!("{READ0}.requiredFields"),
                    json!({"fieldName": "id"}),
                )
            },
        ),
        case(
            "duplicate-map-to-name",
            format!("{READ0}.optionalFields[0].mapToName"),
            |d| {
                set(
                    d,
                    &format!("{READ0}.optionalFields[0].mapToName"),
                    json!("companyName"),
                )
            },
        ),
        case("duplicate-integration", "integrations[1].name", |d| {
            set(d, "integrations[1].name", json!("crm-read"))
        }),
    ]
}
