//! The projects the fake keeps, as the spec's `Project`: typed in, typed out, no HTTP.

use ampersand_client::types;

use crate::mask::Masked;
use crate::model_error::{ModelError, built};
use crate::state::{State, instant, new_id};
use crate::table::Slot;

impl State {
    /// Where the project with id or name `key` is.
    pub(crate) fn project_at(&self, key: &str) -> Result<Slot, ModelError> {
        self.projects
            .find(key, |_| true)
            .or_else(|| self.projects.named(key))
            .ok_or_else(|| ModelError::not_found("project", key))
    }

    /// The project with id or name `key`.
    pub(crate) fn project(&self, key: &str) -> Result<&types::Project, ModelError> {
        Ok(&self.projects[self.project_at(key)?])
    }

    /// Refuses `name` when another project than the one at `except` has it.
    fn project_name_taken(&self, name: &str, except: Option<Slot>) -> Result<(), ModelError> {
        match self.projects.named(name) {
            Some(at) if Some(at) != except => Err(ModelError::Conflict(format!(
                "a project named {name} exists already"
            ))),
            _ => Ok(()),
        }
    }

    /// A new project; its name is kept lowercase ("Values are normalized to lowercase on
    /// save").
    pub(crate) fn create_project(
        &mut self,
        body: types::CreateProjectBody,
    ) -> Result<types::Project, ModelError> {
        let name = body.name.to_lowercase();
        self.project_name_taken(&name, None)?;
        let project: types::Project = built(
            types::Project::builder()
                .id(new_id())
                .name(name)
                .app_name(body.app_name.to_string())
                .org_id(body.org_id)
                .create_time(instant()),
        )?;
        self.projects.push(project.clone());
        Ok(project)
    }

    /// The project `key` with the listed paths of an update set ([`Masked`], the body's mask
    /// checked against its rule, with its partial project's values): where it is.
    pub(crate) fn update_project(
        &mut self,
        key: &str,
        masked: &Masked<'_>,
    ) -> Result<Slot, ModelError> {
        let at = self.project_at(key)?;
        // read from its kept JSON, the listed paths set as it is read
        let mut project: types::Project = masked.onto(self.projects.json(at).get())?;
        if project.name != self.projects[at].name {
            project.name = project.name.to_lowercase();
            self.project_name_taken(&project.name, Some(at))?;
        }
        project.update_time = Some(instant());
        self.projects.set(at, project);
        Ok(at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::value;
    use ampersand_client::UpdateMaskRule;

    fn body(name: &str) -> types::CreateProjectBody {
        types::CreateProjectBody::builder()
            .name(name.to_string())
            .app_name("App".to_string())
            .org_id("org")
            .try_into()
            .unwrap()
    }

    #[test]
    fn a_project_is_found_by_id_or_name_and_its_name_is_unique_in_lowercase() {
        let mut state = State::default();
        let made = state.create_project(body("Mine")).unwrap();
        assert_eq!(made.name, "mine");
        assert_eq!(state.project("mine").unwrap().id, made.id);
        assert_eq!(state.project(&made.id).unwrap().name, "mine");
        assert!(matches!(
            state.create_project(body("MINE")),
            Err(ModelError::Conflict(_))
        ));
        assert!(matches!(
            state.project("other"),
            Err(ModelError::NotFound {
                what: "project",
                ..
            })
        ));
    }

    /// An update as the handler makes it: the body's mask checked, with its partial project.
    fn updated(
        state: &mut State,
        key: &str,
        body: &types::UpdateProjectBody,
    ) -> Result<Slot, ModelError> {
        let rule = UpdateMaskRule::find("update_project").unwrap();
        let partial = value(&body.project);
        state.update_project(key, &Masked::checked(&partial, &body.update_mask, rule)?)
    }

    #[test]
    fn an_update_changes_only_the_paths_its_mask_lists() {
        let mut state = State::default();
        let made = state.create_project(body("mine")).unwrap();
        let update = |mask: &[&str], app_name: &str| -> types::UpdateProjectBody {
            types::UpdateProjectBody::builder()
                .update_mask(mask.iter().map(|p| p.to_string()).collect::<Vec<_>>())
                .project(types::UpdateProjectBodyProject::builder().app_name(app_name.to_string()))
                .try_into()
                .unwrap()
        };
        let at = updated(&mut state, "mine", &update(&["appName"], "New")).unwrap();
        let changed = &state.projects[at];
        assert_eq!(
            (changed.app_name.as_str(), changed.name.as_str()),
            ("New", "mine")
        );
        assert_eq!(changed.create_time, made.create_time);
        assert!(changed.update_time.is_some());
        // nothing listed: refused, nothing changed
        let refused = updated(&mut state, "mine", &update(&[], "Other"));
        assert!(
            matches!(refused, Err(ModelError::Invalid { ref field, .. }) if field == "updateMask")
        );
        assert_eq!(state.project("mine").unwrap().app_name, "New");
    }

    #[test]
    fn a_renamed_project_is_found_by_its_new_name_only_and_frees_the_old() {
        let mut state = State::default();
        let made = state.create_project(body("old")).unwrap();
        let rename: types::UpdateProjectBody = types::UpdateProjectBody::builder()
            .update_mask(vec!["name".to_string()])
            .project(types::UpdateProjectBodyProject::builder().name("New".to_string()))
            .try_into()
            .unwrap();
        updated(&mut state, &made.id, &rename).unwrap();
        assert_eq!(state.project("new").unwrap().id, made.id);
        assert!(state.project("old").is_err());
        let other = state.create_project(body("old")).unwrap();
        assert_ne!(other.id, made.id);
        assert_eq!(state.project("old").unwrap().id, other.id);
        // the new name is taken
        assert!(matches!(
            state.create_project(body("NEW")),
            Err(ModelError::Conflict(_))
        ));
    }
}
