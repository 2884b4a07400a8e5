//! Fuzz-style property test of the link decoder: ≥ 10^6 random and mutated fragments, no panic,
//! bounded time per fragment. Figures are printed, not asserted as timings.
#![cfg(not(target_arch = "wasm32"))]

use molnbedomning::codec::{decode, encode};
use molnbedomning::presets::PRESETS;
use std::time::{Duration, Instant};

/// xorshift64*: deterministic, so a failure reproduces.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.#1pdf%~!";

fn seeds() -> Vec<String> {
    let mut out = Vec::new();
    for p in PRESETS {
        let mut a = p.assessment();
        out.push(encode(&a));
        a.title = "Fuzz".into();
        a.services[0].name.push_str(" ändrad");
        out.push(encode(&a));
        a.services[0].id = "helt-ny".into();
        a.information_types.truncate(1);
        let mut full = a.clone();
        full.services[0].controls.clear();
        full.services[0].components.truncate(1);
        out.push(encode(&full));
    }
    out
}

fn mutate(rng: &mut Rng, s: &str) -> String {
    let mut b: Vec<u8> = s.as_bytes().to_vec();
    for _ in 0..=rng.below(4) {
        match rng.below(5) {
            0 if !b.is_empty() => {
                let i = rng.below(b.len());
                b[i] = ALPHABET[rng.below(ALPHABET.len())];
            }
            1 if !b.is_empty() => {
                let i = rng.below(b.len());
                b.truncate(i);
            }
            2 => {
                let i = rng.below(b.len() + 1);
                b.insert(i, ALPHABET[rng.below(ALPHABET.len())]);
            }
            3 if b.len() > 1 => {
                let i = rng.below(b.len());
                b.remove(i);
            }
            _ => {
                let i = rng.below(b.len() + 1);
                b.insert(i, rng.next() as u8);
            }
        }
    }
    String::from_utf8_lossy(&b).into_owned()
}

#[test]
fn a_million_random_and_mutated_fragments_never_panic() {
    let seeds = seeds();
    for s in &seeds {
        assert!(decode(s).is_ok(), "seed must decode: {s}");
    }
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let n = 1_000_000;
    let (mut ok, mut slowest) = (0usize, Duration::ZERO);
    let start = Instant::now();
    for i in 0..n {
        let fragment = if i % 4 == 0 {
            let len = rng.below(120);
            (0..len).map(|_| ALPHABET[rng.below(ALPHABET.len())] as char).collect()
        } else {
            let seed = &seeds[rng.below(seeds.len())];
            mutate(&mut rng, seed)
        };
        let t = Instant::now();
        if decode(&fragment).is_ok() {
            ok += 1;
        }
        slowest = slowest.max(t.elapsed());
    }
    println!(
        "link_fuzz_fragments {n} fragments\nlink_fuzz_decoded_ok {ok} fragments\nlink_fuzz_total {:.1} s\nlink_fuzz_slowest {:.2} ms",
        start.elapsed().as_secs_f64(),
        slowest.as_secs_f64() * 1000.0
    );
    // Bounded: no single fragment may take anywhere near a human-noticeable time.
    assert!(slowest < Duration::from_secs(2), "slowest decode {slowest:?}");
}
