//! The domain model: the public assessment format, three-valued facts, dates and bilingual text.
//! Pure data, no web dependency.

mod assessment;
mod country;
mod date;
mod error;
pub mod facts;
mod labels;
#[cfg(not(target_arch = "wasm32"))]
mod schema;
mod text;
mod tri;
mod validate;

pub use assessment::*;
pub use country::{countries_by_name, country_names, suggest_code, Country, Location, COUNTRIES};
pub use date::Date;
pub(crate) use error::serde_custom;
pub use error::Error;
#[cfg(not(target_arch = "wasm32"))]
pub use schema::json_schema;
pub use text::{keys_wanted, keys_without_texts, texts_wanted, without_texts, Lang, StaticText, Text};
pub use tri::Tri;
pub use validate::{
    assessment_json, parse_assessment, parse_assessment_with_notices, parse_part, validate, LoadNotice,
};
pub(crate) use validate::{located, reread};
