//! When a failed attempt is tried again, and how long to wait first.

use std::time::{Duration, SystemTime};

/// Statuses worth another attempt: request timeout, too many requests, and the server errors
/// that are usually transient.
///
/// ```
/// assert!(ampersand_client::retry::RETRYABLE_STATUSES.contains(&503));
/// ```
pub const RETRYABLE_STATUSES: [u16; 6] = [408, 429, 500, 502, 503, 504];

/// How failed attempts are retried: which ones, how often, how long to wait.
///
/// The default retries idempotent requests (GET, HEAD, PUT, DELETE) that failed with one of
/// [`RETRYABLE_STATUSES`] (unless the problem says `retryable: false`; also any status whose
/// problem says `retryable: true`), a connection error, a reset or closed connection, a cut
/// body or a timed-out attempt: up to 4 attempts within a total budget of 90 s (each attempt
/// has its own timeout, 30 s by default, cut short by the budget). Between attempts it waits
/// a random time between 0 and `100 ms × 2^(attempt-1)` capped at 5 s (full jitter), or what
/// the server asks for (the `Retry-After` header, delta seconds or an HTTP date, else the
/// problem's `retryAfter` instant) when that is at most 30 s and within the budget; a longer
/// wait ends the call at once, the error carrying it. A connection that could not be made
/// (nothing was sent) is retried for any method; other failures of POST and PATCH only after
/// [`RetryPolicy::retry_non_idempotent`].
///
/// ```
/// use std::time::Duration;
/// use ampersand_client::RetryPolicy;
///
/// let policy = RetryPolicy::default()
///     .max_attempts(6)
///     .base_delay(Duration::from_millis(50))
///     .max_delay(Duration::from_secs(2))
///     .retry_non_idempotent(true);
/// assert_eq!(policy.attempt_limit(), 6);
/// assert_eq!(RetryPolicy::none().attempt_limit(), 1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    max_attempts: u32,
    base_delay: Duration,
    max_delay: Duration,
    max_retry_after: Duration,
    max_elapsed: Duration,
    non_idempotent: bool,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 4,
            base_delay: Duration::from_millis(100),
            max_delay: Duration::from_secs(5),
            max_retry_after: Duration::from_secs(30),
            max_elapsed: Duration::from_secs(90),
            non_idempotent: false,
        }
    }
}

impl RetryPolicy {
    /// One attempt, never a retry.
    ///
    /// ```
    /// assert_eq!(ampersand_client::RetryPolicy::none().attempt_limit(), 1);
    /// ```
    pub fn none() -> Self {
        RetryPolicy {
            max_attempts: 1,
            ..RetryPolicy::default()
        }
    }

    /// Attempts in all, the first included (at least 1).
    ///
    /// ```
    /// assert_eq!(ampersand_client::RetryPolicy::default().max_attempts(0).attempt_limit(), 1);
    /// ```
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// The backoff before the second attempt (doubled for each further one, then jittered).
    pub fn base_delay(mut self, delay: Duration) -> Self {
        self.base_delay = delay;
        self
    }

    /// The cap of the exponential backoff.
    pub fn max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }

    /// The longest wait a server's `Retry-After` (or problem `retryAfter`) can ask for that
    /// the client sleeps through before retrying (default 30 s). A longer one, or one that
    /// would end after the call's budget ([`RetryPolicy::max_elapsed`]), ends the call at once
    /// with the error, which carries the wait
    /// ([`Error::retry_after`](crate::Error::retry_after)) for the caller to schedule; the
    /// client never retries before the server's time.
    pub fn max_retry_after(mut self, cap: Duration) -> Self {
        self.max_retry_after = cap;
        self
    }

    /// The total budget of a call: no retry starts once this much time has passed since the
    /// first attempt (nor one whose wait would end after it), and an attempt's timeout is cut
    /// so that it ends by then.
    pub fn max_elapsed(mut self, limit: Duration) -> Self {
        self.max_elapsed = limit;
        self
    }

    /// Also retry POST and PATCH, which may repeat a side effect the server already applied.
    pub fn retry_non_idempotent(mut self, yes: bool) -> Self {
        self.non_idempotent = yes;
        self
    }

    /// The configured number of attempts.
    ///
    /// ```
    /// assert_eq!(ampersand_client::RetryPolicy::default().attempt_limit(), 4);
    /// ```
    pub fn attempt_limit(&self) -> u32 {
        self.max_attempts
    }

    /// The total budget of a call (see [`RetryPolicy::max_elapsed`]).
    pub fn time_limit(&self) -> Duration {
        self.max_elapsed
    }

    /// Whether a request with this method may be retried at all.
    pub(crate) fn allows(&self, idempotent: bool) -> bool {
        self.max_attempts > 1 && (idempotent || self.non_idempotent)
    }

    /// The wait before attempt `attempt + 1`, or `None` to stop: the attempts or the time are
    /// used up. `retry_after` is what the server asked for, if anything.
    pub(crate) fn wait(
        &self,
        attempt: u32,
        elapsed: Duration,
        retry_after: Option<Duration>,
    ) -> Option<Duration> {
        if attempt >= self.max_attempts {
            return None;
        }
        let wait = match retry_after {
            // a longer wait is the caller's to schedule: retrying early would be refused again
            Some(asked) if asked > self.max_retry_after => return None,
            Some(asked) => asked,
            None => self.backoff(attempt),
        };
        (elapsed.saturating_add(wait) <= self.max_elapsed).then_some(wait)
    }

    /// Full jitter: a random wait between 0 and `base × 2^(attempt-1)`, capped.
    fn backoff(&self, attempt: u32) -> Duration {
        let exp = self
            .base_delay
            .saturating_mul(2u32.saturating_pow(attempt.saturating_sub(1)))
            .min(self.max_delay);
        let nanos = u64::try_from(exp.as_nanos()).unwrap_or(u64::MAX);
        Duration::from_nanos(fastrand::u64(0..=nanos))
    }
}

/// Whether an error status is worth another attempt: what the service's problem says
/// (`retryable`), else whether the status is one of [`RETRYABLE_STATUSES`]. The one rule the
/// request path retries by and [`Error::is_retryable`](crate::Error::is_retryable) reports.
pub(crate) fn is_retryable_status(status: u16, said: Option<bool>) -> bool {
    said.unwrap_or_else(|| RETRYABLE_STATUSES.contains(&status))
}

/// A `Retry-After` value: delta-seconds (`120`) or an HTTP-date, as a wait from `now`.
pub(crate) fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let date = httpdate::parse_http_date(value).ok()?;
    Some(date.duration_since(now).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {

    #[test]
    fn parse_retry_after_examples() {
        use super::parse_retry_after;
        use std::time::{Duration, SystemTime};

        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        assert_eq!(parse_retry_after("2", now), Some(Duration::from_secs(2)));
        let later = httpdate::fmt_http_date(now + Duration::from_secs(5));
        assert_eq!(parse_retry_after(&later, now), Some(Duration::from_secs(5)));
        assert_eq!(parse_retry_after("soon", now), None);
    }
    use super::*;

    #[test]
    fn backoff_grows_is_capped_and_jittered() {
        let policy = RetryPolicy::default()
            .base_delay(Duration::from_millis(100))
            .max_delay(Duration::from_millis(300))
            .max_attempts(10);
        for _ in 0..200 {
            assert!(policy.backoff(1) <= Duration::from_millis(100));
            assert!(policy.backoff(2) <= Duration::from_millis(200));
            assert!(policy.backoff(8) <= Duration::from_millis(300));
        }
        let waits: std::collections::HashSet<Duration> =
            (0..50).map(|_| policy.backoff(3)).collect();
        assert!(waits.len() > 1, "jittered");
    }

    #[test]
    fn attempts_and_time_are_bounded() {
        let policy = RetryPolicy::default()
            .max_attempts(3)
            .max_elapsed(Duration::from_secs(1));
        assert!(policy.wait(1, Duration::ZERO, None).is_some());
        assert!(policy.wait(3, Duration::ZERO, None).is_none());
        let asked = Some(Duration::from_secs(2));
        assert_eq!(
            policy.wait(1, Duration::ZERO, asked),
            None,
            "would end after 1 s"
        );
        // a wait longer than the client sleeps through is not shortened: the call ends
        let capped = RetryPolicy::default().max_retry_after(Duration::from_millis(200));
        assert_eq!(capped.wait(1, Duration::ZERO, asked), None);
        assert_eq!(
            capped.wait(1, Duration::ZERO, Some(Duration::from_millis(150))),
            Some(Duration::from_millis(150))
        );
    }

    #[test]
    fn post_and_patch_need_the_opt_in() {
        assert!(RetryPolicy::default().allows(true));
        assert!(!RetryPolicy::default().allows(false));
        assert!(
            RetryPolicy::default()
                .retry_non_idempotent(true)
                .allows(false)
        );
        assert!(!RetryPolicy::none().allows(true));
    }

    #[test]
    fn a_past_date_means_now() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        let past = httpdate::fmt_http_date(now - Duration::from_secs(60));
        assert_eq!(parse_retry_after(&past, now), Some(Duration::ZERO));
    }
}
