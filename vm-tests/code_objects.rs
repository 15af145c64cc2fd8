//! Decoded code-object fields against CPython: every instruction's position (from
//! `co_positions()`), the header modes, and what `minivm inspect` shows.

use std::process::Command;

use crate::common::root;
use minivm::code::CodeObject;
use minivm::loader::header::source_hash;
use minivm::loader::{Validation, load_file};

fn find<'a>(code: &'a CodeObject, qualname: &str, firstlineno: i32) -> Option<&'a CodeObject> {
    if &*code.qualname == qualname && code.firstlineno == firstlineno {
        return Some(code);
    }
    code.nested().find_map(|inner| find(inner, qualname, firstlineno))
}

/// A module's code objects in the order `positions.txt` lists them: depth first, by constant.
fn flatten<'a>(code: &'a CodeObject, out: &mut Vec<&'a CodeObject>) {
    out.push(code);
    for inner in code.nested() {
        flatten(inner, out);
    }
}

#[test]
fn positions_match_co_positions() {
    let text = std::fs::read_to_string(root().join("vm-tests/data/positions.txt")).unwrap();
    let show = |v: Option<i64>| v.map_or("-".to_string(), |v| v.to_string());
    let mut modules: Vec<(String, Vec<String>)> = Vec::new();
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let path = line.split(' ').next().unwrap().to_string();
        match modules.last_mut() {
            Some((p, lines)) if *p == path => lines.push(line.to_string()),
            _ => modules.push((path, vec![line.to_string()])),
        }
    }
    let mut checked = 0;
    for (path, lines) in &modules {
        let pyc = load_file(&root().join(path)).unwrap();
        let mut codes = Vec::new();
        flatten(&pyc.code, &mut codes);
        assert_eq!(codes.len(), lines.len(), "{path}: number of code objects");
        for (code, line) in codes.iter().zip(lines) {
            let ours: Vec<String> = code
                .positions
                .iter()
                .map(|p| {
                    [
                        p.line.map(i64::from),
                        p.end_line.map(i64::from),
                        p.col.map(i64::from),
                        p.end_col.map(i64::from),
                    ]
                    .map(show)
                    .join(",")
                })
                .collect();
            let ours = format!("{path} {} {}: {}", code.qualname, code.firstlineno, ours.join(" "));
            assert_eq!(ours.trim_end(), line.trim_end(), "{path} {}", code.qualname);
            checked += 1;
        }
    }
    assert!(checked > 250, "only {checked} code objects checked");
}

#[test]
fn header_modes() {
    let hello = std::fs::read(root().join("vm-tests/dis/hello.py")).unwrap();
    let stamp = load_file(&root().join("vm-tests/data/hello_timestamp.pyc")).unwrap();
    assert_eq!(
        stamp.header.validation,
        Validation::Timestamp { mtime: 1_700_000_000, source_size: hello.len() as u32 }
    );
    let unchecked = load_file(&root().join("vm-tests/data/hello_unchecked.pyc")).unwrap();
    assert_eq!(
        unchecked.header.validation,
        Validation::Hash { hash: source_hash(&hello), check_source: false }
    );
    assert_eq!(unchecked.header.flags, 1);
    let checked = load_file(&root().join("vm-tests/dis/hello.pyc")).unwrap();
    assert_eq!(checked.header.flags, 3);
}

#[test]
fn derived_fields() {
    let pyc = load_file(&root().join("vm-tests/dis/closures.pyc")).unwrap();
    let make_adder = find(&pyc.code, "make_adder", 1).unwrap();
    let add = find(&pyc.code, "make_adder.<locals>.add", 2).unwrap();
    let names = |v: Vec<std::rc::Rc<str>>| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(names(make_adder.varnames()), ["n", "add"]);
    assert_eq!(names(make_adder.cellvars()), ["n"]);
    assert_eq!(names(add.freevars()), ["n"]);
    assert_eq!((add.nlocals(), add.argcount), (1, 1));
    assert_eq!(add.flags.names(), ["OPTIMIZED", "NEWLOCALS", "NESTED"]);
}

#[test]
fn inspect_shows_every_part() {
    let run = |file: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_minivm"))
            .arg("inspect")
            .arg(root().join(file))
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    let text = run("vm-tests/dis/closures.pyc");
    for want in [
        "magic         3531 (CPython 3.12)",
        "flags         0x3 (hash-based, checked)",
        "code object make_adder.<locals>.add (vm-tests/dis/closures.py, line 2)",
        "flags           0x13 OPTIMIZED | NEWLOCALS | NESTED",
        "localsplus      0:n[local+cell] 1:add[local]",
        "freevars        (n)",
        "line table",
    ] {
        assert!(text.contains(want), "inspect lacks {want:?}");
    }
    let text = run("vm-tests/dis/try_except.pyc");
    assert!(text.contains("exception table (start to end -> target [depth] lasti)"));
    assert!(text.contains("lasti"));
    let text = run("vm-tests/data/hello_timestamp.pyc");
    assert!(text.contains("source mtime  1700000000 (2023-11-14 22:13:20 UTC)"), "{text}");
    assert!(run("vm-tests/dis/generators.pyc").contains("GENERATOR"));
}
