//! What the client knows of each operation at run time: for tracing, errors and retries.

/// One operation of the spec.
///
/// ```
/// let op = ampersand_client::OperationMeta::find("list_installations").unwrap();
/// assert_eq!(op.id, "listInstallations");
/// assert_eq!(op.method, "GET");
/// assert_eq!(op.path, "/projects/{projectIdOrName}/integrations/{integrationId}/installations");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct OperationMeta {
    /// The spec's `operationId` (`listInstallations`).
    pub id: &'static str,
    /// The generated `Client` method that starts it (`list_installations`); progenitor's
    /// `OperationInfo::operation_id` holds this name.
    pub method_name: &'static str,
    /// HTTP method, upper case.
    pub method: &'static str,
    /// Path template, relative to the base URL.
    pub path: &'static str,
    /// The credentials it accepts, in the spec's order of preference (empty: none needed).
    pub auth: &'static [crate::CredentialKind],
    /// The media types its responses declare, as the request path sends them in `Accept`
    /// (`application/json, application/problem+json`; empty: it declares none).
    pub accept: &'static str,
    /// Whether its success body is text rather than JSON (oauthConnect's `text/plain` URL):
    /// the generated `send()` returns it as a `String`, and the request path refuses a body
    /// that is not UTF-8 with a `Decode` error.
    pub text: bool,
    /// The error body it declares that is not a problem (writeRecords' 422), if any.
    pub error_body: Option<&'static ErrorBody>,
}

/// An error body an operation declares for some statuses that is not a problem document: its
/// own type, decoded whole into its [`crate::OperationErrorBody`] (see
/// [`crate::Error::error_body`]).
pub struct ErrorBody {
    /// The statuses that carry it.
    pub statuses: &'static [u16],
    /// Decodes a body into the operation's variant.
    pub decode: fn(&[u8]) -> Result<crate::OperationErrorBody, crate::DecodeError>,
}

impl std::fmt::Debug for ErrorBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ErrorBody")
            .field("statuses", &self.statuses)
            .finish_non_exhaustive()
    }
}

// one per operation, made once: the same body is the same value
impl PartialEq for ErrorBody {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Eq for ErrorBody {}

impl std::hash::Hash for ErrorBody {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.statuses.hash(state);
    }
}

impl OperationMeta {
    /// The operation whose `Client` method is `method_name`, on any host (the platform API
    /// first, then each data-plane API of [`crate::Host`]).
    ///
    /// ```
    /// assert!(ampersand_client::OperationMeta::find("no_such_call").is_none());
    /// assert_eq!(ampersand_client::OperationMeta::find("write_records").unwrap().id, "writeRecords");
    /// ```
    pub fn find(method_name: &str) -> Option<&'static OperationMeta> {
        crate::Host::ALL
            .iter()
            .find_map(|host| Self::find_in(host.operations(), method_name))
    }

    /// The operation whose `Client` method is `method_name`, in one table (a host's
    /// `OPERATIONS`).
    pub fn find_in(
        table: &'static [OperationMeta],
        method_name: &str,
    ) -> Option<&'static OperationMeta> {
        table.iter().find(|op| op.method_name == method_name)
    }

    /// Whether repeating the request has the same effect as sending it once (GET, HEAD, PUT,
    /// DELETE, OPTIONS), so that it can be retried safely.
    ///
    /// ```
    /// let get = ampersand_client::OperationMeta::find("get_installation").unwrap();
    /// let create = ampersand_client::OperationMeta::find("create_installation").unwrap();
    /// assert!(get.is_idempotent() && !create.is_idempotent());
    /// ```
    pub fn is_idempotent(&self) -> bool {
        matches!(self.method, "GET" | "HEAD" | "PUT" | "DELETE" | "OPTIONS")
    }
}
