//! The `rgo` command: everything happens in `rgo::driver`.

fn main() {
    std::process::exit(rgo::driver::main());
}
