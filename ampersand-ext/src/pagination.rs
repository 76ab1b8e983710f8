//! Pagination as a method of the list builder: `client.list_operations()…stream()` gives the
//! pages, `….items()` the items, lazily, as octocrab's `into_stream` or aws-sdk-rust's
//! paginators do.
//!
//! The stream fetches a page when the caller asks for it. With prefetch (the default of
//! [`Paginate::stream`] and [`Paginate::items`]) it sends the request for the next page as it
//! hands out the current one, so the network overlaps the caller's work. The next page's
//! request is a future the stream owns, not a spawned task: dropping the stream cancels it,
//! and a panic in it reaches the caller. It stops on `done` or a missing token, and ends with
//! [`ErrorKind::Pagination`](crate::ErrorKind) when the server repeats a token. Only the
//! current page is held (two with prefetch). Each page goes through the client's request
//! path (retries included); an error is a stream item, after which the stream ends.
//!
//! ```no_run
//! use ampersand_ext::prelude::*; // Paginate included
//! use futures_util::TryStreamExt;
//!
//! # async fn run(client: &Client) -> Result<(), ampersand_ext::Error> {
//! let operations: Vec<types::Operation> = client
//!     .list_operations()
//!     .project_id_or_name("my-project")
//!     .integration_id("my-integration")
//!     .installation_id("my-installation")
//!     .page_size(100)
//!     .items()
//!     .try_collect()
//!     .await?;
//! # let _ = operations;
//! # Ok(())
//! # }
//! ```

use std::collections::HashSet;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use ampersand_client::{builder, types};
use futures_util::FutureExt;
use futures_util::stream::{self, BoxStream, Stream, StreamExt};

use crate::Error;

/// One page: its items and the token of the next one (`None` on the last page).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Page<T> {
    /// The items of this page.
    pub items: Vec<T>,
    /// The token that fetches the next page.
    pub next_page_token: Option<String>,
}

impl<T> Page<T> {
    /// A page of `items`, followed by the page at `next_page_token`.
    pub fn new(items: Vec<T>, next_page_token: Option<String>) -> Self {
        Page {
            items,
            next_page_token,
        }
    }
}

/// A page being fetched.
pub type PageFuture<'a, T> = Pin<Box<dyn Future<Output = Result<Page<T>, Error>> + Send + 'a>>;

/// A list call that pages with `pageToken` in and a next-page token out: one impl per paged
/// endpoint, on its generated builder.
pub trait Paginate<'a>: Clone + Send + Sync + Sized + 'a {
    /// What the pages hold.
    type Item: Send + 'a;

    /// Fetches the page at `token` (the first page for `None`).
    fn fetch_page(&self, token: Option<String>) -> PageFuture<'a, Self::Item>;

    /// The pages, prefetching the next one.
    fn stream(self) -> Pages<'a, Self> {
        self.pages_with(PageOptions::default())
    }

    /// The pages, with `options`.
    fn pages_with(self, options: PageOptions) -> Pages<'a, Self> {
        Pages {
            call: self,
            options,
            in_flight: None,
            next: Next::First,
            seen: HashSet::new(),
        }
    }

    /// The items of every page, in order, prefetching the next page.
    fn items(self) -> BoxStream<'a, Result<Self::Item, Error>> {
        self.stream()
            .flat_map(|page| match page {
                Ok(page) => stream::iter(page.items.into_iter().map(Ok).collect::<Vec<_>>()),
                Err(e) => stream::iter(vec![Err(e)]),
            })
            .boxed()
    }
}

/// How pages are fetched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct PageOptions {
    prefetch: bool,
}

impl Default for PageOptions {
    fn default() -> Self {
        PageOptions { prefetch: true }
    }
}

impl PageOptions {
    /// Whether to send the request for the next page as the current one is handed out
    /// (default `true`).
    pub fn prefetch(mut self, yes: bool) -> Self {
        self.prefetch = yes;
        self
    }
}

enum Next {
    First,
    Token(String),
    Fail(Error),
    Done,
}

/// The pages of a list call: a [`Stream`] of `Result<Page<T>, Error>`.
#[must_use = "a stream does nothing until polled"]
pub struct Pages<'a, C: Paginate<'a>> {
    call: C,
    options: PageOptions,
    in_flight: Option<PageFuture<'a, C::Item>>,
    next: Next,
    seen: HashSet<String>,
}

impl<'a, C: Paginate<'a>> Unpin for Pages<'a, C> {}

impl<'a, C: Paginate<'a>> Stream for Pages<'a, C> {
    type Item = Result<Page<C::Item>, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        if this.in_flight.is_none() {
            match std::mem::replace(&mut this.next, Next::Done) {
                Next::Done => return Poll::Ready(None),
                Next::Fail(e) => return Poll::Ready(Some(Err(e))),
                Next::First => this.in_flight = Some(this.call.fetch_page(None)),
                Next::Token(token) => this.in_flight = Some(this.call.fetch_page(Some(token))),
            }
        }
        let fetch = this.in_flight.as_mut().expect("set above");
        let page = match fetch.as_mut().poll(cx) {
            Poll::Pending => return Poll::Pending,
            Poll::Ready(page) => page,
        };
        this.in_flight = None;
        let page = match page {
            Ok(page) => page,
            Err(e) => return Poll::Ready(Some(Err(e))),
        };
        this.next = match &page.next_page_token {
            None => Next::Done,
            Some(token) if !this.seen.insert(token.clone()) => Next::Fail(Error::pagination(
                format!("the server repeated the page token {token:?}; stopping"),
            )),
            Some(token) if this.options.prefetch => {
                // send the next request now; the stream owns it
                let mut fetch = this.call.fetch_page(Some(token.clone()));
                if let Poll::Ready(done) = fetch.as_mut().poll(cx) {
                    fetch = futures_util::future::ready(done).boxed();
                }
                this.in_flight = Some(fetch);
                Next::Done
            }
            Some(token) => Next::Token(token.clone()),
        };
        Poll::Ready(Some(Ok(page)))
    }
}

impl<'a> Paginate<'a> for builder::ListOperations<'a> {
    type Item = types::Operation;

    fn fetch_page(&self, token: Option<String>) -> PageFuture<'a, types::Operation> {
        let call = match token {
            Some(token) => self.clone().page_token(token),
            None => self.clone(),
        };
        Box::pin(async move {
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
