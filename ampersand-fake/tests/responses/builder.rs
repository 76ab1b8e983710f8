//! The builder's side: the provider catalog, orgs, invites, who the caller is, claimed
//! domains and the billing account; then an operation the fake does not model, and a fault.

use ampersand_fake::Fault;
use serde_json::json;

use super::{Flow, spec_operation};

pub const TESTS: &[&[&str]] = &[CATALOG, ORGS];

const CATALOG: &[&str] = &["listProviders", "getProvider"];

#[tokio::test(start_paused = true)]
async fn catalog() {
    let mut f = Flow::start().await;
    let f = &mut f;
    // the provider catalog, without credentials (its operations have no `security`): the
    // one the spec gives as listProviders' example
    let catalog = f
        .send("listProviders", "/providers", None, 200, false)
        .await;
    let (_, listing) = spec_operation("listProviders");
    let example = &listing["responses"]["200"]["content"]["application/json"]["example"];
    assert_eq!(&catalog, example);
    for (name, info) in example.as_object().unwrap() {
        let got = f
            .send(
                "getProvider",
                &format!("/providers/{name}"),
                None,
                200,
                false,
            )
            .await;
        assert_eq!(&got, info);
    }
    f.expect("getProvider", "/providers/no-such-provider", None, 404)
        .await;

    f.covered(CATALOG);
}

const ORGS: &[&str] = &[
    "createOrg",
    "getOrg",
    "updateOrg",
    "createOrgInvite",
    "listOrgInvites",
    "getOrgInvite",
    "acceptInvite",
    "getMyInfo",
    "addUserToOrg",
    "listOrgBuilders",
    "deleteOrgInvite",
    "claimDomain",
    "checkClaimedDomain",
    "listOrgClaimedDomains",
    "getOrgBillingAccount",
    "createBillingAccountSession",
];

/// An org, an invite taken, who the caller is, its domains and its billing account.
#[tokio::test(start_paused = true)]
async fn orgs() {
    let mut f = Flow::start().await;
    let f = &mut f;
    // the builder's side: an org, an invite taken, who the caller is
    let org = f
        .expect("createOrg", "/orgs", Some(json!({ "label": "Acme" })), 201)
        .await;
    f.expect("createOrg", "/orgs", Some(json!({})), 400).await;
    let o = format!("/orgs/{}", org["id"].as_str().unwrap());
    f.expect("getOrg", &o, None, 200).await;
    f.expect("getOrg", "/orgs/none", None, 404).await;
    let rename = json!({ "updateMask": ["label"], "org": { "label": "Acme Inc" } });
    f.expect("updateOrg", &o, Some(rename), 200).await;
    let bad = json!({ "updateMask": ["defaultTeamId"], "org": {} });
    f.expect("updateOrg", &o, Some(bad), 400).await;
    let invites = format!("{o}/invites");
    let invite = json!({ "email": "ann@example.com" });
    let made = f
        .expect("createOrgInvite", &invites, Some(invite.clone()), 201)
        .await;
    f.expect("createOrgInvite", &invites, Some(invite), 409)
        .await;
    f.expect(
        "createOrgInvite",
        &invites,
        Some(json!({ "email": "ann" })),
        400,
    )
    .await;
    f.expect("listOrgInvites", &invites, None, 200).await;
    f.expect("listOrgInvites", "/orgs/none/invites", None, 404)
        .await;
    let one = format!("{invites}/{}", made["id"].as_str().unwrap());
    f.expect("getOrgInvite", &one, None, 200).await;
    f.expect("getOrgInvite", &format!("{invites}/none"), None, 404)
        .await;
    let taken = json!({ "invitedEmail": "ann@example.com" });
    let me = f
        .expect("acceptInvite", "/invites:accept", Some(taken.clone()), 200)
        .await;
    assert_eq!(me["orgRole"]["org"]["label"], "Acme Inc", "{me}");
    f.expect("acceptInvite", "/invites:accept", Some(taken), 404)
        .await;
    let info = f.expect("getMyInfo", "/my-info", None, 200).await;
    f.send("getMyInfo", "/my-info", None, 401, false).await;
    let builder = json!({ "builderId": info["builder"]["id"] });
    f.expect(
        "addUserToOrg",
        &format!("{o}/memberships"),
        Some(builder),
        201,
    )
    .await;
    let stranger = json!({ "builderId": "someone-else" });
    f.expect(
        "addUserToOrg",
        &format!("{o}/memberships"),
        Some(stranger),
        404,
    )
    .await;
    let builders = f
        .expect("listOrgBuilders", &format!("{o}/builders"), None, 200)
        .await;
    assert_eq!(builders[0]["id"], info["builder"]["id"]);
    f.expect("listOrgBuilders", "/orgs/none/builders", None, 404)
        .await;
    f.expect("deleteOrgInvite", &one, None, 204).await;
    f.expect("deleteOrgInvite", &one, None, 404).await;
    // its domains and its billing account
    let claim = json!({ "domain": "ann@acme.example", "parentId": org["id"], "parentType": "org" });
    f.expect("claimDomain", "/claimed-domains", Some(claim.clone()), 201)
        .await;
    f.expect("claimDomain", "/claimed-domains", Some(claim), 409)
        .await;
    let nothing = json!({ "domain": "nothing", "parentId": org["id"], "parentType": "org" });
    f.expect("claimDomain", "/claimed-domains", Some(nothing), 400)
        .await;
    let by_url = "/claimed-domains?domain=https%3A%2F%2Fwww.acme.example%2Fpricing";
    let claimed = f.expect("checkClaimedDomain", by_url, None, 200).await;
    assert_eq!(claimed["domain"], "acme.example");
    f.expect(
        "checkClaimedDomain",
        "/claimed-domains?domain=other.example",
        None,
        404,
    )
    .await;
    let listed = f
        .expect(
            "listOrgClaimedDomains",
            &format!("{o}/claimed-domains"),
            None,
            200,
        )
        .await;
    assert_eq!(listed, json!([claimed]));
    f.expect(
        "listOrgClaimedDomains",
        "/orgs/none/claimed-domains",
        None,
        404,
    )
    .await;
    let account = f
        .expect(
            "getOrgBillingAccount",
            &format!("{o}/billingAccount"),
            None,
            200,
        )
        .await;
    f.expect(
        "getOrgBillingAccount",
        "/orgs/none/billingAccount",
        None,
        404,
    )
    .await;
    let session = format!(
        "/billingAccounts/{}/portalSession",
        account["id"].as_str().unwrap()
    );
    let back = json!({ "redirectUrl": "https://app.example/settings?tab=billing" });
    let portal = f
        .expect(
            "createBillingAccountSession",
            &session,
            Some(back.clone()),
            200,
        )
        .await;
    f.expect(
        "createBillingAccountSession",
        "/billingAccounts/none/portalSession",
        Some(back),
        404,
    )
    .await;
    // the portal sends the browser back where the session said
    let no_redirects = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let left = no_redirects
        .get(portal["url"].as_str().unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(left.status().as_u16(), 303);
    assert_eq!(
        left.headers()["location"],
        "https://app.example/settings?tab=billing"
    );

    f.covered(ORGS);
}

#[tokio::test(start_paused = true)]
async fn an_unmodelled_operation_is_a_501_and_a_fault_its_declared_error() {
    let mut f = Flow::start().await;
    let f = &mut f;
    f.expect("generateUploadUrl", "/generate-upload-url", None, 501)
        .await;
    f.fake.fail(
        "listProjects",
        1,
        Fault::status(503)
            .retryable(true)
            .retry_after(std::time::Duration::from_secs(1)),
    );
    f.expect("listProjects", "/projects", None, 503).await;
}
