//! The fake's state and the operations it models, on the spec's generated types: a request
//! body is read into its operation's body type (so what does not fit the spec is refused,
//! naming the field), and an answer is made from the type its response declares.

use ampersand_ext::client::UpdateMaskRule;
use ampersand_ext::types;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;
use serde_json::{json, Value};

use crate::problem::{self, Problem};
use crate::Request;

/// Everything the fake keeps (and `--state` saves).
#[derive(Default, serde::Serialize, serde::Deserialize)]
pub(crate) struct Projects {
    /// In the order created.
    #[serde(default)]
    projects: Vec<types::Project>,
}

/// `body` read as `T`, or the 400 naming the field that does not fit.
fn decode<T: DeserializeOwned>(body: &[u8]) -> Result<T, Problem> {
    let mut de = serde_json::Deserializer::from_slice(body);
    serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let name = if path == "." {
            "body".to_string()
        } else {
            path
        };
        problem::invalid_body(&name, e.into_inner().to_string())
    })
}

/// A value of a generated type from its JSON (the fake's own values fit by construction; a
/// failure is the fake's bug, answered as a 500).
fn typed<T: DeserializeOwned>(value: Value) -> Result<T, Problem> {
    serde_json::from_value(value).map_err(|e| {
        problem::problem(
            StatusCode::INTERNAL_SERVER_ERROR,
            "Internal Server Error",
            format!("the fake made a value its spec refuses: {e}"),
        )
    })
}

/// The segments of an `updateMask` path (`.` separates, `\` escapes).
fn segments(path: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut chars = path.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(next) = chars.next() {
                    out.last_mut().expect("one segment at least").push(next);
                }
            }
            '.' => out.push(String::new()),
            c => out.last_mut().expect("one segment at least").push(c),
        }
    }
    out
}

/// Applies `mask` from `partial` (the body's object) onto `stored`, as the spec's update
/// endpoints say: only the listed paths change; a path the rule does not allow is refused,
/// and so is a listed path the object has no value for.
fn apply_mask(
    stored: &mut Value,
    partial: &Value,
    mask: &[String],
    rule: &UpdateMaskRule,
) -> Result<(), Problem> {
    if mask.is_empty() {
        return Err(problem::invalid_body(
            "updateMask",
            "lists no path: nothing would change".into(),
        ));
    }
    for path in mask {
        let parts = segments(path);
        let refs: Vec<&str> = parts.iter().map(String::as_str).collect();
        if !rule.allows(&refs) {
            return Err(problem::invalid_body(
                "updateMask",
                format!(
                    "`{path}` is not a path this update allows (it allows {})",
                    rule.allowed.join(", ")
                ),
            ));
        }
        let mut value = partial;
        for part in &refs {
            match value.get(part) {
                Some(v) => value = v,
                None => {
                    return Err(problem::invalid_body(
                        &format!("{}.{path}", rule.object_key),
                        format!(
                            "`{path}` is in updateMask, but the {} has no value for it",
                            rule.object_key
                        ),
                    ))
                }
            }
        }
        let value = value.clone();
        let mut at = &mut *stored;
        for part in &refs[..refs.len() - 1] {
            if !at.get(*part).is_some_and(Value::is_object) {
                at[*part] = json!({});
            }
            at = &mut at[*part];
        }
        at[refs[refs.len() - 1]] = value;
    }
    Ok(())
}

fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}

impl Projects {
    /// The answer to a modelled operation; `None` for one the fake does not model.
    pub(crate) fn handle(&mut self, request: &Request<'_>) -> Option<Response> {
        let answer = match request.op.id {
            "createProject" => self.create(request),
            "getProject" => self
                .find(request.param("projectIdOrName"))
                .map(|i| problem::json(StatusCode::OK, &self.projects[i])),
            "listProjects" => Ok(problem::json(StatusCode::OK, &self.projects)),
            "updateProject" => self.update(request),
            _ => return None,
        };
        Some(answer.unwrap_or_else(IntoResponse::into_response))
    }

    /// The index of the project with id or name `key`.
    fn find(&self, key: &str) -> Result<usize, Problem> {
        self.projects
            .iter()
            .position(|p| p.id == key || p.name == key)
            .ok_or_else(|| problem::not_found("project", key))
    }

    fn name_taken(&self, name: &str, except: Option<usize>) -> Result<(), Problem> {
        match self.projects.iter().position(|p| p.name == name) {
            Some(i) if Some(i) != except => Err(problem::conflict(format!(
                "a project named {name} exists already"
            ))),
            _ => Ok(()),
        }
    }

    fn create(&mut self, request: &Request<'_>) -> Result<Response, Problem> {
        let body: types::CreateProjectBody = decode(request.body)?;
        let body = serde_json::to_value(&body).unwrap_or_default();
        // "Values are normalized to lowercase on save."
        let name = body["name"].as_str().unwrap_or_default().to_lowercase();
        self.name_taken(&name, None)?;
        let project: types::Project = typed(json!({
            "id": format!("proj_{}", uuid::Uuid::new_v4()),
            "name": name,
            "appName": body["appName"],
            "orgId": body["orgId"],
            "createTime": now(),
        }))?;
        self.projects.push(project.clone());
        Ok(problem::json(StatusCode::CREATED, &project))
    }

    fn update(&mut self, request: &Request<'_>) -> Result<Response, Problem> {
        let at = self.find(request.param("projectIdOrName"))?;
        let body: types::UpdateProjectBody = decode(request.body)?;
        let rule = UpdateMaskRule::find(request.op.method_name)
            .ok_or_else(|| problem::not_modelled(request.op))?;
        let partial = serde_json::to_value(&body.project).unwrap_or_default();
        let mut stored = serde_json::to_value(&self.projects[at]).unwrap_or_default();
        apply_mask(&mut stored, &partial, &body.update_mask, rule)?;
        if let Some(name) = stored["name"].as_str().map(str::to_lowercase) {
            self.name_taken(&name, Some(at))?;
            stored["name"] = name.into();
        }
        stored["updateTime"] = now().into();
        let project: types::Project = typed(stored)?;
        self.projects[at] = project.clone();
        Ok(problem::json(StatusCode::OK, &project))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mask_paths_split_on_unescaped_dots() {
        assert_eq!(segments("a.b"), ["a", "b"]);
        assert_eq!(
            segments(r"config.read\.objects.x\\y"),
            ["config", "read.objects", r"x\y"]
        );
    }
}
