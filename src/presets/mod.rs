//! Presets from the seed documents, in the public file format. Each carries its own legal date and
//! sources; facts the seeds do not state are "unknown", never invented.
//!
//! Links refer to presets by id (see `codec`), so a preset's JSON must not change under its id. Known
//! deviations from the seeds in the linked presets, to fix under new ids (freezing the old files):
//! - `danderyd-2019`: the contract's single `contracted` provenance also covers
//!   `transparency_reports: true`, which comes from seed 001 (published reports), not the contract;
//!   `sekretess.core_records` is unknown although seed 002 says Office 365 does not replace the core
//!   systems for *these* data (true would match; both give the R17 condition).
//! - `danderyd-2019`, `onprem-exchange-2019`: `own_use_of_content: "none"` and the support supplier
//!   as `operator` are assumptions the seed does not state (it says only that own servers in
//!   practice always need external support).
//! - `zoomx-2022-stockholm`: `core_records: false` is not stated in seed 004.
//! - the `-v2` files: facts of 2018 and 2019 rest on Microsoft's FAQ (seed 001), written in November
//!   2019 at the earliest; source titles appear twice ("X: X: …"); and the Göteborg base-security
//!   case is dated 2019 although seed 003 is of autumn 2018; Danderyd's "no own use" and its
//!   transparency figures come from the FAQ. The `-v3` files fix these; in `danderyd-2019-v3` the
//!   contract's `transparency_reports: true` still shares the contract's provenance (Microsoft's
//!   reports exist, but the contract does not promise them).

use crate::model::Assessment;

pub struct Preset {
    pub id: &'static str,
    /// Kept only so that old links decode: the picker and `bedom presets` show the newer version.
    pub frozen: bool,
    /// What the preset does differently from its source, on purpose (shown on its card).
    pub note_sv: &'static str,
    pub note_en: &'static str,
    pub title_sv: &'static str,
    pub title_en: &'static str,
    /// Where the facts come from; the year in the title is the seed's.
    pub sources: &'static [&'static str],
    json: &'static str,
}

impl Preset {
    /// The preset as an assessment. The files are checked by the tests, so this cannot fail at run time.
    pub fn assessment(&self) -> Assessment {
        // Through the importer's parser, so the wasm carries one deserializer of the model.
        crate::model::parse_assessment(self.json)
            .unwrap_or_else(|e| panic!("förinställningen {} är ogiltig: {e}", self.id))
    }
    pub fn json(&self) -> &'static str {
        self.json
    }
}

pub static PRESETS: &[Preset] = &[
    Preset {
        frozen: true,
        note_sv: "",
        note_en: "",
        id: "o365-2018-lockbox",
        title_sv: "Office 365 med standard Customer Lockbox (Göteborgs Stad, våren 2018; rättsläge 2018-06-01, ungefärligt)",
        title_en: "Office 365 with standard Customer Lockbox (City of Gothenburg, spring 2018; legal date 2018-06-01, approximate)",
        sources: &[
            "Intraservice, Göteborgs Stad, Bedömning av Customer Lockbox (2018)",
            "Microsofts molntjänster – frågor och svar",
        ],
        json: include_str!("o365-2018-lockbox.json"),
    },
    Preset {
        frozen: true,
        note_sv: "",
        note_en: "",
        id: "o365-2018",
        title_sv: "Office 365 utan Customer Lockbox (Göteborgs Stad, våren 2018; rättsläge 2018-06-01, ungefärligt)",
        title_en: "Office 365 without Customer Lockbox (City of Gothenburg, spring 2018; legal date 2018-06-01, approximate)",
        sources: &[
            "Intraservice, Göteborgs Stad, Bedömning av Customer Lockbox (2018)",
            "Microsofts molntjänster – frågor och svar",
        ],
        json: include_str!("o365-2018.json"),
    },
    Preset {
        frozen: true,
        note_sv: "",
        note_en: "",
        id: "danderyd-2019",
        title_sv: "Office 365 i Danderyds kommun, med egen server som alternativ (2019-09-30)",
        title_en: "Office 365 in Danderyd municipality, with an own server as the alternative (2019-09-30)",
        sources: &[
            "Danderyds kommun, Utredning om Office 365 (KS 2019-09-30)",
            "Microsofts molntjänster – frågor och svar (transparensuppgifter H1 2018)",
            "Intraservice, Göteborgs Stad, Bedömning av Customer Lockbox (2018): Microsoft behöver nycklarna",
        ],
        json: include_str!("danderyd-2019.json"),
    },
    Preset {
        frozen: true,
        note_sv: "",
        note_en: "",
        id: "onprem-exchange-2019",
        title_sv: "Egen Exchange-server med svensk supportleverantör (alternativet i Danderyd, 2019-09-30)",
        title_en: "Own Exchange server with a Swedish support supplier (the Danderyd alternative, 2019-09-30)",
        sources: &["Danderyds kommun, Utredning om Office 365 (KS 2019-09-30)"],
        json: include_str!("onprem-exchange-2019.json"),
    },
    Preset {
        frozen: true,
        note_sv: "",
        note_en: "",
        id: "zoomx-2022-stockholm",
        title_sv: "Zoom X enligt beskrivningen 2022 (Stockholms stad, begränsade funktioner; rättsläge 2022-04-01, ungefärligt)",
        title_en: "Zoom X as described in 2022 (City of Stockholm, limited features; legal date 2022-04-01, approximate)",
        sources: &["Stockholms stad och eSam om Zoom X (2022), enligt Computer Sweden"],
        json: include_str!("zoomx-2022-stockholm.json"),
    },
    Preset {
        frozen: true,
        note_sv: "",
        note_en: "",
        id: "goteborg-2019-grundsakerhet",
        title_sv: "Office 365, grundsäkerheten godkänd med Customer Lockbox (Göteborgs Stad 2019; rättsläge 2019-06-01, ungefärligt)",
        title_en: "Office 365, base security approved with Customer Lockbox (City of Gothenburg 2019; legal date 2019-06-01, approximate)",
        sources: &[
            "Computer Sweden om Göteborgs Stad och grundsäkerheten i Office 365 (2019)",
            "Intraservice, Göteborgs Stad, Bedömning av Customer Lockbox (2018)",
            "Microsofts molntjänster – frågor och svar",
        ],
        json: include_str!("goteborg-2019-grundsakerhet.json"),
    },
    Preset {
        frozen: true,
        note_sv: "",
        note_en: "",
        id: "o365-2018-lockbox-v2",
        title_sv: "Office 365 med standard Customer Lockbox (Göteborgs Stad, våren 2018; rättsläge 2018-06-01, ungefärligt)",
        title_en: "Office 365 with standard Customer Lockbox (City of Gothenburg, spring 2018; legal date 2018-06-01, approximate)",
        sources: &[
            "Intraservice, Göteborgs Stad, Bedömning av Customer Lockbox (2018)",
            "Microsofts molntjänster – frågor och svar",
        ],
        json: include_str!("o365-2018-lockbox-v2.json"),
    },
    Preset {
        frozen: true,
        note_sv: "",
        note_en: "",
        id: "o365-2018-v2",
        title_sv: "Office 365 utan Customer Lockbox (Göteborgs Stad, våren 2018; rättsläge 2018-06-01, ungefärligt)",
        title_en: "Office 365 without Customer Lockbox (City of Gothenburg, spring 2018; legal date 2018-06-01, approximate)",
        sources: &[
            "Intraservice, Göteborgs Stad, Bedömning av Customer Lockbox (2018)",
            "Microsofts molntjänster – frågor och svar",
        ],
        json: include_str!("o365-2018-v2.json"),
    },
    Preset {
        frozen: true,
        note_sv: "Version 2: Danderyds eget skäl för nödvändigheten och de prövade alternativen är inlagda som antagna ur utredningen; sekretessuppgifterna hör enligt utredningen till verksamhetssystemen; Microsofts uppgift att data bara används för att erbjuda tjänsten är inlagd som påstådd (Microsofts frågor och svar).",
        note_en: "Version 2: Danderyd's own reason for the necessity and the alternatives it examined are entered as assumed from the report; the secret records belong in the core systems according to the report; Microsoft's statement that data is used only to provide the service is entered as claimed (Microsoft's FAQ).",
        id: "danderyd-2019-v2",
        title_sv: "Office 365 i Danderyds kommun, med egen server som alternativ (2019-09-30)",
        title_en: "Office 365 in Danderyd municipality, with an own server as the alternative (2019-09-30)",
        sources: &[
            "Danderyds kommun, Utredning om Office 365 (KS 2019-09-30)",
            "Microsofts molntjänster – frågor och svar (transparensuppgifter H1 2018)",
            "Intraservice, Göteborgs Stad, Bedömning av Customer Lockbox (2018): Microsoft behöver nycklarna",
        ],
        json: include_str!("danderyd-2019-v2.json"),
    },
    Preset {
        frozen: true,
        note_sv: "Version 2: Danderyds skäl för nödvändigheten gäller också alternativet.",
        note_en: "Version 2: Danderyd's reason for the necessity applies to the alternative too.",
        id: "onprem-exchange-2019-v2",
        title_sv: "Egen Exchange-server med svensk supportleverantör (alternativet i Danderyd, 2019-09-30)",
        title_en: "Own Exchange server with a Swedish support supplier (the Danderyd alternative, 2019-09-30)",
        sources: &["Danderyds kommun, Utredning om Office 365 (KS 2019-09-30)"],
        json: include_str!("onprem-exchange-2019-v2.json"),
    },
    Preset {
        frozen: true,
        note_sv: "Version 2: AWS modelleras inte längre som ett amerikanskt bolag med åtkomst till allt innehåll – källorna säger bara att en kundvald nyckel hanteras momentant i AWS; bolag och åtkomst är okända.",
        note_en: "Version 2: AWS is no longer modelled as a US company with access to all content – the sources say only that a customer-chosen key is handled momentarily inside AWS; company and access are unknown.",
        id: "zoomx-2022-stockholm-v2",
        title_sv: "Zoom X enligt beskrivningen 2022 (Stockholms stad, begränsade funktioner; rättsläge 2022-04-01, ungefärligt)",
        title_en: "Zoom X as described in 2022 (City of Stockholm, limited features; legal date 2022-04-01, approximate)",
        sources: &["Stockholms stad och eSam om Zoom X (2022), enligt Computer Sweden"],
        json: include_str!("zoomx-2022-stockholm-v2.json"),
    },
    Preset {
        frozen: true,
        note_sv: "Customer Lockbox väger här lättare än i Göteborgs bedömning 2019: verktyget (R8) följer stadens egen utredning 2018, enligt vilken Lockbox inte löser röjandet (samma personer begär och godkänner, administratörer kan kringgå, utländsk lag stoppas inte). Avvikelsen är avsiktlig.",
        note_en: "Customer Lockbox weighs less here than in Gothenburg's 2019 judgment: the tool (R8) follows the city's own 2018 review, by which Lockbox does not cure the disclosure (the same people request and approve, administrators can bypass it, foreign law is not stopped). The departure is deliberate.",
        id: "goteborg-2019-grundsakerhet-v2",
        title_sv: "Office 365, grundsäkerheten godkänd med Customer Lockbox (Göteborgs Stad 2019; rättsläge 2019-06-01, ungefärligt)",
        title_en: "Office 365, base security approved with Customer Lockbox (City of Gothenburg 2019; legal date 2019-06-01, approximate)",
        sources: &[
            "Computer Sweden om Göteborgs Stad och grundsäkerheten i Office 365 (2019)",
            "Intraservice, Göteborgs Stad, Bedömning av Customer Lockbox (2018)",
            "Microsofts molntjänster – frågor och svar",
        ],
        json: include_str!("goteborg-2019-grundsakerhet-v2.json"),
    },
    Preset {
        frozen: false,
        note_sv: "Version 3: Microsofts åtkomst och underleverantörernas åtkomst bygger på stadens egen bedömning 2018, inte på Microsofts frågor och svar, som skrevs tidigast i november 2019; källhänvisningarna är rensade (dokumentets namn stod två gånger).",
        note_en: "Version 3: Microsoft's and the sub-processors' access rest on the city's own 2018 assessment, not on Microsoft's FAQ, which was written in November 2019 at the earliest; the source references are cleaned up (the document's name appeared twice).",
        id: "o365-2018-lockbox-v3",
        title_sv: "Office 365 med standard Customer Lockbox (Göteborgs Stad, våren 2018; rättsläge 2018-06-01, ungefärligt)",
        title_en: "Office 365 with standard Customer Lockbox (City of Gothenburg, spring 2018; legal date 2018-06-01, approximate)",
        sources: &["Intraservice, Göteborgs Stad, Bedömning av Customer Lockbox (2018)"],
        json: include_str!("o365-2018-lockbox-v3.json"),
    },
    Preset {
        frozen: false,
        note_sv: "Version 3: Microsofts åtkomst och underleverantörernas åtkomst bygger på stadens egen bedömning 2018, inte på Microsofts frågor och svar, som skrevs tidigast i november 2019; källhänvisningarna är rensade (dokumentets namn stod två gånger).",
        note_en: "Version 3: Microsoft's and the sub-processors' access rest on the city's own 2018 assessment, not on Microsoft's FAQ, which was written in November 2019 at the earliest; the source references are cleaned up (the document's name appeared twice).",
        id: "o365-2018-v3",
        title_sv: "Office 365 utan Customer Lockbox (Göteborgs Stad, våren 2018; rättsläge 2018-06-01, ungefärligt)",
        title_en: "Office 365 without Customer Lockbox (City of Gothenburg, spring 2018; legal date 2018-06-01, approximate)",
        sources: &["Intraservice, Göteborgs Stad, Bedömning av Customer Lockbox (2018)"],
        json: include_str!("o365-2018-v3.json"),
    },
    Preset {
        frozen: false,
        note_sv: "Version 3: inget hämtas längre ur Microsofts frågor och svar, som skrevs efter Danderyds beslut. Microsofts och underleverantörernas åtkomst bygger på Göteborgs bedömning 2018; transparenssiffror saknas (Danderyd anger inga, och sidans användarantal är från oktober 2019); om Microsoft använder innehållet för egna ändamål är okänt, som i utredningen. Danderyds eget skäl för nödvändigheten och de prövade alternativen är inlagda som antagna ur utredningen; sekretessuppgifterna hör enligt utredningen till verksamhetssystemen.",
        note_en: "Version 3: nothing is taken from Microsoft's FAQ any more, which was written after Danderyd's decision. Microsoft's and the sub-processors' access rest on Gothenburg's 2018 assessment; there are no transparency figures (Danderyd gives none, and the page's user count is of October 2019); whether Microsoft uses the content for its own purposes is unknown, as in the report. Danderyd's own reason for the necessity and the alternatives it examined are entered as assumed from the report; the secret records belong in the core systems according to the report.",
        id: "danderyd-2019-v3",
        title_sv: "Office 365 i Danderyds kommun, med egen server som alternativ (2019-09-30)",
        title_en: "Office 365 in Danderyd municipality, with an own server as the alternative (2019-09-30)",
        sources: &[
            "Danderyds kommun, Utredning om Office 365 (KS 2019-09-30)",
            "Intraservice, Göteborgs Stad, Bedömning av Customer Lockbox (2018): Microsoft behöver nycklarna",
        ],
        json: include_str!("danderyd-2019-v3.json"),
    },
    Preset {
        frozen: false,
        note_sv: "Version 3: källhänvisningarna är rensade (dokumentets namn stod två gånger); supportleverantörens egna ändamål är okända, som i utredningen. Danderyds skäl för nödvändigheten gäller också alternativet.",
        note_en: "Version 3: the source references are cleaned up (the document's name appeared twice); the support supplier's own purposes are unknown, as in the report. Danderyd's reason for the necessity applies to the alternative too.",
        id: "onprem-exchange-2019-v3",
        title_sv: "Egen Exchange-server med svensk supportleverantör (alternativet i Danderyd, 2019-09-30)",
        title_en: "Own Exchange server with a Swedish support supplier (the Danderyd alternative, 2019-09-30)",
        sources: &["Danderyds kommun, Utredning om Office 365 (KS 2019-09-30)"],
        json: include_str!("onprem-exchange-2019-v3.json"),
    },
    Preset {
        frozen: false,
        note_sv: "Version 3: källhänvisningarna är rensade (dokumentets namn stod två gånger). AWS modelleras inte som ett amerikanskt bolag med åtkomst till allt innehåll – källorna säger bara att en kundvald nyckel hanteras momentant i AWS; bolag och åtkomst är okända.",
        note_en: "Version 3: the source references are cleaned up (the document's name appeared twice). AWS is not modelled as a US company with access to all content – the sources say only that a customer-chosen key is handled momentarily inside AWS; company and access are unknown.",
        id: "zoomx-2022-stockholm-v3",
        title_sv: "Zoom X enligt beskrivningen 2022 (Stockholms stad, begränsade funktioner; rättsläge 2022-04-01, ungefärligt)",
        title_en: "Zoom X as described in 2022 (City of Stockholm, limited features; legal date 2022-04-01, approximate)",
        sources: &["Stockholms stad och eSam om Zoom X (2022), enligt Computer Sweden"],
        json: include_str!("zoomx-2022-stockholm-v3.json"),
    },
    Preset {
        frozen: false,
        note_sv: "Version 3: daterad hösten 2018, inte 2019 – artikeln i Computer Sweden skrevs ett år efter pausen hösten 2017 och efter att avtalet förnyats våren 2018; Microsofts åtkomst och underleverantörernas åtkomst bygger på stadens egen bedömning 2018, inte på Microsofts frågor och svar, som skrevs tidigast i november 2019. Customer Lockbox väger här lättare än i Göteborgs bedömning hösten 2018: verktyget (R8) följer Intraservices egen bedömning 2018, enligt vilken Lockbox inte löser röjandet (samma personer begär och godkänner, administratörer kan kringgå, utländsk lag stoppas inte). Avvikelsen är avsiktlig.",
        note_en: "Version 3: dated autumn 2018, not 2019 – the Computer Sweden article was written a year after the pause in autumn 2017 and after the contract was renewed in spring 2018; Microsoft's and the sub-processors' access rest on the city's own 2018 assessment, not on Microsoft's FAQ, which was written in November 2019 at the earliest. Customer Lockbox weighs less here than in Gothenburg's judgment of autumn 2018: the tool (R8) follows Intraservice's own assessment of 2018, by which Lockbox does not cure the disclosure (the same people request and approve, administrators can bypass it, foreign law is not stopped). The departure is deliberate.",
        id: "goteborg-2018-grundsakerhet-v3",
        title_sv: "Office 365, grundsäkerheten godkänd med Customer Lockbox (Göteborgs Stad, hösten 2018; rättsläge 2018-10-01, ungefärligt)",
        title_en: "Office 365, base security approved with Customer Lockbox (City of Gothenburg, autumn 2018; legal date 2018-10-01, approximate)",
        sources: &[
            "Computer Sweden om Göteborgs Stad och grundsäkerheten i Office 365 (hösten 2018)",
            "Intraservice, Göteborgs Stad, Bedömning av Customer Lockbox (2018)",
        ],
        json: include_str!("goteborg-2018-grundsakerhet-v3.json"),
    },
];

/// The presets a user picks from: the newest version of each.
pub fn current() -> impl Iterator<Item = &'static Preset> {
    PRESETS.iter().filter(|p| !p.frozen)
}

pub fn preset(id: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|p| p.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The five public case documents the presets come from (DOMAIN.md's seeds 000–004). The facts
    /// inside the preset files still cite them as "Seed 00N: …": links made from a preset refer to
    /// its file, which may therefore not change (see `codec`).
    const CASE_DOCUMENTS: [&str; 5] = [
        "Intraservice, Göteborgs Stad, Bedömning av Customer Lockbox (2018)",
        "Microsofts molntjänster – frågor och svar",
        "Danderyds kommun, Utredning om Office 365 (KS 2019-09-30)",
        "Computer Sweden om Göteborgs Stad",
        "Stockholms stad och eSam om Zoom X (2022)",
    ];

    #[test]
    fn every_preset_parses_and_has_sources() {
        for p in PRESETS {
            crate::model::parse_assessment(p.json()).unwrap_or_else(|e| panic!("{}: {e}", p.id));
            let a = p.assessment();
            assert_eq!(a.format, crate::model::FORMAT_VERSION, "{}", p.id);
            assert!(!p.sources.is_empty() && !a.services.is_empty() && !a.information_types.is_empty());
            assert!(
                p.sources.iter().all(|s| CASE_DOCUMENTS.iter().any(|d| s.starts_with(d))),
                "{}: källorna är fallen",
                p.id
            );
        }
    }

    /// The legal date each preset evaluates at is the one its title promises, in both languages, and
    /// an approximate date says so.
    #[test]
    fn legal_date_is_the_one_the_title_claims() {
        for p in PRESETS {
            let date = p.assessment().legal_date.to_string();
            assert!(p.title_sv.contains(&date), "{}: {} saknar {date}", p.id, p.title_sv);
            assert!(p.title_en.contains(&date), "{}: {} lacks {date}", p.id, p.title_en);
            assert_eq!(p.title_sv.contains("ungefärligt"), p.title_en.contains("approximate"), "{}", p.id);
        }
        let approximate = |id: &str| preset(id).is_some_and(|p| p.title_sv.contains("ungefärligt"));
        // The seeds give only "spring 2018", "2019" and "early 2022"; Danderyd's date is the KS meeting.
        for id in [
            "o365-2018",
            "o365-2018-lockbox",
            "goteborg-2019-grundsakerhet",
            "zoomx-2022-stockholm",
            "goteborg-2018-grundsakerhet-v3",
        ] {
            assert!(approximate(id), "{id}");
        }
        assert!(!approximate("danderyd-2019") && !approximate("onprem-exchange-2019"));
    }

    #[test]
    fn ids_are_unique_and_every_source_seed_is_cited_somewhere() {
        let mut ids: Vec<_> = PRESETS.iter().map(|p| p.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), PRESETS.len());
        for document in CASE_DOCUMENTS {
            assert!(PRESETS.iter().any(|p| p.sources.iter().any(|s| s.starts_with(document))), "{document}");
        }
    }

    /// DOMAIN.md §5 for the presets' own facts: a current preset rests no fact on a case document
    /// written after its legal date; where it names one, it says that it was written later.
    #[test]
    fn current_presets_rest_no_fact_on_a_later_document() {
        use crate::rules::sources::{
            DANDERYD_2019, GBG_GRUNDSAKERHET_2018, GBG_LOCKBOX_2018, MICROSOFT_FAQ, ZOOMX_2022,
        };
        let documents = [
            (CASE_DOCUMENTS[0], &GBG_LOCKBOX_2018),
            (CASE_DOCUMENTS[1], &MICROSOFT_FAQ),
            (CASE_DOCUMENTS[2], &DANDERYD_2019),
            (CASE_DOCUMENTS[3], &GBG_GRUNDSAKERHET_2018),
            (CASE_DOCUMENTS[4], &ZOOMX_2022),
        ];
        fn sources(v: &serde_json::Value, out: &mut Vec<String>) {
            match v {
                serde_json::Value::Object(m) => m.iter().for_each(|(k, v)| match v.as_str() {
                    Some(s) if k == "source" => out.push(s.to_string()),
                    _ => sources(v, out),
                }),
                serde_json::Value::Array(a) => a.iter().for_each(|v| sources(v, out)),
                _ => {}
            }
        }
        for p in current() {
            let a = p.assessment();
            let mut all = Vec::new();
            sources(&serde_json::to_value(&a).expect("JSON"), &mut all);
            for source in &all {
                for (title, document) in documents {
                    let name = title.trim_start_matches("Intraservice, ");
                    let Some(at) = source.find(name) else { continue };
                    let written = document.from.expect("a case document has a date");
                    assert!(
                        written <= a.legal_date || source[at..].contains("skriven senare"),
                        "{}: {source} cites {title} ({written}) at {}",
                        p.id,
                        a.legal_date
                    );
                }
                assert!(!source.contains("FAQ"), "{}: {source}", p.id);
            }
        }
    }

    /// Every supplier-side fact a preset states about a party carries where it comes from; unknown
    /// stays unknown (no preset turns an unstated fact into a yes or no without a source).
    #[test]
    fn supplier_facts_carry_provenance() {
        use crate::model::{Access, PartyRole};
        for p in PRESETS {
            for s in p.assessment().services {
                for party in &s.parties {
                    if party.role != PartyRole::InternalIt && party.access != Access::Unknown {
                        let prov = party.provenance.as_ref();
                        // Frozen files cite the seeds by number; newer versions by the document's name.
                        let cites_a_case = |v: &crate::model::Provenance| {
                            v.source.starts_with("Seed 00") || CASE_DOCUMENTS.iter().any(|d| v.source.contains(d))
                        };
                        assert!(prov.is_some_and(cites_a_case), "{}: {}", p.id, party.name);
                    }
                }
                if let Some(t) = &s.transparency {
                    assert!(
                        t.provenance.source.starts_with("Seed 001") || t.provenance.source.contains(CASE_DOCUMENTS[1]),
                        "{}",
                        p.id
                    );
                }
            }
        }
    }
}

/// A blank assessment to start from: one service with one party and one component, one
/// information type, every fact unknown, at the tool's current legal state.
pub fn blank() -> Assessment {
    use crate::model::*;
    Assessment {
        format: FORMAT_VERSION,
        legal_date: crate::rules::legal_state::RATTSLAGE_PER,
        profile: ProfileId::TechnicalProcessing,
        thresholds: Thresholds::default(),
        title: String::new(),
        diarienummer: String::new(),
        memo: Default::default(),
        organisation: Organisation::default(),
        services: vec![Service {
            id: "tjanst-1".into(),
            name: "Ny tjänst".into(),
            kind: ServiceKind::PublicCloud,
            own_use_of_content: OwnUse::Unknown,
            // Everything else unknown (and the component switched on), as the format reads it.
            parties: vec![Party { name: "Leverantören".into(), role: PartyRole::Provider, ..Party::default() }],
            components: vec![Component { id: "komponent-1".into(), name: "Lagring".into(), ..Component::default() }],
            ..Service::default()
        }],
        information_types: vec![InformationType {
            id: "info-1".into(),
            name: "Ny informationstyp".into(),
            ..InformationType::default()
        }],
        action_plan: Vec::new(),
    }
}

#[cfg(test)]
mod blank_tests {
    #[test]
    fn blank_is_valid_and_asks_instead_of_guessing() {
        let a = super::blank();
        assert!(crate::model::validate(&a).is_empty());
        let ev = crate::rules::evaluate(&a);
        assert!(ev.results.iter().all(|c| c.overall != crate::rules::Verdict::Allowed));
        assert!(!ev.results[0].questions().is_empty());
    }
}
