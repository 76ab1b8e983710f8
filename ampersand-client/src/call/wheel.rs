//! One timer kept in the timer wheel of the runtime a call runs on, so that the timeout of an
//! attempt joins the wheel without waking the runtime's driver.
//!
//! tokio wakes its driver (a write to an event fd: a system call) whenever a timer is set that
//! is due before the earliest timer the driver last parked on, and a driver that parked with no
//! timer is woken by every timer set. Calls made one after another, with the runtime idle in
//! between, would each pay that system call for their attempt's timeout: about 0.4 µs, a fifth
//! of what the request path cost beside raw reqwest (`cargo bench -p ampersand-client --bench
//! call`; docs/PROFILES.md). A timer of this thread's, due within [`AHEAD`] and set again once it has fired, is
//! due before every attempt timeout of [`AHEAD`] or more, so setting one wakes nobody: the
//! driver wakes at most once per [`AHEAD`] for it, and only while calls are made.
//!
//! The timer is the thread's (no lock between threads) and belongs to one runtime: on another
//! runtime it is replaced, so a thread holds the handle of at most one runtime it called from
//! (until the thread ends or calls from another). Its firing wakes no task.

use std::cell::RefCell;
use std::pin::Pin;
use std::time::Duration;

use tokio::runtime::{Handle, Id};
// tokio's clock: a paused one (in tests) drives this timer as it does the attempts'
use tokio::time::{Instant, Sleep};

/// How far ahead the kept timer is due when it is set.
pub(super) const AHEAD: Duration = Duration::from_secs(1);

/// The kept timer and the runtime whose wheel it is in.
struct Kept {
    runtime: Id,
    timer: Pin<Box<Sleep>>,
}

thread_local! {
    static KEPT: RefCell<Option<Kept>> = const { RefCell::new(None) };
}

/// Sets this thread's timer in the current runtime's wheel, due at `now` + [`AHEAD`], unless
/// one is there still. Outside a runtime, or while the thread ends, it does nothing.
pub(super) fn keep_set(now: Instant) {
    let Ok(handle) = Handle::try_current() else {
        return;
    };
    let runtime = handle.id();
    // `try_with`: a call made from another thread-local's destructor finds this one gone
    let _ = KEPT.try_with(|kept| {
        let Ok(mut kept) = kept.try_borrow_mut() else {
            return;
        };
        match kept.as_mut() {
            Some(kept) if kept.runtime == runtime => {
                if kept.timer.is_elapsed() {
                    kept.timer.as_mut().reset(now + AHEAD);
                }
            }
            _ => {
                // `reset` puts the new timer into the wheel at once, with no task to wake
                let mut timer = Box::pin(tokio::time::sleep_until(now + AHEAD));
                timer.as_mut().reset(now + AHEAD);
                *kept = Some(Kept { runtime, timer });
            }
        }
    });
}

/// When this thread's timer is due and whether it is still in the wheel, if it is the current
/// runtime's.
#[cfg(test)]
pub(super) fn kept() -> Option<(Instant, bool)> {
    let runtime = Handle::try_current().ok()?.id();
    KEPT.with_borrow(|kept| {
        kept.as_ref()
            .filter(|kept| kept.runtime == runtime)
            .map(|kept| (kept.timer.deadline(), !kept.timer.is_elapsed()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paused() -> tokio::runtime::Runtime {
        tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .start_paused(true)
            .build()
            .expect("a runtime")
    }

    #[test]
    fn the_timer_is_set_due_ahead_kept_while_due_and_set_again_once_fired() {
        paused().block_on(async {
            assert_eq!(kept(), None, "no call, no timer");
            let start = Instant::now();
            keep_set(start);
            assert_eq!(kept(), Some((start + AHEAD, true)));

            // while it is due, a later call leaves it as it is
            tokio::time::advance(AHEAD / 2).await;
            keep_set(Instant::now());
            assert_eq!(kept(), Some((start + AHEAD, true)));

            // once fired, it is out of the wheel; the next call sets it again
            tokio::time::advance(AHEAD).await;
            assert_eq!(kept(), Some((start + AHEAD, false)));
            let now = Instant::now();
            keep_set(now);
            assert_eq!(kept(), Some((now + AHEAD, true)));
        });
    }

    #[test]
    fn another_runtime_on_the_thread_gets_a_timer_of_its_own() {
        let first = paused();
        first.block_on(async { keep_set(Instant::now()) });
        assert!(first.block_on(async { kept() }).is_some());
        drop(first);

        let second = paused();
        second.block_on(async {
            assert_eq!(kept(), None, "the first runtime's timer is not this one's");
            let now = Instant::now();
            keep_set(now);
            assert_eq!(kept(), Some((now + AHEAD, true)));
        });
    }

    #[test]
    fn outside_a_runtime_nothing_is_set() {
        keep_set(Instant::now());
        KEPT.with_borrow(|kept| assert!(kept.is_none()));
    }
}
