//! `LoadError`: why a file could not be loaded, and where. Never a Python exception: a bad
//! file is the user's input problem, reported before any bytecode runs.

use std::fmt;

/// A failure to load a `.pyc`, with the byte offset in the file where it was noticed.
/// The kind is boxed so that `Result<_, LoadError>` stays two words: the marshal reader
/// recurses, and its frames must stay small.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadError {
    pub offset: usize,
    pub kind: Box<LoadErrorKind>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum LoadErrorKind {
    /// The file has no bytes at all.
    Empty,
    /// Fewer than 16 bytes: not even a whole header.
    TruncatedHeader { len: usize },
    /// The first four bytes are not a CPython magic number.
    NotPyc,
    /// A real `.pyc`, but from another CPython version.
    WrongVersion { magic: u16, version: Option<&'static str>, prerelease: bool },
    /// Header flag bits other than hash-based (1) and check-source (2).
    BadFlags(u32),
    /// The input ended while reading `what`.
    Truncated { what: &'static str, needed: usize, available: usize },
    /// A marshal type code this reader does not know.
    UnknownType(u8),
    /// `TYPE_REF` with an index past the objects seen so far.
    RefOutOfRange { index: u32, seen: usize },
    /// `TYPE_REF` to a container whose contents are still being read.
    RefIncomplete { index: u32 },
    /// Nesting deeper than CPython's marshal allows.
    TooDeep { limit: usize },
    /// A length or count that is negative or larger than the bytes that remain.
    BadLength { what: &'static str, len: i64, remaining: usize },
    /// A string that is not valid UTF-8 (surrogates allowed).
    BadUtf8 { what: &'static str },
    /// A long-int digit of 2^15 or more.
    DigitOutOfRange(u16),
    /// A long int whose top digit is zero.
    UnnormalizedLong,
    /// A legacy text float that does not parse.
    BadFloat,
    /// A value of the wrong type where the format requires another.
    ExpectedType { what: &'static str, expected: &'static str, found: &'static str },
    /// `TYPE_NULL` where an object is required.
    UnexpectedNull,
    /// A code object whose fields contradict each other.
    InvalidCode { name: String, reason: String },
}

impl LoadError {
    pub fn new(offset: usize, kind: LoadErrorKind) -> LoadError {
        LoadError { offset, kind: Box::new(kind) }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use LoadErrorKind::*;
        let at = self.offset;
        match &*self.kind {
            Empty => write!(f, "the file is empty; a .pyc starts with a 16-byte header"),
            TruncatedHeader { len } => write!(
                f,
                "truncated header: a .pyc starts with a 16-byte header but the file has only {len} bytes"
            ),
            NotPyc => write!(f, "not a .pyc file: the first four bytes are not a CPython magic number"),
            WrongVersion { magic, version: Some(v), prerelease: false } => write!(
                f,
                "this file was compiled by CPython {v} (magic {magic}); minivm runs CPython 3.12 bytecode (magic 3531)"
            ),
            WrongVersion { magic, version: Some(v), prerelease: true } => write!(
                f,
                "this file was compiled by a pre-release of CPython {v} (magic {magic}); minivm runs CPython 3.12 bytecode (magic 3531)"
            ),
            WrongVersion { magic, version: None, .. } => write!(
                f,
                "this file was compiled by an unknown CPython version (magic {magic}); minivm runs CPython 3.12 bytecode (magic 3531)"
            ),
            BadFlags(flags) => {
                write!(f, "invalid header flags {flags:#x} at byte 4 (only bits 0 and 1 are defined)")
            }
            Truncated { what, needed, available } => write!(
                f,
                "unexpected end of data at byte {at} reading {what}: needed {needed} bytes, {available} left"
            ),
            UnknownType(code) => write!(f, "unknown marshal type code {} at byte {at}", show_code(*code)),
            RefOutOfRange { index, seen } => write!(
                f,
                "bad marshal data at byte {at}: reference {index} is out of range ({seen} objects seen)"
            ),
            RefIncomplete { index } => write!(
                f,
                "bad marshal data at byte {at}: reference {index} points to an object still being read"
            ),
            TooDeep { limit } => {
                write!(f, "bad marshal data at byte {at}: objects nested more than {limit} levels deep")
            }
            BadLength { what, len, remaining } if *len < 0 => {
                write!(f, "bad marshal data at byte {at}: {what} {len} is negative ({remaining} bytes left)")
            }
            BadLength { what, len, remaining } => write!(
                f,
                "bad marshal data at byte {at}: {what} {len} is more than the {remaining} bytes left (truncated or corrupt file)"
            ),
            BadUtf8 { what } => write!(f, "bad marshal data at byte {at}: {what} is not valid UTF-8"),
            DigitOutOfRange(d) => write!(f, "bad marshal data at byte {at}: long digit {d} is out of range"),
            UnnormalizedLong => write!(f, "bad marshal data at byte {at}: long int has a zero top digit"),
            BadFloat => write!(f, "bad marshal data at byte {at}: text float does not parse"),
            ExpectedType { what, expected, found } => {
                write!(f, "bad marshal data at byte {at}: {what} must be {expected}, found {found}")
            }
            UnexpectedNull => write!(f, "bad marshal data at byte {at}: NULL where an object is required"),
            InvalidCode { name, reason } => {
                write!(f, "invalid code object {name:?} ending at byte {at}: {reason}")
            }
        }
    }
}

impl std::error::Error for LoadError {}

/// A type code as a person reads it: `'c' (0x63)`, with FLAG_REF shown.
pub fn show_code(byte: u8) -> String {
    let code = byte & 0x7f;
    let flag = if byte & 0x80 != 0 { " with FLAG_REF" } else { "" };
    if code.is_ascii_graphic() {
        format!("'{}' ({byte:#04x}{flag})", code as char)
    } else {
        format!("{byte:#04x}{flag}")
    }
}
