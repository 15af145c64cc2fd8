//! The `minivm` command: a thin entry point; the commands live in `minivm::cli`.

fn main() {
    std::process::exit(minivm::cli::main());
}
