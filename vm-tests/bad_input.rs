//! Malformed input: every case is a clear `LoadError` (or a clean exit status 2 from the
//! command), and none panics, allocates without bound or overflows the stack.

use std::process::Command;

use crate::common::root;
use minivm::loader::{LoadErrorKind, load_pyc};

/// A real .pyc from the corpus.
fn good_pyc() -> Vec<u8> {
    std::fs::read(root().join("vm-tests/dis/closures.pyc")).unwrap()
}

/// A valid 3.12 header (unchecked hash) followed by `body`.
fn with_header(body: &[u8]) -> Vec<u8> {
    let mut data = vec![0xcb, 0x0d, 0x0d, 0x0a, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    data.extend_from_slice(body);
    data
}

fn kind_of(data: &[u8]) -> LoadErrorKind {
    *load_pyc(data).expect_err("bad input must not load").kind
}

#[test]
fn empty_file() {
    assert_eq!(kind_of(&[]), LoadErrorKind::Empty);
}

#[test]
fn truncated_header() {
    let good = good_pyc();
    for len in 1..16 {
        let err = load_pyc(&good[..len]).expect_err("a partial header must not load");
        assert!(matches!(*err.kind, LoadErrorKind::TruncatedHeader { .. }), "{len} bytes: {err}");
    }
}

#[test]
fn not_a_pyc() {
    assert_eq!(kind_of(b"print('hello')\n"), LoadErrorKind::NotPyc);
    assert_eq!(kind_of(b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00"), LoadErrorKind::NotPyc);
}

#[test]
fn other_versions_are_named() {
    let mut data = good_pyc();
    for (magic, want) in [
        (3495u16, "CPython 3.11 (magic 3495)"),
        (3571, "CPython 3.13 (magic 3571)"),
        (3439, "CPython 3.10 (magic 3439)"),
    ] {
        data[..2].copy_from_slice(&magic.to_le_bytes());
        let message = load_pyc(&data).unwrap_err().to_string();
        assert!(message.contains(want), "{message}");
        assert!(message.contains("minivm runs CPython 3.12 bytecode"), "{message}");
    }
    data[..2].copy_from_slice(&3520u16.to_le_bytes());
    assert!(load_pyc(&data).unwrap_err().to_string().contains("pre-release of CPython 3.12"));
}

#[test]
fn bad_flags() {
    let mut data = good_pyc();
    data[4] = 4;
    assert_eq!(kind_of(&data), LoadErrorKind::BadFlags(4));
}

#[test]
fn cut_at_every_byte() {
    let good = good_pyc();
    assert!(load_pyc(&good).is_ok());
    for len in 16..good.len() {
        let err = load_pyc(&good[..len]).expect_err("a truncated stream must not load");
        assert!(err.offset <= len, "error offset {} past the end {len}", err.offset);
    }
}

/// A small deterministic generator, so a failure reproduces.
fn xorshift(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

#[test]
fn random_bytes_after_a_good_header() {
    let mut state = 0x2545_f491_4f6c_dd1d;
    for round in 0..2000 {
        let len = (xorshift(&mut state) % 300) as usize;
        let body: Vec<u8> = (0..len).map(|_| xorshift(&mut state) as u8).collect();
        // Any outcome but a panic is acceptable; random bytes essentially never form a code object.
        if let Ok(pyc) = load_pyc(&with_header(&body)) {
            panic!("round {round}: random bytes loaded as {:?}", pyc.code.name);
        }
    }
}

/// Rounds of random corruption per fixture; raise `MINIVM_FUZZ_ROUNDS` for a longer search.
fn fuzz_rounds() -> u64 {
    std::env::var("MINIVM_FUZZ_ROUNDS").ok().and_then(|v| v.parse().ok()).unwrap_or(400)
}

#[test]
fn random_corruption_of_real_files() {
    let mut state = 0x9e37_79b9_7f4a_7c15;
    for py in crate::common::cases("vm-tests/dis") {
        let good = std::fs::read(py.with_extension("pyc")).unwrap();
        for _ in 0..fuzz_rounds() {
            let mut data = good.clone();
            for _ in 0..1 + xorshift(&mut state) % 4 {
                let at = 16 + (xorshift(&mut state) as usize % (good.len() - 16));
                data[at] = xorshift(&mut state) as u8;
            }
            // Loading and disassembling corrupted code may succeed or fail, but must not panic.
            if let Ok(pyc) = load_pyc(&data) {
                let _ = minivm::cli::dis::dis_module(&pyc.code, true);
                let _ = minivm::cli::inspect::inspect(&pyc);
            }
        }
    }
}

#[test]
fn reference_out_of_range() {
    // A tuple of 12 FLAG_REF ints, then a reference to object 17.
    let mut body = vec![b')', 13];
    for i in 0..12u8 {
        body.extend_from_slice(&[b'i' | 0x80, i, 0, 0, 0]);
    }
    body.extend_from_slice(&[b'r', 17, 0, 0, 0]);
    let err = load_pyc(&with_header(&body)).unwrap_err();
    assert_eq!(*err.kind, LoadErrorKind::RefOutOfRange { index: 17, seen: 12 });
    assert!(err.to_string().contains("reference 17 is out of range (12 objects seen)"), "{err}");
}

#[test]
fn reference_to_an_unfinished_container() {
    // A FLAG_REF tuple whose only element refers back to the tuple itself.
    let err = load_pyc(&with_header(&[b'(' | 0x80, 1, 0, 0, 0, b'r', 0, 0, 0, 0])).unwrap_err();
    assert_eq!(*err.kind, LoadErrorKind::RefIncomplete { index: 0 });
}

#[test]
fn absurd_lengths() {
    let huge = 0x7fff_ffffu32.to_le_bytes();
    for code in [b's', b'u', b'a', b'(', b'[', b'<', b'>', b'l'] {
        let mut body = vec![code];
        body.extend_from_slice(&huge);
        let kind = kind_of(&with_header(&body));
        assert!(
            matches!(kind, LoadErrorKind::BadLength { len: 0x7fff_ffff, .. }),
            "{}: {kind:?}",
            code as char
        );
    }
    let mut negative = vec![b's'];
    negative.extend_from_slice(&(-1i32).to_le_bytes());
    assert!(matches!(kind_of(&with_header(&negative)), LoadErrorKind::BadLength { len: -1, .. }));
}

#[test]
fn nesting_ten_thousand_levels_deep() {
    let mut body = Vec::new();
    for _ in 0..10_000 {
        body.extend_from_slice(&[b')', 1]);
    }
    body.push(b'N');
    assert_eq!(kind_of(&with_header(&body)), LoadErrorKind::TooDeep { limit: 2000 });
}

#[test]
fn unknown_type_code_and_bad_text() {
    assert_eq!(kind_of(&with_header(b"?")), LoadErrorKind::UnknownType(b'?'));
    assert!(matches!(kind_of(&with_header(b"u\x02\x00\x00\x00\xff\xfe")), LoadErrorKind::BadUtf8 { .. }));
    assert_eq!(kind_of(&with_header(b"l\x01\x00\x00\x00\x00\x80")), LoadErrorKind::DigitOutOfRange(0x8000));
}

#[test]
fn module_must_be_code() {
    let err = load_pyc(&with_header(b"N")).unwrap_err();
    assert!(err.to_string().contains("must be a code object, found NoneType"), "{err}");
}

/// The command reports bad files on one line of stderr and exits with status 2.
#[test]
fn command_exit_status_and_message() {
    let dir = std::env::temp_dir().join(format!("minivm-bad-input-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut v311 = good_pyc();
    v311[..2].copy_from_slice(&3495u16.to_le_bytes());
    let files: [(&str, Vec<u8>, &str); 4] = [
        ("empty.pyc", vec![], "the file is empty"),
        ("short.pyc", good_pyc()[..10].to_vec(), "truncated header"),
        (
            "v311.pyc",
            v311,
            "this file was compiled by CPython 3.11 (magic 3495); minivm runs CPython 3.12 bytecode",
        ),
        ("cut.pyc", good_pyc()[..200].to_vec(), "truncated or corrupt file"),
    ];
    for (name, data, want) in files {
        let path = dir.join(name);
        std::fs::write(&path, data).unwrap();
        for command in ["dis", "inspect", "inspect --bytes", "trace"] {
            let out = Command::new(env!("CARGO_BIN_EXE_minivm"))
                .args(command.split(' '))
                .arg(&path)
                .output()
                .unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{command} {name}: {stderr}");
            assert!(stderr.contains(want) && stderr.contains(name), "{command} {name}: {stderr}");
            assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
            assert!(out.stdout.is_empty());
        }
    }
    let missing =
        Command::new(env!("CARGO_BIN_EXE_minivm")).args(["dis", "no/such/file.pyc"]).output().unwrap();
    assert_eq!(missing.status.code(), Some(2));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn command_succeeds_on_a_good_file() {
    let path = root().join("vm-tests/dis/hello.pyc");
    for command in ["dis", "inspect"] {
        let out = Command::new(env!("CARGO_BIN_EXE_minivm")).arg(command).arg(&path).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
        assert!(!out.stdout.is_empty());
    }
}
