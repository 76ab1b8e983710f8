//! The attempts' timeouts, each a timer the thread has used before where it can: set again
//! for the attempt's deadline rather than made and put into the runtime's timer wheel anew.
//!
//! A tokio timer made for an attempt joins the wheel under the driver's lock when it is
//! first polled and leaves it under that lock when dropped, and one due before the time the
//! driver parked for wakes the driver (a write to an event fd: a system call) whenever the
//! runtime is idle between calls. A timer set again to a later deadline ([`Sleep::reset`])
//! only moves that deadline (tokio keeps it where it is in the wheel and files it again when
//! its old time comes), so the thread keeps the timers its attempts used, up to [`KEPT`] of
//! them, and each attempt takes one of them if there is one (about 0.5% of a call against
//! a minimal loopback server: docs/PROFILES.md).
//!
//! The timers kept are those of one runtime, the one the thread last called from: on another
//! runtime they are dropped and that runtime's kept instead. An attempt that ends gives its
//! timer back; one that is dropped (its call cancelled) or timed out drops it, as any tokio
//! timer is dropped. A timer given back is polled once with a waker that does nothing, so that
//! it holds no task's waker while it is kept (the task's memory, and a wake when its old
//! deadline passes).

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

use tokio::runtime::{Handle, Id};
// tokio's clock: a paused one (in tests) drives these timers as it drives the waits
use tokio::time::{Instant, Sleep};

/// How many timers a thread keeps.
pub(super) const KEPT: usize = 32;

/// The timers a thread keeps, and the runtime whose wheel they are in.
struct Kept {
    runtime: Id,
    timers: Vec<Pin<Box<Sleep>>>,
}

thread_local! {
    static KEPT_TIMERS: RefCell<Option<Kept>> = const { RefCell::new(None) };
}

/// An attempt's timeout: ready at its deadline; [`give_back`](Timeout::give_back) keeps its
/// timer for the thread's next attempt.
pub(super) struct Timeout {
    timer: Pin<Box<Sleep>>,
    /// The runtime whose wheel the timer is in (a timer is made on the current one).
    runtime: Option<Id>,
}

impl Timeout {
    /// A timeout due at `deadline`, on a timer the thread kept if it has one of the current
    /// runtime's (or a new one).
    pub(super) fn at(deadline: Instant) -> Timeout {
        let runtime = current_runtime();
        let kept = runtime.and_then(|runtime| {
            KEPT_TIMERS
                .try_with(|kept| match kept.try_borrow_mut().as_deref_mut() {
                    Ok(Some(kept)) if kept.runtime == runtime => kept.timers.pop(),
                    _ => None,
                })
                .ok()
                .flatten()
        });
        let timer = match kept {
            Some(mut timer) => {
                timer.as_mut().reset(deadline);
                timer
            }
            None => Box::pin(tokio::time::sleep_until(deadline)),
        };
        Timeout { timer, runtime }
    }

    /// Keeps the timer for the thread's next attempt, from a task of the runtime it was made
    /// on (the one its attempt ran on): from another, it is dropped.
    pub(super) fn give_back(self) {
        let Timeout { mut timer, runtime } = self;
        let Some(runtime) = current_runtime().filter(|current| Some(*current) == runtime) else {
            // (a future moved to another runtime: its timer is not that runtime's to keep)
            return;
        };
        // the waker of the task that polled it last is replaced by one that does nothing
        // (unconstrained: the task's budget is not spent on it)
        let mut forget = tokio::task::unconstrained(timer.as_mut());
        let _ = Pin::new(&mut forget).poll(&mut Context::from_waker(Waker::noop()));
        // `try_with`: an attempt ending while the thread ends finds this one gone
        let _ = KEPT_TIMERS.try_with(|kept| {
            let Ok(mut kept) = kept.try_borrow_mut() else {
                return;
            };
            match kept.as_mut() {
                Some(kept) if kept.runtime == runtime => {
                    if kept.timers.len() < KEPT {
                        kept.timers.push(timer);
                    }
                }
                _ => {
                    *kept = Some(Kept {
                        runtime,
                        timers: vec![timer],
                    })
                }
            }
        });
    }
}

/// The runtime the thread is in, if any.
fn current_runtime() -> Option<Id> {
    Handle::try_current().ok().map(|handle| handle.id())
}

impl Future for Timeout {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        self.timer.as_mut().poll(cx)
    }
}

/// The addresses of the timers this thread keeps for the current runtime.
#[cfg(test)]
pub(super) fn kept() -> Vec<*const Sleep> {
    let runtime = current_runtime();
    KEPT_TIMERS.with_borrow(|kept| match kept {
        Some(kept) if Some(kept.runtime) == runtime => {
            kept.timers.iter().map(|t| &**t as *const Sleep).collect()
        }
        _ => Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::task::Wake;
    use std::time::Duration;

    fn paused() -> tokio::runtime::Runtime {
        tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .start_paused(true)
            .build()
            .expect("a runtime")
    }

    fn address(timeout: &Timeout) -> *const Sleep {
        &*timeout.timer
    }

    #[test]
    fn a_timer_given_back_is_the_next_timeouts_and_is_due_at_its_deadline() {
        paused().block_on(async {
            assert!(kept().is_empty(), "no timeout, no timer");
            let start = Instant::now();
            let first = Timeout::at(start + Duration::from_secs(30));
            let at = address(&first);
            first.give_back();
            assert_eq!(kept(), [at]);

            // set again, later: it is the next timeout's, due at its own deadline
            let mut second = Timeout::at(start + Duration::from_secs(40));
            assert_eq!(address(&second), at);
            assert!(kept().is_empty());
            (&mut second).await;
            assert_eq!(Instant::now(), start + Duration::from_secs(40));
            second.give_back();
            assert_eq!(kept(), [at], "elapsed, it is kept too");

            // set again, sooner than its last deadline: due then all the same
            let now = Instant::now();
            let mut third = Timeout::at(now + Duration::from_secs(1));
            assert_eq!(address(&third), at);
            (&mut third).await;
            assert_eq!(Instant::now(), now + Duration::from_secs(1));

            // a timeout dropped rather than given back (its call cancelled) is not kept
            drop(third);
            assert!(kept().is_empty());
        });
    }

    #[test]
    fn timeouts_at_once_have_timers_of_their_own_and_at_most_kept_are_kept() {
        paused().block_on(async {
            let deadline = Instant::now() + Duration::from_secs(5);
            let many: Vec<Timeout> = (0..KEPT + 3).map(|_| Timeout::at(deadline)).collect();
            let mut addresses: Vec<_> = many.iter().map(address).collect();
            addresses.sort();
            addresses.dedup();
            assert_eq!(addresses.len(), KEPT + 3);
            many.into_iter().for_each(Timeout::give_back);
            assert_eq!(kept().len(), KEPT);
        });
    }

    #[test]
    fn the_timers_of_another_runtime_are_not_used_and_are_let_go_even_once_it_is_gone() {
        let first = paused();
        first.block_on(async { Timeout::at(Instant::now() + Duration::from_secs(1)).give_back() });
        assert_eq!(first.block_on(async { kept().len() }), 1);
        let second = paused();
        second.block_on(async {
            assert!(
                kept().is_empty(),
                "the first runtime's timer is not this one's"
            );
        });
        // the thread still keeps the first runtime's timer when that runtime shuts down
        drop(first);
        second.block_on(async {
            let start = Instant::now();
            let mut timeout = Timeout::at(start + Duration::from_secs(2));
            (&mut timeout).await;
            assert_eq!(Instant::now(), start + Duration::from_secs(2));
            timeout.give_back();
            assert_eq!(
                kept().len(),
                1,
                "this runtime's timer, in place of the other's"
            );
        });
    }

    #[test]
    fn a_timer_given_back_on_another_runtime_than_its_own_is_not_kept_there() {
        let first = paused();
        let timeout = {
            let _made_on = first.enter();
            Timeout::at(Instant::now() + Duration::from_secs(1))
        };
        let second = paused();
        second.block_on(async {
            timeout.give_back();
            assert!(kept().is_empty(), "the first runtime's timer");
        });
        assert!(first.block_on(async { kept().is_empty() }));
    }

    /// A waker that counts its wakes.
    struct Counted(AtomicUsize);

    impl Wake for Counted {
        fn wake(self: Arc<Self>) {
            self.0.fetch_add(1, Ordering::SeqCst);
        }
    }

    #[test]
    fn a_kept_timer_holds_no_waker_of_the_task_that_used_it() {
        paused().block_on(async {
            let counted = Arc::new(Counted(AtomicUsize::new(0)));
            let waker = Waker::from(counted.clone());
            let start = Instant::now();
            let mut timeout = Timeout::at(start + Duration::from_secs(3));
            assert!(
                Pin::new(&mut timeout)
                    .poll(&mut Context::from_waker(&waker))
                    .is_pending()
            );
            assert!(Arc::strong_count(&counted) > 2, "the timer holds the waker");
            timeout.give_back();
            assert_eq!(kept().len(), 1);
            assert_eq!(Arc::strong_count(&counted), 2, "only `waker` and `counted`");
            // its old deadline passes with nobody woken
            tokio::time::sleep(Duration::from_secs(5)).await;
            assert_eq!(counted.0.load(Ordering::SeqCst), 0);
        });
    }
}
