//! Benchmark: link length per seed preset against JSON+base64 of the same state, an edited preset,
//! and encode+decode time. One figure per line, `name value unit`. Run via `scripts/bench`.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use molnbedomning::codec::{decode, encode};
use molnbedomning::presets::PRESETS;
use std::hint::black_box;
use std::time::Instant;

fn main() {
    for p in PRESETS {
        let a = p.assessment();
        let json_b64 = URL_SAFE_NO_PAD.encode(serde_json::to_string(&a).unwrap_or_default()).len();
        println!("link_len_{} {} chars", p.id, encode(&a).len());
        println!("json_base64_len_{} {} chars", p.id, json_b64);
        let mut edited = a.clone();
        edited.title = "Ändrad bedömning".into();
        edited.information_types[0].klassa_k = Some(3);
        edited.services[0].own_use_of_content = molnbedomning::model::OwnUse::None;
        println!("link_len_edited_{} {} chars", p.id, encode(&edited).len());
    }
    let mut a = PRESETS[0].assessment();
    a.title = "Ändrad".into();
    let runs = 2001;
    let mut us: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            let link = encode(black_box(&a));
            black_box(decode(&link).ok());
            t.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    us.sort_by(f64::total_cmp);
    println!("link_encode_decode_native_median {:.1} us", us[runs / 2]);
    println!("link_encode_decode_native_p95 {:.1} us", us[runs * 95 / 100]);
}
