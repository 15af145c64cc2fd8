//! The 16-byte `.pyc` header: magic number, flags, and the source timestamp or hash.
//! Mirrors `Lib/importlib/_bootstrap_external.py` (`_classify_pyc`, the magic-number history).

use super::error::{LoadError, LoadErrorKind};

/// The magic number CPython 3.12 writes (`3.12b1 3531`).
pub const MAGIC_312: u16 = 3531;

/// Magic numbers by CPython version: (version, first magic of its development, final magic).
/// Since 3.11, version 3.n starts at 2900 + 50n.
pub const MAGIC_HISTORY: &[(&str, u16, u16)] = &[
    ("2.7", 62171, 62211),
    ("3.6", 3360, 3379),
    ("3.7", 3390, 3394),
    ("3.8", 3400, 3413),
    ("3.9", 3420, 3425),
    ("3.10", 3430, 3439),
    ("3.11", 3450, 3495),
    ("3.12", 3500, 3531),
    ("3.13", 3550, 3571),
    ("3.14", 3600, 3627),
];

/// Which version wrote `magic`, and whether it is a pre-release of that version.
pub fn version_of_magic(magic: u16) -> Option<(&'static str, bool)> {
    MAGIC_HISTORY
        .iter()
        .find(|(_, first, last)| (*first..=*last).contains(&magic))
        .map(|(v, _, last)| (*v, magic != *last))
}

/// How the importer decides whether the `.pyc` is still current for its source (PEP 552).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Validation {
    /// Flags 0: the source's mtime and size, as written when compiled.
    Timestamp { mtime: u32, source_size: u32 },
    /// Flags 1 or 3: a SipHash of the source keyed by the magic number.
    Hash { hash: [u8; 8], check_source: bool },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PycHeader {
    pub magic: u16,
    pub flags: u32,
    pub validation: Validation,
}

pub const HEADER_LEN: usize = 16;

/// Reads and checks the header; the marshal stream starts at byte 16.
pub fn read_header(data: &[u8]) -> Result<PycHeader, LoadError> {
    if data.is_empty() {
        return Err(LoadError::new(0, LoadErrorKind::Empty));
    }
    if data.len() >= 4 && data[2..4] != *b"\r\n" {
        return Err(LoadError::new(0, LoadErrorKind::NotPyc));
    }
    if data.len() < HEADER_LEN {
        // A short file with a plausible magic is a truncated .pyc; anything else is not a .pyc.
        return Err(LoadError::new(data.len(), LoadErrorKind::TruncatedHeader { len: data.len() }));
    }
    let magic = u16::from_le_bytes([data[0], data[1]]);
    if magic != MAGIC_312 {
        let (version, prerelease) = match version_of_magic(magic) {
            Some((v, pre)) => (Some(v), pre),
            None => (None, false),
        };
        return Err(LoadError::new(0, LoadErrorKind::WrongVersion { magic, version, prerelease }));
    }
    let word = |at: usize| u32::from_le_bytes([data[at], data[at + 1], data[at + 2], data[at + 3]]);
    let flags = word(4);
    let validation = match flags {
        0 => Validation::Timestamp { mtime: word(8), source_size: word(12) },
        1 | 3 => {
            let mut hash = [0; 8];
            hash.copy_from_slice(&data[8..16]);
            Validation::Hash { hash, check_source: flags == 3 }
        }
        other => return Err(LoadError::new(4, LoadErrorKind::BadFlags(other))),
    };
    Ok(PycHeader { magic, flags, validation })
}

/// The source hash a hash-based `.pyc` records: SipHash-1-3 of the source bytes keyed by the
/// raw magic word (`_imp.source_hash(_RAW_MAGIC_NUMBER, source)`).
pub fn source_hash(source: &[u8]) -> [u8; 8] {
    let key = u32::from_le_bytes([MAGIC_312.to_le_bytes()[0], MAGIC_312.to_le_bytes()[1], b'\r', b'\n']);
    crate::object::hash::siphash13(key as u64, 0, source).to_le_bytes()
}
