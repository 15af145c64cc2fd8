//! The fixtures are current, and between them they exercise the whole instruction set.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::common::*;
use minivm::code::CodeObject;
use minivm::loader::header::source_hash;
use minivm::loader::{Validation, load_file};
use minivm::opcode::{OPCODES, Opcode};

/// Every case's .pyc was compiled from the source as it is now: the checked-hash header
/// records a hash of the source, which must equal the hash of the committed `.py`.
#[test]
fn fixtures_are_fresh() {
    let mut stale = Vec::new();
    let runs = crate::run_cases::all_cases();
    assert!(!runs.is_empty());
    let all: Vec<PathBuf> = cases("vm-tests/dis")
        .into_iter()
        .chain(cases("vm-tests/adaptive"))
        .chain(cases("vm-tests/trace"))
        .chain(cases("docs/exercises"))
        .chain(runs.iter().cloned())
        .collect();
    // Each case's .pyc; a multi-module case's modules (and a `*_source` case's main.py) are
    // compiled in `__pycache__` instead.
    let mut compiled: Vec<(PathBuf, PathBuf)> = Vec::new();
    for py in &all {
        let dir = py.parent().unwrap();
        if py.ends_with("main.py") {
            for module in modules_under(dir) {
                if module != *py {
                    compiled.push((module.clone(), minivm::interp::importer::cache_path(&module)));
                }
            }
            if dir.to_string_lossy().ends_with("_source") {
                compiled.push((py.clone(), minivm::interp::importer::cache_path(py)));
                continue;
            }
        }
        compiled.push((py.clone(), with_ext(py, "pyc")));
    }
    for py in &all {
        let path = py.to_string_lossy();
        let wanted: &[&str] = if path.contains("vm-tests/dis/") {
            &["dis", "caches.dis"]
        } else if path.contains("vm-tests/adaptive/") {
            &["adaptive"]
        } else if path.contains("vm-tests/trace/") {
            &["offsets", "stdout"]
        } else if path.contains("docs/exercises/") {
            &[]
        } else {
            &["stdout"]
        };
        for ext in wanted {
            assert!(with_ext(py, ext).exists(), "{} has no .{ext} (run vm-tests/regen.sh)", py.display());
        }
    }
    // Helper modules of the run areas (`vm-tests/run/AREA/_NAME.py`), compiled in `__pycache__`.
    for area in std::fs::read_dir(root().join("vm-tests/run")).unwrap() {
        let area = area.unwrap().path();
        if !area.is_dir() {
            continue;
        }
        for entry in std::fs::read_dir(&area).unwrap() {
            let py = entry.unwrap().path();
            let helper = py.file_name().is_some_and(|n| n.to_string_lossy().starts_with('_'));
            if helper && py.extension().is_some_and(|e| e == "py") {
                compiled.push((py.clone(), minivm::interp::importer::cache_path(&py)));
            }
        }
    }
    // minivm's standard modules written in Python, embedded compiled.
    for entry in std::fs::read_dir(root().join("src/modules/python")).unwrap() {
        let py = entry.unwrap().path();
        if py.extension().is_some_and(|e| e == "py") {
            compiled.push((py.clone(), with_ext(&py, "pyc")));
        }
    }
    for (py, pyc_path) in compiled {
        let source = std::fs::read(&py).unwrap();
        let pyc = load_file(&pyc_path)
            .unwrap_or_else(|e| panic!("{}: {e} (run vm-tests/regen.sh)", pyc_path.display()));
        match pyc.header.validation {
            Validation::Hash { hash, check_source: true } if hash == source_hash(&source) => {}
            _ => stale.push(py.display().to_string()),
        }
    }
    assert!(stale.is_empty(), "stale fixtures (run vm-tests/regen.sh): {stale:?}");
}

/// The `.py` files in a directory tree.
fn modules_under(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(modules_under(&path));
        } else if path.extension().is_some_and(|e| e == "py") {
            found.push(path);
        }
    }
    found
}

fn collect(code: &CodeObject, seen: &mut BTreeSet<&'static str>) {
    for instr in code.instructions() {
        if let Some(op) = instr.opcode {
            seen.insert(op.name());
        }
    }
    for inner in code.nested() {
        collect(inner, seen);
    }
}

/// Opcodes the 3.12 compiler never writes into a .pyc.
const NEVER_EMITTED: [Opcode; 3] = [
    Opcode::Cache,           // inline cache units, skipped as part of their instruction
    Opcode::InterpreterExit, // only in the interpreter's own trampoline code
    Opcode::Reserved,        // a placeholder number
];

#[test]
fn cases_cover_every_emitted_opcode() {
    let mut seen = BTreeSet::new();
    for py in cases("vm-tests/dis") {
        collect(&load_file(&with_ext(&py, "pyc")).unwrap().code, &mut seen);
    }
    let missing: Vec<&str> = OPCODES
        .iter()
        .filter(|row| row.base == row.opcode && !row.opcode.is_instrumented())
        .filter(|row| !NEVER_EMITTED.contains(&row.opcode))
        .map(|row| row.name)
        .filter(|name| !seen.contains(name))
        .collect();
    assert!(missing.is_empty(), "no case emits {missing:?}");
}

/// What a program prints about `_ast`: every node class with its base, own `_fields`,
/// `_attributes`, `__match_args__`, None defaults and doc, and the `PyCF_*` constants.
const AST_SUMMARY: &str = r#"import _ast
for name, value in sorted(vars(_ast).items()):
    if isinstance(value, type) and issubclass(value, _ast.AST) and value is not _ast.AST:
        own = vars(value)
        nones = sorted(k for k, v in own.items() if v is None and not k.startswith("__"))
        print(name, value.__bases__[0].__name__, own.get("_fields"), own.get("_attributes"),
              value.__match_args__, nones, value.__module__, repr(value.__doc__))
    elif name.startswith("PyCF_"):
        print(name, value)
"#;

/// `src/modules/python/_ast.py` is generated from python3.12's `_ast` (`vm-tests/regen.py`):
/// minivm's module must still describe the classes python3.12 has. Needs CPython 3.12.
#[test]
fn generated_ast_module_matches_cpython() {
    // The interpreters minivm's compiler tries, the first that is 3.12.
    let python = minivm::interp::stdlib::python_candidates().into_iter().find(|p| {
        std::process::Command::new(p)
            .args(["-c", "import sys; sys.exit(sys.version_info[:2] != (3, 12))"])
            .output()
            .is_ok_and(|o| o.status.success())
    });
    let Some(python) = python else {
        skip("the generated _ast is not compared with CPython 3.12's: it is not on this machine");
        return;
    };
    let dir = crate::imports::scratch("ast_summary");
    let script = dir.join("ast_summary.py");
    std::fs::write(&script, AST_SUMMARY).unwrap();
    let want = std::process::Command::new(&python).arg(&script).output().unwrap();
    let got =
        std::process::Command::new(env!("CARGO_BIN_EXE_minivm")).arg("run").arg(&script).output().unwrap();
    let (want, got) = (String::from_utf8_lossy(&want.stdout), String::from_utf8_lossy(&got.stdout));
    assert!(want.lines().count() > 100, "python3.12 printed {want}");
    assert!(
        want == got,
        "src/modules/python/_ast.py is stale (run vm-tests/regen.sh): {}",
        first_difference(&want, &got)
    );
}
