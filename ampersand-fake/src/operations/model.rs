//! The operations the fake keeps, as the spec's `Operation`, by installation in the order
//! started.

use ampersand_client::types;

use crate::model_error::ModelError;
use crate::state::State;
use crate::table::Slot;

/// A page of operations, and where the next one starts (`None`: this is the last).
pub(crate) struct Page<'a> {
    pub(crate) operations: Vec<&'a types::Operation>,
    pub(crate) next: Option<Slot>,
}

impl State {
    /// The operation `id` of `project`.
    pub(crate) fn operation(
        &self,
        project: &str,
        id: &str,
    ) -> Result<&types::Operation, ModelError> {
        let at = self
            .operations
            .find(id, |o| o.project_id == project)
            .ok_or_else(|| ModelError::not_found("operation", id))?;
        Ok(&self.operations[at])
    }

    /// Up to `size` operations of `installation`, oldest first, from `from` (the start
    /// without it): only those rows are read.
    pub(crate) fn operations_page(
        &self,
        installation: &str,
        from: Option<Slot>,
        size: usize,
    ) -> Page<'_> {
        // one page and the row after it: whether there is a next page, and where it starts
        let (rows, _) = self.operations.group(installation, from);
        let mut page: Vec<(Slot, &types::Operation)> = rows.take(size + 1).collect();
        let next = (page.len() > size).then(|| page[size].0);
        page.truncate(size);
        Page {
            operations: page.into_iter().map(|(_, o)| o).collect(),
            next,
        }
    }

    /// The log lines of the operation `id` of `project`.
    pub(crate) fn operation_logs(
        &self,
        project: &str,
        id: &str,
    ) -> Result<Vec<types::Log>, ModelError> {
        let operation = self.operation(project, id)?;
        Ok(self.logs.get(&operation.id).cloned().unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model_error::built;

    fn operation(id: &str, installation: &str) -> types::Operation {
        built(
            types::Operation::builder()
                .id(id.to_string())
                .project_id("p".to_string())
                .installation_id(installation.to_string())
                .integration_id("i".to_string())
                .config_id("c".to_string())
                .action_type("read".to_string())
                .status("success".to_string()),
        )
        .unwrap()
    }

    #[test]
    fn an_installations_operations_come_a_page_at_a_time_oldest_first() {
        let mut state = State::default();
        for n in 0..5 {
            state.operations.push(operation(&format!("a{n}"), "a"));
            state.operations.push(operation(&format!("b{n}"), "b"));
        }
        let ids = |page: &Page<'_>| {
            page.operations
                .iter()
                .map(|o| o.id.clone())
                .collect::<Vec<_>>()
        };
        let first = state.operations_page("a", None, 2);
        assert_eq!(ids(&first), ["a0", "a1"]);
        let second = state.operations_page("a", first.next, 2);
        assert_eq!(ids(&second), ["a2", "a3"]);
        let last = state.operations_page("a", second.next, 2);
        assert_eq!((ids(&last), last.next), (vec!["a4".to_string()], None));
        assert_eq!(state.operation("p", "b3").unwrap().installation_id, "b");
        assert!(matches!(
            state.operation("q", "b3"),
            Err(ModelError::NotFound { .. })
        ));
        assert!(state.operation_logs("p", "a0").unwrap().is_empty());
    }
}
