//! The builder's side: organizations, their builders and invites, and who the caller is. A
//! fake has one builder, the holder of its credentials (made at start, kept with the
//! state): an org it creates has that builder as its admin, `acceptInvite` has it take the
//! pending invites of the email address given (and join their orgs), and `getMyInfo` answers
//! it, its org and a role in every project.

use ampersand_ext::types;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};

use crate::problem::{self, Problem};
use crate::state::{apply_mask, decode, new_id, no_content, now, ok, rule, typed, value, State};
use crate::Request;

impl State {
    /// Makes the fake's builder if it has none yet; whether it made it.
    pub(crate) fn ensure_builder(&mut self) -> bool {
        if self.builder.is_some() {
            return false;
        }
        let id = new_id();
        self.builder = typed(json!({
            "id": id,
            "idpProvider": "ampersand-fake",
            "idpRef": id,
            "createTime": now(),
            "firstName": "Fake",
            "lastName": "Builder",
            "fullName": "Fake Builder",
        }))
        .ok();
        self.builder.is_some()
    }

    /// The fake's builder (made at start, and after a reset).
    fn builder(&mut self) -> Result<types::Builder, Problem> {
        self.ensure_builder();
        self.builder.clone().ok_or_else(|| {
            problem::problem(
                StatusCode::INTERNAL_SERVER_ERROR,
                "Internal Server Error",
                "the fake has no builder".into(),
            )
        })
    }

    fn org_at(&self, id: &str) -> Result<usize, Problem> {
        self.orgs
            .iter()
            .position(|o| o.id == id)
            .ok_or_else(|| problem::not_found("org", id))
    }

    pub(crate) fn create_org(&mut self, request: &Request<'_>) -> Result<Response, Problem> {
        let body: types::CreateOrgBody = decode(&request.body)?;
        let builder = self.builder()?;
        let org: types::Org = typed(json!({
            "id": new_id(),
            "label": body.label,
            "defaultTeamId": new_id(),
            "createTime": now(),
        }))?;
        self.orgs.push(org.clone());
        self.org_builders.insert(org.id.clone(), vec![builder.id]);
        ok(StatusCode::CREATED, &org)
    }

    pub(crate) fn get_org(&self, request: &Request<'_>) -> Result<Response, Problem> {
        ok(
            StatusCode::OK,
            &self.orgs[self.org_at(request.param("orgId"))?],
        )
    }

    pub(crate) fn update_org(&mut self, request: &Request<'_>) -> Result<Response, Problem> {
        let at = self.org_at(request.param("orgId"))?;
        let body: types::UpdateOrgBody = decode(&request.body)?;
        let mut org = value(&self.orgs[at]);
        apply_mask(
            &mut org,
            &value(&body.org),
            &body.update_mask,
            rule(request)?,
        )?;
        org["updateTime"] = now().into();
        let org: types::Org = typed(org)?;
        self.orgs[at] = org.clone();
        ok(StatusCode::OK, &org)
    }

    /// The builders of the org (the fake's, once it created or joined it).
    pub(crate) fn list_org_builders(&self, request: &Request<'_>) -> Result<Response, Problem> {
        let org = &self.orgs[self.org_at(request.param("orgId"))?];
        let members = self.org_builders.get(&org.id).cloned().unwrap_or_default();
        let builders: Vec<&types::Builder> = self
            .builder
            .iter()
            .filter(|b| members.contains(&b.id))
            .collect();
        ok(StatusCode::OK, &builders)
    }

    /// Adds the builder (the fake's; another id is a 404) to the org (201, no body; a member
    /// already stays one).
    pub(crate) fn add_user_to_org(&mut self, request: &Request<'_>) -> Result<Response, Problem> {
        let at = self.org_at(request.param("orgId"))?;
        let body: types::AddUserToOrgBody = decode(&request.body)?;
        let known = self.builder.iter().any(|b| b.id == body.builder_id);
        if !known {
            return Err(problem::not_found("builder", &body.builder_id));
        }
        let members = self
            .org_builders
            .entry(self.orgs[at].id.clone())
            .or_default();
        if !members.contains(&body.builder_id) {
            members.push(body.builder_id);
        }
        Ok(StatusCode::CREATED.into_response())
    }

    fn invite_at(&self, org: &str, id: &str) -> Result<usize, Problem> {
        self.invites
            .iter()
            .position(|i| i.parent_id == org && i.id == id)
            .ok_or_else(|| problem::not_found("invite", id))
    }

    /// A pending invite of an email address (a 400 naming `email` for text without an `@`;
    /// a 409 when one is pending for it already).
    pub(crate) fn create_org_invite(&mut self, request: &Request<'_>) -> Result<Response, Problem> {
        let org = self.orgs[self.org_at(request.param("orgId"))?].id.clone();
        let body: types::CreateOrgInviteBody = decode(&request.body)?;
        let email = body.email.trim().to_string();
        if !email.contains('@') || email.starts_with('@') || email.ends_with('@') {
            return Err(problem::invalid_body(
                "email",
                "is not an email address".into(),
            ));
        }
        if self.invites.iter().any(|i| {
            i.parent_id == org
                && i.invited_email.eq_ignore_ascii_case(&email)
                && value(&i.status) == "pending"
        }) {
            return Err(problem::conflict(
                "an invite for this email address is pending already".into(),
            ));
        }
        let invite: types::Invite = typed(json!({
            "id": new_id(),
            "invitedEmail": email,
            "parentId": org,
            "parentType": "org",
            "status": "pending",
            "createTime": now(),
        }))?;
        self.invites.push(invite.clone());
        ok(StatusCode::CREATED, &invite)
    }

    pub(crate) fn list_org_invites(&self, request: &Request<'_>) -> Result<Response, Problem> {
        let org = &self.orgs[self.org_at(request.param("orgId"))?].id;
        let invites: Vec<&types::Invite> = self
            .invites
            .iter()
            .filter(|i| &i.parent_id == org)
            .collect();
        ok(StatusCode::OK, &invites)
    }

    pub(crate) fn get_org_invite(&self, request: &Request<'_>) -> Result<Response, Problem> {
        let org = self.orgs[self.org_at(request.param("orgId"))?].id.clone();
        ok(
            StatusCode::OK,
            &self.invites[self.invite_at(&org, request.param("inviteId"))?],
        )
    }

    pub(crate) fn delete_org_invite(&mut self, request: &Request<'_>) -> Result<Response, Problem> {
        let org = self.orgs[self.org_at(request.param("orgId"))?].id.clone();
        let at = self.invite_at(&org, request.param("inviteId"))?;
        self.invites.remove(at);
        no_content()
    }

    /// The caller takes the pending invites of `invitedEmail`: each is accepted and the
    /// builder joins its org (none pending is a 404); the answer is who the builder is now.
    pub(crate) fn accept_invite(&mut self, request: &Request<'_>) -> Result<Response, Problem> {
        let body: types::AcceptInviteBody = decode(&request.body)?;
        let builder = self.builder()?;
        let mut joined = Vec::new();
        for invite in &mut self.invites {
            let pending = value(&invite.status) == "pending";
            if pending
                && invite
                    .invited_email
                    .eq_ignore_ascii_case(body.invited_email.trim())
            {
                let mut stored = value(&*invite);
                stored["status"] = "accepted".into();
                stored["updateTime"] = now().into();
                *invite = typed(stored)?;
                joined.push(invite.parent_id.clone());
            }
        }
        if joined.is_empty() {
            return Err(problem::not_found(
                "pending invite",
                "for the email address given",
            ));
        }
        if self
            .builder
            .as_ref()
            .and_then(|b| b.primary_email.as_ref())
            .is_none()
        {
            let mut stored = value(&builder);
            stored["primaryEmail"] = body.invited_email.trim().into();
            self.builder = Some(typed(stored)?);
        }
        for org in joined {
            let members = self.org_builders.entry(org).or_default();
            if !members.contains(&builder.id) {
                members.push(builder.id.clone());
            }
        }
        ok(StatusCode::OK, &self.builder_info()?)
    }

    pub(crate) fn get_my_info(&mut self) -> Result<Response, Problem> {
        ok(StatusCode::OK, &self.builder_info()?)
    }

    /// The builder, the first org it is in (its role there), and its role in every project.
    fn builder_info(&mut self) -> Result<types::BuilderInfo, Problem> {
        let builder = self.builder()?;
        let role = |principal: &str, key: &str, what: Value| json!({ "role": "admin", "principalType": "builder", "principalId": principal, key: what });
        let org = self.orgs.iter().find(|o| {
            self.org_builders
                .get(&o.id)
                .is_some_and(|m| m.contains(&builder.id))
        });
        let projects: serde_json::Map<String, Value> = self
            .projects
            .iter()
            .map(|p| (p.id.clone(), role(&builder.id, "project", value(p))))
            .collect();
        let mut info = json!({ "builder": builder, "projectRoles": projects });
        if let Some(org) = org {
            info["orgRole"] = role(&builder.id, "org", value(org));
        }
        typed(info)
    }
}
