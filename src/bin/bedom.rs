//! `bedom`: the Molnbedömning evaluator on the command line, over the public JSON format.
//! Bad input exits with status 2 and a Swedish message on stderr (the core's error in English
//! under a command's `--lang en`); it never panics.
//! Native only: in a wasm build (the browser tests compile every target) it does nothing.

#[cfg(not(target_arch = "wasm32"))]
#[path = "bedom/cli.rs"]
mod cli;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
