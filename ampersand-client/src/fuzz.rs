//! What the crate's randomized tests share: how many cases they run, and the generator each
//! case seeds.

/// Cases for a randomized comparison: a few thousand by default,
/// `AMPERSAND_FUZZ_CASES=100000` for the large run.
pub(crate) fn cases() -> u64 {
    std::env::var("AMPERSAND_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(3_000)
}

/// A xorshift generator: the same numbers for the same seed, so that a failing case names
/// its seed.
pub(crate) struct Xorshift(u64);

impl Xorshift {
    pub(crate) fn new(seed: u64) -> Xorshift {
        Xorshift(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    /// The next number.
    pub(crate) fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}
