//! The object model: how Python values behave. For now it holds what the loader and the
//! disassembler need from it: `repr` of the constant types, CPython's hash functions, the
//! set-table layout that decides set iteration order, and the Unicode printable table.

pub mod hash;
pub mod repr;
pub mod set_table;
pub mod unicode_printable;
