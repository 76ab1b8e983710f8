//! Pagination: a lazy `Stream` over the pages (or items) of an endpoint that pages with
//! `pageToken`/`pageSize` in and `pagination.nextPageToken`/`done` out.
//!
//! Another paged endpoint plugs in with one [`Paged`] impl. The stream fetches a page when the
//! caller asks for it (or, with [`PageOptions::prefetch`], the next one while the caller works
//! on the current one), stops on `done` or a missing token, and ends with an error when the
//! server repeats a token. Only the current page is held (two with prefetch). Each page goes
//! through the client's retries; an error is a stream item, after which the stream ends.

use std::collections::HashSet;
use std::future::Future;
use std::num::NonZeroU64;
use std::pin::Pin;

use ampersand_client::{types, Client};
use futures_util::stream::{self, BoxStream, StreamExt};

use crate::Error;

/// One page: its items, and the token of the next one unless it is the last.
///
/// ```
/// let last = ampersand_ext::pagination::Page { items: vec![1, 2], next_page_token: None::<String> };
/// assert!(last.next_page_token.is_none());
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    /// The items of this page.
    pub items: Vec<T>,
    /// The token that fetches the next page; `None` on the last page.
    pub next_page_token: Option<String>,
}

/// A boxed future of one page.
///
/// ```
/// use ampersand_ext::pagination::{Page, PageFuture};
/// let empty: PageFuture<u8> = Box::pin(async { Ok(Page { items: vec![], next_page_token: None }) });
/// # let _ = empty;
/// ```
pub type PageFuture<T> = Pin<Box<dyn Future<Output = Result<Page<T>, Error>> + Send>>;

/// An endpoint that pages: how to fetch the page at `token`.
///
/// ```
/// use ampersand_ext::pagination::{Page, PageFuture, Paged};
///
/// /// A stand-in endpoint with two pages.
/// #[derive(Clone)]
/// struct Numbers;
/// impl Paged for Numbers {
///     type Item = u32;
///     fn fetch(&self, _client: &ampersand_ext::Client, token: Option<String>, _size: Option<std::num::NonZeroU64>) -> PageFuture<u32> {
///         Box::pin(async move {
///             Ok(match token.as_deref() {
///                 None => Page { items: vec![1, 2], next_page_token: Some("2".into()) },
///                 _ => Page { items: vec![3], next_page_token: None },
///             })
///         })
///     }
/// }
/// ```
pub trait Paged: Clone + Send + Sync + 'static {
    /// What a page holds.
    type Item: Send + 'static;
    /// Fetches the page at `token` (`None`: the first page).
    fn fetch(
        &self,
        client: &Client,
        token: Option<String>,
        page_size: Option<NonZeroU64>,
    ) -> PageFuture<Self::Item>;
}

/// How to page.
///
/// ```
/// let options = ampersand_ext::pagination::PageOptions::default().page_size(50).prefetch(true);
/// # let _ = options;
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PageOptions {
    page_size: Option<NonZeroU64>,
    prefetch: bool,
}

impl PageOptions {
    /// Items per page to ask for (the server's default when unset; 0 means unset).
    ///
    /// ```
    /// let options = ampersand_ext::pagination::PageOptions::default().page_size(100);
    /// # let _ = options;
    /// ```
    pub fn page_size(mut self, size: u64) -> Self {
        self.page_size = NonZeroU64::new(size);
        self
    }

    /// Fetch the next page while the caller works on the current one.
    ///
    /// ```
    /// let options = ampersand_ext::pagination::PageOptions::default().prefetch(true);
    /// # let _ = options;
    /// ```
    pub fn prefetch(mut self, yes: bool) -> Self {
        self.prefetch = yes;
        self
    }
}

/// The operations of an installation (listOperations).
///
/// ```no_run
/// use futures_util::StreamExt;
/// use ampersand_ext::pagination::{pages, InstallationOperations, PageOptions};
/// # async fn run(client: ampersand_ext::Client) {
/// let query = InstallationOperations::new("my-project", "my-integration", "inst-1");
/// let mut pages = pages(client, query, PageOptions::default().page_size(50));
/// while let Some(page) = pages.next().await {
///     println!("{} operations", page.unwrap().items.len());
/// }
/// # }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstallationOperations {
    project: String,
    integration_id: String,
    installation_id: String,
}

impl InstallationOperations {
    /// The operations of installation `installation_id`.
    ///
    /// ```
    /// let q = ampersand_ext::pagination::InstallationOperations::new("p", "i", "inst");
    /// # let _ = q;
    /// ```
    pub fn new(
        project: impl Into<String>,
        integration_id: impl Into<String>,
        installation_id: impl Into<String>,
    ) -> Self {
        InstallationOperations {
            project: project.into(),
            integration_id: integration_id.into(),
            installation_id: installation_id.into(),
        }
    }
}

impl Paged for InstallationOperations {
    type Item = types::Operation;

    fn fetch(
        &self,
        client: &Client,
        token: Option<String>,
        page_size: Option<NonZeroU64>,
    ) -> PageFuture<types::Operation> {
        let client = client.clone();
        let query = self.clone();
        Box::pin(async move {
            let mut call = client
                .list_operations()
                .project_id_or_name(query.project)
                .integration_id(query.integration_id)
                .installation_id(query.installation_id);
            if let Some(size) = page_size {
                call = call.page_size(size);
            }
            if let Some(token) = token {
                call = call.page_token(token);
            }
            let page = call.send().await?.into_inner();
            let next = match page.pagination.done {
                true => None,
                false => page.pagination.next_page_token.filter(|t| !t.is_empty()),
            };
            Ok(Page {
                items: page.results,
                next_page_token: next,
            })
        })
    }
}

/// Where the stream is.
enum State<T> {
    /// Fetch the page at this token (`None`: the first) next.
    Fetch(Option<String>),
    /// The page at this token is being fetched in the background.
    Prefetching(tokio::task::JoinHandle<Result<Page<T>, Error>>),
    /// Yield this error, then end.
    Fail(Error),
    /// Nothing more.
    Done,
}

/// The pages of `query`, fetched lazily.
///
/// See [`InstallationOperations`] for an example.
pub fn pages<P: Paged>(
    client: Client,
    query: P,
    options: PageOptions,
) -> BoxStream<'static, Result<Page<P::Item>, Error>> {
    let seen: HashSet<String> = HashSet::new();
    stream::unfold((State::Fetch(None), seen), move |(state, mut seen)| {
        let client = client.clone();
        let query = query.clone();
        async move {
            let page = match state {
                State::Done => return None,
                State::Fail(e) => return Some((Err(e), (State::Done, seen))),
                State::Fetch(token) => query.fetch(&client, token, options.page_size).await,
                State::Prefetching(handle) => match handle.await {
                    Ok(page) => page,
                    Err(e) => Err(Error::invalid_request(format!(
                        "the prefetch of a page failed: {e}"
                    ))),
                },
            };
            let page = match page {
                Ok(page) => page,
                Err(e) => return Some((Err(e), (State::Done, seen))),
            };
            let next = match &page.next_page_token {
                None => State::Done,
                Some(token) if !seen.insert(token.clone()) => State::Fail(Error::pagination(
                    format!("the server repeated the page token {token:?}; stopping"),
                )),
                Some(token) if options.prefetch => {
                    let client = client.clone();
                    let query = query.clone();
                    let token = token.clone();
                    let size = options.page_size;
                    State::Prefetching(tokio::spawn(async move {
                        query.fetch(&client, Some(token), size).await
                    }))
                }
                Some(token) => State::Fetch(Some(token.clone())),
            };
            Some((Ok(page), (next, seen)))
        }
    })
    .boxed()
}

/// The items of `query`, page after page.
///
/// ```no_run
/// use futures_util::TryStreamExt;
/// use ampersand_ext::pagination::{items, InstallationOperations, PageOptions};
/// # async fn run(client: ampersand_ext::Client) -> Result<(), ampersand_ext::Error> {
/// let query = InstallationOperations::new("p", "i", "inst");
/// let operations: Vec<_> = items(client, query, PageOptions::default()).try_collect().await?;
/// println!("{} operations", operations.len());
/// # Ok(())
/// # }
/// ```
pub fn items<P: Paged>(
    client: Client,
    query: P,
    options: PageOptions,
) -> BoxStream<'static, Result<P::Item, Error>> {
    pages(client, query, options)
        .flat_map(|page| match page {
            Ok(page) => stream::iter(page.items.into_iter().map(Ok).collect::<Vec<_>>()),
            Err(e) => stream::iter(vec![Err(e)]),
        })
        .boxed()
}
