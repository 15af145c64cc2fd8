//! Run cases: `vm-tests/run/AREA/NAME.py` with the stdout, stderr and exit status that
//! python3.12 gave for its `.pyc`. All cases run in this one process, on one thread with a
//! large stack (as `minivm run` has); each case gets a fresh VM.

use std::cell::RefCell;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use crate::common::{first_difference, root};
use minivm::code::CodeObject;
use minivm::interp::Vm;
use minivm::interp::adaptive::{self, Mode};
use minivm::interp::module::Outcome;
use minivm::loader::load_file;

/// A `Write` into a shared buffer, so the test can read what the VM printed.
#[derive(Clone, Default)]
struct Capture(Rc<RefCell<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Capture {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.borrow()).into_owned()
    }
}

/// The case's standard input: `NAME.stdin` beside it, else nothing.
fn stdin_of(file: &Path) -> Box<dyn std::io::Read> {
    let data = std::fs::read(file.with_extension("stdin")).unwrap_or_default();
    Box::new(std::io::Cursor::new(data))
}

/// Runs one `.pyc` in a fresh VM: (stdout, stderr, exit status).
pub fn run_pyc(pyc: &Path) -> (String, String, i32) {
    if pyc.extension().is_some_and(|e| e == "py") {
        return run_source(pyc);
    }
    match load_file(pyc) {
        Ok(p) => run_code(p.code, &pyc.display().to_string(), Some(pyc)),
        Err(e) => (String::new(), format!("minivm: {}: {e}\n", pyc.display()), 2),
    }
}

/// Runs a `.py` as `minivm run file.py` does.
fn run_source(py: &Path) -> (String, String, i32) {
    let (out, err) = (Capture::default(), Capture::default());
    let mut vm = Vm::new(Box::new(out.clone()), Box::new(err.clone()));
    vm.set_stdin(stdin_of(py));
    vm.set_main(py, &[]);
    let status = match vm.run_main_source(py) {
        Outcome::Exit(status) => status,
        Outcome::Fault(message) => {
            err.clone().write_all(format!("minivm: {}: {message}\n", py.display()).as_bytes()).ok();
            2
        }
    };
    (out.text(), err.text(), status)
}

/// Runs a module's code object as `minivm run` would.
pub fn run_pyc_code(code: Rc<CodeObject>) -> (String, String, i32) {
    run_code(code, "<memory>", None)
}

fn run_code(code: Rc<CodeObject>, shown: &str, file: Option<&Path>) -> (String, String, i32) {
    let (out, err) = (Capture::default(), Capture::default());
    let mut vm = Vm::new(Box::new(out.clone()), Box::new(err.clone()));
    vm.set_stdin(match file {
        Some(file) => stdin_of(file),
        None => Box::new(std::io::empty()),
    });
    if let Some(file) = file {
        vm.set_main(file, &[]);
    }
    let status = match vm.run_main(code) {
        Outcome::Exit(status) => status,
        Outcome::Fault(message) => {
            err.clone().write_all(format!("minivm: {shown}: {message}\n").as_bytes()).ok();
            2
        }
    };
    (out.text(), err.text(), status)
}

fn read_or_empty(path: PathBuf) -> String {
    std::fs::read_to_string(path).unwrap_or_default()
}

/// Every case under `vm-tests/run`, by area: each `AREA/NAME.py`, and each multi-module case
/// `AREA/NAME/main.py` (its modules beside it, compiled in `__pycache__`; `AREA/_NAME.py` are
/// helper modules the area's cases import, not cases); and the benchmark
/// programs in `benches/programs`, at their default sizes.
pub fn all_cases() -> Vec<PathBuf> {
    let base = root().join("vm-tests/run");
    let mut areas: Vec<PathBuf> =
        std::fs::read_dir(&base).unwrap().map(|e| e.unwrap().path()).filter(|p| p.is_dir()).collect();
    areas.sort();
    // The `stdlib` cases import CPython's own `Lib/` modules, so they need it installed.
    if minivm::interp::stdlib::locate().is_none() {
        areas.retain(|a| !a.ends_with("stdlib"));
        crate::common::skip(
            "run cases in vm-tests/run/stdlib: CPython 3.12's Lib/ was not found (see README)",
        );
    }
    areas.insert(0, root().join("benches/programs"));
    let mut cases = Vec::new();
    for area in areas {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&area)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter_map(|p| {
                let helper = p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('_'));
                if p.extension().is_some_and(|x| x == "py") {
                    (!helper).then_some(p)
                } else {
                    let main = p.join("main.py");
                    main.is_file().then_some(main)
                }
            })
            .collect();
        files.sort();
        cases.extend(files);
    }
    cases
}

/// Cases under `run/eval/` compile source while they run (`compile`, `eval`, `exec`), so they
/// need CPython 3.12 at test time, which the other cases do not; a case elsewhere (`ast.parse`
/// in `run/stdlib/`) says so in its first line, `COMPILER_MARK`.
pub fn needs_compiler(py: &Path) -> bool {
    py.starts_with(root().join("vm-tests/run/eval"))
        || std::fs::read_to_string(py).is_ok_and(|source| source.starts_with(COMPILER_MARK))
}

/// The first line of a case outside `run/eval/` that needs the compiler process.
const COMPILER_MARK: &str = "# needs CPython 3.12 at run time";

/// Whether the cases that need CPython 3.12 can run; when not, says so on stderr, past the
/// test harness's capture, so the skip shows in `cargo test`'s normal output.
pub fn compiler_cases_run(test: &str) -> bool {
    if minivm::interp::compiler::available() {
        return true;
    }
    let note = format!(
        "\n{test}: skipped: the run cases in vm-tests/run/eval (and those marked \"{COMPILER_MARK}\") \
         need CPython 3.12 to compile (set MINIVM_PYTHON or put python3.12 on PATH)\n"
    );
    let _ = std::io::stderr().write_all(note.as_bytes());
    false
}

/// Multi-module cases whose directory is named `*_source` run `main.py` itself.
fn runs_source(py: &Path) -> bool {
    py.parent().and_then(|d| d.file_name()).is_some_and(|n| n.to_string_lossy().ends_with("_source"))
}

/// minivm's output with paths under the repository made relative to it, as `regen.py` makes
/// python3.12's (imported modules and `__file__` are absolute paths).
fn relative(text: String) -> String {
    text.replace(&format!("{}/", root().display()), "")
}

/// Compares one case; `None` when it matches.
fn check(py: &Path) -> Option<String> {
    let target = if runs_source(py) { py.to_path_buf() } else { py.with_extension("pyc") };
    let (stdout, stderr, status) = run_pyc(&target);
    let (stdout, stderr) = (relative(stdout), relative(stderr));
    let want_out = read_or_empty(py.with_extension("stdout"));
    let want_err = read_or_empty(py.with_extension("stderr"));
    let want_status: i32 = read_or_empty(py.with_extension("status")).trim().parse().unwrap_or(0);
    let name = py.strip_prefix(root()).unwrap_or(py).display().to_string();
    if stdout != want_out {
        return Some(format!("{name}: stdout {}", first_difference(&want_out, &stdout)));
    }
    if stderr != want_err {
        return Some(format!("{name}: stderr {}", first_difference(&want_err, &stderr)));
    }
    if status != want_status {
        return Some(format!("{name}: exit status {status}, want {want_status}"));
    }
    None
}

/// Runs `f` on a thread with a stack as large as `minivm run` gives the VM.
fn on_big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new().stack_size(512 << 20).spawn(f).unwrap().join().unwrap()
}

/// Every case, in each specialisation mode (`MINIVM_MODES=off,all` picks some): the output must
/// be python3.12's in all of them.
#[test]
fn run_cases_match_cpython() {
    let _turn = crate::common::RUN_CASES.lock().unwrap_or_else(|e| e.into_inner());
    let filter = std::env::var("MINIVM_CASE").unwrap_or_default();
    let modes: Vec<Mode> = match std::env::var("MINIVM_MODES") {
        Ok(list) => list.split(',').filter_map(Mode::parse).collect(),
        Err(_) => vec![Mode::Off, Mode::Cpython312, Mode::All],
    };
    let with_compiler = compiler_cases_run("run_cases_match_cpython");
    let failures = on_big_stack(move || {
        let cases: Vec<PathBuf> = all_cases()
            .into_iter()
            .filter(|p| p.to_string_lossy().contains(&filter))
            .filter(|p| with_compiler || !needs_compiler(p))
            .collect();
        let total = cases.len() * modes.len();
        let mut failures = Vec::new();
        for mode in modes {
            adaptive::set_mode(mode);
            failures
                .extend(cases.iter().filter_map(|py| check(py)).map(|f| format!("[{}] {f}", mode.name())));
        }
        adaptive::set_mode(Mode::All);
        (failures, total)
    });
    let (failures, total) = failures;
    assert!(total > 0, "no run cases matched");
    assert!(failures.is_empty(), "{} of {total} run cases differ:\n{}", failures.len(), failures.join("\n"));
}

/// The eval cases, on their own, so a machine without CPython 3.12 shows them skipped by name.
#[test]
fn eval_cases_need_cpython() {
    if !compiler_cases_run("eval_cases_need_cpython") {
        return;
    }
    let cases: Vec<PathBuf> = all_cases().into_iter().filter(|p| needs_compiler(p)).collect();
    assert!(cases.len() >= 8, "{} eval cases", cases.len());
}

/// Generators resumed by `FOR_ITER` and `SEND` run in the loop that resumed them: chains 900
/// deep fit in a stack far smaller than one nested Rust call per generator would need.
#[test]
fn generator_chains_do_not_recurse_on_the_rust_stack() {
    let pyc = root().join("vm-tests/run/generators/deep_delegation_chain.pyc");
    let want = read_or_empty(pyc.with_extension("stdout"));
    let small_stack = std::thread::Builder::new().stack_size(1 << 20);
    let (stdout, _, status) = small_stack.spawn(move || run_pyc(&pyc)).unwrap().join().unwrap();
    assert_eq!((stdout.as_str(), status), (want.as_str(), 0));
}
