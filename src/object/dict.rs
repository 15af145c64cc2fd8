//! `dict`: insertion-ordered, on `indexmap`. Keys carry their Python hash; equality between
//! keys is Python's `==` for the builtin types (`1 == 1.0 == True`) and identity otherwise.

use std::cell::{Cell, Ref, RefCell, RefMut};
use std::hash::{BuildHasherDefault, Hash, Hasher};

use indexmap::{Equivalent, IndexMap};

use super::str::PyStr;
use super::value::Value;

/// A dict key: the value and its Python hash.
#[derive(Clone)]
pub struct Key {
    pub hash: i64,
    pub value: Value,
}

impl PartialEq for Key {
    fn eq(&self, other: &Key) -> bool {
        self.hash == other.hash && super::protocol::native_eq(&self.value, &other.value)
    }
}

impl Eq for Key {}

impl Hash for Key {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(self.hash);
    }
}

/// Looks a str key up without building a `Value`.
pub struct StrKey<'a>(pub &'a PyStr);

impl Hash for StrKey<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(self.0.hash());
    }
}

impl Equivalent<Key> for StrKey<'_> {
    fn equivalent(&self, key: &Key) -> bool {
        matches!(&key.value, Value::Str(s) if std::ptr::eq(&**s, self.0) || s.as_str() == self.0.as_str())
    }
}

/// A lookup that matches nothing and collects, on the way, the stored keys with the probe's
/// hash that only Python's `==` can compare with it (either side defined in Python): the
/// candidates `protocol::dict_key` calls `__eq__` on. The map visits only entries whose hash
/// matches, so this costs a lookup, not a scan of the dict.
struct UserEqProbe<'a> {
    hash: i64,
    value_is_user: bool,
    found: &'a RefCell<Vec<Value>>,
}

impl Hash for UserEqProbe<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(self.hash);
    }
}

impl Equivalent<Key> for UserEqProbe<'_> {
    fn equivalent(&self, key: &Key) -> bool {
        if key.hash == self.hash && (self.value_is_user || super::dunder::is_user(&key.value)) {
            self.found.borrow_mut().push(key.value.clone());
        }
        false
    }
}

/// Uses the Python hash that a key already carries, spread over all 64 bits (Python hashes of
/// small ints are the ints themselves, which would crowd hashbrown's control bytes).
#[derive(Default)]
pub struct PyHasher(u64);

impl Hasher for PyHasher {
    fn finish(&self) -> u64 {
        self.0.wrapping_mul(0x9e37_79b9_7f4a_7c15)
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ b as u64;
        }
    }

    fn write_i64(&mut self, v: i64) {
        self.0 = v as u64;
    }
}

pub type Map = IndexMap<Key, Value, BuildHasherDefault<PyHasher>>;

#[derive(Default)]
pub struct Dict {
    map: RefCell<Map>,
    /// The version of the current set of keys (CPython's `dk_version`): assigned from a
    /// counter when a specialisation asks, reset to 0 when a key is added or removed. A
    /// `LOAD_GLOBAL` site that cached an index checks it.
    keys_version: Cell<u32>,
}

thread_local! {
    /// The next keys version to hand out (0 means "none assigned").
    static NEXT_KEYS_VERSION: Cell<u32> = const { Cell::new(1) };
}

impl Dict {
    /// The stored keys with `hash` that a user-defined `__eq__` might find equal to a value
    /// (`value_is_user`: the value's own type defines it), in probe order.
    pub fn user_eq_candidates(&self, hash: i64, value_is_user: bool) -> Vec<Value> {
        let found = RefCell::new(Vec::new());
        self.map.borrow().get_index_of(&UserEqProbe { hash, value_is_user, found: &found });
        found.into_inner()
    }

    pub fn new() -> Dict {
        Dict::default()
    }

    pub fn borrow(&self) -> Ref<'_, Map> {
        self.map.borrow()
    }

    /// Mutable access to the entries; the keys may change, so their version is dropped.
    pub fn borrow_mut(&self) -> RefMut<'_, Map> {
        self.keys_version.set(0);
        self.map.borrow_mut()
    }

    /// The keys version for the keys as they are now, assigned if there is none (`None` when
    /// versions ran out).
    pub fn keys_version(&self) -> Option<u32> {
        if self.keys_version.get() == 0 {
            self.keys_version.set(super::next_version(&NEXT_KEYS_VERSION)?);
        }
        Some(self.keys_version.get())
    }

    /// The keys version if one is assigned (0 otherwise), for a guard.
    #[inline]
    pub fn current_keys_version(&self) -> u32 {
        self.keys_version.get()
    }

    /// The position of a str key.
    pub fn index_of_str(&self, key: &PyStr) -> Option<usize> {
        self.map.borrow().get_index_of(&StrKey(key))
    }

    /// The value at a position.
    #[inline]
    pub fn value_at(&self, index: usize) -> Option<Value> {
        self.map.borrow().get_index(index).map(|(_, v)| v.clone())
    }

    /// The value at `index` if the key there is the str `name` (a hinted lookup).
    #[inline]
    pub fn value_at_if_key(&self, index: usize, name: &PyStr) -> Option<Value> {
        match self.map.borrow().get_index(index) {
            Some((k, v)) if matches!(&k.value, Value::Str(s) if s.as_str() == name.as_str()) => {
                Some(v.clone())
            }
            _ => None,
        }
    }

    /// Replaces the value at `index` if the key there is the str `name`; false otherwise. The
    /// keys do not change, so neither does their version.
    #[inline]
    pub fn store_at_if_key(&self, index: usize, name: &PyStr, value: Value) -> bool {
        let old = match self.map.borrow_mut().get_index_mut(index) {
            Some((k, v)) if matches!(&k.value, Value::Str(s) if s.as_str() == name.as_str()) => {
                std::mem::replace(v, value)
            }
            _ => return false,
        };
        drop(old);
        true
    }

    pub fn len(&self) -> usize {
        self.map.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, key: &Key) -> Option<Value> {
        self.map.borrow().get(key).cloned()
    }

    pub fn get_str(&self, key: &PyStr) -> Option<Value> {
        self.map.borrow().get(&StrKey(key)).cloned()
    }

    pub fn insert(&self, key: Key, value: Value) {
        drop(self.replace(key, value));
    }

    /// Inserts, handing back the value replaced (dropped by the caller, outside the borrow).
    pub fn replace(&self, key: Key, value: Value) -> Option<Value> {
        let old = self.map.borrow_mut().insert(key, value);
        if old.is_none() {
            self.keys_version.set(0);
        }
        old
    }

    /// Inserts under a str key.
    pub fn set_str(&self, key: &str, value: Value) {
        let s = PyStr::new(key);
        let hash = s.hash();
        self.insert(Key { hash, value: Value::Str(std::rc::Rc::new(s)) }, value);
    }

    pub fn remove(&self, key: &Key) -> Option<Value> {
        self.borrow_mut().shift_remove(key)
    }

    pub fn remove_str(&self, key: &PyStr) -> Option<Value> {
        self.borrow_mut().shift_remove(&StrKey(key))
    }

    /// A snapshot of the entries, for operations that may call back into Python.
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.map.borrow().iter().map(|(k, v)| (k.value.clone(), v.clone())).collect()
    }

    pub fn keys(&self) -> Vec<Value> {
        self.map.borrow().keys().map(|k| k.value.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.map.borrow().values().cloned().collect()
    }
}
