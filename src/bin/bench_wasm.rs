//! Browser benchmark (wasm only, built by `scripts/bench` from bench/eval.html): times
//! `rules::evaluate` on the 20 services × 30 information types workload with `performance.now()`
//! and writes the figures into the page, one per line (`name value unit`). Natively it does nothing:
//! `examples/bench_evaluate.rs` is the native counterpart.

#[cfg(target_arch = "wasm32")]
fn main() {
    use molnbedomning::bench::{large_assessment, percentile};
    use molnbedomning::rules::evaluate;
    use std::hint::black_box;
    let window = web_sys::window().expect("window");
    let performance = window.performance().expect("performance");
    let a = large_assessment();
    for _ in 0..5 {
        black_box(evaluate(black_box(&a)));
    }
    let runs = 51;
    let mut ms: Vec<f64> = (0..runs)
        .map(|_| {
            let t = performance.now();
            black_box(evaluate(black_box(&a)));
            performance.now() - t
        })
        .collect();
    ms.sort_by(f64::total_cmp);
    let cells = a.services.len() * a.information_types.len();
    let figures = format!(
        "evaluate_20x30_wasm_median {:.3} ms\nevaluate_20x30_wasm_p95 {:.3} ms\nevaluate_20x30_wasm_runs {runs} runs\nevaluate_20x30_wasm_cells {cells} cells",
        percentile(&ms, 0.5),
        percentile(&ms, 0.95)
    );
    let document = window.document().expect("document");
    let out = document.get_element_by_id("figures").expect("bench/eval.html saknar #figures");
    out.set_text_content(Some(&figures));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
