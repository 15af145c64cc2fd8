//! Code objects: the immutable result of loading, one per function, class body or module.
//!
//! Holds every field CPython 3.12 marshals (`Objects/codeobject.c`), the fields CPython derives
//! from the localsplus kinds (varnames, cellvars, freevars, nlocals), and the decoded location
//! and exception tables. The interpreter copies `code` into its own mutable, quickened array;
//! this object never changes after loading.

pub mod constant;
pub mod exceptiontable;
pub mod instructions;
pub mod linetable;

use std::rc::Rc;

pub use constant::Constant;
pub use exceptiontable::ExceptionEntry;
pub use instructions::{Instruction, Instructions};
pub use linetable::Position;

/// `co_flags` bits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CodeFlags(pub u32);

impl CodeFlags {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const NOFREE: u32 = 0x40;
    pub const COROUTINE: u32 = 0x80;
    pub const ITERABLE_COROUTINE: u32 = 0x100;
    pub const ASYNC_GENERATOR: u32 = 0x200;

    /// Every flag with its name, as `dis.COMPILER_FLAG_NAMES` lists them (plus the
    /// `__future__` flags a code object may carry).
    pub const NAMES: [(u32, &'static str); 17] = [
        (0x1, "OPTIMIZED"),
        (0x2, "NEWLOCALS"),
        (0x4, "VARARGS"),
        (0x8, "VARKEYWORDS"),
        (0x10, "NESTED"),
        (0x20, "GENERATOR"),
        (0x40, "NOFREE"),
        (0x80, "COROUTINE"),
        (0x100, "ITERABLE_COROUTINE"),
        (0x200, "ASYNC_GENERATOR"),
        (0x2_0000, "FUTURE_DIVISION"),
        (0x4_0000, "FUTURE_ABSOLUTE_IMPORT"),
        (0x8_0000, "FUTURE_WITH_STATEMENT"),
        (0x10_0000, "FUTURE_PRINT_FUNCTION"),
        (0x20_0000, "FUTURE_UNICODE_LITERALS"),
        (0x40_0000, "FUTURE_BARRY_AS_BDFL"),
        (0x100_0000, "FUTURE_ANNOTATIONS"),
    ];

    pub fn has(self, bit: u32) -> bool {
        self.0 & bit != 0
    }

    /// The names of the set bits, lowest first; unknown bits as hex.
    pub fn names(self) -> Vec<String> {
        let mut out = Vec::new();
        let mut known = 0;
        for (bit, name) in Self::NAMES {
            known |= bit;
            if self.0 & bit != 0 {
                out.push(name.to_string());
            }
        }
        if self.0 & !known != 0 {
            out.push(format!("{:#x}", self.0 & !known));
        }
        out
    }
}

/// `co_localspluskinds` bits.
pub mod kind {
    pub const HIDDEN: u8 = 0x10;
    pub const LOCAL: u8 = 0x20;
    pub const CELL: u8 = 0x40;
    pub const FREE: u8 = 0x80;
}

/// A code object as CPython 3.12 marshals it, plus derived tables.
#[derive(Debug, Clone)]
pub struct CodeObject {
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub stacksize: u32,
    pub flags: CodeFlags,
    /// The raw bytecode, CACHE units included (zeroed, as marshal writes them).
    pub code: Rc<[u8]>,
    pub consts: Box<[Constant]>,
    pub names: Box<[Rc<str>]>,
    pub localsplusnames: Box<[Rc<str>]>,
    pub localspluskinds: Rc<[u8]>,
    pub filename: Rc<str>,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub firstlineno: i32,
    pub linetable: Rc<[u8]>,
    pub exceptiontable: Rc<[u8]>,
    /// One position per code unit, decoded from `linetable`.
    pub positions: Box<[Position]>,
    /// Decoded from `exceptiontable`.
    pub exception_entries: Box<[ExceptionEntry]>,
}

/// The raw fields, in marshal order, before they are checked and decoded.
pub struct CodeFields {
    pub argcount: i32,
    pub posonlyargcount: i32,
    pub kwonlyargcount: i32,
    pub stacksize: i32,
    pub flags: i32,
    pub code: Rc<[u8]>,
    pub consts: Vec<Constant>,
    pub names: Vec<Rc<str>>,
    pub localsplusnames: Vec<Rc<str>>,
    pub localspluskinds: Rc<[u8]>,
    pub filename: Rc<str>,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub firstlineno: i32,
    pub linetable: Rc<[u8]>,
    pub exceptiontable: Rc<[u8]>,
}

impl CodeObject {
    /// Checks the fields against each other, as `_PyCode_Validate` does, and decodes the
    /// location and exception tables. The error is a sentence naming the problem.
    pub fn new(f: CodeFields) -> Result<CodeObject, String> {
        let count = |what: &str, v: i32| u32::try_from(v).map_err(|_| format!("{what} is negative ({v})"));
        let argcount = count("argcount", f.argcount)?;
        let posonlyargcount = count("posonlyargcount", f.posonlyargcount)?;
        let kwonlyargcount = count("kwonlyargcount", f.kwonlyargcount)?;
        let stacksize = count("stacksize", f.stacksize)?;
        let flags = CodeFlags(f.flags as u32);
        if f.code.is_empty() || !f.code.len().is_multiple_of(2) {
            return Err(format!("co_code has {} bytes; it must be a non-empty even number", f.code.len()));
        }
        if f.localsplusnames.len() != f.localspluskinds.len() {
            return Err(format!(
                "{} localsplus names but {} kinds",
                f.localsplusnames.len(),
                f.localspluskinds.len()
            ));
        }
        if posonlyargcount > argcount {
            return Err(format!("posonlyargcount {posonlyargcount} exceeds argcount {argcount}"));
        }
        let star_args = flags.has(CodeFlags::VARARGS) as u64 + flags.has(CodeFlags::VARKEYWORDS) as u64;
        let total_args = argcount as u64 + kwonlyargcount as u64 + star_args;
        let nlocals = f.localspluskinds.iter().filter(|k| *k & kind::LOCAL != 0).count();
        if total_args > nlocals as u64 {
            return Err(format!("{total_args} arguments but only {nlocals} locals"));
        }
        let units = f.code.len() / 2;
        // The compiler's deepest stack is bounded by what the code can push; a larger claim
        // would only make every frame allocate memory the input cannot justify.
        if stacksize as usize > 2 * units + 8 {
            return Err(format!("stacksize {stacksize} is larger than {units} code units can use"));
        }
        let positions = linetable::decode(&f.linetable, f.firstlineno, units)?;
        let exception_entries = exceptiontable::decode(&f.exceptiontable, units)?;
        Ok(CodeObject {
            argcount,
            posonlyargcount,
            kwonlyargcount,
            stacksize,
            flags,
            code: f.code,
            consts: f.consts.into_boxed_slice(),
            names: f.names.into_boxed_slice(),
            localsplusnames: f.localsplusnames.into_boxed_slice(),
            localspluskinds: f.localspluskinds,
            filename: f.filename,
            name: f.name,
            qualname: f.qualname,
            firstlineno: f.firstlineno,
            linetable: f.linetable,
            exceptiontable: f.exceptiontable,
            positions: positions.into_boxed_slice(),
            exception_entries: exception_entries.into_boxed_slice(),
        })
    }

    fn names_with(&self, bit: u8) -> Vec<Rc<str>> {
        self.localsplusnames
            .iter()
            .zip(self.localspluskinds.iter())
            .filter(|(_, k)| *k & bit != 0)
            .map(|(n, _)| n.clone())
            .collect()
    }

    /// `co_varnames`: the fast locals, arguments first.
    pub fn varnames(&self) -> Vec<Rc<str>> {
        self.names_with(kind::LOCAL)
    }

    /// `co_cellvars`: locals captured by inner functions.
    pub fn cellvars(&self) -> Vec<Rc<str>> {
        self.names_with(kind::CELL)
    }

    /// `co_freevars`: variables taken from the enclosing function's closure.
    pub fn freevars(&self) -> Vec<Rc<str>> {
        self.names_with(kind::FREE)
    }

    /// `co_nlocals`.
    pub fn nlocals(&self) -> usize {
        self.localspluskinds.iter().filter(|k| *k & kind::LOCAL != 0).count()
    }

    /// Number of code units, CACHE units included.
    pub fn units(&self) -> usize {
        self.code.len() / 2
    }

    /// The instructions in order, with EXTENDED_ARG folded into the oparg and caches skipped.
    pub fn instructions(&self) -> Instructions<'_> {
        Instructions::new(&self.code)
    }

    /// Nested code objects among the constants, in order.
    pub fn nested(&self) -> impl Iterator<Item = &Rc<CodeObject>> {
        self.consts.iter().filter_map(|c| match c {
            Constant::Code(code) => Some(code),
            _ => None,
        })
    }
}
