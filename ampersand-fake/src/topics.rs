//! Notification routing: topics, the routes from a notification's event type to a topic, and
//! from a topic to a destination. A notification whose event type the project routes goes to
//! the destinations its topics route to; one it does not route goes to the webhook
//! destinations the installation's config names.

use std::collections::BTreeSet;

use ampersand_client::types;
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::json;

use crate::problem::{self, Problem};
use crate::state::{decode, new_id, no_content, now, ok, typed, value, State};
use crate::table::{Row, Slot, Table};
use crate::Request;

impl State {
    fn topic_at(&self, project: &str, id: &str) -> Result<Slot, Problem> {
        self.topics
            .position(|t| t.project_id == project && t.id == id)
            .ok_or_else(|| problem::not_found("topic", id))
    }

    fn topic_name_taken(&self, project: &str, name: &str) -> Result<(), Problem> {
        if self
            .topics
            .iter()
            .any(|t| t.project_id == project && value(&t.name) == name)
        {
            return Err(problem::conflict(format!(
                "a topic named {name} exists already"
            )));
        }
        Ok(())
    }

    pub(crate) fn create_topic(&mut self, request: &Request<'_>) -> Result<Response, Problem> {
        let project = self.project_id(request)?;
        let body: types::CreateTopicBody = decode(&request.body)?;
        let name = value(&body.name);
        self.topic_name_taken(&project, name.as_str().unwrap_or_default())?;
        let topic: types::Topic = typed(json!({
            "id": new_id(),
            "name": name,
            "projectId": project,
            "createTime": now(),
        }))?;
        self.topics.push(topic.clone());
        ok(StatusCode::CREATED, &topic)
    }

    pub(crate) fn list_topics(&self, request: &Request<'_>) -> Result<Response, Problem> {
        let project = self.project_id(request)?;
        ok(
            StatusCode::OK,
            &of_project(&self.topics, &project, |t| &t.project_id),
        )
    }

    pub(crate) fn update_topic(&mut self, request: &Request<'_>) -> Result<Response, Problem> {
        let project = self.project_id(request)?;
        let at = self.topic_at(&project, request.param("topicId"))?;
        let body: types::UpdateTopicBody = decode(&request.body)?;
        let name = value(&body.name);
        let mut stored = value(&self.topics[at]);
        if stored["name"] != name {
            self.topic_name_taken(&project, name.as_str().unwrap_or_default())?;
        }
        stored["name"] = name;
        stored["updateTime"] = now().into();
        let topic: types::Topic = typed(stored)?;
        self.topics[at] = topic.clone();
        ok(StatusCode::OK, &topic)
    }

    /// Deletes a topic and the routes to and from it.
    pub(crate) fn delete_topic(&mut self, request: &Request<'_>) -> Result<Response, Problem> {
        let project = self.project_id(request)?;
        let at = self.topic_at(&project, request.param("topicId"))?;
        let id = self.topics.remove(at).id;
        self.topic_routes.retain(|r| r.topic_id != id);
        self.event_routes.retain(|r| r.topic_id != id);
        no_content()
    }

    pub(crate) fn create_topic_destination_route(
        &mut self,
        request: &Request<'_>,
    ) -> Result<Response, Problem> {
        let project = self.project_id(request)?;
        let body: types::CreateTopicDestinationRouteBody = decode(&request.body)?;
        self.topic_at(&project, &body.topic_id)?;
        if !self
            .destinations
            .iter()
            .any(|d| d.project_id == project && d.destination.id == body.destination_id)
        {
            return Err(problem::not_found("destination", &body.destination_id));
        }
        let route: types::TopicDestinationRoute = typed(json!({
            "id": new_id(),
            "topicId": body.topic_id,
            "destinationId": body.destination_id,
            "projectId": project,
            "createTime": now(),
        }))?;
        self.topic_routes.push(route.clone());
        ok(StatusCode::CREATED, &route)
    }

    pub(crate) fn list_topic_destination_routes(
        &self,
        request: &Request<'_>,
    ) -> Result<Response, Problem> {
        let project = self.project_id(request)?;
        ok(
            StatusCode::OK,
            &of_project(&self.topic_routes, &project, |r| &r.project_id),
        )
    }

    pub(crate) fn delete_topic_destination_route(
        &mut self,
        request: &Request<'_>,
    ) -> Result<Response, Problem> {
        let project = self.project_id(request)?;
        let id = request.param("routeId");
        let key = |r: &types::TopicDestinationRoute| (r.project_id.clone(), r.id.clone());
        remove(
            &mut self.topic_routes,
            (&project, id),
            key,
            "topic destination route",
        )?;
        no_content()
    }

    pub(crate) fn create_event_topic_route(
        &mut self,
        request: &Request<'_>,
    ) -> Result<Response, Problem> {
        let project = self.project_id(request)?;
        let body: types::CreateEventTopicRouteBody = decode(&request.body)?;
        let body = value(&body);
        let topic = body["topicId"].as_str().unwrap_or_default();
        self.topic_at(&project, topic)
            .map_err(|_| problem::unprocessable(format!("no topic {topic}")))?;
        let route: types::NotificationEventTopicRoute = typed(json!({
            "id": new_id(),
            "eventType": body["eventType"],
            "topicId": topic,
            "projectId": project,
            "createTime": now(),
        }))?;
        self.event_routes.push(route.clone());
        ok(StatusCode::CREATED, &route)
    }

    pub(crate) fn list_event_topic_routes(
        &self,
        request: &Request<'_>,
    ) -> Result<Response, Problem> {
        let project = self.project_id(request)?;
        ok(
            StatusCode::OK,
            &of_project(&self.event_routes, &project, |r| &r.project_id),
        )
    }

    pub(crate) fn delete_event_topic_route(
        &mut self,
        request: &Request<'_>,
    ) -> Result<Response, Problem> {
        let project = self.project_id(request)?;
        let id = request.param("routeId");
        let key = |r: &types::NotificationEventTopicRoute| (r.project_id.clone(), r.id.clone());
        remove(
            &mut self.event_routes,
            (&project, id),
            key,
            "event-topic route",
        )?;
        no_content()
    }

    /// The destination ids a notification of `kind` in `project` is routed to, when the
    /// project routes that event type (`None` when it does not).
    pub(crate) fn routed(&self, project: &str, kind: &str) -> Option<BTreeSet<String>> {
        let topics: BTreeSet<&str> = self
            .event_routes
            .iter()
            .filter(|r| r.project_id == project && value(&r.event_type) == kind)
            .map(|r| r.topic_id.as_str())
            .collect();
        if topics.is_empty() {
            return None;
        }
        Some(
            self.topic_routes
                .iter()
                .filter(|r| r.project_id == project && topics.contains(r.topic_id.as_str()))
                .map(|r| r.destination_id.clone())
                .collect(),
        )
    }
}

/// The items of `list` that belong to `project`.
fn of_project<'a, T: Row>(
    list: &'a Table<T>,
    project: &str,
    owner: fn(&T) -> &String,
) -> Vec<&'a T> {
    list.iter().filter(|item| owner(item) == project).collect()
}

/// Removes the item of `list` whose project and id `key` gives are `wanted`, or the 404
/// naming `what`.
fn remove<T: Row>(
    list: &mut Table<T>,
    wanted: (&str, &str),
    key: impl Fn(&T) -> (String, String),
    what: &str,
) -> Result<T, Problem> {
    let at = list
        .position(|item| {
            let (project, id) = key(item);
            project == wanted.0 && id == wanted.1
        })
        .ok_or_else(|| problem::not_found(what, wanted.1))?;
    Ok(list.remove(at))
}
