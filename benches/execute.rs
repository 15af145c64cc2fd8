//! Whole programs inside one process, under each specialisation mode.
//!
//! - `execute/<program>/{off,cpython312,all}`: every `benches/programs/*.pyc` at its default
//!   (test) size, loaded once; each iteration is a fresh VM running the module.
//! - `dispatch/<program>/{off,all}`: the loop itself, on programs that are nearly all dispatch,
//!   with throughput in bytecode instructions (criterion prints instructions per second).
//!
//! - `startup/vm_new`: a fresh VM, builtins and all.
//!
//! Run with `cargo bench --bench execute -- execute/richards` (any filter works).

use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::time::Duration;

use criterion::{Criterion, Throughput};
use minivm::code::CodeObject;
use minivm::interp::Vm;
use minivm::interp::adaptive::{self, Mode};
use minivm::interp::module::Outcome;

fn programs() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/programs");
    let mut all: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("benches/programs")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "pyc"))
        .collect();
    all.sort();
    all
}

fn load(path: &Path) -> Rc<CodeObject> {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    minivm::loader::load_pyc(&bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display())).code
}

/// Runs the module once in a fresh VM, output discarded; returns the instructions executed
/// when `count` is set.
fn run(path: &Path, code: &Rc<CodeObject>, args: &[String], count: bool) -> u64 {
    let mut vm = Vm::new(Box::new(std::io::sink()), Box::new(std::io::sink()));
    vm.set_main(path, args);
    if count {
        vm.stats = Some(Box::default());
    }
    match vm.run_main(code.clone()) {
        Outcome::Exit(0) => {}
        Outcome::Exit(status) => panic!("{} exited with status {status}", path.display()),
        Outcome::Fault(message) => panic!("{}: {message}", path.display()),
    }
    vm.stats.map_or(0, |s| s.executed())
}

const MODES: [Mode; 3] = [Mode::Off, Mode::Cpython312, Mode::All];

fn execute(c: &mut Criterion) {
    for path in programs() {
        let code = load(&path);
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        let mut group = c.benchmark_group(format!("execute/{name}"));
        group
            .sample_size(10)
            .warm_up_time(Duration::from_millis(500))
            .measurement_time(Duration::from_secs(2));
        for mode in MODES {
            adaptive::set_mode(mode);
            group.bench_function(mode.name(), |b| b.iter(|| run(&path, &code, &[], false)));
        }
        group.finish();
    }
    adaptive::set_mode(Mode::All);
}

fn dispatch(c: &mut Criterion) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/programs");
    for (name, arg) in [("intloop", "100000"), ("fib", "18"), ("micro_loops", "20")] {
        let path = dir.join(format!("{name}.pyc"));
        let code = load(&path);
        let args = vec![arg.to_string()];
        let mut group = c.benchmark_group(format!("dispatch/{name}"));
        group
            .sample_size(20)
            .warm_up_time(Duration::from_millis(500))
            .measurement_time(Duration::from_secs(2));
        for mode in [Mode::Off, Mode::All] {
            adaptive::set_mode(mode);
            group.throughput(Throughput::Elements(run(&path, &code, &args, true)));
            group.bench_function(mode.name(), |b| b.iter(|| run(&path, &code, &args, false)));
        }
        group.finish();
    }
    adaptive::set_mode(Mode::All);
}

/// What a run costs before the program's first instruction: a VM with its builtins.
fn startup(c: &mut Criterion) {
    c.bench_function("startup/vm_new", |b| {
        b.iter(|| Vm::new(Box::new(std::io::sink()), Box::new(std::io::sink())))
    });
}

/// criterion's main, on a thread with the stack `minivm run` gives the VM (native code that
/// calls back into Python, a `sorted` key say, nests on it).
fn main() {
    std::thread::Builder::new()
        .stack_size(512 << 20)
        .spawn(|| {
            let mut c = Criterion::default().configure_from_args();
            startup(&mut c);
            execute(&mut c);
            dispatch(&mut c);
            c.final_summary();
        })
        .expect("bench thread")
        .join()
        .expect("bench thread panicked");
}
