//! `str`: immutable text indexed by code point. The text is kept as UTF-8 with its length in
//! code points and whether it is ASCII (then a code point index is a byte index), and the
//! hash is computed once, as CPython caches it.

use std::cell::Cell;

use super::hash::hash_str;

pub struct PyStr {
    text: Box<str>,
    /// Length in code points.
    chars: usize,
    /// `-1` until computed (CPython never returns -1 from a hash).
    hash: Cell<i64>,
    /// Set on the one interned copy of a name (`intern`), which lives as long as the thread.
    interned: Cell<bool>,
}

thread_local! {
    /// Interned names (CPython interns identifiers too): one `PyStr` per distinct name, so
    /// attribute and shared-key lookups can compare pointers.
    static INTERNED: std::cell::RefCell<std::collections::HashMap<Box<str>, std::rc::Rc<PyStr>>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

/// The interned `PyStr` for a name (the code's names, class attribute names, shared keys).
pub fn intern(text: &str) -> std::rc::Rc<PyStr> {
    INTERNED.with(|table| {
        if let Some(s) = table.borrow().get(text) {
            return s.clone();
        }
        let s = std::rc::Rc::new(PyStr::new(text));
        s.interned.set(true);
        table.borrow_mut().insert(text.into(), s.clone());
        s
    })
}

impl PyStr {
    pub fn new(text: &str) -> PyStr {
        PyStr {
            chars: text.chars().count(),
            text: text.into(),
            hash: Cell::new(-1),
            interned: Cell::new(false),
        }
    }

    pub fn from_string(text: String) -> PyStr {
        PyStr {
            chars: text.chars().count(),
            text: text.into_boxed_str(),
            hash: Cell::new(-1),
            interned: Cell::new(false),
        }
    }

    /// Whether this is the interned copy of its text (its address then names it).
    #[inline]
    pub fn is_interned(&self) -> bool {
        self.interned.get()
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// `len(s)`.
    pub fn len(&self) -> usize {
        self.chars
    }

    pub fn is_empty(&self) -> bool {
        self.chars == 0
    }

    pub fn is_ascii(&self) -> bool {
        self.chars == self.text.len()
    }

    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = hash_str(&self.text);
        self.hash.set(h);
        h
    }

    /// The code point at index `i` (already bounds-checked by the caller).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.text.as_bytes()[i] as char
        } else {
            self.text.chars().nth(i).unwrap_or('\0')
        }
    }

    /// Byte offset of code point `i` (`i <= len`).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() { i } else { self.text.char_indices().nth(i).map_or(self.text.len(), |(b, _)| b) }
    }

    /// The code points from `start` to `stop` (clamped, as slicing clamps).
    pub fn substring(&self, start: usize, stop: usize) -> &str {
        let stop = stop.min(self.chars);
        let start = start.min(stop);
        &self.text[self.byte_offset(start)..self.byte_offset(stop)]
    }
}
