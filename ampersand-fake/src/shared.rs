//! What every request of a fake shares: its options, its state behind one lock (reads
//! together, one change at a time), its store, its faults and downloads; and what follows a
//! change: the store written with the state unlocked, then the change's deliveries and
//! delayed work.

use std::sync::Arc;

use axum::response::{IntoResponse, Response};
use tokio::sync::RwLock;

use crate::{Fault, Options, deliver, downloads, fault, journal, problem, state, store};

/// What every request of a fake shares: its options and its state.
pub(crate) struct Shared {
    pub(crate) options: Options,
    /// `http://` and the address it listens on.
    pub(crate) origin: String,
    /// Read by the operations that only read, together; written by one change at a time.
    pub(crate) state: RwLock<state::State>,
    /// Where `--state` keeps it.
    pub(crate) store: Option<store::Store>,
    pub(crate) faults: std::sync::Mutex<fault::Faults>,
    /// The read results offered by URL.
    pub(crate) downloads: downloads::Downloads,
    /// Sends the webhook deliveries.
    pub(crate) http: reqwest::Client,
}

impl Shared {
    pub(crate) fn take_fault(&self, operation: &str) -> Option<Fault> {
        self.faults
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .take(operation)
    }

    /// Whether any fault waits for its operation.
    pub(crate) fn faults_waiting(&self) -> bool {
        self.faults
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .any()
    }

    pub(crate) fn add_fault(&self, operation: String, times: u32, fault: Fault) {
        self.faults
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .add(operation, times, fault);
    }

    /// Sets off what a change left to do: its deliveries now, its pending work after the
    /// fake's delay (then that work's own deliveries).
    pub(crate) fn after(self: &Arc<Self>, mut effects: state::Effects) {
        if !effects.deliveries.is_empty() {
            let options = &self.options;
            let settings = (
                self.origin.as_str(),
                options.url_results_above,
                options.download_ttl,
            );
            for delivery in &mut effects.deliveries {
                if let Some(project) = &delivery.results_of {
                    let body = std::mem::take(&mut delivery.body);
                    delivery.body = self.downloads.deliverable(body, project, settings);
                }
            }
            tokio::spawn(deliver::send(self.http.clone(), effects.deliveries));
        }
        for operation in effects.later {
            let shared = self.clone();
            tokio::spawn(async move {
                tokio::time::sleep(shared.options.async_delay).await;
                let mut effects = state::Effects::default();
                let mut state = shared.state.write().await;
                state.finish(&operation, &mut effects);
                if shared.save(state).await.is_ok() {
                    shared.after(effects);
                }
            });
        }
    }

    /// Writes what a change made in `state` to the store, if there is one, before it returns
    /// (the state unlocked while the disk is written); the 500 answer when the store refused it
    /// (the store and the state are then as they were before the change).
    pub(crate) async fn save(
        self: &Arc<Self>,
        mut state: tokio::sync::RwLockWriteGuard<'_, state::State>,
    ) -> Result<(), Response> {
        let changes = state.changes(self.store.is_some());
        self.write(state, changes)
            .await
            .map_err(|e| self.not_saved(&e))
    }

    /// The answer when a change could not be saved: the change is undone.
    fn not_saved(&self, e: &str) -> Response {
        let file = self
            .options
            .state
            .as_deref()
            .unwrap_or(std::path::Path::new(""));
        tracing::error!("cannot save the state to {}: {e}", file.display());
        problem::problem(
            axum::http::StatusCode::INTERNAL_SERVER_ERROR,
            "Internal Server Error",
            format!(
                "the fake cannot save its state to {}, so the change was not made: {e}",
                file.display()
            ),
        )
        .into_response()
    }

    /// Writes `changes` to the store, if there is one and they are any, in the order they were
    /// made in `state` (unlocked while the disk is written).
    pub(crate) async fn write(
        self: &Arc<Self>,
        state: tokio::sync::RwLockWriteGuard<'_, state::State>,
        changes: Vec<journal::Change>,
    ) -> Result<(), String> {
        let Some(store) = self.store.as_ref().filter(|_| !changes.is_empty()) else {
            return Ok(());
        };
        let written = store.queue(changes);
        drop(state);
        let shared = self.clone();
        // off the runtime (and a paused clock stands still while it runs)
        let _ = tokio::task::spawn_blocking(move || {
            if let Some(store) = &shared.store {
                store.flush(&shared.state);
            }
        })
        .await;
        written
            .await
            .unwrap_or_else(|_| Err("the fake has stopped".into()))
    }

    pub(crate) async fn reset(self: &Arc<Self>) -> Result<(), Response> {
        let mut state = self.state.write().await;
        *state = state::State::default();
        self.write(state, vec![journal::Change::Clear])
            .await
            .map_err(|e| self.not_saved(&e))?;
        self.faults
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clear();
        Ok(())
    }
}
