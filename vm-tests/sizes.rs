//! Sizes that the design depends on, pinned so a change that grows them is a decision.

use std::mem::size_of;

use minivm::code::{Constant, Instruction, Position};
use minivm::loader::LoadError;

#[test]
fn load_error_is_two_words() {
    // Results of the marshal reader carry it everywhere; the kind is boxed to keep it small.
    assert_eq!(size_of::<LoadError>(), 16);
}

#[test]
fn constant_is_three_words() {
    assert!(size_of::<Constant>() <= 24, "Constant is {} bytes", size_of::<Constant>());
}

#[test]
fn decoded_tables_stay_compact() {
    assert!(size_of::<Position>() <= 32, "Position is {} bytes", size_of::<Position>());
    assert!(size_of::<Instruction>() <= 24, "Instruction is {} bytes", size_of::<Instruction>());
}

#[test]
fn value_is_sixteen_bytes() {
    // Ints, floats, bools and None live inline; everything else is one pointer and a tag.
    assert!(std::mem::size_of::<minivm::object::value::Value>() <= 16);
}
