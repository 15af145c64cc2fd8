//! Finding CPython 3.12: its standard library (`Lib/`, installed as `PREFIX/lib/python3.12`),
//! which minivm imports its standard modules from, and its executable, which compiles sources.
//!
//! Nothing here runs Python: start-up only looks at a few paths. The places, in order:
//! `$MINIVM_STDLIB` (a `Lib/` directory, or `none` for minivm's own fallback modules alone),
//! then the prefix of `$MINIVM_PYTHON`, `python3.12` or `python3` on `PATH` (symlinks
//! followed), then pyenv's newest 3.12 (`$PYENV_ROOT`, or `~/.pyenv`), then the system's
//! `/usr/local/lib/python3.12` and `/usr/lib/python3.12`.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// A CPython 3.12 installation's standard library.
#[derive(Clone, Debug)]
pub struct Stdlib {
    /// `sys.prefix`: the directory holding `lib/python3.12`.
    pub prefix: PathBuf,
    /// `PREFIX/lib/python3.12`: the pure-Python modules.
    pub lib: PathBuf,
}

impl Stdlib {
    /// The entries CPython 3.12 puts on `sys.path` after the script's directory.
    pub fn sys_path(&self) -> Vec<PathBuf> {
        vec![
            self.prefix.join("lib").join("python312.zip"),
            self.lib.clone(),
            self.lib.join("lib-dynload"),
            self.lib.join("site-packages"),
        ]
    }

    /// `PREFIX/bin/python3.12`, when the installation has one.
    pub fn python(&self) -> Option<PathBuf> {
        let exe = self.prefix.join("bin").join("python3.12");
        exe.is_file().then_some(exe)
    }
}

/// A directory that holds CPython 3.12's `Lib/` (its `os.py` and the 3.12-only `_pydatetime.py`).
fn is_lib(dir: &Path) -> bool {
    dir.join("os.py").is_file() && dir.join("_pydatetime.py").is_file()
}

/// The standard library at `lib`, with the prefix two levels up (`PREFIX/lib/python3.12`).
fn at(lib: PathBuf) -> Option<Stdlib> {
    if !is_lib(&lib) {
        return None;
    }
    let lib = std::fs::canonicalize(&lib).unwrap_or(lib);
    let prefix = lib.parent().and_then(Path::parent).map_or_else(|| lib.clone(), Path::to_path_buf);
    Some(Stdlib { prefix, lib })
}

/// Finds CPython 3.12's standard library, or `None` when there is none to be found.
pub fn locate() -> Option<Stdlib> {
    if let Some(dir) = std::env::var_os("MINIVM_STDLIB").filter(|d| !d.is_empty()) {
        // An explicit choice is final: a wrong directory means the fallback modules.
        return at(PathBuf::from(dir));
    }
    for python in named_pythons() {
        if let Some(found) = resolve(&python).and_then(|exe| prefix_of(&exe)).and_then(|p| at(lib_of(&p))) {
            return Some(found);
        }
    }
    if let Some(found) = pyenv_prefixes().into_iter().find_map(|p| at(lib_of(&p))) {
        return Some(found);
    }
    ["/usr/local/lib/python3.12", "/usr/lib/python3.12"].into_iter().find_map(|d| at(PathBuf::from(d)))
}

/// The executables to ask for a CPython 3.12 compiler, in order: `$MINIVM_PYTHON`, the
/// interpreter beside the standard library found, `python3.12`, `python3` (each checked to be
/// 3.12 by the caller), then pyenv's 3.12s. The one beside the library comes before the names
/// on `PATH` because those may be pyenv's shims, scripts that take a tenth of a second to
/// start the interpreter.
pub fn python_candidates() -> Vec<OsString> {
    let mut out = named_pythons();
    if let Some(exe) = locate().and_then(|lib| lib.python()) {
        let at = usize::from(std::env::var_os("MINIVM_PYTHON").is_some_and(|p| !p.is_empty()));
        out.insert(at, exe.into_os_string());
    }
    for prefix in pyenv_prefixes() {
        let exe = prefix.join("bin").join("python3.12");
        if exe.is_file() {
            out.push(exe.into_os_string());
        }
    }
    out
}

fn named_pythons() -> Vec<OsString> {
    let mut out = Vec::new();
    if let Some(p) = std::env::var_os("MINIVM_PYTHON").filter(|p| !p.is_empty()) {
        out.push(p);
    }
    out.push("python3.12".into());
    out.push("python3".into());
    out
}

fn lib_of(prefix: &Path) -> PathBuf {
    prefix.join("lib").join("python3.12")
}

/// The file `python` names: itself when it has a slash, else the first match on `PATH`;
/// symlinks followed. A pyenv shim is a script, not an interpreter, so it finds nothing.
fn resolve(python: &OsString) -> Option<PathBuf> {
    let given = PathBuf::from(python);
    let path = if given.components().count() > 1 {
        given
    } else {
        let dirs = std::env::var_os("PATH")?;
        std::env::split_paths(&dirs).map(|d| d.join(&given)).find(|p| p.is_file())?
    };
    if path.components().any(|c| c.as_os_str() == "shims") {
        return None;
    }
    std::fs::canonicalize(&path).ok()
}

/// `PREFIX` for an interpreter at `PREFIX/bin/python…`.
fn prefix_of(exe: &Path) -> Option<PathBuf> {
    let bin = exe.parent()?;
    (bin.file_name()? == "bin").then(|| bin.parent().map(Path::to_path_buf)).flatten()
}

/// pyenv's 3.12 installations, newest first.
fn pyenv_prefixes() -> Vec<PathBuf> {
    let root = match std::env::var_os("PYENV_ROOT").filter(|r| !r.is_empty()) {
        Some(r) => PathBuf::from(r),
        None => match std::env::var_os("HOME") {
            Some(home) => PathBuf::from(home).join(".pyenv"),
            None => return Vec::new(),
        },
    };
    let Ok(entries) = std::fs::read_dir(root.join("versions")) else { return Vec::new() };
    let mut found: Vec<(u32, PathBuf)> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            let micro = name.strip_prefix("3.12.")?.parse::<u32>().ok()?;
            Some((micro, e.path()))
        })
        .collect();
    found.sort_by_key(|f| std::cmp::Reverse(f.0));
    found.into_iter().map(|(_, p)| p).collect()
}
