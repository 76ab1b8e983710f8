//! Bulk: one change applied to many installations with bounded concurrency, one result per
//! installation in input order; one failure does not lose the others' results.

use std::future::Future;

use ampersand_client::update_mask::UpdateInstallationFields;
use ampersand_client::{Client, ResponseValue, types};
use futures_util::stream::{self, StreamExt};

use crate::Error;

/// The default number of requests in flight.
pub const DEFAULT_CONCURRENCY: usize = 4;

/// Runs `task` on every input with at most `concurrency` running at once (at least 1), and
/// returns the results in input order. A slot is given to the next input as soon as any task
/// ends, not only the oldest, so one slow task does not hold back the others.
///
/// ```
/// # async fn run() {
/// let doubled = ampersand_ext::bulk::run(vec![1, 2, 3], 2, |n| async move { n * 2 }).await;
/// assert_eq!(doubled, [2, 4, 6]);
/// # }
/// ```
pub async fn run<I, T, F, Fut>(inputs: Vec<I>, concurrency: usize, mut task: F) -> Vec<T>
where
    F: FnMut(I) -> Fut,
    Fut: Future<Output = T>,
{
    let mut done: Vec<(usize, T)> = stream::iter(inputs.into_iter().enumerate())
        .map(|(i, input)| {
            let running = task(input);
            async move { (i, running.await) }
        })
        .buffer_unordered(concurrency.max(1))
        .collect()
        .await;
    done.sort_unstable_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, t)| t).collect()
}

/// The outcome for one installation.
///
/// ```
/// let r = ampersand_ext::bulk::InstallationResult {
///     installation_id: "inst-1".into(),
///     result: Err(ampersand_ext::Error::invalid_request("x")),
/// };
/// assert!(r.result.is_err());
/// ```
#[derive(Debug)]
pub struct InstallationResult {
    /// The installation's id.
    pub installation_id: String,
    /// The updated installation, or why not.
    pub result: Result<types::Installation, Error>,
}

/// Bulk operations on the generated client.
pub trait ClientBulkExt {
    /// Applies `change` (setters of [`UpdateInstallationFields`], e.g. one read object) to every installation of
    /// `integration_id` (of `group_ref` only, when given), found with listInstallations, with
    /// at most `concurrency` updates in flight. Fails as a whole only when the list fails.
    ///
    /// ```no_run
    /// use ampersand_ext::{bulk::ClientBulkExt, types::BaseReadConfigObject};
    /// # async fn run(client: ampersand_ext::Client) -> Result<(), ampersand_ext::Error> {
    /// let contacts = BaseReadConfigObject::builder()
    ///     .object_name(Some("contacts".to_string()))
    ///     .schedule(Some("*/30 * * * *".to_string()));
    /// let results = client
    ///     .update_installations("p", "i", None, 8, |update| update.read_object("contacts", contacts.clone()))
    ///     .await?;
    /// for r in results.iter().filter(|r| r.result.is_err()) {
    ///     eprintln!("{}: {:?}", r.installation_id, r.result);
    /// }
    /// # Ok(())
    /// # }
    /// ```
    fn update_installations<F>(
        &self,
        project: &str,
        integration_id: &str,
        group_ref: Option<&str>,
        concurrency: usize,
        change: F,
    ) -> impl Future<Output = Result<Vec<InstallationResult>, Error>> + Send
    where
        F: for<'c> Fn(UpdateInstallationFields<'c>) -> UpdateInstallationFields<'c> + Send + Sync;
}

impl ClientBulkExt for Client {
    async fn update_installations<F>(
        &self,
        project: &str,
        integration_id: &str,
        group_ref: Option<&str>,
        concurrency: usize,
        change: F,
    ) -> Result<Vec<InstallationResult>, Error>
    where
        F: for<'c> Fn(UpdateInstallationFields<'c>) -> UpdateInstallationFields<'c> + Send + Sync,
    {
        let mut list = self
            .list_installations()
            .project_id_or_name(project)
            .integration_id(integration_id);
        if let Some(group) = group_ref {
            list = list.group_ref(group);
        }
        let ids: Vec<String> = list
            .send()
            .await?
            .into_inner()
            .into_iter()
            .map(|i| i.id)
            .collect();
        let change = &change;
        let results = run(ids, concurrency, |id| async move {
            let update = self
                .update_installation_fields()
                .project_id_or_name(project)
                .integration_id(integration_id)
                .installation_id(id.as_str());
            InstallationResult {
                result: change(update).send().await.map(ResponseValue::into_inner),
                installation_id: id,
            }
        })
        .await;
        Ok(results)
    }
}
