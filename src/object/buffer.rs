//! The buffer protocol, as far as minivm needs it: `bytearray`'s storage with its count of
//! exported views, and `memoryview` (`Objects/memoryobject.c`, `bytearrayobject.c`).
//!
//! Every exporter is reached through `read`, `len_of` and `write_at` below, so a new one
//! (`array.array`) is added in those three places. Views hold their exporter; a bytearray
//! counts its live views and refuses to change size while any exists, as CPython does.

use std::cell::{Cell, RefCell};
use std::ops::Deref;

use super::misc::Object;
use super::value::Value;
use crate::interp::{PyResult, Vm};

/// A `bytearray`: its bytes, and how many memoryviews export them.
pub struct ByteArray {
    data: RefCell<Vec<u8>>,
    exports: Cell<usize>,
}

impl ByteArray {
    pub fn new(data: Vec<u8>) -> ByteArray {
        ByteArray { data: RefCell::new(data), exports: Cell::new(0) }
    }

    /// A BufferError when views exist: called before anything that changes the size.
    pub fn check_resize(&self, vm: &mut Vm) -> PyResult<()> {
        if self.exports.get() > 0 {
            let typ = vm.types.buffer_error.clone();
            return Err(vm.new_error(&typ, "Existing exports of data: object cannot be re-sized".into()));
        }
        Ok(())
    }
}

/// Reading and writing the bytes goes through the `RefCell`, as for the other mutable types.
impl Deref for ByteArray {
    type Target = RefCell<Vec<u8>>;
    fn deref(&self) -> &RefCell<Vec<u8>> {
        &self.data
    }
}

/// A `memoryview`: `len` items of one byte each, item `k` at byte `start + k * step` of the
/// exporter `obj`. Slices make new views of the same exporter.
pub struct MemoryView {
    pub obj: Value,
    pub start: usize,
    pub step: i64,
    pub len: usize,
    /// The struct format of an item: `B`, `b` or `c`.
    pub format: u8,
    /// Writes are refused: the exporter is immutable, or the view came from `toreadonly()`.
    pub readonly: bool,
    released: Cell<bool>,
}

impl MemoryView {
    /// A view of all of `obj`, or `None` when `obj` exports no buffer.
    pub fn new(obj: &Value) -> Option<MemoryView> {
        let len = len_of(obj)?;
        MemoryView::register(obj);
        let readonly = bytearray_of(obj).is_none();
        Some(MemoryView {
            obj: obj.clone(),
            start: 0,
            step: 1,
            len,
            format: b'B',
            readonly,
            released: Cell::new(false),
        })
    }

    /// A view of items `start, start + step, …` (`len` of them) of this view.
    pub fn sub(&self, start: usize, step: i64, len: usize) -> MemoryView {
        MemoryView::register(&self.obj);
        MemoryView {
            obj: self.obj.clone(),
            start: (self.start as i64 + start as i64 * self.step) as usize,
            step: self.step * step,
            len,
            format: self.format,
            readonly: self.readonly,
            released: Cell::new(false),
        }
    }

    /// The same bytes seen with another item format.
    pub fn cast(&self, format: u8) -> MemoryView {
        let mut view = self.sub(0, 1, self.len);
        view.format = format;
        view
    }

    fn register(obj: &Value) {
        if let Some(ba) = bytearray_of(obj) {
            ba.exports.set(ba.exports.get() + 1);
        }
    }

    pub fn released(&self) -> bool {
        self.released.get()
    }

    /// Ends the export (once): the exporter may be resized again.
    pub fn release(&self) {
        if !self.released.replace(true)
            && let Some(ba) = bytearray_of(&self.obj)
        {
            ba.exports.set(ba.exports.get().saturating_sub(1));
        }
    }

    /// Whether the items are adjacent, so the view is one run of the exporter's bytes.
    pub fn contiguous(&self) -> bool {
        self.step == 1 || self.len <= 1
    }

    /// The exporter's byte offset of item `k`.
    fn offset(&self, k: usize) -> usize {
        (self.start as i64 + k as i64 * self.step) as usize
    }

    /// The viewed bytes, in order.
    pub fn bytes(&self) -> Vec<u8> {
        let all = read(&self.obj).unwrap_or_default();
        (0..self.len).filter_map(|k| all.get(self.offset(k)).copied()).collect()
    }

    /// Item `k` as Python sees it under the view's format.
    pub fn item(&self, k: usize) -> Value {
        let byte = read(&self.obj).and_then(|all| all.get(self.offset(k)).copied()).unwrap_or(0);
        item_value(self.format, byte)
    }

    /// Writes `data` (one byte per item) over items `k, k + 1, …`.
    pub fn write(&self, k: usize, data: &[u8]) {
        for (j, b) in data.iter().enumerate() {
            write_at(&self.obj, self.offset(k + j), *b);
        }
    }
}

impl Drop for MemoryView {
    /// A view that goes away releases its export, as CPython's dealloc does.
    fn drop(&mut self) {
        self.release();
    }
}

/// One byte as an item of struct format `format`.
pub fn item_value(format: u8, byte: u8) -> Value {
    match format {
        b'b' => Value::Int(byte as i8 as i64),
        b'c' => Value::object(Object::Bytes(Box::new([byte]))),
        _ => Value::Int(byte as i64),
    }
}

fn bytearray_of(v: &Value) -> Option<&ByteArray> {
    // An instance of a subclass exports its builtin value's buffer.
    match super::dunder::builtin_value(v) {
        Value::Object(o) => match &**o {
            Object::ByteArray(b) => Some(b),
            _ => None,
        },
        _ => None,
    }
}

/// The bytes of any exporter (a view's are only those it sees), or `None` for other objects.
pub fn read(v: &Value) -> Option<Vec<u8>> {
    // An instance of a subclass exports its builtin value's buffer.
    match super::dunder::builtin_value(v) {
        Value::Object(o) => match &**o {
            Object::Bytes(b) => Some(b.to_vec()),
            Object::ByteArray(b) => Some(b.borrow().clone()),
            Object::MemoryView(m) => Some(m.bytes()),
            _ => None,
        },
        _ => None,
    }
}

/// The byte length of an exporter's buffer.
fn len_of(v: &Value) -> Option<usize> {
    // An instance of a subclass exports its builtin value's buffer.
    match super::dunder::builtin_value(v) {
        Value::Object(o) => match &**o {
            Object::Bytes(b) => Some(b.len()),
            Object::ByteArray(b) => Some(b.borrow().len()),
            Object::MemoryView(m) => Some(m.len),
            _ => None,
        },
        _ => None,
    }
}

/// Stores one byte into a writable exporter (views are writable only over a bytearray).
fn write_at(v: &Value, at: usize, byte: u8) {
    if let Some(ba) = bytearray_of(v)
        && let Some(slot) = ba.borrow_mut().get_mut(at)
    {
        *slot = byte;
    }
}

/// Whether `v` exports a buffer (`bytes`, `bytearray`, `memoryview`).
pub fn is_buffer(v: &Value) -> bool {
    len_of(v).is_some()
}
