//! `minivm trace`: the instructions it shows are the ones CPython 3.12 executes, and its
//! options and events do what they say.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{cases, root, with_ext};

/// Runs `minivm trace ARGS… FILE`; returns (stdout, stderr = the trace).
fn trace(args: &[&str], file: &Path) -> (String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_minivm")).arg("trace").args(args).arg(file).output().unwrap();
    assert!(
        out.status.success(),
        "minivm trace {args:?} {} failed: {}",
        file.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    (String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

/// One instruction line of a trace: depth, code object, offset, line, instruction.
#[derive(Debug)]
struct Step {
    depth: usize,
    code: String,
    offset: usize,
    line: String,
    name: String,
    /// Everything after the name: the oparg, its meaning, and the stack.
    rest: String,
}

fn steps(trace: &str) -> Vec<Step> {
    trace
        .lines()
        .filter_map(|l| {
            let mut words = l.split_whitespace();
            let depth = words.next()?.parse().ok()?;
            let code = words.next()?.to_string();
            let offset = words.next()?.parse().ok()?;
            let line = words.next()?.to_string();
            let name = words.next()?.to_string();
            let rest = words.collect::<Vec<_>>().join(" ");
            Some(Step { depth, code, offset, line, name, rest })
        })
        .collect()
}

fn trace_cases() -> Vec<PathBuf> {
    let all = cases("vm-tests/trace");
    assert!(all.len() >= 2, "vm-tests/trace has {} cases", all.len());
    all
}

/// Under `--specialize=off` (no superinstructions), the trace shows exactly the instructions
/// python3.12 executed, in order (its `sys.monitoring` INSTRUCTION events, recorded by
/// regen.py), leaving out RESUME and what precedes it, for which CPython reports no event.
#[test]
fn trace_shows_the_instructions_cpython_executes() {
    for py in trace_cases() {
        let (stdout, err) = trace(&["--specialize=off"], &with_ext(&py, "pyc"));
        let want_stdout = std::fs::read_to_string(with_ext(&py, "stdout")).unwrap();
        assert_eq!(stdout, want_stdout, "{}: the program's output", py.display());
        let all = steps(&err);
        let starts: Vec<(String, usize)> = all
            .iter()
            .filter(|s| s.name == "RESUME" && s.rest.starts_with("0 "))
            .map(|s| (s.code.clone(), s.offset))
            .collect();
        let got: Vec<String> = all
            .iter()
            .filter(|s| !starts.iter().any(|(code, at)| *code == s.code && s.offset <= *at))
            .filter(|s| s.name != "RESUME")
            .map(|s| format!("{} {}", s.code, s.offset))
            .collect();
        let want: Vec<String> =
            std::fs::read_to_string(with_ext(&py, "offsets")).unwrap().lines().map(String::from).collect();
        let first_difference = got.iter().zip(&want).position(|(a, b)| a != b);
        assert!(
            got == want,
            "{}: minivm traced {} instructions, python3.12 executed {}; first difference at step {:?}: {:?} against {:?}",
            py.display(),
            got.len(),
            want.len(),
            first_difference,
            first_difference.map(|i| &got[i]),
            first_difference.map(|i| &want[i])
        );
    }
}

fn basics() -> PathBuf {
    root().join("vm-tests/trace/basics.pyc")
}

/// The stack column is the stack after the instruction, and the events say what happened.
#[test]
fn trace_shows_stacks_and_events() {
    let (_, err) = trace(&["--specialize=off"], &basics());
    let all = steps(&err);
    let find = |code: &str, name: &str| {
        all.iter()
            .find(|s| s.code == code && s.name == name)
            .unwrap_or_else(|| panic!("no {name} in {code}:\n{err}"))
    };
    // y = x * 2 with x = 0: LOAD_FAST leaves [0], LOAD_CONST [0, 2], BINARY_OP [0].
    let double: Vec<&Step> = all.iter().filter(|s| s.code == "double_plus_one").take(5).collect();
    assert_eq!(double[1].rest, "0 (x) [0]");
    assert_eq!(double[2].rest, "1 (2) [0, 2]");
    assert_eq!(double[3].rest, "5 (*) [0]");
    assert_eq!(double[1].line, "L4");
    assert_eq!(double[1].depth, 2);
    assert_eq!(find("fails", "BINARY_SUBSCR").rest, "[]");
    for event in [
        "-> call double_plus_one (frame pushed, depth 2)",
        "<- return 1 (frame popped; back in <module> at depth 1)",
        "<- return a generator (the generator keeps the frame; back in <module> at depth 1)",
        "<= resume squares at offset 2 (generator resumed, depth 2)",
        "=> yield 0 (generator suspended; back in <module> at depth 1)",
        "!! raise KeyError('k') at offset",
        "<- no handler in fails: the exception propagates (frame popped)",
        "-> handler: exception table entry",
    ] {
        assert!(err.contains(event), "no `{event}` in the trace:\n{err}");
    }
    // The handler's line: the exception pushed on the stack as the table entry says.
    assert!(find("<module>", "PUSH_EXC_INFO").rest.ends_with("[None, KeyError('k')]"));
}

/// Specialisation events appear inline, with the forms and, for a miss, the site that missed.
#[test]
fn trace_shows_specialisation_and_deoptimisation() {
    let (_, err) = trace(&[], &root().join("vm-tests/trace/deopt.pyc"));
    for event in [
        "~ specialise BINARY_OP -> BINARY_OP_ADD_INT",
        "~ deopt BINARY_OP_ADD_INT\n",
        "~ re-specialise BINARY_OP_ADD_INT -> BINARY_OP_ADD_FLOAT",
    ] {
        assert!(err.contains(event), "no `{event}` in the trace");
    }
    // The cool-down: 53 misses before the site deoptimises (as CPython 3.12 counts them).
    assert_eq!(err.matches("~ miss BINARY_OP_ADD_INT: a guard failed with ").count(), 53);
    // The first miss adds 0.5 to the int total; the others add floats.
    assert!(err.contains("~ miss BINARY_OP_ADD_INT: a guard failed with (int, float) on top of the stack\n"));
    assert!(
        err.contains("~ miss BINARY_OP_ADD_INT: a guard failed with (float, float) on top of the stack\n")
    );
    let all = steps(&err);
    assert!(all.iter().any(|s| s.name == "BINARY_OP_ADD_FLOAT"), "the quickened form is shown by name");
}

#[test]
fn trace_options_filter_and_limit() {
    // --function: only that code object and what it calls.
    let (_, err) = trace(&["--function", "double_plus_one"], &basics());
    let all = steps(&err);
    assert!(!all.is_empty());
    assert!(all.iter().all(|s| s.code == "double_plus_one"), "{err}");
    assert_eq!(all.iter().filter(|s| s.name == "RETURN_VALUE").count(), 3, "three calls");
    // --limit: that many instruction lines, then a note, and the program still runs.
    let (stdout, err) = trace(&["--limit", "7"], &basics());
    assert_eq!(steps(&err).len(), 7);
    assert!(err.contains("(trace stopped after 7 instructions; the program runs on)"));
    assert_eq!(stdout, "caught 'k'\n13 2\n");
    // --from-line: the first line shown is that line's first instruction.
    let (_, err) = trace(&["--from-line", "33"], &basics());
    assert_eq!(steps(&err)[0].line, "L33");
    // --locals: fast locals, cells and frees when they change.
    let (_, err) = trace(&["--locals", "--function", "counter"], &basics());
    assert!(err.contains("locals: bump=NULL, count=cell(0)"), "{err}");
    let (_, err) = trace(&["--locals", "--function", "bump"], &basics());
    assert!(err.contains("locals: count=cell(0)\n"), "{err}");
    assert!(err.contains("locals: count=cell(1)\n"), "{err}");
    // --out: the trace in a file, nothing on stderr.
    let dir = std::env::temp_dir().join(format!("minivm-trace-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("t.txt");
    let (_, err) = trace(&["--out", file.to_str().unwrap()], &basics());
    assert_eq!(err, "");
    assert!(steps(&std::fs::read_to_string(&file).unwrap()).len() > 100);
    std::fs::remove_dir_all(&dir).ok();
}

/// With the trace on stderr, the program's output comes where the instruction that printed
/// it ran: both streams into one pipe keep the order.
#[test]
fn trace_keeps_the_program_output_in_order() {
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!("'{}' trace '{}' 2>&1", env!("CARGO_BIN_EXE_minivm"), basics().display()))
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let printed = text.find("caught 'k'").expect("the program's output");
    let before = text[..printed].rfind("LOAD_NAME").unwrap();
    let after = text[printed..].find("CALL").unwrap() + printed;
    assert!(text[before..printed].lines().count() <= 2 && after > printed, "{}", &text[before..after + 40]);
}

/// Tracing changes nothing the program does: every run case, traced (the first 2,000
/// instructions written out, the tracer watching to the end), prints what python3.12 printed,
/// on both streams, and exits as it did.
#[test]
fn traced_programs_behave_as_untraced() {
    let _turn = crate::common::RUN_CASES.lock().unwrap_or_else(|e| e.into_inner());
    let base = root().join("vm-tests/run");
    let with_compiler = crate::run_cases::compiler_cases_run("traced_programs_behave_as_untraced");
    let cases: Vec<PathBuf> = crate::run_cases::all_cases()
        .into_iter()
        .filter(|p| p.starts_with(&base))
        .filter(|p| with_compiler || !crate::run_cases::needs_compiler(p))
        .collect();
    assert!(cases.len() > 400, "{} run cases", cases.len());
    let sink = std::env::temp_dir().join(format!("minivm-traced-{}.txt", std::process::id()));
    let mut failures = Vec::new();
    for py in &cases {
        let source_case =
            py.parent().and_then(|d| d.file_name()).is_some_and(|n| n.to_string_lossy().ends_with("_source"));
        let target = if source_case { py.clone() } else { with_ext(py, "pyc") };
        let out = Command::new(env!("CARGO_BIN_EXE_minivm"))
            .args(["trace", "--limit", "2000", "--out"])
            .arg(&sink)
            .arg(&target)
            .current_dir(root())
            .env("PYTHONDONTWRITEBYTECODE", "1")
            .stdin(match std::fs::File::open(with_ext(py, "stdin")) {
                Ok(f) => std::process::Stdio::from(f),
                Err(_) => std::process::Stdio::null(),
            })
            .output()
            .unwrap();
        let relative = |b: &[u8]| String::from_utf8_lossy(b).replace(&format!("{}/", root().display()), "");
        let read = |ext: &str| std::fs::read_to_string(with_ext(py, ext)).unwrap_or_default();
        let status: i32 = read("status").trim().parse().unwrap_or(0);
        let name = py.strip_prefix(root()).unwrap().display().to_string();
        if relative(&out.stdout) != read("stdout") {
            failures.push(format!("{name}: stdout differs when traced"));
        } else if relative(&out.stderr) != read("stderr") {
            failures.push(format!("{name}: stderr differs when traced"));
        } else if out.status.code() != Some(status) {
            failures.push(format!("{name}: exit status {:?} when traced, want {status}", out.status.code()));
        }
    }
    std::fs::remove_file(&sink).ok();
    assert!(
        failures.is_empty(),
        "{} of {} traced run cases differ:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
