//! 200 concurrent clients doing mixed creates, updates and lists keep the fake's state
//! consistent: every project created is listed once, each with the last name it was given, and
//! no list ever shows a half-made project.

mod common;

use std::collections::BTreeMap;

use ampersand_fake::{Fake, Options};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_hundred_clients_keep_the_state_consistent() {
    let fake = Fake::start(Options::new()).await.unwrap();
    let mut tasks = Vec::new();
    for n in 0..200 {
        let client = common::client(&fake);
        tasks.push(tokio::spawn(async move {
            let name = format!("p{n}");
            let created = client
                .create_project()
                .body_map(|b| b.app_name("A").name(name.as_str()).org_id("o"))
                .send()
                .await
                .unwrap()
                .into_inner();
            let mut last = "A".to_string();
            for round in 0..3 {
                last = format!("app {n}.{round}");
                let updated = client
                    .update_project_fields()
                    .project_id_or_name(&created.id)
                    .app_name(last.as_str())
                    .send()
                    .await
                    .unwrap();
                assert_eq!(updated.app_name, last);
                let listed = client.list_projects().send().await.unwrap();
                // every project listed is whole, and this one is there with its last name
                let me: Vec<_> = listed.iter().filter(|p| p.id == created.id).collect();
                assert_eq!(me.len(), 1);
                assert_eq!(me[0].app_name, last);
                assert!(
                    listed
                        .iter()
                        .all(|p| !p.name.is_empty() && common::uuid_like(&p.id))
                );
            }
            (created.id, last)
        }));
    }
    let mut expected = BTreeMap::new();
    for task in tasks {
        let (id, last) = task.await.unwrap();
        expected.insert(id, last);
    }
    let client = common::client(&fake);
    let listed = client.list_projects().send().await.unwrap().into_inner();
    assert_eq!(listed.len(), 200);
    let got: BTreeMap<String, String> = listed.into_iter().map(|p| (p.id, p.app_name)).collect();
    assert_eq!(got, expected);
}
