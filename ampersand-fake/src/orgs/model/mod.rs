//! The orgs, invites, claimed domains and the builder the fake keeps, as the spec's types.

use ampersand_client::{UpdateMaskRule, types};

use crate::mask::apply_mask;
use crate::model_error::{ModelError, built};
use crate::state::{State, instant, new_id, now, typed, value};
use crate::table::Slot;

impl State {
    /// Makes the fake's builder if it has none yet; whether it made it.
    pub(crate) fn ensure_builder(&mut self) -> bool {
        if self.builder.is_some() {
            return false;
        }
        let id = new_id();
        let made = built(
            types::Builder::builder()
                .id(id.clone())
                .idp_provider("ampersand-fake".to_string())
                .idp_ref(id)
                .create_time(instant())
                .first_name(Some("Fake".to_string()))
                .last_name(Some("Builder".to_string()))
                .full_name(Some("Fake Builder".to_string())),
        )
        .ok();
        self.builder.set(made);
        self.builder.is_some()
    }

    /// The fake's builder (made at start, and after a reset).
    fn builder(&mut self) -> Result<types::Builder, ModelError> {
        self.ensure_builder();
        let none = || ModelError::Internal("the fake has no builder".into());
        self.builder.clone().ok_or_else(none)
    }

    /// Where the org `id` is.
    fn org_at(&self, id: &str) -> Result<Slot, ModelError> {
        self.orgs
            .find(id, |_| true)
            .ok_or_else(|| ModelError::not_found("org", id))
    }

    /// The org `id`.
    pub(crate) fn org(&self, id: &str) -> Result<&types::Org, ModelError> {
        Ok(&self.orgs[self.org_at(id)?])
    }

    /// A new org, the fake's builder its admin.
    pub(crate) fn create_org(
        &mut self,
        body: &types::CreateOrgBody,
    ) -> Result<types::Org, ModelError> {
        let builder = self.builder()?;
        let org: types::Org = built(
            types::Org::builder()
                .id(new_id())
                .label(body.label.clone())
                .default_team_id(new_id())
                .create_time(instant()),
        )?;
        self.orgs.push(org.clone());
        self.org_builders.insert(org.id.clone(), vec![builder.id]);
        Ok(org)
    }

    /// The org `id` with the paths of `body`'s mask set.
    pub(crate) fn update_org(
        &mut self,
        id: &str,
        body: &types::UpdateOrgBody,
        rule: &UpdateMaskRule,
    ) -> Result<types::Org, ModelError> {
        let at = self.org_at(id)?;
        let mut org = value(&self.orgs[at]);
        apply_mask(&mut org, &value(&body.org), &body.update_mask, rule)?;
        org["updateTime"] = now().into();
        let org: types::Org = typed(org)?;
        self.orgs[at] = org.clone();
        Ok(org)
    }

    /// The builders of the org `id` (the fake's, once it created or joined it).
    pub(crate) fn org_builders_of(&self, id: &str) -> Result<Vec<&types::Builder>, ModelError> {
        let org = self.org(id)?;
        let members = self.org_builders.get(&org.id).cloned().unwrap_or_default();
        Ok(self
            .builder
            .iter()
            .filter(|b| members.contains(&b.id))
            .collect())
    }

    /// Adds the builder (the fake's; another id is refused as unknown) to the org `id` (a
    /// member already stays one).
    pub(crate) fn add_user_to_org(
        &mut self,
        id: &str,
        body: types::AddUserToOrgBody,
    ) -> Result<(), ModelError> {
        let at = self.org_at(id)?;
        let known = self.builder.iter().any(|b| b.id == body.builder_id);
        if !known {
            return Err(ModelError::not_found("builder", &body.builder_id));
        }
        let members = self.org_builders.entry(self.orgs[at].id.clone());
        if !members.contains(&body.builder_id) {
            members.push(body.builder_id);
        }
        Ok(())
    }

    /// Where the invite `id` of the org `org` is.
    fn invite_at(&self, org: &str, id: &str) -> Result<Slot, ModelError> {
        self.invites
            .find(id, |i| i.parent_id == org)
            .ok_or_else(|| ModelError::not_found("invite", id))
    }

    /// The invite `id` of the org `org`.
    pub(crate) fn org_invite(&self, org: &str, id: &str) -> Result<&types::Invite, ModelError> {
        let org = self.org(org)?.id.clone();
        Ok(&self.invites[self.invite_at(&org, id)?])
    }

    /// A pending invite of an email address to the org `org` (refused, naming `email`, for
    /// text without an `@`; a conflict when one is pending for it already).
    pub(crate) fn create_org_invite(
        &mut self,
        org: &str,
        body: &types::CreateOrgInviteBody,
    ) -> Result<types::Invite, ModelError> {
        let org = self.org(org)?.id.clone();
        let email = body.email.trim().to_string();
        if !email.contains('@') || email.starts_with('@') || email.ends_with('@') {
            return Err(ModelError::invalid("email", "is not an email address"));
        }
        if self.invites.iter().any(|i| {
            i.parent_id == org
                && i.invited_email.eq_ignore_ascii_case(&email)
                && i.status == types::InviteStatus::Pending
        }) {
            return Err(ModelError::Conflict(
                "an invite for this email address is pending already".into(),
            ));
        }
        let invite: types::Invite = built(
            types::Invite::builder()
                .id(new_id())
                .invited_email(email)
                .parent_id(org)
                .parent_type(types::InviteParentType::Org)
                .status(types::InviteStatus::Pending)
                .create_time(instant()),
        )?;
        self.invites.push(invite.clone());
        Ok(invite)
    }

    /// The invites of the org `org`.
    pub(crate) fn org_invites_of(&self, org: &str) -> Result<Vec<&types::Invite>, ModelError> {
        let org = &self.org(org)?.id;
        Ok(self
            .invites
            .iter()
            .filter(|i| &i.parent_id == org)
            .collect())
    }

    /// Deletes the invite `id` of the org `org`.
    pub(crate) fn delete_org_invite(&mut self, org: &str, id: &str) -> Result<(), ModelError> {
        let org = self.org(org)?.id.clone();
        let at = self.invite_at(&org, id)?;
        self.invites.remove(at);
        Ok(())
    }

    /// The caller takes the pending invites of `invitedEmail`: each is accepted and the
    /// builder joins its org (none pending is refused as unknown); who the builder is now.
    pub(crate) fn accept_invite(
        &mut self,
        body: &types::AcceptInviteBody,
    ) -> Result<types::BuilderInfo, ModelError> {
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
            return Err(ModelError::not_found(
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
        self.builder_info()
    }

    /// The builder, the first org it is in (its role there), and its role in every project.
    pub(crate) fn builder_info(&mut self) -> Result<types::BuilderInfo, ModelError> {
        let builder = self.builder()?;
        let org = self.orgs.iter().find(|o| {
            self.org_builders
                .get(&o.id)
                .is_some_and(|m| m.contains(&builder.id))
        });
        let project_roles = self
            .projects
            .iter()
            .map(|p| {
                let role = types::BuilderInfoProjectRolesValue::builder()
                    .role("admin".to_string())
                    .principal_type(types::BuilderInfoProjectRolesValuePrincipalType::Builder)
                    .principal_id(builder.id.clone())
                    .project(p.clone());
                Ok((p.id.clone(), built(role)?))
            })
            .collect::<Result<std::collections::BTreeMap<_, _>, ModelError>>()?;
        let org_role = match org {
            Some(org) => Some(built(
                types::BuilderInfoOrgRole::builder()
                    .role("admin".to_string())
                    .principal_type(types::BuilderInfoOrgRolePrincipalType::Builder)
                    .principal_id(builder.id.clone())
                    .org(org.clone()),
            )?),
            None => None,
        };
        built(
            types::BuilderInfo::builder()
                .builder(builder)
                .project_roles(project_roles)
                .org_role(org_role),
        )
    }

    /// Claims the domain of an email address, domain name or URL (as the spec says: the part
    /// after `@` of an email, the host of a URL without `www.`) for an org; 409 when it is
    /// claimed already, refused (naming `domain`) when no domain can be read.
    pub(crate) fn claim_domain(&mut self, body: &types::ClaimDomainBody) -> Result<(), ModelError> {
        let domain = domain_of(&body.domain)
            .ok_or_else(|| ModelError::invalid("domain", "has no domain name"))?;
        if body.parent_type == "org" {
            self.org_at(&body.parent_id)?;
        }
        if self.domains.iter().any(|d| d.domain == domain) {
            return Err(ModelError::Conflict(format!("{domain} is claimed already")));
        }
        let claimed: types::ClaimedDomainResponse = built(
            types::ClaimedDomainResponse::builder()
                .id(new_id())
                .domain(domain)
                .parent_id(body.parent_id.clone())
                .parent_type(body.parent_type.clone()),
        )?;
        self.domains.push(claimed);
        Ok(())
    }

    /// Who claimed `domain` (a domain already read from what was asked).
    pub(crate) fn claim_of(
        &self,
        domain: &str,
    ) -> Result<&types::ClaimedDomainResponse, ModelError> {
        let claimed = self.domains.iter().find(|d| d.domain == domain);
        claimed.ok_or_else(|| ModelError::not_found("claim of", domain))
    }

    /// The domains the org `org` claimed.
    pub(crate) fn org_domains_of(
        &self,
        org: &str,
    ) -> Result<Vec<&types::ClaimedDomainResponse>, ModelError> {
        let org = &self.org(org)?.id;
        let all = self.domains.iter();
        Ok(all
            .filter(|d| &d.parent_id == org && d.parent_type == "org")
            .collect())
    }

    /// The billing account of the org `org` (one an org has from its creation).
    pub(crate) fn org_billing_account(
        &self,
        org: &str,
    ) -> Result<types::BillingAccount, ModelError> {
        billing_account(self.org(org)?)
    }

    /// Whether `id` is the billing account of an org.
    pub(crate) fn is_billing_account(&self, id: &str) -> bool {
        let mut orgs = self.orgs.iter();
        orgs.any(|o| billing_account(o).is_ok_and(|a| a.id == id))
    }
}

/// The billing account of `org`: its id made from the org's.
fn billing_account(org: &types::Org) -> Result<types::BillingAccount, ModelError> {
    built(
        types::BillingAccount::builder()
            .id(format!("billing-{}", org.id))
            .display_name(org.label.clone())
            .billing_provider("ampersand-fake".to_string())
            .billing_provider_ref(format!("fake_{}", org.id.replace('-', "")))
            .create_time(Some(org.create_time)),
    )
}

/// The domain an email address, a URL or a domain name names, lower-cased; `None` for text
/// with none.
pub(crate) fn domain_of(text: &str) -> Option<String> {
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
mod tests;
