//! `minivm dis` prints exactly what python3.12's `dis.dis` prints, for every case.

use crate::common::*;
use minivm::cli::dis::dis_module;
use minivm::loader::load_file;

fn check_all(show_caches: bool) {
    let ext = if show_caches { "caches.dis" } else { "dis" };
    let mut failures = Vec::new();
    let cases = cases("vm-tests/dis");
    assert!(cases.len() >= 60, "the dis corpus has {} programs, want at least 60", cases.len());
    for py in &cases {
        let pyc = load_file(&with_ext(py, "pyc")).unwrap_or_else(|e| panic!("{}: {e}", py.display()));
        let want = std::fs::read_to_string(with_ext(py, ext)).expect("expected dis text");
        let got = dis_module(&pyc.code, show_caches);
        let (want, got) = (normalize_addresses(&want), normalize_addresses(&got));
        if want != got {
            failures.push(format!("{}: {}", py.display(), first_difference(&want, &got)));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn dis_matches_cpython() {
    check_all(false);
}

#[test]
fn dis_show_caches_matches_cpython() {
    check_all(true);
}
