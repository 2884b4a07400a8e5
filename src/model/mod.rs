//! The domain model: the public assessment format, three-valued facts, dates and bilingual text.
//! Pure data, no web dependency.

mod assessment;
mod date;
mod text;
mod tri;

pub use assessment::*;
pub use date::Date;
pub use text::{Lang, Text};
pub use tri::Tri;
