//! The golden-test harness. One test binary, so the suite builds and links once:
//! - `adaptive`: `minivm dis --adaptive` against python3.12's `dis(adaptive=True)` after a run;
//! - `dis`: `minivm dis` against python3.12's `dis` text for every case in `vm-tests/dis/`;
//! - `docs`: every command the docs show prints what the docs show;
//! - `fixtures`: every fixture is fresh, and the cases cover every opcode the compiler emits;
//! - `opcode_table`: the opcode table against a snapshot of python3.12's `opcode` module;
//! - `bad_input`: malformed files give clear errors and never panic;
//! - `browser`: the `minivm trace --html` page in headless Chromium;
//! - `compat`: docs/compatibility.md is current and agrees with what the VM has;
//! - `imports`: imports needing folders built at test time (no compiler, bad .pyc, compiling);
//! - `run_cases`: `minivm run` against python3.12's stdout, stderr and exit status, in every
//!   specialisation mode;
//! - `specialize`: the adaptive counters replayed against CPython 3.12's timeline;
//! - `trace`: `minivm trace` shows the instructions python3.12 executes, with its events.
//!
//! Regenerate the fixtures with `vm-tests/regen.sh` (needs CPython 3.12); the tests themselves
//! need only the committed files.

mod adaptive;
mod bad_bytecode;
mod bad_input;
mod browser;
mod code_objects;
mod common;
mod compat;
mod compiler;
mod dis;
mod docs;
mod fixtures;
mod imports;
mod opcode_table;
mod repr;
mod run_cases;
mod sizes;
mod specialize;
mod trace;
