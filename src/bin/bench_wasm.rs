//! Browser benchmark (wasm only, built by `scripts/bench` from bench/eval.html): times
//! one pass of the rules (`bench::one_pass`) and the bounded evaluation without texts
//! (`rules::evaluate_brief`) on the 20 services × 30 information types workload with `performance.now()`
//! and writes the figures into the page, one per line (`name value unit`). Natively it does nothing:
//! `examples/bench_evaluate.rs` is the native counterpart.

#[cfg(target_arch = "wasm32")]
fn main() {
    use molnbedomning::bench::{large_assessment, one_pass, percentile};
    use molnbedomning::rules::evaluate_brief;
    use std::hint::black_box;
    let window = web_sys::window().expect("window");
    let performance = window.performance().expect("performance");
    let a = large_assessment();
    let time = |runs: usize, f: &dyn Fn()| {
        for _ in 0..3 {
            f();
        }
        let mut ms: Vec<f64> = (0..runs)
            .map(|_| {
                let t = performance.now();
                f();
                performance.now() - t
            })
            .collect();
        ms.sort_by(f64::total_cmp);
        (percentile(&ms, 0.5), percentile(&ms, 0.95))
    };
    // One pass of the rules (no texts, no bounding), and what the grid computes on an edit.
    let (median, p95) = time(51, &|| {
        black_box(one_pass(black_box(&a)));
    });
    let (bounded, bounded_p95) = time(21, &|| {
        black_box(evaluate_brief(black_box(&a)));
    });
    let cells = a.services.len() * a.information_types.len();
    let figures = format!(
        "evaluate_20x30_wasm_median {median:.3} ms\nevaluate_20x30_wasm_p95 {p95:.3} ms\nevaluate_20x30_wasm_runs 51 runs\nevaluate_20x30_wasm_cells {cells} cells\nevaluate_bounded_20x30_wasm_median {bounded:.3} ms\nevaluate_bounded_20x30_wasm_p95 {bounded_p95:.3} ms\nevaluate_bounded_20x30_wasm_ratio {:.2} x",
        bounded / median
    );
    let document = window.document().expect("document");
    let out = document.get_element_by_id("figures").expect("bench/eval.html saknar #figures");
    out.set_text_content(Some(&figures));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
