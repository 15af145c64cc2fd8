//! `repr` of floats and strings against python3.12 on thousands of samples
//! (`vm-tests/data/*_repr.txt`, written by `vm-tests/regen.sh`).

use crate::common::root;
use minivm::object::repr::{float_repr, str_repr_points};

fn samples(name: &str) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(root().join("vm-tests/data").join(name)).unwrap();
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| {
            let (key, want) = l.split_once(' ').unwrap();
            (key.to_string(), want.to_string())
        })
        .collect()
}

/// Checks `ours` against every sample of a data file; `min` guards against an empty file.
fn check(name: &str, min: usize, ours: impl Fn(&str) -> String) {
    let cases = samples(name);
    assert!(cases.len() > min, "{name} has only {} samples", cases.len());
    let wrong: Vec<String> = cases
        .iter()
        .filter_map(|(key, want)| {
            let got = ours(key);
            (got != *want).then(|| format!("{key}: want {want}, got {got}"))
        })
        .collect();
    assert!(
        wrong.is_empty(),
        "{} of {} differ:\n{}",
        wrong.len(),
        cases.len(),
        wrong[..wrong.len().min(20)].join("\n")
    );
}

#[test]
fn float_repr_matches_cpython() {
    check("float_repr.txt", 20_000, |bits| {
        float_repr(f64::from_bits(u64::from_str_radix(bits, 16).unwrap()))
    });
}

#[test]
fn str_repr_matches_cpython() {
    check("str_repr.txt", 6_000, |cp| str_repr_points(std::iter::once(u32::from_str_radix(cp, 16).unwrap())));
}
