//! minivm: a small, fast, readable virtual machine for CPython 3.12 bytecode.
//!
//! The pipeline, in the order a `.pyc` flows through it:
//!
//! 1. [`loader`] reads the 16-byte header and the marshal stream ([`loader::load_pyc`]).
//! 2. [`code`] holds the result: immutable code objects with their constants, names,
//!    localsplus layout, decoded line table and exception table.
//! 3. [`opcode`] is the one table of CPython 3.12's instructions that every other part reads.
//! 4. [`object`] is the object model: how values hash, compare and print.
//! 5. [`cli`] turns all of it into the `minivm` commands (`dis`, `inspect`).
//!
//! Frames, the eval loop and the specialiser come next (see `docs/architecture.md`).

pub mod cli;
pub mod code;
pub mod loader;
pub mod object;
pub mod opcode;
