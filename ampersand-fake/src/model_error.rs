//! What a resource's model refuses, typed: the models return these (no status, no problem
//! document), and this is the one place they become the service's problem answers.

use axum::http::StatusCode;

use crate::problem::{self, Problem};

/// A refusal of a model.
#[derive(Debug, thiserror::Error)]
pub(crate) enum ModelError {
    /// No `what` with the id (or name) `key`: 404.
    #[error("no {what} {key}")]
    NotFound { what: &'static str, key: String },
    /// The change clashes with what is kept (a name taken): 409.
    #[error("{0}")]
    Conflict(String),
    /// A field of the request that does not fit, by its path: 400, an issue naming it.
    #[error("{field}: {detail}")]
    Invalid { field: String, detail: String },
    /// A request the state refuses as it stands (nothing read yet, an object not read): 400,
    /// a problem with no issue.
    #[error("{0}")]
    Refused(String),
    /// A well-formed request the state cannot do: 422.
    #[error("{0}")]
    Unprocessable(String),
    /// A document the request carries (an `amp.yaml`) with errors, each by its path in the
    /// document: 422, an issue each.
    #[error("{} errors in the document", .0.len())]
    Document(Vec<(String, String)>),
    /// A value the fake made that its own spec refuses: the fake's bug, 500.
    #[error("the fake made a value its spec refuses: {0}")]
    Internal(String),
}

impl ModelError {
    /// The refusal of an unknown `what`.
    pub(crate) fn not_found(what: &'static str, key: impl Into<String>) -> ModelError {
        ModelError::NotFound {
            what,
            key: key.into(),
        }
    }

    /// The refusal of a field of the request.
    pub(crate) fn invalid(field: impl Into<String>, detail: impl Into<String>) -> ModelError {
        ModelError::Invalid {
            field: field.into(),
            detail: detail.into(),
        }
    }
}

impl From<ModelError> for Problem {
    fn from(e: ModelError) -> Problem {
        match e {
            ModelError::NotFound { what, key } => problem::not_found(what, &key),
            ModelError::Conflict(detail) => problem::conflict(detail),
            ModelError::Invalid { field, detail } => problem::invalid_body(&field, detail),
            ModelError::Refused(detail) => {
                problem::problem(StatusCode::BAD_REQUEST, "Bad Request", detail)
            }
            ModelError::Unprocessable(detail) => problem::unprocessable(detail),
            ModelError::Document(issues) => {
                let issues = issues
                    .iter()
                    .map(|(path, message)| problem::Issue::body(path, message))
                    .collect();
                problem::invalid(issues).status(StatusCode::UNPROCESSABLE_ENTITY)
            }
            ModelError::Internal(detail) => problem::problem(
                StatusCode::INTERNAL_SERVER_ERROR,
                "Internal Server Error",
                format!("the fake made a value its spec refuses: {detail}"),
            ),
        }
    }
}

/// A value of a generated type from its builder (the fake's values fit by construction; a
/// field left out is the fake's bug).
pub(crate) fn built<B, T>(builder: B) -> Result<T, ModelError>
where
    T: TryFrom<B>,
    T::Error: std::fmt::Display,
{
    T::try_from(builder).map_err(|e| ModelError::Internal(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::response::IntoResponse;

    #[test]
    fn each_refusal_is_its_status() {
        let cases = [
            (
                ModelError::NotFound {
                    what: "project",
                    key: "p".into(),
                },
                404,
            ),
            (ModelError::Conflict("taken".into()), 409),
            (ModelError::invalid("name", "is empty"), 400),
            (ModelError::Refused("not yet".into()), 400),
            (ModelError::Unprocessable("no".into()), 422),
            (
                ModelError::Document(vec![("a.b".into(), "bad".into())]),
                422,
            ),
            (ModelError::Internal("bug".into()), 500),
        ];
        for (error, status) in cases {
            let answer = Problem::from(error).into_response();
            assert_eq!(answer.status().as_u16(), status);
        }
    }
}
