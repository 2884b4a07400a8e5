//! Presets from the seed documents, in the public file format. Each carries its own legal date and
//! sources; facts the seeds do not state are "unknown", never invented.

use crate::model::Assessment;

pub struct Preset {
    pub id: &'static str,
    pub title_sv: &'static str,
    pub title_en: &'static str,
    /// Where the facts come from; the year in the title is the seed's.
    pub sources: &'static [&'static str],
    json: &'static str,
}

impl Preset {
    /// The preset as an assessment. The files are checked by the tests, so this cannot fail at run time.
    pub fn assessment(&self) -> Assessment {
        serde_json::from_str(self.json).unwrap_or_else(|e| panic!("förinställningen {} är ogiltig: {e}", self.id))
    }
    pub fn json(&self) -> &'static str {
        self.json
    }
}

pub static PRESETS: &[Preset] = &[Preset {
    id: "o365-2018-lockbox",
    title_sv: "Office 365 med standard Customer Lockbox (Göteborgs Stad, 2018)",
    title_en: "Office 365 with standard Customer Lockbox (City of Gothenburg, 2018)",
    sources: &[
        "Seed 000: Intraservice, Göteborgs Stad, Bedömning av Customer Lockbox (2018)",
        "Seed 001: Microsofts molntjänster – frågor och svar",
    ],
    json: include_str!("o365-2018-lockbox.json"),
}];

pub fn preset(id: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|p| p.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_preset_parses_and_has_sources() {
        for p in PRESETS {
            let a = p.assessment();
            assert_eq!(a.format, crate::model::FORMAT_VERSION, "{}", p.id);
            assert!(!p.sources.is_empty() && !a.services.is_empty() && !a.information_types.is_empty());
        }
    }
}
