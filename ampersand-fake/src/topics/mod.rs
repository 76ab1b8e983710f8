//! Notification routing: topics, the routes from a notification's event type to a topic, and
//! from a topic to a destination. A notification whose event type the project routes goes to
//! the destinations its topics route to; one it does not route goes to the webhook
//! destinations the installation's config names. A model and the handlers of its operations.

pub(crate) mod handlers;
mod model;
