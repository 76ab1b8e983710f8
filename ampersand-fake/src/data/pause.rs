//! The scheduled reads of an installation paused and resumed, per object (`pauseReads`,
//! `unpauseReads`): a pause the installation did not have is announced by the
//! `read.schedule.paused` notification. The fake runs no schedule, so the pause is seen in that
//! notification and in the state kept, and a triggered read still runs.

use ampersand_client::notifications::Notification;

use crate::model_error::ModelError;
use crate::state::{Effects, State, value};
use crate::table::Slot;

impl State {
    /// The objects a pause or resume body names (each a read object of the installation at
    /// `at`, else refused, naming it), or every read object of the installation.
    fn read_objects(
        &self,
        at: Slot,
        named: Option<Vec<String>>,
    ) -> Result<Vec<String>, ModelError> {
        let read = self.installations[at].config.content.read.as_ref();
        let reads = |o: &str| read.is_some_and(|r| r.objects.contains_key(o));
        match named {
            None => Ok(read
                .map(|r| r.objects.keys().cloned().collect())
                .unwrap_or_default()),
            Some(named) => {
                for (i, object) in named.iter().enumerate() {
                    if !reads(object) {
                        return Err(ModelError::invalid(
                            format!("objects[{i}]"),
                            format!("the installation does not read {object}"),
                        ));
                    }
                }
                Ok(named)
            }
        }
    }

    /// Pauses the scheduled reads of `objects` (all the installation reads, without a list)
    /// of the installation at `at`; a pause it did not have is announced.
    pub(crate) fn pause_reads(
        &mut self,
        at: Slot,
        objects: Option<Vec<String>>,
        effects: &mut Effects,
    ) -> Result<(), ModelError> {
        let objects = self.read_objects(at, objects)?;
        let installation = self.installations[at].clone();
        let paused = self.paused.entry(installation.id.clone());
        let newly: Vec<String> = objects
            .into_iter()
            .filter(|o| paused.insert(o.clone()))
            .collect();
        if !newly.is_empty() {
            let mut data = self.installation_fields(&installation);
            data["config"] = value(&installation.config);
            self.notify(
                &installation,
                Notification::ReadSchedulePaused,
                data,
                effects,
            );
        }
        Ok(())
    }

    /// Resumes the scheduled reads of `objects` (all, without a list) of the installation at
    /// `at`.
    pub(crate) fn unpause_reads(
        &mut self,
        at: Slot,
        objects: Option<Vec<String>>,
    ) -> Result<(), ModelError> {
        let objects = self.read_objects(at, objects)?;
        let id = &self.installations[at].id;
        if let Some(paused) = self.paused.get_mut(id) {
            for object in &objects {
                paused.remove(object);
            }
            if paused.is_empty() {
                self.paused.remove(id);
            }
        }
        Ok(())
    }
}
