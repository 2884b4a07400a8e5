//! Benchmark: evaluation natively. Prints one figure per line, `name value unit`, and an
//! `…_budget_overrun` line where a budget (issue 15) is missed. Run via `scripts/bench`.
//! - `evaluate_20x30_native_*`: one pass of the rules over 600 cells, without texts and without
//!   bounding the unknowns (`bench::one_pass`), the least an edit costs;
//! - `evaluate_bounded_20x30_native_*`: what the result grid computes on every edit
//!   (`rules::evaluate_brief`: unknowns bounded, no texts);
//! - `evaluate_full_20x30_native_median`: with every text written and the deciding unknowns named
//!   (`rules::evaluate_explained`, as `bedom evaluate` and the memo);
//! - `evaluate_80x40_native_median`: a region's portfolio, bounded, no texts;
//! - `edit_50x40_native_median`: one edit of a 50 × 40 portfolio, re-evaluating the service edited;
//! - `improve_max_native_ms`: the slowest "what makes it green" over every cell of every preset.

use molnbedomning::bench::{large_assessment, one_pass, percentile, portfolio};
use molnbedomning::model::Assessment;
use molnbedomning::rules::{evaluate_brief, evaluate_explained};
use std::hint::black_box;
use std::time::Instant;

/// Median and p95 in ms of `runs` timed calls after a warm-up.
fn time(runs: usize, mut f: impl FnMut()) -> (f64, f64) {
    for _ in 0..3 {
        f();
    }
    let mut ms: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    ms.sort_by(f64::total_cmp);
    (percentile(&ms, 0.5), percentile(&ms, 0.95))
}

fn budget(name: &str, value: f64, limit: f64) {
    if value > limit {
        println!("{name}_budget_overrun {:.3} ms (budget {limit} ms)", value - limit);
    }
}

fn main() {
    let a = large_assessment();
    let cells = a.services.len() * a.information_types.len();
    println!("evaluate_20x30_cells {cells} cells");

    let (median, p95) = time(101, || {
        black_box(one_pass(black_box(&a)));
    });
    println!("evaluate_20x30_native_median {median:.3} ms");
    println!("evaluate_20x30_native_p95 {p95:.3} ms");
    println!("evaluate_20x30_native_runs 101 runs");
    budget("evaluate_20x30_native", median, 0.5);

    let (bounded, bounded_p95) = time(51, || {
        black_box(evaluate_brief(black_box(&a)));
    });
    println!("evaluate_bounded_20x30_native_median {bounded:.3} ms");
    println!("evaluate_bounded_20x30_native_p95 {bounded_p95:.3} ms");
    println!("evaluate_bounded_20x30_native_ratio {:.2} x", bounded / median);

    let (full, _) = time(11, || {
        black_box(evaluate_explained(black_box(&a)));
    });
    println!("evaluate_full_20x30_native_median {full:.3} ms");

    // `bedom evaluate --brief`: its JSON per cell (goal 1 KB), the keys of measures and questions included.
    let brief = molnbedomning::model::keys_without_texts(|| molnbedomning::rules::evaluate_explained(&a));
    let bytes = serde_json::to_string(&molnbedomning::rules::output::brief_json(&brief)).map_or(0, |j| j.len());
    println!("evaluate_brief_json_bytes_per_cell {} bytes", bytes / cells);
    if bytes / cells > 1024 {
        println!("evaluate_brief_json_budget_overrun {} bytes (budget 1024 bytes per cell)", bytes / cells - 1024);
    }

    let big = portfolio(80, 40);
    let (big_median, _) = time(11, || {
        black_box(evaluate_brief(black_box(&big)));
    });
    println!("evaluate_80x40_native_median {big_median:.3} ms");
    budget("evaluate_80x40_native", big_median, 20.0);

    // An edit of a 50 × 40 portfolio as the app's state makes it: the fact set in its service, the
    // assessment validated, and that service's cells evaluated again (the browser's
    // `edit_to_matrix_50x40_ms` adds the render; its budget is 50 ms).
    let region = portfolio(50, 40);
    let before = evaluate_brief(&region);
    let mut n = 0;
    let (edit, _) = time(21, || {
        n += 1;
        let value = if n % 2 == 0 { "metadata" } else { "content" };
        let (after, part) =
            molnbedomning::analysis::facts::edit_part(&region, "services[#7].parties[#0].access", value.into())
                .expect("a valid edit");
        black_box(molnbedomning::rules::evaluate_brief_after(&before, &after, part));
    });
    println!("edit_50x40_native_median {edit:.3} ms");

    let mut worst = 0.0f64;
    for p in molnbedomning::presets::PRESETS {
        let x: Assessment = p.assessment();
        for s in 0..x.services.len() {
            for i in 0..x.information_types.len() {
                let t = Instant::now();
                black_box(molnbedomning::analysis::improve::improve(&x, s, i));
                worst = worst.max(t.elapsed().as_secs_f64() * 1000.0);
            }
        }
    }
    println!("improve_max_native_ms {worst:.3} ms");
    budget("improve_max_native", worst, 50.0);
}
