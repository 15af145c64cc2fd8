//! The loader: a `.pyc` file's bytes become a header and a tree of immutable code objects.
//!
//! `header` reads the 16-byte header, `marshal` the object stream after it. Everything here
//! reports problems as `LoadError` (with the byte offset), never as a Python exception.

pub mod error;
pub mod header;
pub mod marshal;

use std::path::Path;
use std::rc::Rc;

pub use error::{LoadError, LoadErrorKind};
pub use header::{PycHeader, Validation};

use crate::code::{CodeObject, Constant};

/// A loaded `.pyc`: its header and the module's code object.
#[derive(Debug)]
pub struct Pyc {
    pub header: PycHeader,
    pub code: Rc<CodeObject>,
}

/// Loads a `.pyc` from its bytes.
pub fn load_pyc(data: &[u8]) -> Result<Pyc, LoadError> {
    let header = header::read_header(data)?;
    match marshal::read_object(data, header::HEADER_LEN)? {
        Constant::Code(code) => Ok(Pyc { header, code }),
        other => Err(LoadError::new(
            header::HEADER_LEN,
            LoadErrorKind::ExpectedType {
                what: "the module",
                expected: "a code object",
                found: other.type_name(),
            },
        )),
    }
}

/// Why a file could not be used: it could not be read, or it is not a loadable `.pyc`.
#[derive(Debug)]
pub enum FileError {
    Io(std::io::Error),
    Load(LoadError),
}

impl std::fmt::Display for FileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FileError::Io(e) => write!(f, "{e}"),
            FileError::Load(e) => write!(f, "{e}"),
        }
    }
}

/// Reads and loads a `.pyc` file.
pub fn load_file(path: &Path) -> Result<Pyc, FileError> {
    let data = std::fs::read(path).map_err(FileError::Io)?;
    load_pyc(&data).map_err(FileError::Load)
}
