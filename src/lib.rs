//! minivm: a small, fast, readable virtual machine for CPython 3.12 bytecode.
//!
//! The pipeline, in the order a `.pyc` flows through it:
//!
//! 1. [`loader`] reads the 16-byte header and the marshal stream ([`loader::load_pyc`]).
//! 2. [`code`] holds the result: immutable code objects with their constants, names,
//!    localsplus layout, decoded line table and exception table.
//! 3. [`opcode`] is the one table of CPython 3.12's instructions that every other part reads.
//! 4. [`interp`] runs code: frames, the eval loop (`interp::eval`), handlers by family
//!    (`interp::ops`), calls and unwinding.
//! 5. [`object`] is the object model: values, types and the protocols (`object::protocol`)
//!    that every instruction and builtin goes through.
//! 6. [`builtins`] holds the builtin functions and the methods of the builtin types.
//! 7. [`cli`] turns all of it into the `minivm` commands (`run`, `dis`, `inspect`).

pub mod builtins;
pub mod cli;
pub mod code;
pub mod interp;
pub mod loader;
pub mod modules;
pub mod object;
pub mod opcode;
