//! Imports that need a folder built at test time: a module with no compiled form when no
//! CPython can be found, a malformed `.pyc`, and (when CPython 3.12 is present) compiling a
//! source into `__pycache__`. The multi-module golden cases are in `run/imports/`.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::root;

/// A fresh empty folder under the target directory.
pub fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// `minivm run FILE` in `dir`'s parent, with the environment reduced to `env`.
pub fn run_in(file: &Path, env: &[(&str, &str)]) -> (String, String, i32) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_minivm"));
    command.arg("run").arg(file).env_clear();
    for (k, v) in env {
        command.env(k, v);
    }
    let out = command.output().unwrap();
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (text(&out.stdout), text(&out.stderr), out.status.code().unwrap_or(-1))
}

/// The prepared main module: `import broken` (reporting an ImportError), then `import helper`.
fn main_pyc(dir: &Path) -> PathBuf {
    let main = dir.join("main.pyc");
    std::fs::copy(root().join("vm-tests/data/import_main.pyc"), &main).unwrap();
    main
}

#[test]
fn a_source_with_no_compiler_raises_import_error_saying_why() {
    let dir = scratch("import_no_cpython");
    let main = main_pyc(&dir);
    std::fs::write(dir.join("helper.py"), "VALUE = 1\n").unwrap();
    let (stdout, stderr, status) =
        run_in(&main, &[("PATH", "/nonexistent"), ("PYENV_ROOT", "/nonexistent"), ("MINIVM_PYTHON", "")]);
    assert_eq!(stdout, "ImportError No module named 'broken'\n");
    assert!(stderr.contains("ImportError: cannot compile"), "{stderr}");
    assert!(stderr.contains("helper.py: CPython 3.12 was not found"), "{stderr}");
    assert_eq!(status, 1);
}

#[test]
fn a_malformed_pyc_module_raises_import_error_naming_the_file() {
    let dir = scratch("import_bad_pyc");
    let main = main_pyc(&dir);
    std::fs::write(dir.join("broken.pyc"), b"\x0b\x0e\r\n\0\0\0\0garbage").unwrap();
    std::fs::write(dir.join("helper.pyc"), b"").unwrap();
    let (stdout, stderr, status) = run_in(&main, &[]);
    assert!(stdout.starts_with("ImportError cannot load module broken from "), "{stdout}");
    assert!(stdout.contains("broken.pyc"), "{stdout}");
    assert!(stderr.contains("ImportError: cannot load module helper from "), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(status, 1);
}

/// CPython 3.12 as the tools find it, if this machine has it.
fn cpython() -> Option<String> {
    let candidates =
        std::env::var("MINIVM_PYTHON").into_iter().chain(["python3.12".into(), "python3".into()]);
    candidates.into_iter().find(|p| {
        Command::new(p)
            .args(["-c", "import sys; sys.exit(sys.version_info[:2] != (3, 12))"])
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

#[test]
fn a_source_module_is_compiled_by_cpython_into_pycache() {
    let Some(python) = cpython() else {
        eprintln!("skipped: CPython 3.12 is not on this machine");
        return;
    };
    let dir = scratch("import_compile");
    let main = main_pyc(&dir);
    std::fs::write(dir.join("helper.py"), "VALUE = 'compiled ' + str(6 * 7)\n").unwrap();
    let path = std::env::var("PATH").unwrap_or_default();
    let pyenv = std::env::var("PYENV_VERSION").unwrap_or_default();
    let env =
        [("PATH", path.as_str()), ("MINIVM_PYTHON", python.as_str()), ("PYENV_VERSION", pyenv.as_str())];
    let (stdout, stderr, status) = run_in(&main, &env);
    assert_eq!(
        (stdout.as_str(), stderr.as_str(), status),
        ("ImportError No module named 'broken'\ncompiled 42\n", "", 0)
    );
    let cached = dir.join("__pycache__/helper.cpython-312.pyc");
    assert!(cached.is_file(), "no {}", cached.display());
    // The cached file is current: a run with no compiler at all uses it.
    let (stdout, _, status) = run_in(&main, &[("PATH", "/nonexistent")]);
    assert_eq!((stdout.as_str(), status), ("ImportError No module named 'broken'\ncompiled 42\n", 0));
}

#[test]
fn program_arguments_reach_sys_argv() {
    let pyc = root().join("vm-tests/run/modules/argv_echo.pyc");
    let out = Command::new(env!("CARGO_BIN_EXE_minivm"))
        .arg("run")
        .arg(&pyc)
        .args(["one", "--two", "-3"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "['one', '--two', '-3'] True\n");
    assert_eq!(out.status.code(), Some(0));
}
