//! The object model: how Python values behave. `value.rs` is the `Value` the loop moves;
//! each builtin type has its file; `protocol.rs` holds the operations (repr, hash, compare,
//! arithmetic, subscripts, iteration) that instructions and builtins share; `attr.rs` holds
//! attribute access.

pub mod attr;
pub mod buffer;
pub mod bytes_ops;
pub mod class;
pub mod dict;
pub mod dunder;
pub mod exception;
pub mod exception_group;
pub mod float;
pub mod frame_object;
pub mod function;
pub mod hash;
pub mod instance;
pub mod int;
pub mod list;
pub mod long_range;
pub mod misc;
pub mod module;
pub mod protocol;
pub mod repr;
pub mod set;
pub mod set_ops;
pub mod set_table;
pub mod str;
pub mod tuple;
pub mod types;
pub mod typing;
pub mod unicode_printable;
pub mod value;
pub mod weakref;

/// Hands out the next version from `counter` (a type's, a dict's keys', a function's): never 0,
/// which means "none", and never one given before, so `None` once the 32 bits are used up
/// (the caller then does not specialise).
pub fn next_version(counter: &'static std::thread::LocalKey<std::cell::Cell<u32>>) -> Option<u32> {
    counter.with(|n| {
        let v = n.get();
        n.set(v.checked_add(1)?);
        Some(v)
    })
}
