//! The builder's side: organizations, their builders and invites, and who the caller is. A
//! fake has one builder, the holder of its credentials (made at start, kept with the
//! state): an org it creates has that builder as its admin, `acceptInvite` has it take the
//! pending invites of the email address given (and join their orgs), and `getMyInfo` answers
//! it, its org and a role in every project. An org's domains can be claimed, and it has a
//! billing account whose portal session is the fake's own page, which sends the browser back
//! to the `redirectUrl` given.

use ampersand_client::types;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};

use crate::mask::apply_mask;
use crate::problem::{self, Problem};
use crate::state::{decode, new_id, no_content, now, ok, rule, typed, value, State};
use crate::table::Slot;
use crate::Request;

impl State {
    /// Makes the fake's builder if it has none yet; whether it made it.
    pub(crate) fn ensure_builder(&mut self) -> bool {
        if self.builder.is_some() {
            return false;
        }
        let id = new_id();
        let made = typed(json!({
            "id": id,
            "idpProvider": "ampersand-fake",
            "idpRef": id,
            "createTime": now(),
            "firstName": "Fake",
            "lastName": "Builder",
            "fullName": "Fake Builder",
        }))
        .ok();
        self.builder.set(made);
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

    fn org_at(&self, id: &str) -> Result<Slot, Problem> {
        self.orgs
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
        let members = self.org_builders.entry(self.orgs[at].id.clone());
        if !members.contains(&body.builder_id) {
            members.push(body.builder_id);
        }
        Ok(StatusCode::CREATED.into_response())
    }

    fn invite_at(&self, org: &str, id: &str) -> Result<Slot, Problem> {
        self.invites
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
        for slot in self.invites.slots() {
            let invite = &mut self.invites[slot];
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
            self.builder.set(Some(typed(stored)?));
        }
        for org in joined {
            let members = self.org_builders.entry(org);
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
        Ok(typed(info)?)
    }

    /// Claims the domain of an email address, domain name or URL (as the spec says: the part
    /// after `@` of an email, the host of a URL without `www.`) for an org; 409 when it is
    /// claimed already, 400 when no domain can be read.
    pub(crate) fn claim_domain(&mut self, request: &Request<'_>) -> Result<Response, Problem> {
        let body: types::ClaimDomainBody = decode(&request.body)?;
        let domain = domain_of(&body.domain)
            .ok_or_else(|| problem::invalid_body("domain", "has no domain name".into()))?;
        if body.parent_type == "org" {
            self.org_at(&body.parent_id)?;
        }
        if self.domains.iter().any(|d| d.domain == domain) {
            return Err(problem::conflict(format!("{domain} is claimed already")));
        }
        let claimed: types::ClaimedDomainResponse = typed(json!({
            "id": new_id(),
            "domain": domain,
            "parentId": body.parent_id,
            "parentType": body.parent_type,
        }))?;
        self.domains.push(claimed);
        Ok(StatusCode::CREATED.into_response())
    }

    /// Who claimed the domain of the query's `domain` (404: nobody).
    pub(crate) fn check_claimed_domain(&self, request: &Request<'_>) -> Result<Response, Problem> {
        let asked = request.query["domain"].as_str().unwrap_or_default();
        let domain = domain_of(asked).ok_or_else(|| {
            problem::invalid(vec![problem::Issue::query("domain", "has no domain name")])
        })?;
        let claimed = self
            .domains
            .iter()
            .find(|d| d.domain == domain)
            .ok_or_else(|| problem::not_found("claim of", &domain))?;
        ok(StatusCode::OK, claimed)
    }

    pub(crate) fn list_org_claimed_domains(
        &self,
        request: &Request<'_>,
    ) -> Result<Response, Problem> {
        let org = &self.orgs[self.org_at(request.param("orgId"))?].id;
        let domains: Vec<&types::ClaimedDomainResponse> = self
            .domains
            .iter()
            .filter(|d| &d.parent_id == org && d.parent_type == "org")
            .collect();
        ok(StatusCode::OK, &domains)
    }

    /// The org's billing account (one an org has from its creation, named by its label).
    pub(crate) fn get_org_billing_account(
        &self,
        request: &Request<'_>,
    ) -> Result<Response, Problem> {
        let org = &self.orgs[self.org_at(request.param("orgId"))?];
        ok(StatusCode::OK, &billing_account(org)?)
    }

    /// A portal session: the fake's page, which sends the browser back to `redirectUrl`.
    pub(crate) fn create_billing_account_session(
        &self,
        request: &Request<'_>,
    ) -> Result<Response, Problem> {
        let id = request.param("billingAccountId");
        let known = self
            .orgs
            .iter()
            .any(|o| billing_account(o).is_ok_and(|a| a.id == id));
        if !known {
            return Err(problem::not_found("billing account", id));
        }
        let body: types::CreateBillingAccountSessionBody = decode(&request.body)?;
        let back = percent_encoding::utf8_percent_encode(
            &body.redirect_url,
            percent_encoding::NON_ALPHANUMERIC,
        );
        let url = format!("{}{PORTAL_PATH}?redirectUrl={back}", request.origin);
        ok(StatusCode::OK, &json!({ "url": url }))
    }
}

/// The path of the fake's billing portal page.
pub(crate) const PORTAL_PATH: &str = "/_fake/billing/portal";

/// The billing account of `org`: its id made from the org's.
fn billing_account(org: &types::Org) -> Result<types::BillingAccount, Problem> {
    Ok(typed(json!({
        "id": format!("billing-{}", org.id),
        "displayName": org.label,
        "billingProvider": "ampersand-fake",
        "billingProviderRef": format!("fake_{}", org.id.replace('-', "")),
        "createTime": value(&org.create_time),
    }))?)
}

/// The domain an email address, a URL or a domain name names, lower-cased; `None` for text
/// with none.
fn domain_of(text: &str) -> Option<String> {
    let text = text.trim().to_lowercase();
    let host = if let Some((_, after)) = text.rsplit_once('@') {
        after.to_string()
    } else if text.contains("://") {
        reqwest::Url::parse(&text).ok()?.host_str()?.to_string()
    } else {
        text.split('/').next().unwrap_or_default().to_string()
    };
    let host = host
        .strip_prefix("www.")
        .unwrap_or(&host)
        .trim_end_matches('.');
    let valid = host.contains('.')
        && host
            .split('.')
            .all(|l| !l.is_empty() && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'));
    valid.then(|| host.to_string())
}

#[cfg(test)]
mod tests {
    use super::domain_of;

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
}
