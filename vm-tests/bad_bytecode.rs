//! Malformed bytecode in a well-formed `.pyc`: each stops with a clear error naming the code
//! object and the offset, and exit status 2, never a panic.

use std::rc::Rc;

use crate::common::root;
use crate::run_cases::run_pyc_code;
use minivm::code::{CodeFields, CodeObject, Constant};

/// A module whose code is `units` (opcode, oparg pairs), with two constants and one name.
fn module(units: &[(u8, u8)], stacksize: i32) -> Rc<CodeObject> {
    let code: Vec<u8> = units.iter().flat_map(|&(op, arg)| [op, arg]).collect();
    let fields = CodeFields {
        argcount: 0,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        stacksize,
        flags: 0,
        code: code.into(),
        consts: vec![Constant::None, Constant::Int(7)],
        names: vec!["print".into()],
        localsplusnames: vec![],
        localspluskinds: Rc::from(vec![]),
        filename: "bad.py".into(),
        name: "<module>".into(),
        qualname: "<module>".into(),
        firstlineno: 1,
        linetable: Rc::from(vec![]),
        exceptiontable: Rc::from(vec![]),
    };
    Rc::new(CodeObject::new(fields).expect("valid enough to load"))
}

const RESUME: u8 = 151;
const LOAD_CONST: u8 = 100;
const RETURN_CONST: u8 = 121;
const JUMP_FORWARD: u8 = 110;
const POP_TOP: u8 = 1;
const LOAD_FAST: u8 = 124;

fn expect_fault(units: &[(u8, u8)], stacksize: i32, want: &str) {
    let (stdout, stderr, status) = run_pyc_code(module(units, stacksize));
    assert_eq!(status, 2, "{stderr}");
    assert!(stdout.is_empty());
    assert!(
        stderr.contains("bad bytecode in code object \"<module>\" (bad.py, line 1) at offset"),
        "{stderr}"
    );
    assert!(stderr.contains(want), "wanted {want:?} in {stderr}");
}

#[test]
fn unknown_opcode() {
    expect_fault(&[(RESUME, 0), (200, 0), (RETURN_CONST, 0)], 1, "offset 2: unknown opcode 200");
}

#[test]
fn argument_out_of_range() {
    expect_fault(&[(RESUME, 0), (LOAD_CONST, 9), (RETURN_CONST, 0)], 1, "constant index 9 out of range");
    expect_fault(&[(RESUME, 0), (LOAD_FAST, 3), (RETURN_CONST, 0)], 1, "local index 3 out of range");
}

#[test]
fn stack_pushed_past_stacksize() {
    expect_fault(
        &[(RESUME, 0), (LOAD_CONST, 1), (LOAD_CONST, 1), (RETURN_CONST, 0)],
        1,
        "offset 4: stack overflow: more than co_stacksize (1) values",
    );
}

#[test]
fn stack_underflow() {
    expect_fault(&[(RESUME, 0), (POP_TOP, 0), (RETURN_CONST, 0)], 1, "offset 2: stack underflow");
}

#[test]
fn jump_outside_the_code() {
    expect_fault(
        &[(RESUME, 0), (JUMP_FORWARD, 50), (RETURN_CONST, 0)],
        1,
        "offset 2: jump to unit 52 outside the code",
    );
}

#[test]
fn running_off_the_end() {
    expect_fault(&[(RESUME, 0), (LOAD_CONST, 1), (POP_TOP, 0)], 1, "ran past the end of the code");
}

/// The command prints the same through `minivm run`, with exit status 2.
#[test]
fn command_reports_bad_bytecode() {
    let dir = std::env::temp_dir().join(format!("minivm-bad-code-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // hello.pyc with its first CALL replaced by an unknown opcode.
    let mut data = std::fs::read(root().join("vm-tests/dis/hello.pyc")).unwrap();
    let call = data.windows(2).rposition(|w| w == [171, 1]).expect("a CALL 1 in hello.pyc");
    data[call] = 201;
    let path = dir.join("bad.pyc");
    std::fs::write(&path, data).unwrap();
    let out =
        std::process::Command::new(env!("CARGO_BIN_EXE_minivm")).arg("run").arg(&path).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("bad bytecode in code object \"<module>\"") && stderr.contains("unknown opcode 201"),
        "{stderr}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

/// Specialised and instrumented forms are the specialiser's to write; in a `.pyc` they are
/// malformed, in every mode.
#[test]
fn specialised_forms_in_a_pyc() {
    const BINARY_OP_ADD_INT: u8 = 7;
    const LOAD_FAST_LOAD_FAST: u8 = 88;
    const INSTRUMENTED_POP_JUMP_IF_NONE: u8 = 238;
    let add =
        [(RESUME, 0), (LOAD_CONST, 1), (LOAD_CONST, 1), (BINARY_OP_ADD_INT, 0), (0, 0), (RETURN_CONST, 0)];
    expect_fault(&add, 2, "offset 6: specialised instruction BINARY_OP_ADD_INT in a .pyc");
    expect_fault(
        &[(RESUME, 0), (LOAD_FAST_LOAD_FAST, 0), (RETURN_CONST, 0)],
        2,
        "specialised instruction LOAD_FAST__LOAD_FAST in a .pyc",
    );
    expect_fault(
        &[(RESUME, 0), (INSTRUMENTED_POP_JUMP_IF_NONE, 0)],
        1,
        "INSTRUMENTED_POP_JUMP_IF_NONE never appears in a .pyc",
    );
}
