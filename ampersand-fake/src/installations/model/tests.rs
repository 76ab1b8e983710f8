use super::*;
use crate::spec_bodies::body;

/// A state with the integration `crm` of project `p` and a connection of group `g1`.
fn ready() -> State {
    let mut state = State::default();
    let integration = json!({"name": "crm", "provider": "salesforce"});
    let integration = body("createIntegration", integration);
    state.create_integration("p", integration).unwrap();
    let connection = json!({"provider": "salesforce", "groupRef": "g1"});
    let connection: types::GenerateConnectionRequest = body("generateConnection", connection);
    let effects = &mut Effects::default();
    state
        .generate_connection("p", &connection, effects)
        .unwrap();
    state
}

/// `crm` installed for the group `group_ref`.
fn install(
    state: &mut State,
    group_ref: &str,
    effects: &mut Effects,
) -> Result<types::Installation, ModelError> {
    let given: types::CreateInstallationBody =
        body("createInstallation", json!({ "groupRef": group_ref }));
    state.create_installation("p", "crm", &given, effects)
}

#[test]
fn an_installation_is_one_per_group_on_the_groups_connection() {
    let mut state = ready();
    let effects = &mut Effects::default();
    let made = install(&mut state, "g1", effects).unwrap();
    assert_eq!(made.connection.group.group_ref, "g1");
    assert!(
        made.connection.api_key.is_none(),
        "no credentials in an installation"
    );
    let again = install(&mut state, "g1", effects);
    assert!(matches!(again, Err(ModelError::Conflict(_))));
    let none = install(&mut state, "g2", effects);
    assert!(matches!(none, Err(ModelError::Unprocessable(_))));
    let at = state.installation_of_group("p", "crm", "g1").unwrap();
    assert_eq!(state.installations[at].id, made.id);
    assert_eq!(state.installations_of_project("p", Some("g2")).len(), 0);
    assert_eq!(
        state
            .installations_of_integration("p", "crm", None)
            .unwrap()
            .len(),
        1
    );
    state.delete_installation(at, effects);
    assert!(state.installations_of_project("p", None).is_empty());
}

#[test]
fn each_config_change_is_a_new_config() {
    let mut state = ready();
    let effects = &mut Effects::default();
    let made = install(&mut state, "g1", effects).unwrap();
    let at = state.installation_slot("p", "crm", &made.id).unwrap();
    let rule = UpdateMaskRule::find("update_installation").unwrap();
    let update: types::UpdateInstallationBody = body(
        "updateInstallation",
        json!({"updateMask": ["config.content.proxy.enabled"],
            "installation": {"config": {"content": {"proxy": {"enabled": true}}}}}),
    );
    let changed = state
        .update_installation(at, &update, rule, effects)
        .unwrap();
    assert_ne!(changed.config.id, made.config.id);
    assert_eq!(value(&changed.config.content)["proxy"]["enabled"], true);
    assert!(changed.update_time.is_some());
}
