//! The layout of CPython's set hash table (`Objects/setobject.c`): open addressing with a run
//! of linear probes, then perturbed jumps. A program can see this layout as the order in which
//! a set iterates, so minivm keeps entries exactly where CPython would.

/// Slots examined linearly before a perturbed jump (`LINEAR_PROBES`).
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
/// A new set's table size (`PySet_MINSIZE`).
const MIN_SIZE: usize = 8;

/// A set table holding item indices by hash; the caller owns the items and compares them.
#[derive(Clone, Debug)]
pub struct SetTable {
    /// `(hash, item index)` per slot.
    slots: Vec<Option<(i64, usize)>>,
    used: usize,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable { slots: vec![None; MIN_SIZE], used: 0 }
    }
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable::default()
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// The slot where probing for `hash` ends: a match found by `eq`, or the first free slot.
    fn probe(&self, hash: i64, eq: &mut impl FnMut(usize) -> bool) -> Result<usize, usize> {
        let mask = self.slots.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in i..=i + probes {
                match self.slots[j] {
                    None => return Err(j),
                    Some((h, index)) if h == hash && eq(index) => return Ok(j),
                    Some(_) => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// Adds item `index` with `hash` unless `eq` finds an equal item already present.
    /// Returns whether it was added.
    pub fn insert(&mut self, hash: i64, index: usize, mut eq: impl FnMut(usize) -> bool) -> bool {
        let slot = match self.probe(hash, &mut eq) {
            Ok(_) => return false,
            Err(slot) => slot,
        };
        self.slots[slot] = Some((hash, index));
        self.used += 1;
        let mask = self.slots.len() - 1;
        // Without deletions `fill == used`; CPython grows once the table is three-fifths full.
        if self.used * 5 >= mask * 3 {
            let min_used = if self.used > 50_000 { self.used * 2 } else { self.used * 4 };
            self.resize(min_used);
        }
        true
    }

    fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![None; size]);
        for (hash, index) in old.into_iter().flatten() {
            if let Err(slot) = self.probe(hash, &mut |_| false) {
                self.slots[slot] = Some((hash, index));
            }
        }
    }

    /// Item indices in iteration order.
    pub fn order(&self) -> impl Iterator<Item = usize> + '_ {
        self.slots.iter().flatten().map(|(_, index)| *index)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn order_of(hashes: &[i64]) -> Vec<i64> {
        let mut table = SetTable::new();
        for (i, h) in hashes.iter().enumerate() {
            table.insert(*h, i, |j| hashes[j] == *h);
        }
        table.order().map(|i| hashes[i]).collect()
    }

    #[test]
    fn small_ints_sit_at_their_hash() {
        // Adding 9, 1, 3 to a CPython set iterates as {9, 3, 1}: 9 takes slot 1, so 1 jumps to 6.
        assert_eq!(order_of(&[9, 1, 3]), vec![9, 3, 1]);
        assert_eq!(order_of(&[8, 16, 24, 0, 32]), vec![32, 0, 8, 16, 24]);
        assert_eq!(order_of(&[3, 2, 1]), vec![1, 2, 3]);
    }

    #[test]
    fn grows_like_cpython() {
        // frozenset(range(10, 0, -1)) iterates in ascending order after growing to 32 slots.
        let hashes: Vec<i64> = (1..=10).rev().collect();
        assert_eq!(order_of(&hashes), (1..=10).collect::<Vec<_>>());
    }
}
