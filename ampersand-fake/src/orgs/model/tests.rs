use super::*;
use crate::spec_bodies::body;
use serde_json::json;

#[test]
fn an_invite_accepted_has_the_builder_join_the_org() {
    let mut state = State::default();
    let org = state
        .create_org(&body("createOrg", json!({"label": "Acme"})))
        .unwrap();
    let builders = state.org_builders_of(&org.id).unwrap();
    assert_eq!(builders.len(), 1, "the builder who made it is a member");
    let invite: types::CreateOrgInviteBody =
        body("createOrgInvite", json!({"email": "dev@example.com"}));
    state.create_org_invite(&org.id, &invite).unwrap();
    let again = state.create_org_invite(&org.id, &invite);
    assert!(matches!(again, Err(ModelError::Conflict(_))));
    let bad: types::CreateOrgInviteBody = body("createOrgInvite", json!({"email": "nobody"}));
    let refused = state.create_org_invite(&org.id, &bad);
    assert!(matches!(refused, Err(ModelError::Invalid { ref field, .. }) if field == "email"));
    let accept: types::AcceptInviteBody =
        body("acceptInvite", json!({"invitedEmail": "DEV@example.com"}));
    let info = state.accept_invite(&accept).unwrap();
    assert_eq!(value(&info)["orgRole"]["org"]["id"], org.id.as_str());
    let accepted = state.org_invites_of(&org.id).unwrap();
    assert_eq!(value(&accepted[0].status), "accepted");
    // nothing pending for it any more
    assert!(matches!(
        state.accept_invite(&accept),
        Err(ModelError::NotFound { .. })
    ));
}

#[test]
fn a_domain_is_read_from_an_email_a_url_or_itself() {
    assert_eq!(
        domain_of("xyz@withampersand.com").as_deref(),
        Some("withampersand.com")
    );
    assert_eq!(
        domain_of("https://www.Example.com/a?b").as_deref(),
        Some("example.com")
    );
    assert_eq!(domain_of("example.org").as_deref(), Some("example.org"));
    assert_eq!(domain_of("not a domain"), None);
    assert_eq!(domain_of("localhost"), None);
    assert_eq!(domain_of("a@"), None);
}
