//! Helpers shared by the test modules.

use std::path::{Path, PathBuf};

/// The crate root (tests run from it, but say so explicitly).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The `.py` files of one case folder, sorted.
pub fn cases(folder: &str) -> Vec<PathBuf> {
    let dir = root().join(folder);
    let mut out: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    out.sort();
    out
}

/// `at 0x7f…` addresses differ between runs; both sides become `at 0x?` (the fixtures are
/// written that way already).
pub fn normalize_addresses(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(" at 0x") {
        out.push_str(&rest[..i + 6]);
        rest = &rest[i + 6..];
        let hex = rest.find(|c: char| !c.is_ascii_hexdigit()).unwrap_or(rest.len());
        out.push('?');
        rest = rest[hex..].strip_prefix('?').unwrap_or(&rest[hex..]);
    }
    out.push_str(rest);
    out
}

/// The first line where two texts differ, for a readable failure.
pub fn first_difference(want: &str, got: &str) -> String {
    for (i, (w, g)) in want.lines().zip(got.lines()).enumerate() {
        if w != g {
            return format!("line {}:\n  want: {w}\n  got:  {g}", i + 1);
        }
    }
    format!("line counts differ: want {}, got {}", want.lines().count(), got.lines().count())
}

pub fn with_ext(path: &Path, ext: &str) -> PathBuf {
    path.with_extension(ext)
}

/// Held while a test runs the run cases: some cases write files at fixed paths (they print
/// them), so two tests running the same cases at once in this process must take turns.
pub static RUN_CASES: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Says on the real stdout (not the harness's captured one, so it shows in `cargo test`'s
/// normal output) that a test skips, and why.
pub fn skip(reason: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "skipped: {reason}");
    let _ = out.flush();
}
