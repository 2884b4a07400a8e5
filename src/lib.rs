//! Molnbedömning: judges whether a cloud service may hold a Swedish public body's secret and personal
//! data, and explains why. The pure core (`model`, `rules`, `presets`) builds natively and in wasm;
//! the web UI (`ui`) exists only in the wasm build.

pub mod analysis;
#[doc(hidden)]
pub mod bench;
pub mod codec;
pub mod model;
pub mod presets;
pub mod report;
pub mod rules;

#[cfg(target_arch = "wasm32")]
pub mod ui;
