//! The wasm entry point: mounts the web app. Built by trunk; natively it only points to the CLI.

#[cfg(target_arch = "wasm32")]
fn main() {
    molnbedomning::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Webbappen byggs med trunk (se README). Kommandoradsverktyget heter bedom: cargo run --release --bin bedom -- --help");
    std::process::exit(2);
}
