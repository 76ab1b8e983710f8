//! Bulk updates on the wire: concurrency never above the bound (measured by the server),
//! results in input order, one failure kept beside the successes.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use ampersand_ext::bulk::ClientBulkExt;
use ampersand_ext::prelude::*;
use ampersand_ext::types::BaseReadConfigObject;
use serde_json::{Value, json};

mod common;
use common::installation;
use common::loopback::{Handler, Loopback, Seen, Step};

/// Every installation of `group-1` updated, at most 3 at once: the server (on tokio's paused
/// clock, each answer 150 ms late) counts the requests it is answering at once, so the bound
/// is measured by the server, not by the wall clock.
#[tokio::test(start_paused = true)]
async fn one_change_to_every_installation_of_a_group_with_bounded_concurrency() {
    let template = installation();
    let ids: Vec<String> = (1..=10).map(|i| format!("inst-{i:02}")).collect();
    let listed: Vec<Value> = ids
        .iter()
        .map(|id| {
            let mut inst = template.clone();
            inst["id"] = json!(id);
            inst
        })
        .collect();
    let list_path = "/projects/p/integrations/i/installations";
    let handler: Handler = Arc::new(move |seen: &Seen| {
        if seen.line == format!("GET {list_path}?groupRef=group-1") {
            return Step::json(200, &json!(listed));
        }
        if seen.line == format!("PATCH {list_path}/inst-05") {
            return Step::problem(
                422,
                &json!({"title": "Invalid", "issues": [{"name": "schedule", "detail": "bad"}]}),
                &[],
            );
        }
        Step::json(200, &template)
    });
    let server = Loopback::start_on_tokio_time(handler, Duration::from_millis(150)).await;
    let client = ClientBuilder::new()
        .api_key("k")
        .base_url(&server.base_url)
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap();
    let contacts = BaseReadConfigObject::builder()
        .object_name(Some("contacts".to_string()))
        .schedule(Some("*/30 * * * *".to_string()));
    let results = client
        .update_installations("p", "i", Some("group-1"), 3, |u| {
            u.read_object("contacts", contacts.clone())
        })
        .await
        .unwrap();
    let seen = server.seen();
    let lines: Vec<&str> = seen.iter().map(|s| s.line.as_str()).collect();
    assert_eq!(lines[0], format!("GET {list_path}?groupRef=group-1"));
    let mut updated: Vec<String> = lines[1..].iter().map(|l| l.to_string()).collect();
    updated.sort();
    let expected_lines: Vec<String> = ids
        .iter()
        .map(|id| format!("PATCH {list_path}/{id}"))
        .collect();
    assert_eq!(updated, expected_lines, "one update per installation");
    let expected_body = json!({
        "updateMask": ["config.content.read.objects.contacts"],
        "installation": {"config": {"content": {"read": {"objects": {
            "contacts": {"objectName": "contacts", "schedule": "*/30 * * * *"}}}}}},
    });
    for update in &seen[1..] {
        let body: Value = serde_json::from_slice(&update.body).unwrap();
        assert_eq!(body, expected_body, "{}", update.line);
    }
    let order: Vec<&str> = results.iter().map(|r| r.installation_id.as_str()).collect();
    assert_eq!(
        order,
        ids.iter().map(String::as_str).collect::<Vec<_>>(),
        "input order"
    );
    for r in &results {
        assert_eq!(
            r.result.is_ok(),
            r.installation_id != "inst-05",
            "{}",
            r.installation_id
        );
    }
    assert!(matches!(&results[4].result, Err(e) if e.kind() == ErrorKind::InputValidation));
    let peak = server.max_in_flight();
    assert!(peak <= 3, "at most 3 in flight, saw {peak}");
    assert!(peak >= 2, "updates ran concurrently, saw {peak}");
}

// tokio's clock, paused: the tasks' waits pass without taking time
#[tokio::test(start_paused = true)]
async fn run_keeps_input_order_and_the_bound() {
    let in_flight = Arc::new(Mutex::new((0usize, 0usize)));
    let results = ampersand_ext::bulk::run((0..20).collect(), 4, |n: u64| {
        let in_flight = in_flight.clone();
        async move {
            {
                let mut g = in_flight.lock().unwrap();
                g.0 += 1;
                g.1 = g.1.max(g.0);
            }
            tokio::time::sleep(Duration::from_millis(20 - n)).await;
            in_flight.lock().unwrap().0 -= 1;
            n
        }
    })
    .await;
    assert_eq!(results, (0..20).collect::<Vec<_>>());
    assert_eq!(in_flight.lock().unwrap().1, 4);
}

// tokio's clock, paused: the tasks' waits pass without taking time
#[tokio::test(start_paused = true)]
async fn run_gives_a_slot_to_the_next_input_when_any_task_ends() {
    // input 0 takes 300 ms; with 2 slots, inputs 1..=5 (10 ms each) go through the other slot
    // meanwhile, rather than waiting for input 0 to end
    let slow_done = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let started_while_slow: Arc<Mutex<Vec<(u64, bool)>>> = Arc::default();
    let results = ampersand_ext::bulk::run((0..6).collect(), 2, |n: u64| {
        let (slow_done, started) = (slow_done.clone(), started_while_slow.clone());
        async move {
            let running = !slow_done.load(std::sync::atomic::Ordering::SeqCst);
            started.lock().unwrap().push((n, running));
            let took = if n == 0 { 300 } else { 10 };
            tokio::time::sleep(Duration::from_millis(took)).await;
            if n == 0 {
                slow_done.store(true, std::sync::atomic::Ordering::SeqCst);
            }
            n * 10
        }
    })
    .await;
    assert_eq!(results, [0, 10, 20, 30, 40, 50], "in input order");
    let started = started_while_slow.lock().unwrap().clone();
    assert_eq!(
        started,
        (0..6).map(|n| (n, true)).collect::<Vec<_>>(),
        "every input started while the slow one ran"
    );
}
