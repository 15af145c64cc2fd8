//! The layout of CPython's set hash table (`Objects/setobject.c`): open addressing with a run
//! of linear probes, then perturbed jumps, dummies left by deletions, and growth at three
//! fifths full. A program sees this layout as the order in which a set iterates, so minivm
//! keeps every entry exactly where CPython would.

/// Slots examined linearly before a perturbed jump (`LINEAR_PROBES`).
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
/// A new set's table size (`PySet_MINSIZE`).
pub const MIN_SIZE: usize = 8;

#[derive(Clone, Debug)]
pub enum Slot<T> {
    Empty,
    /// A deleted entry: probing continues past it.
    Dummy,
    Active(i64, T),
}

/// A set table of `T`s by hash; the caller supplies equality when it adds or looks up.
#[derive(Clone, Debug)]
pub struct SetTable<T> {
    slots: Vec<Slot<T>>,
    /// Active entries.
    used: usize,
    /// Active entries and dummies.
    fill: usize,
    /// Where `pop` resumes its scan.
    finger: usize,
}

impl<T: Clone> Default for SetTable<T> {
    fn default() -> Self {
        SetTable { slots: vec![Slot::Empty; MIN_SIZE], used: 0, fill: 0, finger: 0 }
    }
}

/// Where a probe for a hash ended.
enum Probe {
    Found(usize),
    /// Not present: the slot to fill (the first dummy passed, else the empty slot).
    Vacant {
        slot: usize,
        reuses_dummy: bool,
    },
}

impl<T: Clone> SetTable<T> {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Active entries plus dummies.
    pub fn fill(&self) -> usize {
        self.fill
    }

    /// The table size (`mask + 1`).
    pub fn capacity(&self) -> usize {
        self.slots.len()
    }

    fn probe(&self, hash: i64, eq: &mut impl FnMut(&T) -> bool) -> Probe {
        let mask = self.slots.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut free = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in i..=i + probes {
                match &self.slots[j] {
                    Slot::Empty => {
                        return match free {
                            Some(slot) => Probe::Vacant { slot, reuses_dummy: true },
                            None => Probe::Vacant { slot: j, reuses_dummy: false },
                        };
                    }
                    Slot::Active(h, item) if *h == hash && eq(item) => return Probe::Found(j),
                    Slot::Dummy if free.is_none() => free = Some(j),
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    pub fn find(&self, hash: i64, mut eq: impl FnMut(&T) -> bool) -> Option<&T> {
        match self.probe(hash, &mut eq) {
            Probe::Found(j) => match &self.slots[j] {
                Slot::Active(_, item) => Some(item),
                _ => None,
            },
            Probe::Vacant { .. } => None,
        }
    }

    /// Adds `item` unless `eq` finds an equal one already present; returns whether it was added.
    pub fn insert(&mut self, hash: i64, item: T, mut eq: impl FnMut(&T) -> bool) -> bool {
        let (slot, reuses_dummy) = match self.probe(hash, &mut eq) {
            Probe::Found(_) => return false,
            Probe::Vacant { slot, reuses_dummy } => (slot, reuses_dummy),
        };
        self.slots[slot] = Slot::Active(hash, item);
        self.used += 1;
        if reuses_dummy {
            return true;
        }
        self.fill += 1;
        let mask = self.slots.len() - 1;
        if self.fill * 5 >= mask * 3 {
            self.resize(if self.used > 50_000 { self.used * 2 } else { self.used * 4 });
        }
        true
    }

    /// Removes the entry equal to the probe; returns it.
    pub fn remove(&mut self, hash: i64, mut eq: impl FnMut(&T) -> bool) -> Option<T> {
        match self.probe(hash, &mut eq) {
            Probe::Found(j) => {
                self.used -= 1;
                match std::mem::replace(&mut self.slots[j], Slot::Dummy) {
                    Slot::Active(_, item) => Some(item),
                    _ => None,
                }
            }
            Probe::Vacant { .. } => None,
        }
    }

    /// Rebuilds the table at the smallest power of two above `min_used`, dropping dummies
    /// (`set_table_resize`).
    pub fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; size]);
        self.fill = self.used;
        for slot in old {
            if let Slot::Active(hash, item) = slot {
                self.insert_clean(hash, item);
            }
        }
    }

    /// Places an entry known to be absent, in a table known to have no dummies.
    fn insert_clean(&mut self, hash: i64, item: T) {
        let mask = self.slots.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in i..=i + probes {
                if matches!(self.slots[j], Slot::Empty) {
                    self.slots[j] = Slot::Active(hash, item);
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// Adds every entry of `other`, as `set_merge` does: one resize up front, then a copy of
    /// the whole layout when this table is empty and the same size, clean insertion when it is
    /// only empty, and ordinary insertion otherwise.
    pub fn merge(&mut self, other: &SetTable<T>, mut eq: impl FnMut(&T, &T) -> bool) {
        if other.used == 0 {
            return;
        }
        if (self.fill + other.used) * 5 >= (self.slots.len() - 1) * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.slots.len() == other.slots.len() && other.fill == other.used {
            self.slots = other.slots.clone();
            self.used = other.used;
            self.fill = other.fill;
            return;
        }
        if self.fill == 0 {
            for (hash, item) in other.entries() {
                self.insert_clean(*hash, item.clone());
                self.used += 1;
                self.fill += 1;
            }
            return;
        }
        for (hash, item) in other.entries() {
            self.insert(*hash, item.clone(), |x| eq(x, item));
        }
    }

    /// Removes and returns an entry, scanning from where the last `pop` stopped (`set_pop`).
    pub fn pop(&mut self) -> Option<T> {
        if self.used == 0 {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut i = self.finger & mask;
        while !matches!(self.slots[i], Slot::Active(..)) {
            i = (i + 1) & mask;
        }
        self.finger = i + 1;
        self.used -= 1;
        match std::mem::replace(&mut self.slots[i], Slot::Dummy) {
            Slot::Active(_, item) => Some(item),
            _ => None,
        }
    }

    /// Entries in iteration order.
    pub fn entries(&self) -> impl Iterator<Item = (&i64, &T)> + '_ {
        self.slots.iter().filter_map(|slot| match slot {
            Slot::Active(h, item) => Some((h, item)),
            _ => None,
        })
    }

    /// The entry at slot position `pos` or later, with the position after it (for iterators).
    pub fn next_from(&self, pos: usize) -> Option<(usize, &T)> {
        self.slots.iter().enumerate().skip(pos).find_map(|(i, slot)| match slot {
            Slot::Active(_, item) => Some((i + 1, item)),
            _ => None,
        })
    }

    pub fn clear(&mut self) {
        *self = SetTable { slots: vec![Slot::Empty; MIN_SIZE], used: 0, fill: 0, finger: 0 };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn order_of(hashes: &[i64]) -> Vec<i64> {
        let mut table = SetTable::new();
        for h in hashes {
            table.insert(*h, *h, |x| x == h);
        }
        table.entries().map(|(_, x)| *x).collect()
    }

    #[test]
    fn small_ints_sit_at_their_hash() {
        // Adding 9, 1, 3 to a CPython set iterates as {9, 3, 1}: 9 takes slot 1, so 1 jumps to 6.
        assert_eq!(order_of(&[9, 1, 3]), vec![9, 3, 1]);
        assert_eq!(order_of(&[8, 16, 24, 0, 32]), vec![32, 0, 8, 16, 24]);
    }

    #[test]
    fn grows_like_cpython() {
        // frozenset(range(10, 0, -1)) iterates in ascending order after growing to 32 slots.
        let hashes: Vec<i64> = (1..=10).rev().collect();
        assert_eq!(order_of(&hashes), (1..=10).collect::<Vec<_>>());
    }

    #[test]
    fn removal_leaves_a_dummy_that_insertion_reuses() {
        let mut table = SetTable::new();
        for h in [1i64, 9] {
            table.insert(h, h, |x| *x == h);
        }
        assert_eq!(table.remove(1, |x| *x == 1), Some(1));
        assert!(table.find(9, |x| *x == 9).is_some());
        table.insert(17, 17, |x| *x == 17);
        assert_eq!(table.entries().map(|(_, x)| *x).collect::<Vec<_>>(), vec![17, 9]);
    }
}
