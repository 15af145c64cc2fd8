//! The buffer protocol, as far as minivm needs it: `bytearray`'s storage with its count of
//! exported views, and `memoryview` (`Objects/memoryobject.c`, `bytearrayobject.c`).
//!
//! Every exporter is reached through `read`, `len_of` and `write_at` below, `array.array`
//! among them (its bytes live in `modules::array`). Views hold their exporter; a bytearray
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

/// A `memoryview`: `len` items of `itemsize` bytes each, item `k` at byte
/// `start + k * step` of the exporter `obj`. Slices make new views of the same exporter.
pub struct MemoryView {
    pub obj: Value,
    /// The byte offset of item 0.
    pub start: usize,
    /// Bytes from one item to the next (negative for reversed slices).
    pub step: i64,
    pub len: usize,
    /// The struct format of an item: one of `B b c h H i I l L q Q f d ? w`.
    pub format: u8,
    pub itemsize: usize,
    /// Writes are refused: the exporter is immutable, or the view came from `toreadonly()`.
    pub readonly: bool,
    released: Cell<bool>,
}

impl MemoryView {
    /// A view of all of `obj`, or `None` when `obj` exports no buffer.
    pub fn new(obj: &Value) -> Option<MemoryView> {
        let bytes = len_of(obj)?;
        MemoryView::register(obj);
        let array = crate::modules::array::with_data(obj, |a| a.code);
        let readonly = bytearray_of(obj).is_none() && array.is_none();
        let (format, itemsize) = match array {
            Some(code) => (crate::modules::array::view_format(code), crate::modules::array::itemsize(code)),
            None => (b'B', 1),
        };
        Some(MemoryView {
            obj: obj.clone(),
            start: 0,
            step: itemsize as i64,
            len: bytes / itemsize,
            format,
            itemsize,
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
            itemsize: self.itemsize,
            readonly: self.readonly,
            released: Cell::new(false),
        }
    }

    /// The same (contiguous) bytes seen as items of `format`, `itemsize` bytes each; the
    /// caller has checked that the byte count is a multiple of it.
    pub fn cast(&self, format: u8, itemsize: usize) -> MemoryView {
        let mut view = self.sub(0, 1, self.len);
        view.format = format;
        view.itemsize = itemsize;
        view.step = itemsize as i64;
        view.len = self.nbytes() / itemsize;
        view
    }

    /// The bytes the view spans: `len * itemsize`.
    pub fn nbytes(&self) -> usize {
        self.len * self.itemsize
    }

    fn register(obj: &Value) {
        if let Some(ba) = bytearray_of(obj) {
            ba.exports.set(ba.exports.get() + 1);
        }
        crate::modules::array::with_data(obj, |a| a.exports += 1);
    }

    pub fn released(&self) -> bool {
        self.released.get()
    }

    /// Ends the export (once): the exporter may be resized again.
    pub fn release(&self) {
        if !self.released.replace(true) {
            if let Some(ba) = bytearray_of(&self.obj) {
                ba.exports.set(ba.exports.get().saturating_sub(1));
            }
            crate::modules::array::with_data(&self.obj, |a| a.exports = a.exports.saturating_sub(1));
        }
    }

    /// Whether the items are adjacent, so the view is one run of the exporter's bytes.
    pub fn contiguous(&self) -> bool {
        self.step == self.itemsize as i64 || self.len <= 1
    }

    /// The exporter's byte offset of item `k`.
    fn offset(&self, k: usize) -> usize {
        (self.start as i64 + k as i64 * self.step) as usize
    }

    /// The viewed bytes, in order.
    pub fn bytes(&self) -> Vec<u8> {
        let all = read(&self.obj).unwrap_or_default();
        let mut out = Vec::new();
        for k in 0..self.len {
            let at = self.offset(k);
            if let Some(item) = all.get(at..at.saturating_add(self.itemsize)) {
                out.extend_from_slice(item);
            }
        }
        out
    }

    /// The bytes of item `k` (zeros if the exporter has shrunk under the view).
    pub fn item_bytes(&self, k: usize) -> Vec<u8> {
        let at = self.offset(k);
        read(&self.obj)
            .and_then(|all| all.get(at..at.saturating_add(self.itemsize)).map(|b| b.to_vec()))
            .unwrap_or_else(|| vec![0; self.itemsize])
    }

    /// Item `k` as Python sees it under the view's format.
    pub fn item(&self, k: usize) -> Value {
        item_value(self.format, &self.item_bytes(k))
    }

    /// Writes `data` (`itemsize` bytes per item) over items `k, k + 1, …`.
    pub fn write(&self, k: usize, data: &[u8]) {
        for (j, item) in data.chunks(self.itemsize).enumerate() {
            let at = self.offset(k + j);
            for (i, b) in item.iter().enumerate() {
                write_at(&self.obj, at + i, *b);
            }
        }
    }
}

impl Drop for MemoryView {
    /// A view that goes away releases its export, as CPython's dealloc does.
    fn drop(&mut self) {
        self.release();
    }
}

/// The size of an item of native struct format `format` (`None` for formats minivm's views
/// do not know).
pub fn format_size(format: u8) -> Option<usize> {
    Some(match format {
        b'B' | b'b' | b'c' | b'?' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' | b'w' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'd' | b'n' | b'N' | b'P' => 8,
        _ => return None,
    })
}

/// One item's bytes (native order) as Python sees it under struct format `format`.
pub fn item_value(format: u8, b: &[u8]) -> Value {
    let mut w = [0u8; 8];
    let n = b.len().min(8);
    w[..n].copy_from_slice(&b[..n]);
    let four = [w[0], w[1], w[2], w[3]];
    match format {
        b'b' => Value::Int(w[0] as i8 as i64),
        b'c' => Value::object(Object::Bytes(Box::new([w[0]]))),
        b'?' => Value::Bool(w[0] != 0),
        b'h' => Value::Int(i16::from_ne_bytes([w[0], w[1]]) as i64),
        b'H' => Value::Int(u16::from_ne_bytes([w[0], w[1]]) as i64),
        b'i' => Value::Int(i32::from_ne_bytes(four) as i64),
        b'I' => Value::Int(u32::from_ne_bytes(four) as i64),
        b'f' => Value::Float(f32::from_ne_bytes(four) as f64),
        b'd' => Value::Float(f64::from_ne_bytes(w)),
        b'w' => Value::str(&char::from_u32(u32::from_ne_bytes(four)).unwrap_or('\u{fffd}').to_string()),
        b'l' | b'q' | b'n' => Value::Int(i64::from_ne_bytes(w)),
        b'L' | b'Q' | b'N' | b'P' => Value::from_bigint(u64::from_ne_bytes(w).into()),
        _ => Value::Int(w[0] as i64),
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
        other => crate::modules::array::data_of(other).map(|(_, data)| data),
    }
}

/// The byte length of an exporter's buffer.
fn len_of(v: &Value) -> Option<usize> {
    // An instance of a subclass exports its builtin value's buffer.
    match super::dunder::builtin_value(v) {
        Value::Object(o) => match &**o {
            Object::Bytes(b) => Some(b.len()),
            Object::ByteArray(b) => Some(b.borrow().len()),
            Object::MemoryView(m) => Some(m.nbytes()),
            _ => None,
        },
        other => crate::modules::array::with_data(other, |a| a.data.len()),
    }
}

/// Stores one byte into a writable exporter (views are writable only over a bytearray).
fn write_at(v: &Value, at: usize, byte: u8) {
    if let Some(ba) = bytearray_of(v)
        && let Some(slot) = ba.borrow_mut().get_mut(at)
    {
        *slot = byte;
        return;
    }
    crate::modules::array::with_data(v, |a| {
        if let Some(slot) = a.data.get_mut(at) {
            *slot = byte;
        }
    });
}

/// Whether `v` exports a buffer (`bytes`, `bytearray`, `memoryview`).
pub fn is_buffer(v: &Value) -> bool {
    len_of(v).is_some()
}
