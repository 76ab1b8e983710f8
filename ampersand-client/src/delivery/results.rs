//! The records of a read or subscribe delivery whatever its form, inline or behind its
//! `downloadUrl`, as a stream typed to the caller's struct; and an installation notification's
//! config, inline or behind its `configURL`.
//!
//! A download goes through the client's `reqwest::Client`, retry policy, timeouts and size
//! limit, with no credential and no hook (see [`crate::call`]'s fetch): Ampersand's API key
//! never reaches the storage that serves the results.

use std::pin::Pin;
use std::task::{Context, Poll};

use futures_core::Stream;
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::array::{ArrayReader, Next};
use crate::call::{Download, fetch};
use crate::error::ErrorKind;
use crate::webhook::types::{ResultEntry, ResultInfoType, WebhookMessage};
use crate::{CallConfig, ClientInfo, DecodeError, Error};

/// Where a delivery's records are: made by [`Client::results`](crate::Client::results).
#[derive(Debug, Clone)]
pub struct Results {
    http: reqwest::Client,
    config: CallConfig,
    source: Source,
}

/// The records themselves, or where to fetch them.
#[derive(Clone)]
enum Source {
    Inline(Vec<ResultEntry>),
    Url(String),
    /// What the delivery says does not name its records (a `url` result with no URL).
    Missing(String),
}

impl std::fmt::Debug for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Source::Inline(entries) => write!(f, "Inline({} records)", entries.len()),
            // a presigned URL carries its signature: not shown
            Source::Url(_) => f.write_str("Url([redacted])"),
            Source::Missing(why) => write!(f, "Missing({why})"),
        }
    }
}

impl crate::Client {
    /// The records of a read or subscribe delivery, whatever its form: inline (`result`), or
    /// downloaded from its `downloadUrl` with no credential (see [`crate::delivery`]).
    ///
    /// A download is read record by record and never held whole, so the client's response
    /// size limit ([`CallConfig::max_response_bytes`], 64 MiB unless set) bounds how large a
    /// delivery may be, not the memory it takes: raise it for larger ones (a
    /// [`BodyTooLarge`](crate::ErrorKind::BodyTooLarge) error says when one is over it).
    ///
    /// ```no_run
    /// # async fn run(client: ampersand_client::Client, message: ampersand_client::delivery::WebhookMessage) {
    /// use futures_util::StreamExt;
    ///
    /// #[derive(serde::Deserialize)]
    /// struct Contact { email: String }
    ///
    /// let mut contacts = client.results(&message).fields::<Contact>();
    /// while let Some(contact) = contacts.next().await {
    ///     match contact {
    ///         Ok(contact) => println!("{}", contact.email),
    ///         // one record that does not fit: the others still come
    ///         Err(e) if e.record().is_some() => eprintln!("skipped: {e}"),
    ///         Err(e) => return eprintln!("stopped: {e}"),
    ///     }
    /// }
    /// # }
    /// ```
    pub fn results(&self, message: &WebhookMessage) -> Results {
        let info = &message.result_info;
        let url = info.download_url.clone();
        let source = match (&info.type_, &message.result, url) {
            (ResultInfoType::Url, _, Some(url)) => Source::Url(url),
            (ResultInfoType::Url, _, None) => {
                Source::Missing("the delivery's resultInfo is `url` with no downloadUrl".into())
            }
            (_, Some(entries), _) => Source::Inline(entries.clone()),
            // a form this client does not know, with a URL and no records inline
            (ResultInfoType::Unknown(_), None, Some(url)) => Source::Url(url),
            (_, None, _) => Source::Inline(Vec::new()),
        };
        Results {
            http: self.client().clone(),
            config: self.inner().config().clone(),
            source,
        }
    }
}

impl Results {
    /// Each record (an element of the delivery's `result`, with `fields`, `mappedFields`,
    /// `raw`, …) as a `T`, in order: one item per record, so `enumerate` gives each its index.
    /// A record that does not fit `T` is an error of its own
    /// ([`Error::record`] is its index) whose [`DecodeError`] path starts with its index
    /// (`[12].fields.email`), and the records after it still come; any other error (the
    /// download failed, the body breaks off or is not a JSON array) is the stream's last item.
    pub fn records<T: DeserializeOwned + Send + 'static>(self) -> Records<T> {
        Records::new(self)
    }

    /// Each record's `fields` as a `T` (see [`Results::records`]); a misfit's path is
    /// `[12].fields.email`.
    pub fn fields<T: DeserializeOwned + Send + 'static>(self) -> Records<T> {
        #[derive(Deserialize)]
        struct Fields<T> {
            fields: T,
        }
        let records = Records::<Fields<T>>::new(self);
        Records {
            inner: Box::pin(futures_util::StreamExt::map(records, |r| {
                r.map(|f| f.fields)
            })),
        }
    }

    /// Each record as the generated [`ResultEntry`].
    pub fn entries(self) -> Records<ResultEntry> {
        Records::new(self)
    }
}

/// A stream of a delivery's records typed as `T` (see [`Results::records`]).
pub struct Records<T> {
    inner: Pin<Box<dyn Stream<Item = Result<T, Error>> + Send>>,
}

impl<T> std::fmt::Debug for Records<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Records")
    }
}

impl<T> Stream for Records<T> {
    type Item = Result<T, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.as_mut().poll_next(cx)
    }
}

/// The reading of one delivery: where its bytes come from, and the reader of them.
struct Reading {
    http: reqwest::Client,
    config: CallConfig,
    /// Where the bytes are, until they are asked for.
    source: Option<Source>,
    download: Option<Download>,
    reader: ArrayReader,
    done: bool,
}

impl<T: DeserializeOwned + Send + 'static> Records<T> {
    fn new(results: Results) -> Self {
        let reading = Reading {
            http: results.http,
            config: results.config,
            source: Some(results.source),
            download: None,
            reader: ArrayReader::new(),
            done: false,
        };
        Records {
            // the state is boxed: each record's step moves a pointer, not the reading
            inner: Box::pin(futures_util::stream::unfold(
                Box::new(reading),
                Reading::next::<T>,
            )),
        }
    }
}

impl Reading {
    async fn next<T: DeserializeOwned>(
        mut self: Box<Self>,
    ) -> Option<(Result<T, Error>, Box<Reading>)> {
        if self.done {
            return None;
        }
        loop {
            let failed = match self.reader.next::<T>() {
                Next::Element(Ok(value)) => return Some((Ok(value), self)),
                Next::Element(Err(misfit)) => {
                    let mut e = decode(misfit);
                    e.facts_mut().record = Some(self.reader.index() - 1);
                    return Some((Err(e), self));
                }
                Next::End => return None,
                Next::Broken(e) => decode(e),
                Next::More => match self.more().await {
                    Ok(()) => continue,
                    Err(e) => e,
                },
            };
            self.done = true;
            return Some((Err(failed), self));
        }
    }

    /// Feeds the reader the next bytes, or tells it there are none.
    async fn more(&mut self) -> Result<(), Error> {
        match self.source.take() {
            Some(Source::Missing(why)) => return Err(Error::invalid_request(why)),
            Some(Source::Inline(entries)) => {
                let bytes = serde_json::to_vec(&entries)
                    .map_err(|e| Error::new(ErrorKind::Decode, e.to_string()))?;
                self.reader.push(&bytes);
                self.reader.end();
                return Ok(());
            }
            Some(Source::Url(url)) => {
                self.download = Some(fetch(&self.http, &self.config, &url).await?);
            }
            None => {}
        }
        let chunk = match self.download.as_mut() {
            Some(download) => download.chunk().await?,
            None => None,
        };
        match chunk {
            Some(bytes) => self.reader.push(&bytes),
            None => self.reader.end(),
        }
        Ok(())
    }
}

/// A record's, or the body's, decoding error as the one [`Error`].
fn decode(e: DecodeError) -> Error {
    Error::new(ErrorKind::Decode, "").with_source(e)
}

/// Where an installation notification's config is: inline (`config`), or behind a URL
/// (`configURL`) when it is too large to be; see [`Client::installation_config`](crate::Client::installation_config).
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum ConfigRef<'a> {
    /// The config, inline.
    Inline(&'a Map<String, Value>),
    /// Where to download it.
    Url(&'a str),
    /// Neither is there.
    Missing,
}

impl<'a> ConfigRef<'a> {
    fn of(inline: Option<&'a Map<String, Value>>, url: Option<&'a str>) -> Self {
        match (inline, url) {
            (Some(config), _) => ConfigRef::Inline(config),
            (None, Some(url)) => ConfigRef::Url(url),
            (None, None) => ConfigRef::Missing,
        }
    }
}

macro_rules! carries_config {
    ($($data:ident),*) => {$(
        impl crate::notifications::types::$data {
            /// Where the installation's config is (inline, or its `configURL`).
            pub fn config_ref(&self) -> ConfigRef<'_> {
                ConfigRef::of(self.config.as_ref(), self.config_url.as_deref())
            }
        }
    )*};
}
carries_config!(
    InstallationCreatedData,
    InstallationUpdatedData,
    InstallationDeletedData,
    ReadSchedulePausedData
);

impl crate::notifications::types::InstallationUpdatedData {
    /// Where the installation's config before the update is (inline, or its `lastConfigURL`).
    pub fn last_config_ref(&self) -> ConfigRef<'_> {
        ConfigRef::of(self.last_config.as_ref(), self.last_config_url.as_deref())
    }
}

impl crate::Client {
    /// An installation notification's config as a `T`, inline or downloaded from its
    /// `configURL` with no credential (see [`crate::delivery`]); a config that does not
    /// fit `T` is a `Decode` error naming its JSON path.
    ///
    /// ```no_run
    /// # async fn run(client: ampersand_client::Client, data: ampersand_client::notifications::types::InstallationUpdatedData) -> Result<(), ampersand_client::Error> {
    /// use serde_json::{Map, Value};
    /// let now: Map<String, Value> = client.installation_config(data.config_ref()).await?;
    /// let before: Map<String, Value> = client.installation_config(data.last_config_ref()).await?;
    /// # Ok(()) }
    /// ```
    pub async fn installation_config<T: DeserializeOwned>(
        &self,
        config: ConfigRef<'_>,
    ) -> Result<T, Error> {
        let url = match config {
            ConfigRef::Inline(config) => {
                let value = Value::Object(config.clone());
                return serde_path_to_error::deserialize(value)
                    .map_err(|e| decode(DecodeError::new(e.path().to_string(), e.inner())));
            }
            ConfigRef::Url(url) => url,
            ConfigRef::Missing => {
                return Err(Error::invalid_request(
                    "the notification carries neither a config nor a configURL",
                ));
            }
        };
        let mut download = fetch(self.client(), self.inner().config(), url).await?;
        let mut body = Vec::new();
        while let Some(chunk) = download.chunk().await? {
            body.extend_from_slice(&chunk);
        }
        crate::decode::decode(&body).map_err(decode)
    }
}
