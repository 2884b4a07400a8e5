//! R5 Överföringsverktyg: each third-country transfer that R4 finds needs a tool under GDPR
//! art. 45–46: adequacy (for the US only certified importers: Privacy Shield, later the DPF), or
//! standard contractual clauses with a transfer impact assessment and, after Schrems II, effective
//! supplementary measures (R6) where the importer is exposed to foreign compulsion.

use super::r04_overforing::{self, Path};
use super::r06_kompletterande_atgarder::{edpb_source, technical_measure};
use super::Rule;
use crate::model::{Country, Party, Text, Tri};
use crate::rules::legal_state::{compulsion_laws, DPF, DPF_LATOMBE, PRIVACY_SHIELD, SCC_2021, SCC_OLD, SCHREMS_II};
use crate::rules::sources::{self as src, cite, Cite};
use crate::rules::{Addressee, Cell, Dimension, Finding, Verdict};
use crate::text;

pub static RULE: Rule = Rule {
    id: "R5",
    title_sv: "Överföringsverktyg",
    title_en: "Transfer tool",
    explanation_sv: "En överföring till tredje land kräver ett verktyg i kapitel V: ett beslut om adekvat skyddsnivå för landet (för USA bara för mottagare certifierade under Privacy Shield 2016–2020 eller Data Privacy Framework från 2023-07-10), eller standardavtalsklausuler (SCC). Efter Schrems II (2020-07-16) räcker SCC bara med en överföringsbedömning (TIA) och, om mottagaren kan tvingas lämna ut uppgifter enligt utländsk lag, effektiva kompletterande åtgärder. Utan verktyg är överföringen inte tillåten.",
    explanation_en: "A transfer to a third country needs a Chapter V tool: an adequacy decision for the country (for the US only for importers certified under the Privacy Shield 2016–2020 or the Data Privacy Framework from 2023-07-10), or standard contractual clauses (SCC). After Schrems II (2020-07-16) SCC are enough only with a transfer impact assessment (TIA) and, where the importer can be compelled to disclose under foreign law, effective supplementary measures. Without a tool the transfer is not allowed.",
    sources: &[
        cite(&src::GDPR, "art. 44–46"),
        cite(&src::SCHREMS_II, ""),
        cite(&src::SCC_2021, "klausul 14 (bedömning av lagar och praxis)"),
        cite(&src::DPF, ""),
        cite(&src::LATOMBE, ""),
        cite(&src::EDPB_REC_01_2020, ""),
    ],
    evaluate,
};

const DIM: Dimension = Dimension::Transfer;

/// One way to lawfully transfer, as judged for one importer and country.
struct Route {
    verdict: Verdict,
    reasoning: Text,
    measures: Vec<Text>,
    questions: Vec<(Addressee, Text)>,
    cites: Vec<Cite>,
}

impl Route {
    fn new(verdict: Verdict, reasoning: Text) -> Route {
        Route { verdict, reasoning, measures: Vec::new(), questions: Vec::new(), cites: Vec::new() }
    }
    fn measure(mut self, t: Text) -> Route {
        self.measures.push(t);
        self
    }
    fn ask(mut self, to: Addressee, t: Text) -> Route {
        self.questions.push((to, t));
        self
    }
    fn cite(mut self, s: Cite) -> Route {
        self.cites.push(s);
        self
    }
}

fn verify_certification(who: &str) -> Text {
    text!(
        "Kontrollera själva att {who} finns på certifieringslistan och att certifieringen omfattar de aktuella uppgifterna.",
        "Check yourselves that {who} is on the certification list and that the certification covers the data concerned."
    )
}

/// US adequacy for certified importers: Privacy Shield (2016-08-01 – 2020-07-16) or DPF (2023-07-10 –).
fn certification_route(cell: &Cell, importer: &Party) -> Option<Route> {
    let who = &importer.name;
    let firm = Cell::is_firm(&importer.provenance);
    if PRIVACY_SHIELD.in_force(cell.date) {
        return match importer.privacy_shield_certified {
            Tri::Yes => {
                let r = Route::new(
                    Verdict::AllowedWithConditions,
                    text!(
                        "{who} är certifierad under Privacy Shield, som vid det valda datumet var ett beslut om adekvat skyddsnivå för certifierade mottagare i USA.",
                        "{who} is certified under the Privacy Shield, which at the chosen date was an adequacy decision for certified US importers."
                    ),
                )
                .cite(PRIVACY_SHIELD.source)
                .measure(verify_certification(who));
                Some(r)
            }
            Tri::Unknown => Some(
                Route::new(
                    Verdict::NeedsInformation,
                    text!(
                        "Det är inte känt om {who} är certifierad under Privacy Shield.",
                        "It is not known whether {who} is certified under the Privacy Shield."
                    ),
                )
                .cite(PRIVACY_SHIELD.source)
                .ask(
                    Addressee::Supplier,
                    text!(
                        "Är {who} certifierad under EU–US Privacy Shield?",
                        "Is {who} certified under the EU–US Privacy Shield?"
                    ),
                ),
            ),
            Tri::No => None,
        };
    }
    if cell.dpf_in_force() {
        return match importer.dpf_certified {
            Tri::Yes => {
                let mut r = Route::new(
                    Verdict::AllowedWithConditions,
                    text!(
                        "{who} är certifierad under EU–US Data Privacy Framework, som är ett beslut om adekvat skyddsnivå för certifierade mottagare i USA.",
                        "{who} is certified under the EU–US Data Privacy Framework, an adequacy decision for certified US importers."
                    ),
                )
                .cite(DPF.source);
                r = if DPF_LATOMBE.in_force(cell.date) {
                    r.cite(DPF_LATOMBE.source).measure(text!(
                        "Bevaka överklagandet C-703/25 P (efter tribunalens dom T-553/23 Latombe) och ha standardavtalsklausuler med TIA som reserv om beslutet upphävs.",
                        "Monitor the appeal C-703/25 P (after the General Court's judgment T-553/23 Latombe) and keep standard contractual clauses with a TIA as a fallback should the decision be annulled."
                    ))
                } else {
                    r.measure(text!(
                        "Bevaka rättsliga prövningar av Data Privacy Framework och ha standardavtalsklausuler med TIA som reserv.",
                        "Monitor legal challenges to the Data Privacy Framework and keep standard contractual clauses with a TIA as a fallback."
                    ))
                };
                if !firm {
                    r = r.measure(verify_certification(who));
                }
                Some(r)
            }
            Tri::Unknown => Some(
                Route::new(
                    Verdict::NeedsInformation,
                    text!("Det är inte känt om {who} är certifierad under Data Privacy Framework.", "It is not known whether {who} is certified under the Data Privacy Framework."),
                )
                .cite(DPF.source)
                .ask(Addressee::Supplier, text!(
                    "Är {who} certifierad under EU–US Data Privacy Framework, och omfattar certifieringen de uppgifter vi lämnar?",
                    "Is {who} certified under the EU–US Data Privacy Framework, and does the certification cover the data we provide?"
                )),
            ),
            Tri::No => None,
        };
    }
    None
}

/// Standard contractual clauses, with TIA and supplementary measures after Schrems II.
fn scc_route(cell: &Cell, country: &Country, importer: Option<&Party>, paths: &[&Path]) -> Route {
    let contract = &cell.service.contract;
    let land = country.as_str();
    let who = importer.map(|p| p.name.as_str()).unwrap_or("mottagaren");
    let who_en = importer.map(|p| p.name.as_str()).unwrap_or("the importer");
    let instruments: Vec<Cite> =
        [&SCC_2021, &SCC_OLD].iter().filter(|f| f.in_force(cell.date)).map(|f| f.source).collect();
    let with_cites = |mut r: Route| {
        for s in &instruments {
            r = r.cite(*s);
        }
        r
    };
    match contract.scc {
        Tri::No => with_cites(
            Route::new(
                Verdict::NotAllowed,
                text!(
                    "Avtalet saknar standardavtalsklausuler för överföringen till {land} ({who}), och inget annat överföringsverktyg finns.",
                    "The contract has no standard contractual clauses for the transfer to {land} ({who_en}), and no other transfer tool exists."
                ),
            )
            .measure(text!(
                "Teckna standardavtalsklausuler (2021/914) och gör en TIA, eller se till att varken lagring eller åtkomst sker från {land}.",
                "Conclude standard contractual clauses (2021/914) and make a TIA, or ensure neither storage nor access takes place from {land}."
            )),
        ),
        Tri::Unknown => with_cites(
            Route::new(
                Verdict::NeedsInformation,
                text!(
                    "Det är inte känt om avtalet har standardavtalsklausuler för överföringen till {land} ({who}).",
                    "It is not known whether the contract has standard contractual clauses for the transfer to {land} ({who_en})."
                ),
            )
            .ask(
                Addressee::Supplier,
                text!(
                    "Omfattar avtalet standardavtalsklausuler (2021/914) för överföringen till {land} ({who})?",
                    "Does the contract include standard contractual clauses (2021/914) for the transfer to {land} ({who_en})?"
                ),
            ),
        ),
        Tri::Yes => {
            let mut r = if !SCHREMS_II.in_force(cell.date) {
                Route::new(
                    Verdict::AllowedWithConditions,
                    text!(
                        "Standardavtalsklausuler täcker överföringen till {land} ({who}). Vid det valda datumet (före Schrems II) hade EU-domstolen ännu inte krävt en bedömning av mottagarlandets lagar eller kompletterande åtgärder.",
                        "Standard contractual clauses cover the transfer to {land} ({who_en}). At the chosen date (before Schrems II) the Court of Justice had not yet required an assessment of the recipient country's laws or supplementary measures."
                    ),
                )
                .measure(text!("Följ standardavtalsklausulerna och se till att de omfattar alla mottagare.", "Follow the standard contractual clauses and make sure they cover every importer."))
            } else {
                after_schrems(cell, country, importer, paths)
            };
            if !Cell::is_firm(&contract.provenance) {
                r = r.measure(text!(
                    "Kontrollera i det undertecknade avtalet att standardavtalsklausulerna finns (uppgiften är bara påstådd eller antagen).",
                    "Check in the signed contract that the standard contractual clauses are there (the fact is only claimed or assumed)."
                ));
            }
            with_cites(r)
        }
    }
}

fn after_schrems(cell: &Cell, country: &Country, importer: Option<&Party>, paths: &[&Path]) -> Route {
    let land = country.as_str();
    let who = importer.map(|p| p.name.as_str()).unwrap_or("mottagaren");
    let who_en = importer.map(|p| p.name.as_str()).unwrap_or("the importer");
    let mut laws: Vec<Cite> = compulsion_laws(country, cell.date).iter().map(|l| l.source).collect();
    let mut incomplete = false;
    if let Some(p) = importer {
        let (found, inc) = cell.compulsion(p);
        incomplete = inc;
        for (_, l) in found {
            if !laws.contains(&l.source) {
                laws.push(l.source);
            }
        }
    }
    let exposure = if !laws.is_empty() {
        Tri::Yes
    } else if incomplete {
        Tri::Unknown
    } else {
        Tri::No
    };
    let effective = paths.iter().fold(Tri::Yes, |acc, p| acc.and(technical_measure(importer, p.component)));
    let law_names: Vec<String> = laws.iter().map(Cite::render).collect();
    let law_list = Cell::lang_list(&law_names.iter().map(String::as_str).collect::<Vec<_>>());
    let tia = cell.service.contract.tia_done;
    let mut r = match (exposure, effective) {
        (_, Tri::Yes) => Route::new(
            Verdict::AllowedWithConditions,
            text!(
                "Standardavtalsklausuler täcker överföringen till {land} ({who}), och innehållet är krypterat med nycklar som enbart myndigheten kontrollerar – en kompletterande åtgärd som kan vara effektiv (R6).",
                "Standard contractual clauses cover the transfer to {land} ({who_en}), and the content is encrypted with keys solely under the body's control – a supplementary measure that can be effective (R6)."
            ),
        )
        .measure(text!(
            "Dokumentera i TIA:n varför krypteringen gör skyddet likvärdigt, och att leverantören aldrig får tillgång till nycklarna.",
            "Document in the TIA why the encryption makes the protection equivalent, and that the provider never gets access to the keys."
        )),
        (Tri::No, _) => Route::new(
            Verdict::AllowedWithConditions,
            text!(
                "Standardavtalsklausuler täcker överföringen till {land} ({who}). Verktyget känner inte till någon lag i {land} som tvingar mottagaren att lämna ut uppgifter, men det bedömer bara amerikansk och kinesisk lag: TIA:n måste pröva lagarna och praxis i {land}.",
                "Standard contractual clauses cover the transfer to {land} ({who_en}). The tool knows of no law in {land} compelling the importer to disclose data, but it only assesses US and Chinese law: the TIA must examine the laws and practice of {land}."
            ),
        )
        .measure(text!(
            "Låt TIA:n pröva lagar och praxis i {land} och besluta om kompletterande åtgärder behövs.",
            "Let the TIA examine the laws and practice of {land} and decide whether supplementary measures are needed."
        )),
        (Tri::Yes, Tri::No) => Route::new(
            Verdict::NotAllowed,
            text!(
                "Standardavtalsklausuler finns, men {who} kan tvingas lämna ut uppgifter enligt {law_list}, och det finns ingen effektiv teknisk kompletterande åtgärd (R6): klausulerna kan inte binda myndigheterna i {land}. Överföringen uppfyller då inte kraven efter Schrems II.",
                "Standard contractual clauses exist, but {who_en} can be compelled to disclose data under {law_list}, and no effective technical supplementary measure exists (R6): the clauses cannot bind the authorities of {land}. The transfer then does not meet the requirements after Schrems II."
            ),
        )
        .measure(text!(
            "Välj en mottagare med ett giltigt adekvansbeslut (t.ex. DPF-certifierad), använd nycklar enbart under myndighetens kontroll, eller håll personuppgifterna borta från överföringen.",
            "Choose an importer with a valid adequacy decision (e.g. DPF-certified), use keys solely under the body's control, or keep the personal data out of the transfer."
        )),
        (Tri::Unknown, Tri::No) => Route::new(
            Verdict::NeedsInformation,
            text!(
                "Standardavtalsklausuler finns men ingen effektiv teknisk åtgärd, och det är inte känt om {who} eller dess ägare kan tvingas lämna ut uppgifter enligt utländsk lag.",
                "Standard contractual clauses exist but no effective technical measure, and it is not known whether {who_en} or its owners can be compelled to disclose data under foreign law."
            ),
        )
        .ask(Addressee::Supplier, text!(
            "Vilka bolag äger {who}, och i vilka länder är de registrerade?",
            "Which companies own {who_en}, and where are they incorporated?"
        )),
        (_, Tri::Unknown) => Route::new(
            Verdict::NeedsInformation,
            text!(
                "Standardavtalsklausuler finns, men det är inte känt om nycklarna är enbart under myndighetens kontroll – och därmed om det finns en effektiv kompletterande åtgärd för överföringen till {land} ({who}).",
                "Standard contractual clauses exist, but it is not known whether the keys are solely under the body's control – and so whether an effective supplementary measure exists for the transfer to {land} ({who_en})."
            ),
        ),
    };
    r = r.cite(SCHREMS_II.source).cite(edpb_source(cell));
    match tia {
        Tri::Yes => r,
        Tri::No => r.measure(text!(
            "Gör en överföringsbedömning (TIA) enligt SCC klausul 14 innan uppgifterna överförs till {land}.",
            "Make a transfer impact assessment (TIA) under SCC clause 14 before the data is transferred to {land}."
        )),
        Tri::Unknown => {
            if r.verdict < Verdict::NeedsInformation {
                r.verdict = Verdict::NeedsInformation;
            }
            r.ask(
                Addressee::Organisation,
                text!(
                    "Har ni gjort en överföringsbedömning (TIA) för överföringen till {land} ({who})?",
                    "Have you made a transfer impact assessment (TIA) for the transfer to {land} ({who_en})?"
                ),
            )
        }
    }
}

fn evaluate(cell: &Cell) -> Vec<Finding> {
    if r04_overforing::gdpr_gate(cell, RULE.id, DIM).is_some() {
        return Vec::new();
    }
    let analysis = r04_overforing::analyse(cell);
    // Group the definite transfers by country and importer.
    let mut groups: Vec<(Country, Option<&Party>, Vec<&Path>)> = Vec::new();
    for p in analysis.definite() {
        let same = |g: &&mut (Country, Option<&Party>, Vec<&Path>)| {
            g.0 == p.country && g.1.map(|x| &x.name) == p.importer.map(|x| &x.name)
        };
        match groups.iter_mut().find(|g| same(g)) {
            Some(g) => g.2.push(p),
            None => groups.push((p.country.clone(), p.importer, vec![p])),
        }
    }
    let mut out = Vec::new();
    for (country, importer, paths) in groups {
        let land = country.as_str();
        if let Some(source) = cell.adequacy(&country) {
            let decision = source.title;
            // The adequacy decision covers the country the facts name; if those facts are only
            // claimed or assumed, the transfer is lawful only once they are verified.
            let firm = paths.iter().all(|p| {
                Cell::is_firm(&p.component.provenance) && p.importer.is_none_or(|i| Cell::is_firm(&i.provenance))
            });
            let f = if firm {
                Finding::new(
                    RULE.id,
                    DIM,
                    Some(Verdict::Allowed),
                    text!(
                        "{land} har ett beslut om adekvat skyddsnivå vid det valda datumet ({decision}). Överföringen dit kräver inget ytterligare verktyg.",
                        "{land} has an adequacy decision at the chosen date ({decision}). The transfer there needs no further tool."
                    ),
                )
            } else {
                Finding::new(
                    RULE.id,
                    DIM,
                    Some(Verdict::AllowedWithConditions),
                    text!(
                        "{land} har ett beslut om adekvat skyddsnivå vid det valda datumet ({decision}), men att överföringen går just dit är bara påstått eller antaget.",
                        "{land} has an adequacy decision at the chosen date ({decision}), but that the transfer goes only there is merely claimed or assumed."
                    ),
                )
                .measure(text!(
                    "Verifiera att uppgifterna bara lagras i och nås från {land} (avtal, revisionsrapport).",
                    "Verify that the data is stored in and reached from {land} only (contract, audit report)."
                ))
            };
            out.push(f.cite(cite(source, "")).cite(cite(&src::GDPR, "art. 45")));
            continue;
        }
        let mut routes: Vec<Route> = Vec::new();
        if land == "US" {
            if let Some(r) = importer.and_then(|p| certification_route(cell, p)) {
                routes.push(r);
            }
        }
        routes.push(scc_route(cell, &country, importer, &paths));
        let best = routes.iter().map(|r| r.verdict).min().unwrap_or(Verdict::NeedsInformation);
        let reasoning = Text::new(
            routes.iter().map(|r| r.reasoning.sv.as_str()).collect::<Vec<_>>().join(" "),
            routes.iter().map(|r| r.reasoning.en.as_str()).collect::<Vec<_>>().join(" "),
        );
        let mut f = Finding::new(RULE.id, DIM, Some(best), reasoning).cite(cite(&src::GDPR, "art. 46"));
        for r in routes.iter().filter(|r| r.verdict == best) {
            for m in &r.measures {
                f = f.measure(m.clone());
            }
            if best == Verdict::NeedsInformation {
                for (to, q) in &r.questions {
                    f = f.ask(*to, q.clone());
                }
            }
        }
        for r in &routes {
            for s in &r.cites {
                if !f.sources.contains(s) {
                    f = f.cite(*s);
                }
            }
        }
        out.push(f);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Access, Assessment, Date, KeyControl, Location};
    use crate::rules::fixture::{run, verdict_on};

    /// The US parent is not DPF-certified (so the SCC route decides).
    fn uncertified(a: &mut Assessment) {
        a.services[0].parties[0].dpf_certified = Tri::No;
    }

    /// Storage in `country`, no access or support from outside the EU.
    fn stored_in(a: &mut Assessment, country: &str) {
        a.services[0].parties[0].access = Access::None;
        a.services[0].components[0].support_from.clear();
        a.services[0].components[0].data_location = Location::code(country);
        a.services[0].components[0].operator = Some("Provider Ltd".into());
    }

    #[test]
    fn dpf_certified_importer_gives_conditions_with_latombe_watch() {
        let f = run(&RULE, |_| {});
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::AllowedWithConditions));
        assert!(f[0].measures.iter().any(|m| m.sv.contains("C-703/25 P")));
    }

    #[test]
    fn dpf_boundary_2023_07_10() {
        let before = run(&RULE, |a| a.legal_date = Date::ymd(2023, 7, 9));
        assert_eq!(verdict_on(&before, DIM), Some(Verdict::NotAllowed));
        let after = run(&RULE, |a| a.legal_date = Date::ymd(2023, 7, 10));
        assert_eq!(verdict_on(&after, DIM), Some(Verdict::AllowedWithConditions));
        assert!(!after[0].sources.iter().any(|s| s.render().contains("Latombe")));
    }

    #[test]
    fn privacy_shield_boundary_2020_07_16() {
        let ps = |a: &mut Assessment| a.services[0].parties[0].privacy_shield_certified = Tri::Yes;
        let before = run(&RULE, |a| {
            ps(a);
            a.legal_date = Date::ymd(2020, 7, 15);
        });
        assert_eq!(verdict_on(&before, DIM), Some(Verdict::AllowedWithConditions));
        assert!(before[0].reasoning.sv.contains("Privacy Shield"));
        let after = run(&RULE, |a| {
            ps(a);
            a.legal_date = Date::ymd(2020, 7, 16);
        });
        assert_eq!(verdict_on(&after, DIM), Some(Verdict::NotAllowed));
    }

    #[test]
    fn scc_before_schrems_ii_was_enough() {
        let f = run(&RULE, |a| {
            uncertified(a);
            a.legal_date = Date::ymd(2019, 9, 30);
        });
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::AllowedWithConditions));
        assert!(f[0].sources.iter().any(|s| s.render().contains("2010/87")));
    }

    #[test]
    fn scc_with_us_exposure_and_no_measure_is_not_allowed() {
        let f = run(&RULE, uncertified);
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::NotAllowed));
        assert!(f[0].reasoning.sv.contains("18 U.S.C. § 2713"));
    }

    /// Storage only in the US, with keys solely the body's: the US host reaches neither content nor
    /// metadata (EDPB Rec. 01/2020 use case 1).
    fn us_storage_with_own_keys(a: &mut Assessment) {
        for p in &mut a.services[0].parties {
            p.access = Access::None;
        }
        let c = &mut a.services[0].components[0];
        (c.data_location, c.operator, c.support_from) = (Location::code("US"), Some("Parent Inc".into()), vec![]);
        c.key_control = KeyControl::ExternalKeyNoProviderCleartext;
        c.provider_needs_cleartext = Tri::No;
    }

    #[test]
    fn scc_with_own_keys_gives_conditions() {
        let f = run(&RULE, |a| {
            uncertified(a);
            us_storage_with_own_keys(a);
        });
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::AllowedWithConditions));
    }

    /// A provider that runs the service sees the metadata, which the content keys do not protect
    /// (EDPB Rec. 01/2020 use case 6): own keys are then no effective measure.
    #[test]
    fn own_keys_do_not_help_against_an_operator_that_sees_metadata() {
        let f = run(&RULE, |a| {
            uncertified(a);
            let c = &mut a.services[0].components[0];
            c.key_control = KeyControl::ExternalKeyNoProviderCleartext;
            c.provider_needs_cleartext = Tri::No;
        });
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::NotAllowed));
    }

    #[test]
    fn no_tool_is_not_allowed_and_unknown_tool_asks() {
        let f = run(&RULE, |a| {
            uncertified(a);
            a.services[0].contract.scc = Tri::No;
        });
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::NotAllowed));
        let f = run(&RULE, |a| {
            uncertified(a);
            a.services[0].contract.scc = Tri::Unknown;
        });
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::NeedsInformation));
        assert!(f[0].questions.iter().any(|q| q.to == Addressee::Supplier));
        let f = run(&RULE, |a| a.services[0].parties[0].dpf_certified = Tri::Unknown);
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::NeedsInformation));
        assert!(f[0].questions.iter().any(|q| q.text.sv.contains("Data Privacy Framework")));
    }

    #[test]
    fn unknown_dpf_does_not_block_when_scc_suffice() {
        let f = run(&RULE, |a| {
            us_storage_with_own_keys(a);
            a.services[0].parties[0].dpf_certified = Tri::Unknown;
        });
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::AllowedWithConditions));
    }

    #[test]
    fn japan_adequacy_from_2019_01_23() {
        let before = run(&RULE, |a| {
            stored_in(a, "JP");
            a.legal_date = Date::ymd(2019, 1, 22);
        });
        assert_ne!(verdict_on(&before, DIM), Some(Verdict::Allowed));
        let after = run(&RULE, |a| {
            stored_in(a, "JP");
            a.legal_date = Date::ymd(2019, 1, 23);
        });
        assert_eq!(verdict_on(&after, DIM), Some(Verdict::Allowed));
        assert!(after[0].sources.iter().any(|s| s.id() == "adekvans-jp"));
    }

    #[test]
    fn does_not_fire_without_transfer_or_before_gdpr() {
        let f = run(&RULE, |a| {
            stored_in(a, "SE");
        });
        assert!(f.is_empty());
        assert!(run(&RULE, |a| a.legal_date = Date::ymd(2018, 5, 24)).is_empty());
    }

    #[test]
    fn unknown_tia_asks_the_organisation() {
        let f = run(&RULE, |a| {
            stored_in(a, "IN");
            a.services[0].components[0].operator = None;
            a.services[0].contract.tia_done = Tri::Unknown;
        });
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::NeedsInformation));
        assert!(f[0].questions.iter().any(|q| q.to == Addressee::Organisation && q.text.sv.contains("TIA")));
    }
}
