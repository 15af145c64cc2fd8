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

#[test]
fn float_repr_matches_cpython() {
    let cases = samples("float_repr.txt");
    assert!(cases.len() > 20_000);
    let wrong: Vec<String> = cases
        .iter()
        .filter_map(|(bits, want)| {
            let v = f64::from_bits(u64::from_str_radix(bits, 16).unwrap());
            let got = float_repr(v);
            (got != *want).then(|| format!("{bits}: want {want}, got {got}"))
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
fn str_repr_matches_cpython() {
    let cases = samples("str_repr.txt");
    assert!(cases.len() > 6_000);
    let wrong: Vec<String> = cases
        .iter()
        .filter_map(|(cp, want)| {
            let cp = u32::from_str_radix(cp, 16).unwrap();
            let got = str_repr_points(std::iter::once(cp));
            (got != *want).then(|| format!("U+{cp:04X}: want {want}, got {got}"))
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
