//! The compiler process behind `eval`, `exec` and `compile` when it cannot help: no CPython
//! 3.12 at all, or a child that greets and then dies, answers garbage, or announces a reply
//! too large to believe. Each ends in a Python exception with a traceback and exit status 1,
//! never a panic. (The golden cases that need a working compiler are `run/eval/`.)

use std::os::unix::fs::PermissionsExt;

use crate::common::root;
use crate::imports::{run_in, scratch};

/// `loop.pyc` calls `eval` on its first iteration.
fn eval_case() -> std::path::PathBuf {
    root().join("vm-tests/run/eval/loop.pyc")
}

#[test]
fn eval_without_cpython_says_what_to_install() {
    let (stdout, stderr, status) = run_in(
        &eval_case(),
        &[("PATH", "/nonexistent"), ("PYENV_ROOT", "/nonexistent"), ("MINIVM_PYTHON", "/nonexistent/python")],
    );
    assert_eq!(stdout, "");
    assert!(stderr.starts_with("Traceback (most recent call last):\n"), "{stderr}");
    assert!(stderr.contains("RuntimeError: minivm compiles source code with CPython 3.12"), "{stderr}");
    assert!(stderr.contains("python3.12") && stderr.contains("MINIVM_PYTHON"), "{stderr}");
    assert_eq!(status, 1);
}

/// A fake interpreter: a shell script that greets as the helper does, then does `rest`.
fn fake_python(name: &str, rest: &str) -> String {
    let dir = scratch(name);
    let script = dir.join("python");
    std::fs::write(&script, format!("#!/bin/sh\nprintf 'minivm-compiler 1\\n{rest}'\n")).unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    script.display().to_string()
}

#[test]
fn a_compiler_that_dies_or_answers_garbage_is_a_python_error() {
    let dying = fake_python("compiler_dies", "");
    let garbage = fake_python("compiler_garbage", "\\005\\000\\000\\000garba");
    let huge = fake_python("compiler_huge", "\\377\\377\\377\\177");
    for python in [dying, garbage, huge] {
        let (stdout, stderr, status) = run_in(
            &eval_case(),
            &[("PATH", "/nonexistent"), ("PYENV_ROOT", "/nonexistent"), ("MINIVM_PYTHON", python.as_str())],
        );
        assert_eq!(stdout, "");
        assert!(stderr.contains("RuntimeError: the CPython 3.12 compiler process"), "{stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert_eq!(status, 1, "{stderr}");
    }
}
