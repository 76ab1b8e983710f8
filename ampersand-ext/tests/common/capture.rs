//! What the request path traces, captured in a test that runs beside others.
//!
//! `tracing` decides once per callsite, for the whole process, whether any subscriber wants its
//! events, and asks the thread that reaches the callsite first. A test thread with no subscriber
//! of its own would answer "never" for every thread, and a capture elsewhere would then see
//! nothing (a flaky empty log). So before the first capture a global subscriber is installed that
//! records nothing and answers "sometimes": every event is then offered to the subscriber of the
//! thread that emits it, and a capture sees all of its own.

use std::io::Write;
use std::sync::{Arc, Mutex, Once};

use tracing::span::{Attributes, Id, Record};
use tracing::subscriber::{DefaultGuard, Interest};
use tracing::{Event, Level, Metadata, Subscriber};

/// What a capture wrote, plain text, one event a line.
#[derive(Clone, Default)]
pub struct Captured(Arc<Mutex<Vec<u8>>>);

impl Captured {
    /// The lines written so far.
    pub fn text(&self) -> String {
        String::from_utf8(self.0.lock().unwrap().clone()).unwrap()
    }
}

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Captures every event up to `level` emitted on this thread while the guard lives.
pub fn capturing(level: Level) -> (Captured, DefaultGuard) {
    static ANCHOR: Once = Once::new();
    ANCHOR.call_once(|| {
        tracing::subscriber::set_global_default(Anchor).expect("no other global subscriber");
    });
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(level)
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    (captured, tracing::subscriber::set_default(subscriber))
}

/// The global subscriber: interested in every callsite, enabled for none.
struct Anchor;

impl Subscriber for Anchor {
    fn register_callsite(&self, _: &'static Metadata<'static>) -> Interest {
        Interest::sometimes()
    }
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        false
    }
    fn max_level_hint(&self) -> Option<tracing::level_filters::LevelFilter> {
        Some(tracing::level_filters::LevelFilter::TRACE)
    }
    fn new_span(&self, _: &Attributes<'_>) -> Id {
        Id::from_u64(1)
    }
    fn record(&self, _: &Id, _: &Record<'_>) {}
    fn record_follows_from(&self, _: &Id, _: &Id) {}
    fn event(&self, _: &Event<'_>) {}
    fn enter(&self, _: &Id) {}
    fn exit(&self, _: &Id) {}
}
