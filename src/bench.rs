//! The benchmark workload shared by the native and the browser (wasm) benchmarks, so both time the
//! same thing. Not part of the tool's API.

use crate::model::Assessment;
use crate::presets::PRESETS;

/// The presets the workload is built from, pinned so that figures compare across versions (the
/// six of 2026-11-23; their `-v2` successors are not added).
const WORKLOAD_PRESETS: [&str; 6] = [
    "o365-2018-lockbox",
    "o365-2018",
    "danderyd-2019",
    "onprem-exchange-2019",
    "zoomx-2022-stockholm",
    "goteborg-2019-grundsakerhet",
];

/// 20 services and 30 information types built from the presets (ids made unique), every
/// information type in every service: 600 cells.
pub fn large_assessment() -> Assessment {
    portfolio(20, 30)
}

/// `services` services and `infos` information types cycled from the pinned presets.
pub fn portfolio(services: usize, infos: usize) -> Assessment {
    let sources: Vec<Assessment> =
        WORKLOAD_PRESETS.iter().filter_map(|id| PRESETS.iter().find(|p| p.id == *id)).map(|p| p.assessment()).collect();
    let mut a = sources[0].clone();
    a.services.clear();
    a.information_types.clear();
    let all_services = sources.iter().flat_map(|s| s.services.iter());
    for (n, s) in all_services.cycle().take(services).enumerate() {
        let mut s = s.clone();
        s.id = format!("{}-{n}", s.id);
        a.services.push(s);
    }
    let all_infos = sources.iter().flat_map(|s| s.information_types.iter());
    for (n, i) in all_infos.cycle().take(infos).enumerate() {
        let mut i = i.clone();
        i.id = format!("{}-{n}", i.id);
        i.components.clear();
        a.information_types.push(i);
    }
    a
}

/// One pass of the rules over every cell, without bounding the unknowns and without texts: the
/// least an edit costs.
pub fn one_pass(a: &Assessment) -> usize {
    crate::model::without_texts(|| {
        let mut decided = 0;
        for s in &a.services {
            // As the evaluator does: what the cells of a service share is computed once for them.
            let shared = crate::rules::Shared::default();
            for i in &a.information_types {
                let cell = crate::rules::evaluate_cell(&crate::rules::Cell::new(a, s, i).sharing(&shared));
                decided += usize::from(cell.overall != crate::rules::Verdict::NeedsInformation);
            }
        }
        decided
    })
}

/// The value at quantile `p` of sorted figures.
pub fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}
