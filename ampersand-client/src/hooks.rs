//! The request path of every generated operation: how a request is executed, and what is
//! done to an error response before the generated code decodes it.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use progenitor_client::{ClientHooks, ClientInfo, OperationInfo};

use crate::context::{Attempts, CallContext};
use crate::{problem, OperationMeta};

/// A boxed, sendable future of a response.
pub type ResponseFuture<'a> =
    Pin<Box<dyn Future<Output = reqwest::Result<reqwest::Response>> + Send + 'a>>;

/// Executes requests for the generated client: the one place where a layer above (retries,
/// tracing) plugs into every operation.
///
/// ```
/// use ampersand_client::{Execute, Inner, OperationInfo, ResponseFuture};
///
/// struct Plain;
/// impl Execute for Plain {
///     fn execute<'a>(
///         &'a self,
///         client: &'a reqwest::Client,
///         request: reqwest::Request,
///         _info: &'a OperationInfo,
///     ) -> ResponseFuture<'a> {
///         Box::pin(client.execute(request))
///     }
/// }
/// let client = ampersand_client::Client::new(
///     ampersand_client::DEFAULT_BASE_URL,
///     Inner::with_executor(Plain),
/// );
/// ```
pub trait Execute: Send + Sync + 'static {
    /// Sends `request` (for the operation `info`) and returns the response.
    fn execute<'a>(
        &'a self,
        client: &'a reqwest::Client,
        request: reqwest::Request,
        info: &'a OperationInfo,
    ) -> ResponseFuture<'a>;
}

/// What the generated [`Client`](crate::Client) carries besides its `reqwest::Client`: the
/// executor of its requests (by default, `reqwest::Client::execute`).
///
/// ```
/// use ampersand_client::ClientInfo;
///
/// let client = ampersand_client::Client::new(
///     ampersand_client::DEFAULT_BASE_URL,
///     ampersand_client::Inner::default(),
/// );
/// assert_eq!(client.baseurl(), "https://api.withampersand.com/v1");
/// ```
#[derive(Clone, Default)]
pub struct Inner {
    executor: Option<Arc<dyn Execute>>,
}

impl Inner {
    /// Executes requests with `executor` instead of sending them directly.
    ///
    /// See [`Execute`] for an example.
    pub fn with_executor(executor: impl Execute) -> Self {
        Inner {
            executor: Some(Arc::new(executor)),
        }
    }
}

impl fmt::Debug for Inner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Inner")
            .field("executor", &self.executor.as_ref().map(|_| "custom"))
            .finish()
    }
}

impl ClientHooks<Inner> for crate::Client {
    async fn exec(
        &self,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        let mut response = match &self.inner().executor {
            Some(executor) => executor.execute(self.client(), request, info).await?,
            None => self.client().execute(request).await?,
        };
        let attempts = response.extensions().get::<Attempts>().map_or(1, |a| a.0);
        let context = OperationMeta::find(info.operation_id).map(|operation| CallContext {
            operation,
            attempts,
        });
        if let Some(context) = context {
            response.extensions_mut().insert(context);
        }
        problem::normalize(response, context).await
    }
}
