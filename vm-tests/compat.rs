//! `docs/compatibility.md` is current, and its tables agree with the VM: every module marked
//! supported or partial imports, every missing one does not, every importable public module
//! is listed, and the builtins marked missing are the ones the VM lacks.

use minivm::interp::Vm;
use minivm::interp::stdlib;
use minivm::modules::compat::{self, BUILTIN_NOTES, CPYTHON_BUILTINS, MODULES, Support};
use minivm::object::str::PyStr;

use crate::common::root;

#[test]
fn compatibility_doc_is_current() {
    let path = root().join("docs/compatibility.md");
    let want = compat::markdown();
    if std::env::var_os("MINIVM_WRITE_DOCS").is_some() {
        std::fs::write(&path, &want).unwrap();
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "docs/compatibility.md is stale: run MINIVM_WRITE_DOCS=1 cargo test --release compat"
    );
}

/// Imports every module of the table in a fresh VM and checks the column for that setting.
fn check_imports(lib: Option<stdlib::Stdlib>) {
    let with_lib = lib.is_some();
    let column = if with_lib { "with CPython's Lib/" } else { "without CPython" };
    let mut vm = Vm::with_stdlib(Box::new(std::io::sink()), Box::new(std::io::sink()), lib);
    for (name, fallback, in_lib) in MODULES {
        let support = if with_lib { in_lib.resolve(*fallback) } else { *fallback };
        let imported = vm.import_module(name).is_ok();
        match support {
            Support::Missing(_) => {
                assert!(!imported, "{name} imports but is marked not supported ({column})")
            }
            _ => assert!(imported, "{name} is marked supported but does not import ({column})"),
        }
    }
}

#[test]
fn module_table_matches_what_imports_with_cpython_lib() {
    match stdlib::locate() {
        Some(lib) => check_imports(Some(lib)),
        None => crate::common::skip(
            "CPython 3.12's Lib/ was not found, so the compatibility table's Lib/ column is not checked",
        ),
    }
}

#[test]
fn module_table_matches_what_imports() {
    check_imports(None);
    let listed: Vec<&str> = MODULES.iter().map(|(n, _, _)| *n).collect();
    let importable = minivm::modules::NATIVE
        .iter()
        .map(|m| m.name)
        .chain(minivm::modules::PYTHON.iter().map(|(n, _)| *n))
        .filter(|n| !n.starts_with('_') || n.starts_with("__"));
    for name in importable {
        assert!(listed.contains(&name), "{name} can be imported but is not in the compatibility table");
    }
}

#[test]
fn builtin_notes_match_the_builtins() {
    let vm = Vm::new(Box::new(std::io::sink()), Box::new(std::io::sink()));
    for name in CPYTHON_BUILTINS {
        let present = vm.builtins.get_str(&PyStr::new(name)).is_some();
        let note = BUILTIN_NOTES.iter().find(|(n, _)| n == name).map(|(_, s)| *s);
        match note {
            Some(Support::Missing(_)) => assert!(!present, "builtin {name} exists but is marked missing"),
            _ => assert!(present, "builtin {name} is missing but not marked so"),
        }
    }
}
