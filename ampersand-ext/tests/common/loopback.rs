//! A loopback HTTP/1.1 server that answers each request with the next step of a script,
//! including the faults httpmock cannot make: a reset, a cut body, a hang, a trickle. It
//! records every request it saw.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// What the server does with one request.
#[derive(Clone, Debug)]
pub enum Step {
    /// Answer with this status, these headers and this body, then close.
    Respond(u16, Vec<(&'static str, String)>, Arc<Vec<u8>>),
    /// Close the connection without answering.
    Reset,
    /// Send the head and part of a body whose `Content-Length` is larger, then close.
    CutBody(u16, usize, Vec<u8>),
    /// Answer nothing until the test ends.
    Hang,
    /// Send a complete answer a few bytes at a time, `Duration` apart.
    Trickle(u16, Vec<u8>, Duration),
}

impl Step {
    /// A JSON answer.
    pub fn json(status: u16, body: &serde_json::Value) -> Step {
        Step::Respond(
            status,
            vec![("content-type", "application/json".into())],
            Arc::new(body.to_string().into_bytes()),
        )
    }

    /// A problem document answer, with extra headers.
    pub fn problem(
        status: u16,
        body: &serde_json::Value,
        headers: &[(&'static str, &str)],
    ) -> Step {
        let mut all = vec![("content-type", "application/problem+json".to_string())];
        all.extend(headers.iter().map(|(k, v)| (*k, v.to_string())));
        Step::Respond(status, all, Arc::new(body.to_string().into_bytes()))
    }

    /// A raw answer with a content type.
    pub fn raw(status: u16, content_type: &str, body: &[u8]) -> Step {
        Step::Respond(
            status,
            vec![("content-type", content_type.to_string())],
            Arc::new(body.to_vec()),
        )
    }
}

/// One request the server saw.
#[derive(Clone, Debug)]
pub struct Seen {
    /// Method and path (`GET /projects`).
    pub line: String,
    /// Header names, lower case, with their values.
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: Vec<u8>,
}

/// The server: its base URL and what it saw.
pub struct Loopback {
    /// `http://127.0.0.1:PORT`.
    pub base_url: String,
    seen: Arc<Mutex<Vec<Seen>>>,
    task: tokio::task::JoinHandle<()>,
    in_flight: Arc<Gauge>,
    /// Whether the requests are forgotten rather than kept.
    forget: Arc<std::sync::atomic::AtomicBool>,
}

/// Requests being answered now, and the most at once.
#[derive(Default)]
struct Gauge {
    now: std::sync::atomic::AtomicUsize,
    max: std::sync::atomic::AtomicUsize,
    closed: std::sync::atomic::AtomicUsize,
    /// Told each time a connection closes.
    closing: tokio::sync::Notify,
}

/// How a dynamic server answers a request it has read.
pub type Handler = Arc<dyn Fn(&Seen) -> Step + Send + Sync>;

impl Drop for Loopback {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Loopback {
    /// Starts a server that plays `script`, one step per request; the last step repeats.
    pub async fn start(script: Vec<Step>) -> Loopback {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base_url = format!("http://{}", listener.local_addr().unwrap());
        let seen = Arc::new(Mutex::new(Vec::new()));
        let log = seen.clone();
        let task = tokio::spawn(async move {
            let mut n = 0;
            loop {
                let Ok((socket, _)) = listener.accept().await else {
                    return;
                };
                let step = script[n.min(script.len() - 1)].clone();
                n += 1;
                let log = log.clone();
                tokio::spawn(async move { serve(socket, step, log).await });
            }
        });
        Loopback {
            base_url,
            seen,
            task,
            in_flight: Arc::default(),
            forget: Arc::default(),
        }
    }

    /// Starts a server that answers each request with what `handler` makes of it, after
    /// `latency`, on connections kept alive; it counts the requests in flight.
    pub async fn start_with(handler: Handler, latency: Duration) -> Loopback {
        Loopback::serve(handler, latency, false).await
    }

    /// [`Loopback::start_with`], waiting its latency on tokio's clock: for a test on a paused
    /// clock, where the wait passes without taking time.
    pub async fn start_on_tokio_time(handler: Handler, latency: Duration) -> Loopback {
        Loopback::serve(handler, latency, true).await
    }

    /// [`Loopback::start_with`], keeping no request: for a long run whose requests would
    /// otherwise pile up in memory (a benchmark of memory).
    pub async fn start_forgetful(handler: Handler, latency: Duration) -> Loopback {
        let server = Loopback::serve(handler, latency, false).await;
        server
            .forget
            .store(true, std::sync::atomic::Ordering::SeqCst);
        server
    }

    async fn serve(handler: Handler, latency: Duration, tokio_time: bool) -> Loopback {
        use std::sync::atomic::Ordering::SeqCst;
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base_url = format!("http://{}", listener.local_addr().unwrap());
        let seen = Arc::new(Mutex::new(Vec::new()));
        let gauge = Arc::new(Gauge::default());
        let forget = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let (log, in_flight, forgets) = (seen.clone(), gauge.clone(), forget.clone());
        let task = tokio::spawn(async move {
            loop {
                let Ok((mut socket, _)) = listener.accept().await else {
                    return;
                };
                socket.set_nodelay(true).ok();
                let (log, gauge, handler) = (log.clone(), gauge.clone(), handler.clone());
                let forgets = forgets.clone();
                tokio::spawn(async move {
                    while let Some(request) = read_request(&mut socket).await {
                        let now = gauge.now.fetch_add(1, SeqCst) + 1;
                        gauge.max.fetch_max(now, SeqCst);
                        match tokio_time {
                            true => tokio::time::sleep(latency).await,
                            false => wait(latency).await,
                        }
                        let step = handler(&request);
                        if !forgets.load(SeqCst) {
                            log.lock().unwrap().push(request);
                        }
                        gauge.now.fetch_sub(1, SeqCst);
                        let Step::Respond(status, headers, body) = step else {
                            return;
                        };
                        let mut head =
                            format!("HTTP/1.1 {status} X\r\ncontent-length: {}\r\n", body.len());
                        for (k, v) in headers {
                            head.push_str(&format!("{k}: {v}\r\n"));
                        }
                        head.push_str("\r\n");
                        let mut out = head.into_bytes();
                        out.extend_from_slice(&body);
                        if socket.write_all(&out).await.is_err() {
                            break;
                        }
                    }
                    gauge.closed.fetch_add(1, SeqCst);
                    gauge.closing.notify_waiters();
                });
            }
        });
        Loopback {
            base_url,
            seen,
            task,
            in_flight,
            forget,
        }
    }

    /// The most requests a [`Loopback::start_with`] server answered at once.
    pub fn max_in_flight(&self) -> usize {
        self.in_flight.max.load(std::sync::atomic::Ordering::SeqCst)
    }

    /// How many connections of a [`Loopback::start_with`] server the client has closed (or
    /// that failed).
    pub fn closed(&self) -> usize {
        self.in_flight
            .closed
            .load(std::sync::atomic::Ordering::SeqCst)
    }

    /// Waits until `n` connections of a [`Loopback::start_with`] server have closed: told by
    /// the server as each closes, not polled.
    pub async fn closing(&self, n: usize) {
        loop {
            let told = self.in_flight.closing.notified();
            if self.closed() >= n {
                return;
            }
            told.await;
        }
    }

    /// The requests seen so far.
    pub fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }
}

async fn serve(mut socket: TcpStream, step: Step, log: Arc<Mutex<Vec<Seen>>>) {
    socket.set_nodelay(true).ok();
    let Some(request) = read_request(&mut socket).await else {
        return;
    };
    log.lock().unwrap().push(request);
    match step {
        Step::Respond(status, headers, body) => {
            let mut head = format!(
                "HTTP/1.1 {status} X\r\ncontent-length: {}\r\nconnection: close\r\n",
                body.len()
            );
            for (k, v) in headers {
                head.push_str(&format!("{k}: {v}\r\n"));
            }
            head.push_str("\r\n");
            let _ = socket.write_all(head.as_bytes()).await;
            let _ = socket.write_all(&body).await;
        }
        Step::Reset => {
            // linger 0: the close is a reset, not an orderly end (it does not block: no data
            // is left to send)
            #[allow(deprecated)]
            let _ = socket.set_linger(Some(Duration::ZERO));
        }
        Step::CutBody(status, length, part) => {
            let head = format!(
                "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {length}\r\n\r\n"
            );
            let _ = socket.write_all(head.as_bytes()).await;
            let _ = socket.write_all(&part).await;
            // the close below ends the connection before the promised length
        }
        Step::Hang => tokio::time::sleep(Duration::from_secs(60)).await,
        Step::Trickle(status, body, every) => {
            let head = format!(
                "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
                body.len()
            );
            let _ = socket.write_all(head.as_bytes()).await;
            for chunk in body.chunks(4) {
                tokio::time::sleep(every).await;
                if socket.write_all(chunk).await.is_err() {
                    return;
                }
            }
        }
    }
    let _ = socket.shutdown().await;
}

/// Waits `latency` to within the OS timer's slack (tens of microseconds) on a blocking thread.
/// A tokio sleep ends on a later millisecond tick, about 1 ms late for 20 ms, and that would
/// be a cost of the stand-in server, not of the client measured against it.
pub async fn wait(latency: Duration) {
    if latency.is_zero() {
        return;
    }
    tokio::task::spawn_blocking(move || std::thread::sleep(latency))
        .await
        .ok();
}

async fn read_request(socket: &mut TcpStream) -> Option<Seen> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        let n = socket.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
    let mut lines = head.split("\r\n");
    let line = lines.next()?.rsplit_once(' ')?.0.to_string();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(": "))
        .map(|(k, v)| (k.to_ascii_lowercase(), v.to_string()))
        .collect();
    let length: usize = headers
        .iter()
        .find(|(k, _)| k == "content-length")
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    let mut body = buf[head_end..].to_vec();
    while body.len() < length {
        let n = socket.read(&mut chunk).await.ok()?;
        if n == 0 {
            break;
        }
        body.extend_from_slice(&chunk[..n]);
    }
    Some(Seen {
        line,
        headers,
        body,
    })
}
