//! Benchmark: evaluation of 20 services × 30 information types, natively. Prints one figure per
//! line, `name value unit`. Run via `scripts/bench`.

use molnbedomning::bench::{large_assessment, percentile};
use molnbedomning::rules::evaluate;
use std::hint::black_box;
use std::time::Instant;

fn main() {
    let a = large_assessment();
    let cells = a.services.len() * a.information_types.len();
    for _ in 0..5 {
        black_box(evaluate(black_box(&a)));
    }
    let runs = 101;
    let mut ms: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            black_box(evaluate(black_box(&a)));
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    ms.sort_by(f64::total_cmp);
    println!("evaluate_20x30_cells {cells} cells");
    println!("evaluate_20x30_native_median {:.3} ms", percentile(&ms, 0.5));
    println!("evaluate_20x30_native_p95 {:.3} ms", percentile(&ms, 0.95));
    println!("evaluate_20x30_native_runs {runs} runs");
}
