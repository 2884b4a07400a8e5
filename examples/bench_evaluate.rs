//! Benchmark: evaluation of 20 services × 30 information types, natively. Prints one figure per
//! line, `name value unit`. Run via `scripts/bench`.

use molnbedomning::model::Assessment;
use molnbedomning::presets::PRESETS;
use molnbedomning::rules::evaluate;
use std::hint::black_box;
use std::time::Instant;

/// 20 services and 30 information types built from the presets (ids made unique).
fn large_assessment() -> Assessment {
    let sources: Vec<Assessment> = PRESETS.iter().map(|p| p.assessment()).collect();
    let mut a = sources[0].clone();
    a.services.clear();
    a.information_types.clear();
    let all_services = sources.iter().flat_map(|s| s.services.iter());
    for (n, s) in all_services.cycle().take(20).enumerate() {
        let mut s = s.clone();
        s.id = format!("{}-{n}", s.id);
        a.services.push(s);
    }
    let all_infos = sources.iter().flat_map(|s| s.information_types.iter());
    for (n, i) in all_infos.cycle().take(30).enumerate() {
        let mut i = i.clone();
        i.id = format!("{}-{n}", i.id);
        i.components.clear();
        a.information_types.push(i);
    }
    a
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

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
