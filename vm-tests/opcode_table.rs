//! The opcode table agrees with python3.12's `opcode` module, captured in
//! `vm-tests/opcode_snapshot.txt` by `vm-tests/regen.sh`.

use std::collections::{BTreeMap, BTreeSet};

use crate::common::root;
use minivm::opcode::{self, OPCODES, Opcode, OperandKind};

struct Snapshot {
    ops: BTreeMap<u8, (String, u8)>,
    groups: BTreeMap<String, BTreeSet<u8>>,
    families: BTreeMap<String, BTreeSet<String>>,
    cache_formats: BTreeMap<String, Vec<(String, u8)>>,
    lists: BTreeMap<String, Vec<String>>,
}

fn snapshot() -> Snapshot {
    let text = std::fs::read_to_string(root().join("vm-tests/opcode_snapshot.txt")).unwrap();
    let mut s = Snapshot {
        ops: BTreeMap::new(),
        groups: BTreeMap::new(),
        families: BTreeMap::new(),
        cache_formats: BTreeMap::new(),
        lists: BTreeMap::new(),
    };
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let mut words = line.split_whitespace();
        let key = words.next().unwrap_or_default();
        let rest: Vec<&str> = words.collect();
        match key {
            "op" => {
                let caches = rest[2].strip_prefix("caches=").unwrap().parse().unwrap();
                s.ops.insert(rest[0].parse().unwrap(), (rest[1].to_string(), caches));
            }
            k if k.starts_with("has") => {
                s.groups.insert(k.to_string(), rest.iter().map(|n| n.parse().unwrap()).collect());
            }
            "family" => {
                s.families.insert(rest[0].to_string(), rest[1..].iter().map(|n| n.to_string()).collect());
            }
            "cache_format" => {
                let fields = rest[1..]
                    .iter()
                    .map(|f| {
                        let (name, size) = f.split_once('=').unwrap();
                        (name.to_string(), size.parse().unwrap())
                    })
                    .collect();
                s.cache_formats.insert(rest[0].to_string(), fields);
            }
            _ => {
                s.lists.insert(key.to_string(), rest.iter().map(|n| n.to_string()).collect());
            }
        }
    }
    s
}

#[test]
fn every_opcode_number_name_and_cache_size() {
    let snap = snapshot();
    assert_eq!(snap.ops.len(), OPCODES.len(), "the table and CPython define different numbers of opcodes");
    for (num, (name, caches)) in &snap.ops {
        let op = Opcode::from_u8(*num).unwrap_or_else(|| panic!("opcode {num} ({name}) is missing"));
        assert_eq!(op.name(), name, "opcode {num}");
        assert_eq!(op.info().number, *num);
        assert_eq!(op.caches(), *caches as usize, "cache units of {name}");
        assert_eq!(
            op.info().caches as usize,
            op.base().caches(),
            "{name} and its family differ in cache size"
        );
    }
}

/// The base opcodes (not specialised forms), as CPython's `has*` lists describe them.
fn bases_where(pred: impl Fn(OperandKind) -> bool) -> BTreeSet<u8> {
    OPCODES.iter().filter(|r| r.base == r.opcode && pred(r.kind)).map(|r| r.number).collect()
}

#[test]
fn operand_kinds_match_the_has_lists() {
    use OperandKind::*;
    let snap = snapshot();
    let group = |name: &str| snap.groups[name].clone();
    assert_eq!(bases_where(|k| k.has_arg()), group("hasarg"));
    assert_eq!(bases_where(|k| k == Const), group("hasconst"));
    assert_eq!(bases_where(|k| matches!(k, Name | GlobalName | AttrName | SuperAttrName)), group("hasname"));
    assert_eq!(bases_where(|k| matches!(k, JumpForward | JumpBackward)), group("hasjrel"));
    assert_eq!(bases_where(|k| k == Local), group("haslocal"));
    assert_eq!(bases_where(|k| k == Free), group("hasfree"));
    assert_eq!(bases_where(|k| k == Compare), group("hascompare"));
    assert!(group("hasjabs").is_empty());
    // dis treats a relative jump as backward when its name says so.
    for row in OPCODES.iter().filter(|r| r.base == r.opcode) {
        assert_eq!(
            row.kind == JumpBackward,
            row.name.contains("JUMP_BACKWARD") && row.kind != Raw,
            "{}",
            row.name
        );
    }
    // A specialised form reads its oparg as its family's generic instruction does.
    for row in OPCODES {
        assert_eq!(row.kind.has_arg(), row.base.info().kind.has_arg(), "{}", row.name);
    }
}

#[test]
fn families_match_specializations() {
    let snap = snapshot();
    let ours: BTreeMap<String, BTreeSet<String>> = OPCODES
        .iter()
        .filter(|r| r.base == r.opcode && r.opcode.specializations().next().is_some())
        .map(|r| (r.name.to_string(), r.opcode.specializations().map(|s| s.name().to_string()).collect()))
        .collect();
    assert_eq!(ours, snap.families);
    let total: usize = ours.values().map(|f| f.len()).sum();
    assert_eq!(total, 64, "59 specialised instructions and 5 superinstructions");
}

#[test]
fn cache_formats_match() {
    let snap = snapshot();
    for row in OPCODES.iter().filter(|r| r.base == r.opcode) {
        let ours: Vec<(String, u8)> =
            opcode::cache_format(row.opcode).iter().map(|(n, s)| (n.to_string(), *s)).collect();
        let theirs = snap.cache_formats.get(row.name).cloned().unwrap_or_default();
        assert_eq!(ours, theirs, "cache format of {}", row.name);
        let units: u8 = ours.iter().map(|(_, s)| s).sum();
        assert_eq!(units, row.caches, "{}: cache fields add up to the cache size", row.name);
    }
}

#[test]
fn operator_name_lists_match() {
    let snap = snapshot();
    assert_eq!(snap.lists["cmp_op"], opcode::CMP_OPS);
    let nb: Vec<String> = opcode::NB_OPS.iter().map(|(a, b)| format!("{a}={b}")).collect();
    assert_eq!(snap.lists["nb_ops"], nb);
    assert_eq!(snap.lists["intrinsic1"], opcode::INTRINSIC_1);
    assert_eq!(snap.lists["intrinsic2"], opcode::INTRINSIC_2);
    assert_eq!(snap.lists["HAVE_ARGUMENT"], [opcode::HAVE_ARGUMENT.to_string()]);
}

#[test]
fn every_row_has_a_doc() {
    for row in OPCODES {
        assert!(!row.doc.is_empty(), "{} has no doc", row.name);
    }
}

/// `docs/opcodes.md` is the output of `minivm opcodes`; regenerate it with
/// `cargo run --release -- opcodes > docs/opcodes.md`.
#[test]
fn opcode_reference_doc_is_current() {
    let doc = std::fs::read_to_string(root().join("docs/opcodes.md")).unwrap();
    assert!(
        doc == minivm::cli::opcodes::reference(),
        "docs/opcodes.md is stale: run `cargo run --release -- opcodes > docs/opcodes.md`"
    );
}
