//! The adaptive counters replayed against the timeline CPython 3.12 follows (the facts file,
//! section 3): a `BINARY_OP` site specialises on its 2nd execution, stays through 52 misses
//! and re-specialises on the 53rd; a site that cannot specialise retries at executions 2, 5,
//! 12, 27, 58, …; and superinstructions are fused when code is prepared.

use std::rc::Rc;

use minivm::interp::Vm;
use minivm::interp::adaptive::{self, Mode};
use minivm::interp::code::Code;
use minivm::loader::load_file;
use minivm::object::str::PyStr;
use minivm::object::value::Value;
use minivm::opcode::{CACHE_UNITS, Opcode};

use crate::common::root;

/// The module's functions after running it, in a VM of `mode`.
fn functions(mode: Mode) -> (Vm, Rc<minivm::object::dict::Dict>) {
    adaptive::set_mode(mode);
    let pyc = load_file(&root().join("vm-tests/run/specialize/binary_op_sites.pyc")).unwrap();
    let mut vm = Vm::new(Box::new(std::io::sink()), Box::new(std::io::sink()));
    let globals = vm.run_module(pyc.code).ok().unwrap();
    adaptive::set_mode(Mode::All);
    (vm, globals)
}

/// The function `name` and the index of its (only) BINARY_OP site.
fn site(globals: &minivm::object::dict::Dict, name: &str) -> (Value, Rc<Code>, usize) {
    let f = globals.get_str(&PyStr::new(name)).unwrap();
    let Value::Function(func) = &f else { panic!("{name} is not a function") };
    let code = func.code.clone();
    let mut i = 0;
    while i < code.units.len() {
        let byte = (code.units[i].get() & 0xff) as u8;
        if Opcode::from_u8(byte).is_some_and(|op| op.base() == Opcode::BinaryOp) {
            return (f, code, i);
        }
        i += 1 + CACHE_UNITS[byte as usize] as usize;
    }
    panic!("no BINARY_OP in {name}");
}

fn form(code: &Code, at: usize) -> Opcode {
    Opcode::from_u8((code.units[at].get() & 0xff) as u8).unwrap()
}

fn counter(code: &Code, at: usize) -> u16 {
    code.units[at + 1].get()
}

#[test]
fn a_site_specialises_on_its_second_run_and_again_after_53_misses() {
    let (mut vm, globals) = functions(Mode::All);
    // A fresh function: its own site, not run by the module.
    let (f, code, at) = site(&globals, "sub");
    let call = |vm: &mut Vm, a: Value, b: Value| vm.call(&f, &[a, b], &[]).ok().unwrap();
    // The module ran sub() already; start from a known state: reset the site.
    code.units[at].set((code.units[at].get() & 0xff00) | Opcode::BinaryOp as u16);
    code.units[at + 1].set(adaptive::WARMUP);
    call(&mut vm, Value::Int(5), Value::Int(3));
    assert_eq!(form(&code, at), Opcode::BinaryOp, "the first run only counts down");
    call(&mut vm, Value::Int(5), Value::Int(3));
    assert_eq!(form(&code, at), Opcode::BinaryOpSubtractInt, "the second run specialises");
    assert_eq!(counter(&code, at), 832, "cool-down: value 52, back-off 0");
    for miss in 1..=52 {
        call(&mut vm, Value::Float(5.0), Value::Float(3.0));
        assert_eq!(form(&code, at), Opcode::BinaryOpSubtractInt, "miss {miss} keeps the form");
    }
    call(&mut vm, Value::Float(5.0), Value::Float(3.0));
    assert_eq!(form(&code, at), Opcode::BinaryOpSubtractFloat, "the 53rd miss re-specialises");
    assert_eq!(counter(&code, at), 832);
    // Hits leave the counter alone.
    for _ in 0..10 {
        call(&mut vm, Value::Float(1.0), Value::Float(0.5));
    }
    assert_eq!(counter(&code, at), 832);
}

#[test]
fn a_site_that_cannot_specialise_backs_off_exponentially() {
    let (mut vm, globals) = functions(Mode::All);
    let (f, code, at) = site(&globals, "mul");
    code.units[at].set((code.units[at].get() & 0xff00) | Opcode::BinaryOp as u16);
    code.units[at + 1].set(adaptive::WARMUP);
    // str * int never specialises (not even to minivm's BINARY_OP_EXTEND): count the
    // executions at which the counter hits zero and an attempt is made (the counter's back-off
    // exponent grows at each one).
    let mut attempts = Vec::new();
    let mut last_backoff = counter(&code, at) & 15;
    for run in 1..=4200 {
        vm.call(&f, &[Value::str("ab"), Value::Int(2)], &[]).ok().unwrap();
        let backoff = counter(&code, at) & 15;
        if backoff != last_backoff || (backoff == 12 && counter(&code, at) >> 4 == 4094) {
            attempts.push(run);
        }
        last_backoff = backoff;
        assert_eq!(form(&code, at), Opcode::BinaryOp);
    }
    assert_eq!(attempts, vec![2, 5, 12, 27, 58, 121, 248, 503, 1014, 2037, 4084], "attempt schedule");
}

#[test]
fn superinstructions_are_fused_when_code_is_prepared_and_not_when_off() {
    for (mode, fused) in [(Mode::All, true), (Mode::Cpython312, true), (Mode::Off, false)] {
        let (_, globals) = functions(mode);
        let (_, code, _) = site(&globals, "add");
        let first = form(&code, 1);
        // `return a + b` starts LOAD_FAST a, LOAD_FAST b (after RESUME).
        assert_eq!(first == Opcode::LoadFastLoadFast, fused, "{mode:?}: {first:?}");
        // BINARY_OP is unit 3; its counter, unit 4, is zero only in code that was never quickened.
        let counter = code.units[4].get();
        assert_eq!(counter != 0, fused, "{mode:?}: counter {counter}");
    }
}

/// `--spec-log`: one site's life, warm-up to BINARY_OP_ADD_INT, 53 misses (the last one a
/// deopt), BINARY_OP_ADD_FLOAT; and a site that cannot specialise in 3.12 logs its failures
/// with the operand types.
#[test]
fn the_event_log_tells_a_sites_life() {
    let log = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("spec-log.jsonl");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_minivm"))
        .arg("run")
        .arg("--spec-log")
        .arg(&log)
        .arg("--specialize=cpython312")
        .arg(root().join("vm-tests/adaptive/misses.pyc"))
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "93.0 63.0 45.5\n");
    let text = std::fs::read_to_string(&log).unwrap();
    let events: Vec<(String, String)> = text
        .lines()
        .filter(|l| l.contains("\"code\": \"flip\"") && l.contains("\"from\": \"BINARY_OP"))
        .map(|l| {
            let field = |name: &str| {
                let start = l.find(&format!("\"{name}\": \"")).unwrap() + name.len() + 5;
                l[start..].split('"').next().unwrap().to_string()
            };
            (field("event"), field("to"))
        })
        .collect();
    let mut want = vec![("specialise".to_string(), "BINARY_OP_ADD_INT".to_string())];
    want.extend(std::iter::repeat_n(("miss".to_string(), "BINARY_OP_ADD_INT".to_string()), 53));
    want.push(("deopt".to_string(), "BINARY_OP_ADD_INT".to_string()));
    want.push(("respecialise".to_string(), "BINARY_OP_ADD_FLOAT".to_string()));
    assert_eq!(events, want);
    let failure = text.lines().find(|l| l.contains("\"event\": \"fail\"")).unwrap();
    assert!(failure.contains("\"code\": \"never\""), "{failure}");
    assert!(failure.contains("\"reason\": \"operand types differ (int, float)\""), "{failure}");
}

/// `--stats`: after the program's output, the executions by opcode on stderr, with the share
/// in specialised forms.
#[test]
fn stats_report_counts_and_the_specialised_share() {
    let run = |mode: &str| {
        std::process::Command::new(env!("CARGO_BIN_EXE_minivm"))
            .args(["run", "--stats", &format!("--specialize={mode}")])
            .arg(root().join("vm-tests/adaptive/misses.pyc"))
            .output()
            .unwrap()
    };
    let on = run("all");
    assert_eq!(String::from_utf8_lossy(&on.stdout), "93.0 63.0 45.5\n");
    let report = String::from_utf8_lossy(&on.stderr);
    assert!(report.starts_with("minivm stats: "), "{report}");
    assert!(report.contains("BINARY_OP_ADD_FLOAT"), "{report}");
    assert!(report.contains("most frequent pairs:"), "{report}");
    let off = run("off");
    let report = String::from_utf8_lossy(&off.stderr);
    assert!(report.contains(" 0 (0.0%) in specialised forms"), "{report}");
}

/// minivm's extension forms: under `all` each extension site takes its form, under
/// `cpython312` none does, `--no-extension` leaves one out, and the output is the same.
#[test]
fn extension_forms_apply_under_all_only_and_each_can_be_left_out() {
    let pyc = root().join("vm-tests/adaptive/extensions.pyc");
    let dis = |extra: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_minivm"))
            .args(["dis", "--adaptive"])
            .args(extra)
            .arg(&pyc)
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    let count =
        |text: &str, form: &str| text.lines().filter(|l| l.split_whitespace().any(|w| w == form)).count();
    let all = dis(&["--specialize=all"]);
    let forms = [
        ("BINARY_OP_EXTEND", 7),
        ("BINARY_SUBSCR_STR_INT", 1),
        ("LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES", 1),
        ("LOAD_ATTR_NONDESCRIPTOR_NO_DICT", 1),
        ("CALL_ALLOC_AND_ENTER_INIT", 3),
        ("CONTAINS_OP_SET", 1),
        ("CONTAINS_OP_DICT", 1),
        ("POP_JUMP_IF_FALSE__TO_BOOL_INT", 1),
        ("POP_JUMP_IF_FALSE__TO_BOOL_LIST", 1),
        ("POP_JUMP_IF_TRUE__TO_BOOL_STR", 2),
    ];
    for (form, n) in forms {
        assert_eq!(count(&all, form), n, "{form} under all:\n{all}");
    }
    let cpython = dis(&["--specialize=cpython312"]);
    let without = dis(&["--specialize=all", "--no-extension", "CALL_ALLOC_AND_ENTER_INIT"]);
    for (form, _) in forms {
        assert_eq!(count(&cpython, form), 0, "{form} under cpython312");
    }
    assert_eq!(count(&without, "CALL_ALLOC_AND_ENTER_INIT"), 0);
    assert_eq!(count(&without, "BINARY_OP_EXTEND"), 7);
    // The program's output (it comes first) is the same in every mode.
    let output = |text: &str| text.split("\n  0 ").next().unwrap_or_default().to_string();
    assert_eq!(output(&all), output(&cpython));
    assert!(all.contains("__init__() should return None, not 'int'"));
}

/// `--stats=json` counts one site's life exactly: the `flip` site of misses.py runs 63 times
/// (3 ints, 60 floats): warm-up (deferred), ADD_INT (success), 1 hit, 53 misses (52 counted
/// down, the 53rd a deopt that re-specialises to ADD_FLOAT: success), then 7 hits.
#[test]
fn stats_json_counts_a_sites_life() {
    let file = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("stats.json");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_minivm"))
        .args(["run", "--stats=json", "--specialize=cpython312", "--stats-file"])
        .arg(&file)
        .arg(root().join("vm-tests/adaptive/misses.pyc"))
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "93.0 63.0 45.5\n");
    assert!(out.stderr.is_empty(), "the report goes to the file");
    let json = std::fs::read_to_string(&file).unwrap();
    let site = "{\"code\": \"flip\", \"file\": \"vm-tests/adaptive/misses.py\", \"offset\": 46, \"line\": 8, \
                \"form\": \"BINARY_OP_ADD_FLOAT\", \"executions\": 63, \"success\": 2, \"failure\": 0, \"hit\": 8, \
                \"deferred\": 53, \"miss\": 53, \"deopt\": 1}";
    assert!(json.contains(site), "{json}");
    // Per form, over the three sites (flip, short_flip with 40 misses and no deopt, never).
    let add_int = "{\"form\": \"BINARY_OP_ADD_INT\", \"executions\": 95, \"success\": 2, \"failure\": 0, \"hit\": 2, \
                   \"deferred\": 0, \"miss\": 93, \"deopt\": 1}";
    assert!(json.contains(add_int), "{json}");
    // `v * 0.5` (int * float) fails at its attempts on executions 2, 5 and 12, with a reason.
    assert!(
        json.contains(
            "{\"family\": \"BINARY_OP\", \"reason\": \"operand types differ (int, float)\", \"count\": 3}"
        ),
        "{json}"
    );
}

/// Failure reasons come in words, per family, in the stats.
#[test]
fn stats_give_failure_reasons_in_words() {
    let stats = |case: &str| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_minivm"))
            .args(["run", "--stats=json", "--specialize=cpython312"])
            .arg(root().join(format!("vm-tests/adaptive/{case}.pyc")))
            .output()
            .unwrap();
        String::from_utf8(out.stderr).unwrap()
    };
    let attributes = stats("attributes");
    let calls = stats("native_calls");
    for (json, reason) in [
        (
            &attributes,
            "{\"family\": \"LOAD_ATTR\", \"reason\": \"a plain class attribute read through an instance (3.13 specialises it)\"",
        ),
        (
            &calls,
            "{\"family\": \"CALL\", \"reason\": \"builtin min() is METH_VARARGS, called with 2 arguments\"",
        ),
        (
            &calls,
            "{\"family\": \"CALL\", \"reason\": \"str.startswith() is METH_VARARGS, called with 2 arguments\"",
        ),
        (
            &calls,
            "{\"family\": \"CALL\", \"reason\": \"a builtin method called with keywords or without self\"",
        ),
    ] {
        assert!(json.contains(reason), "{reason} in\n{json}");
    }
}
