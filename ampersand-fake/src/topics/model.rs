//! The topics and routes the fake keeps, as the spec's types.

use std::collections::BTreeSet;

use ampersand_client::types;

use crate::model_error::{ModelError, built};
use crate::state::{State, instant, new_id, now, typed, value};
use crate::table::{Row, Slot, Table};

impl State {
    /// Where the topic `id` of `project` is.
    fn topic_at(&self, project: &str, id: &str) -> Result<Slot, ModelError> {
        self.topics
            .find(id, |t| t.project_id == project)
            .ok_or_else(|| ModelError::not_found("topic", id))
    }

    /// Refuses `name` when a topic of `project` has it.
    fn topic_name_taken(&self, project: &str, name: &str) -> Result<(), ModelError> {
        if self
            .topics
            .iter()
            .any(|t| t.project_id == project && value(&t.name) == name)
        {
            return Err(ModelError::Conflict(format!(
                "a topic named {name} exists already"
            )));
        }
        Ok(())
    }

    /// A new topic of `project`.
    pub(crate) fn create_topic(
        &mut self,
        project: &str,
        body: &types::CreateTopicBody,
    ) -> Result<types::Topic, ModelError> {
        let name = value(&body.name);
        self.topic_name_taken(project, name.as_str().unwrap_or_default())?;
        let topic: types::Topic = built(
            types::Topic::builder()
                .id(new_id())
                .name(body.name.to_string())
                .project_id(project.to_string())
                .create_time(instant()),
        )?;
        self.topics.push(topic.clone());
        Ok(topic)
    }

    /// The topics of `project`.
    pub(crate) fn topics_of(&self, project: &str) -> Vec<&types::Topic> {
        of_project(&self.topics, project, |t| &t.project_id)
    }

    /// The topic `id` of `project`, renamed as `body` says.
    pub(crate) fn update_topic(
        &mut self,
        project: &str,
        id: &str,
        body: &types::UpdateTopicBody,
    ) -> Result<types::Topic, ModelError> {
        let at = self.topic_at(project, id)?;
        let name = value(&body.name);
        let mut stored = value(&self.topics[at]);
        if stored["name"] != name {
            self.topic_name_taken(project, name.as_str().unwrap_or_default())?;
        }
        stored["name"] = name;
        stored["updateTime"] = now().into();
        let topic: types::Topic = typed(stored)?;
        self.topics[at] = topic.clone();
        Ok(topic)
    }

    /// Deletes the topic `id` of `project` and the routes to and from it.
    pub(crate) fn delete_topic(&mut self, project: &str, id: &str) -> Result<(), ModelError> {
        let at = self.topic_at(project, id)?;
        let id = self.topics.remove(at).id;
        self.topic_routes.retain(|r| r.topic_id != id);
        self.event_routes.retain(|r| r.topic_id != id);
        Ok(())
    }

    /// A route of `project` from a topic to a destination, both of it.
    pub(crate) fn create_topic_destination_route(
        &mut self,
        project: &str,
        body: &types::CreateTopicDestinationRouteBody,
    ) -> Result<types::TopicDestinationRoute, ModelError> {
        self.topic_at(project, &body.topic_id)?;
        if !self
            .destinations
            .iter()
            .any(|d| d.project_id == project && d.destination.id == body.destination_id)
        {
            return Err(ModelError::not_found("destination", &body.destination_id));
        }
        let route: types::TopicDestinationRoute = built(
            types::TopicDestinationRoute::builder()
                .id(new_id())
                .topic_id(body.topic_id.clone())
                .destination_id(body.destination_id.clone())
                .project_id(project.to_string())
                .create_time(instant()),
        )?;
        self.topic_routes.push(route.clone());
        Ok(route)
    }

    /// The topic-destination routes of `project`.
    pub(crate) fn topic_destination_routes_of(
        &self,
        project: &str,
    ) -> Vec<&types::TopicDestinationRoute> {
        of_project(&self.topic_routes, project, |r| &r.project_id)
    }

    /// Deletes the topic-destination route `id` of `project`.
    pub(crate) fn delete_topic_destination_route(
        &mut self,
        project: &str,
        id: &str,
    ) -> Result<(), ModelError> {
        remove(
            &mut self.topic_routes,
            (project, id),
            |r| &r.project_id,
            "topic destination route",
        )?;
        Ok(())
    }

    /// A route of `project` from an event type to one of its topics.
    pub(crate) fn create_event_topic_route(
        &mut self,
        project: &str,
        body: &types::CreateEventTopicRouteBody,
    ) -> Result<types::NotificationEventTopicRoute, ModelError> {
        let topic = &body.topic_id;
        self.topic_at(project, topic)
            .map_err(|_| ModelError::Unprocessable(format!("no topic {topic}")))?;
        let route: types::NotificationEventTopicRoute = built(
            types::NotificationEventTopicRoute::builder()
                .id(new_id())
                .event_type(body.event_type.to_string().as_str())
                .topic_id(topic.clone())
                .project_id(project.to_string())
                .create_time(instant()),
        )?;
        self.event_routes.push(route.clone());
        Ok(route)
    }

    /// The event-topic routes of `project`.
    pub(crate) fn event_topic_routes_of(
        &self,
        project: &str,
    ) -> Vec<&types::NotificationEventTopicRoute> {
        of_project(&self.event_routes, project, |r| &r.project_id)
    }

    /// Deletes the event-topic route `id` of `project`.
    pub(crate) fn delete_event_topic_route(
        &mut self,
        project: &str,
        id: &str,
    ) -> Result<(), ModelError> {
        remove(
            &mut self.event_routes,
            (project, id),
            |r| &r.project_id,
            "event-topic route",
        )?;
        Ok(())
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

/// Removes the item of `list` whose project (`project_of` it) and id are `wanted`, or the
/// 404 naming `what`.
fn remove<T: Row>(
    list: &mut Table<T>,
    wanted: (&str, &str),
    project_of: fn(&T) -> &String,
    what: &'static str,
) -> Result<T, ModelError> {
    let at = list
        .find(wanted.1, |item| project_of(item) == wanted.0)
        .ok_or_else(|| ModelError::not_found(what, wanted.1))?;
    Ok(list.remove(at))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec_bodies::body;
    use serde_json::json;

    #[test]
    fn an_event_type_routed_to_a_topic_goes_to_the_topics_destinations() {
        let mut state = State::default();
        let topic = state
            .create_topic("p", &body("createTopic", json!({"name": "alerts"})))
            .unwrap();
        let again = state.create_topic("p", &body("createTopic", json!({"name": "alerts"})));
        assert!(matches!(again, Err(ModelError::Conflict(_))));
        let hook =
            json!({"name": "hook", "type": "webhook", "metadata": {"url": "https://example.com"}});
        let hook = state
            .create_destination("p", &body("createDestination", hook), "whsec_k")
            .unwrap();
        let to_hook = json!({"topicId": topic.id, "destinationId": hook.id});
        state
            .create_topic_destination_route("p", &body("createTopicDestinationRoute", to_hook))
            .unwrap();
        // not routed yet: the installation's own destinations are used instead
        assert_eq!(state.routed("p", "connection.created"), None);
        let event = json!({"eventType": "connection.created", "topicId": topic.id});
        state
            .create_event_topic_route("p", &body("createEventTopicRoute", event))
            .unwrap();
        let routed = state.routed("p", "connection.created").unwrap();
        assert_eq!(routed.into_iter().collect::<Vec<_>>(), [hook.id]);
        // the topic gone, its routes go too
        state.delete_topic("p", &topic.id).unwrap();
        assert_eq!(state.routed("p", "connection.created"), None);
        assert!(state.topic_destination_routes_of("p").is_empty());
    }
}
