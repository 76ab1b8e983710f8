//! Each rule's boundary, and what the service accepts that a stricter validator would not:
//! no error.

mod mutate;

use ampersand_manifest::Validator;
use mutate::{Edit, READ0, READ1, SUB1, google_calendar, push, remove, schedule, set, text, valid};
use serde_json::{Value, json};

#[test]
fn the_boundaries_are_accepted() {
    let boundaries: Vec<(&str, Edit)> = vec![
        (
            "a schedule exactly 10 minutes apart",
            Box::new(schedule("*/10 * * * *")),
        ),
        (
            "an even schedule 10 apart",
            Box::new(schedule("0,10,20,30,40,50 * * * *")),
        ),
        (
            "pageSize 50",
            Box::new(|d| set(d, &format!("{READ0}.delivery.pageSize"), json!(50))),
        ),
        (
            "pageSize 500",
            Box::new(|d| set(d, &format!("{READ0}.delivery.pageSize"), json!(500))),
        ),
        (
            "pageSize without mode",
            Box::new(|d| remove(d, &format!("{READ0}.delivery.mode"))),
        ),
        (
            "days: 0",
            Box::new(|d| set(d, &format!("{READ0}.backfill.defaultPeriod.days"), json!(0))),
        ),
        (
            "180 days",
            Box::new(|d| {
                set(
                    d,
                    &format!("{READ0}.backfill.defaultPeriod.days"),
                    json!(180),
                )
            }),
        ),
        (
            "28 Google Calendar days",
            Box::new(|d| google_calendar(d, json!({"days": 28}))),
        ),
        (
            "five Salesforce subscribe objects",
            Box::new(|d| {
                for name in ["lead", "case", "task"] {
                    push(
                        d,
                        "integrations[0].subscribe.objects",
                        json!({"objectName": name, "destination": "accountWebhook", "otherEvents": ["x"]}),
                    );
                }
            }),
        ),
        (
            "the same field twice in requiredFields",
            Box::new(|d| {
                push(
                    d,
                    &format!("{READ0}.requiredFields"),
                    json!({"fieldName": "id"}),
                )
            }),
        ),
        (
            "one field mapped to two names",
            Box::new(|d| {
                push(
                    d,
                    &format!("{READ0}.optionalFields"),
                    json!({"fieldName": "name", "mapToName": "title"}),
                )
            }),
        ),
        (
            "the same object read and written",
            Box::new(|d| {
                set(
                    d,
                    "integrations[0].write.objects[0].objectName",
                    json!("contact"),
                )
            }),
        ),
        (
            "a subscribe object with no events",
            Box::new(|d| remove(d, &format!("{SUB1}.otherEvents"))),
        ),
        (
            "keys in another case",
            Box::new(|d| {
                let object = mutate::at(d, READ1).as_object_mut().unwrap();
                let name = object.remove("objectName").unwrap();
                object.insert("ObjectName".into(), name);
            }),
        ),
        (
            "a null section is absent",
            Box::new(|d| set(d, "integrations[1].read", Value::Null)),
        ),
    ];
    for (what, edit) in boundaries {
        let mut doc = valid();
        edit(&mut doc);
        let text = text(&doc);
        let report = Validator::new().validate(&text);
        // Google Calendar is no provider of the catalog (it is `google`'s module `calendar`),
        // as the service's own catalog says: its rules still run
        let errors: Vec<String> = report
            .errors()
            .filter(|p| !(what.contains("Google") && p.rule.check == "provider-not-supported"))
            .map(ToString::to_string)
            .collect();
        assert!(errors.is_empty(), "{what}: {errors:#?}\n{text}");
    }
}
