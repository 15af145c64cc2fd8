//! `range` objects whose bounds do not fit in 64 bits (`range(1 << 1000)`), and their
//! iterator, CPython's `longrange_iterator`. The common range stays `misc::Range`, with
//! machine integers, so `FOR_ITER_RANGE` never sees these.

use num_bigint::BigInt;
use num_traits::{One, Signed, Zero};

/// `range(start, stop, step)` with big-int bounds.
pub struct LongRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
}

impl LongRange {
    /// The number of items, as CPython computes it (never negative).
    pub fn len(&self) -> BigInt {
        let (lo, hi, step) = if self.step.is_positive() {
            (&self.start, &self.stop, self.step.clone())
        } else {
            (&self.stop, &self.start, -&self.step)
        };
        if lo >= hi { BigInt::zero() } else { (hi - lo - BigInt::one()) / step + BigInt::one() }
    }

    pub fn is_empty(&self) -> bool {
        self.len().is_zero()
    }

    pub fn repr(&self) -> String {
        if self.step.is_one() {
            format!("range({}, {})", self.start, self.stop)
        } else {
            format!("range({}, {}, {})", self.start, self.stop, self.step)
        }
    }

    /// Whether the int `v` is one of the items.
    pub fn contains(&self, v: &BigInt) -> bool {
        let in_bounds = if self.step.is_positive() {
            *v >= self.start && *v < self.stop
        } else {
            *v <= self.start && *v > self.stop
        };
        in_bounds && ((v - &self.start) % &self.step).is_zero()
    }

    /// Item `i` (already checked to be in range).
    pub fn get(&self, i: &BigInt) -> BigInt {
        &self.start + i * &self.step
    }
}

/// The state of a `longrange_iterator`.
pub struct LongRangeIter {
    pub next: BigInt,
    pub step: BigInt,
    pub remaining: BigInt,
}

impl LongRangeIter {
    pub fn new(r: &LongRange) -> LongRangeIter {
        LongRangeIter { next: r.start.clone(), step: r.step.clone(), remaining: r.len() }
    }

    pub fn advance(&mut self) -> Option<BigInt> {
        if !self.remaining.is_positive() {
            return None;
        }
        let v = self.next.clone();
        self.remaining -= 1;
        self.next += &self.step;
        Some(v)
    }
}
