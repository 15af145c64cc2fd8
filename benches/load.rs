//! Loader benchmarks: reading a `.pyc` (header and marshal stream into code objects) and
//! disassembling it. Run with `cargo bench -- load/`.

use std::path::PathBuf;

use criterion::{Criterion, criterion_group, criterion_main};

fn fixture(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("vm-tests/dis").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn load(c: &mut Criterion) {
    for name in ["extended_arg.pyc", "dunder_methods.pyc", "type_params.pyc"] {
        let data = fixture(name);
        c.bench_function(&format!("load/{name}"), |b| {
            b.iter(|| minivm::loader::load_pyc(std::hint::black_box(&data)).unwrap())
        });
        let pyc = minivm::loader::load_pyc(&data).unwrap();
        c.bench_function(&format!("dis/{name}"), |b| {
            b.iter(|| minivm::cli::dis::dis_module(std::hint::black_box(&pyc.code), false))
        });
    }
}

criterion_group!(benches, load);
criterion_main!(benches);
