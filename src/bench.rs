//! The benchmark workload shared by the native and the browser (wasm) benchmarks, so both time the
//! same thing. Not part of the tool's API.

use crate::model::Assessment;
use crate::presets::PRESETS;

/// 20 services and 30 information types built from the presets (ids made unique), every
/// information type in every service: 600 cells.
pub fn large_assessment() -> Assessment {
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

/// The value at quantile `p` of sorted figures.
pub fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}
