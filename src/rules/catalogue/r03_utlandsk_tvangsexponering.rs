//! R3 Utländsk tvångsexponering: which third-country laws can compel a party that can reach the
//! content – through its own jurisdiction or an owner's – to hand it over, wherever it is stored.
//! Explains; does not decide (R2 decides secrecy, R4/R5 transfer, R13 the probability).

use super::Rule;
use crate::rules::sources::{self as src, cite, Cite};
use crate::rules::{Addressee, Cell, Dimension, Finding, RuleId};
use crate::text;

pub static RULE: Rule = Rule {
    id: RuleId::R3,
    title_sv: "Utländsk tvångsexponering",
    title_en: "Foreign compulsion exposure",
    explanation_sv: "Om en part som kan nå innehållet, eller någon som äger den, lyder under ett tredjelands lag som kan tvinga fram utlämnande av data i dess \"besittning, förvar eller kontroll\" (USA: CLOUD Act, FISA § 702; Kina: underrättelselagen; Indien: IT Act s. 69; Ryssland: SORM och Jarovaja-lagarna), är uppgifterna exponerade – även om de lagras i EU. Ett land utanför EU/EES utan adekvansbeslut som verktyget inte har bedömt ger okänd exponering, aldrig \"ingen exponering\". Exponering är i sig ingen tredjelandsöverföring enligt GDPR (det prövas i R4), men den påverkar bedömningen av röjande enligt OSL (R2), säkerheten enligt artikel 28 och 32 och sannolikheten för myndighetsåtkomst (R13).",
    explanation_en: "If a party that can reach the content, or anyone who owns it, is subject to a third-country law that can compel disclosure of data in its \"possession, custody or control\" (US: CLOUD Act, FISA s. 702; China: the National Intelligence Law; India: IT Act s. 69; Russia: SORM and the Yarovaya laws), the information is exposed – even if it is stored in the EU. A country outside the EU/EEA without an adequacy decision that the tool has not assessed gives unknown exposure, never \"no exposure\". Exposure alone is not a third-country transfer under the GDPR (that is tested in R4), but it affects the assessment of disclosure under OSL (R2), security under Articles 28 and 32, and the probability of lawful access (R13).",
    sources: &[
        cite(&src::CLOUD_ACT, ""),
        cite(&src::FISA_702, ""),
        cite(&src::CHINA_NIL, "art. 7"),
        cite(&src::IN_IT_ACT, "s. 69"),
        cite(&src::RU_SORM, ""),
        cite(&src::MICROSOFT_FAQ, ""),
        cite(&src::DANDERYD_2019, ""),
        cite(&src::GBG_GRUNDSAKERHET_2018, "CLOUD Acts påverkan oklar"),
        cite(&src::ZOOMX_2022, ""),
    ],
    policy: false,
    dimensions: &[Dimension::Secrecy, Dimension::Processor],
    evaluate,
};

fn evaluate(cell: &Cell, out: &mut Vec<Finding>) {
    let Some(dim) = cell.explanation_dimension() else {
        return;
    };
    let mut exposed_sv = Vec::new();
    let mut exposed_en = Vec::new();
    let mut sources: Vec<Cite> = Vec::new();
    let mut unknown: Vec<String> = Vec::new();
    let mut missing_parent: Vec<(String, String)> = Vec::new();
    // Owners in a third country the tool has not assessed: (name, country).
    let mut unassessed: Vec<(String, String)> = Vec::new();
    let mut considered = Vec::new();
    for p in cell.external_parties().filter(|p| !cell.party_reaches_content(p).is_no()) {
        considered.push(p.name.as_str());
        let (laws, incomplete) = cell.compulsion(p);
        for (owner, law) in laws.iter() {
            // Described as at the legal date (FISA § 702's lapse only from 2026-06-12).
            let (law_sv, law_en) = law.text_at(cell.date);
            let (party, cc, src) = (&p.name, owner.jurisdiction.as_str(), law.source);
            let via = &owner.name;
            if !crate::model::texts_wanted() {
                // Only whether there is exposure counts without texts: an empty line each.
                exposed_sv.push(String::new());
                exposed_en.push(String::new());
            } else if owner.name == p.name {
                exposed_sv.push(format!("{party} ({cc}): {law_sv} [{src}]"));
                exposed_en.push(format!("{party} ({cc}): {law_en} [{src}]"));
            } else {
                exposed_sv.push(format!("{party} via ägaren {via} ({cc}): {law_sv} [{src}]"));
                exposed_en.push(format!("{party} through its owner {via} ({cc}): {law_en} [{src}]"));
            }
            if !sources.contains(&law.source) {
                sources.push(law.source);
            }
        }
        if incomplete {
            for owner in cell.ownership_chain(p) {
                if owner.jurisdiction.is_unknown() && !unknown.contains(&owner.name) {
                    unknown.push(owner.name.clone());
                }
            }
            if let Some(parent) = p.parent.as_deref().filter(|n| cell.party(n).is_none()) {
                missing_parent.push((p.name.clone(), parent.to_string()));
            }
            for owner in cell.unassessed_owners(p) {
                let entry = (owner.name.clone(), owner.jurisdiction.as_str().to_string());
                if !unassessed.contains(&entry) {
                    unassessed.push(entry);
                }
            }
        }
    }
    if considered.is_empty() {
        return;
    }
    let parties = Cell::lang_list(&considered);
    if exposed_sv.is_empty() && unassessed.is_empty() {
        out.push(Finding::new(
            RULE.id,
            dim,
            None,
            text!(
                "Av de parter som kan nå innehållet ({parties}) är ingen känd för att lyda under ett tredjelands lag som kan tvinga fram utlämnande.",
                "Of the parties that can reach the content ({parties}), none is known to be subject to a third-country law that can compel disclosure."
            ),
        ));
    } else if !exposed_sv.is_empty() {
        let (l_sv, l_en) = (exposed_sv.join("; "), exposed_en.join("; "));
        let mut f = Finding::new(
            RULE.id,
            dim,
            None,
            text!(
                "Exponering för utländsk tvångslagstiftning – oavsett var data lagras: {l_sv}. Exponeringen är i sig ingen tredjelandsöverföring enligt GDPR (se R4), men den väger in i röjandebedömningen (R2) och i sannolikheten för myndighetsåtkomst (R13).",
                "Exposure to foreign compulsion laws – regardless of where the data is stored: {l_en}. Exposure alone is not a third-country transfer under the GDPR (see R4), but it counts in the disclosure assessment (R2) and in the probability of lawful access (R13)."
            ),
        )
        .measure("avtalsklausuler-myndighetsbegaran-bestrida", text!(
            "Avtalsklausuler om myndighetsbegäran (bestrida, underrätta, transparensrapporter, R10) minskar risken men botar aldrig exponeringen.",
            "Contract clauses on authority requests (challenge, notify, transparency reports, R10) reduce the risk but never cure the exposure."
        ));
        for s in sources {
            f = f.cite(s);
        }
        out.push(f);
    }
    if !unknown.is_empty() || !missing_parent.is_empty() {
        let mut names: Vec<&str> = unknown.iter().map(String::as_str).collect();
        names.extend(missing_parent.iter().map(|(_, parent)| parent.as_str()));
        let list = Cell::lang_list(&names);
        let mut f = Finding::new(
            RULE.id,
            dim,
            None,
            text!(
                "Exponeringen kan inte bedömas fullt ut: hemvisten är okänd för {list}.",
                "The exposure cannot be fully assessed: the jurisdiction of {list} is unknown."
            ),
        );
        for name in &unknown {
            // Parties have no id: the name tells two of them apart.
            f = f.ask_about(
                Addressee::Supplier,
                super::questions::FORMED_AND_OWNED,
                name,
                super::questions::formed_and_owned(name),
            );
        }
        for (child, parent) in &missing_parent {
            f = f.ask_about(
                Addressee::Supplier,
                "moderbolag",
                child,
                text!(
                    "{child} ägs av {parent}: enligt vilket lands lag har {parent} bildats, och vem äger eller kontrollerar {parent}?",
                    "{child} is owned by {parent}: under which country's law was {parent} formed, and who owns or controls {parent}?"
                ),
            );
        }
        out.push(f);
    }
    if !unassessed.is_empty() {
        let list_sv: Vec<String> = unassessed.iter().map(|(n, c)| format!("{n} ({c})")).collect();
        let list = Cell::lang_list(&list_sv.iter().map(String::as_str).collect::<Vec<_>>());
        let mut f = Finding::new(
            RULE.id,
            dim,
            None,
            text!(
                "Exponeringen är okänd – inte obefintlig – för {list}: landet ligger utanför EU/EES och verktyget har ingen uppgift om dess lagar (ett beslut om adekvat skyddsnivå enligt GDPR säger inget om det). Verktyget bedömer bara USA, Kina, Indien, Ryssland och Storbritannien. Under den strikta tolkningen avgör det röjandefrågan, och enligt 10 kap. 2 a § OSL är det en fråga om olämplighet.",
                "The exposure is unknown – not absent – for {list}: the country is outside the EU/EEA and the tool has no information on its laws (a GDPR adequacy decision says nothing about that). The tool only assesses the US, China, India, Russia and the United Kingdom. Under the strict interpretation this decides the disclosure question, and under OSL ch. 10 s. 2 a it is a question of inappropriateness."
            ),
        )
        .measure("lat-jurist-prova", text!(
            "Låt en jurist pröva om lagarna i landet kan tvinga fram utlämnande eller dekryptering av uppgifterna (för personuppgifter: i överföringsbedömningen, TIA).",
            "Have a lawyer examine whether the country's laws can compel disclosure or decryption of the data (for personal data: in the transfer impact assessment, TIA)."
        ));
        for (name, country) in &unassessed {
            f = f.ask_about(
                Addressee::Supplier,
                "tvangslag",
                &format!("{country}/{name}"),
                text!(
                    "Kan {name} enligt lagen i {country} tvingas lämna ut uppgifter eller dekrypteringsnycklar till myndigheter där, och har det hänt?",
                    "Can {name} be compelled under the law of {country} to disclose data or decryption keys to authorities there, and has that happened?"
                ),
            );
        }
        out.push(f);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Access, Country, Date};
    use crate::rules::fixture::{run, verdict_on};
    use crate::rules::Dimension;

    #[test]
    fn fires_for_a_us_owned_provider_with_eu_storage() {
        let f = run(&RULE, |_| {});
        assert_eq!(verdict_on(&f, Dimension::Secrecy), None, "R3 explains, never decides");
        let sv = &f[0].reasoning.sv;
        assert!(sv.contains("Provider Ltd via ägaren Parent Inc (US)") && sv.contains("18 U.S.C. § 2713"));
        assert!(sv.contains("oavsett var data lagras") && sv.contains("ingen tredjelandsöverföring"));
        assert!(f[0].measures[0].sv.contains("botar aldrig"));
        assert!(f[0].sources.iter().any(|s| s.render() == "18 U.S.C. § 2713 (CLOUD Act)"));
    }

    #[test]
    fn cloud_act_is_not_listed_before_2018_03_23() {
        let f = run(&RULE, |a| a.legal_date = Date::ymd(2018, 3, 1));
        assert!(!f[0].reasoning.sv.contains("2713") && f[0].reasoning.sv.contains("1881a"));
        assert!(!f[0].reasoning.sv.contains("2026"), "no anachronistic lapse note");
    }

    #[test]
    fn does_not_fire_for_an_eu_chain_or_without_content_access() {
        let f = run(&RULE, |a| {
            for p in &mut a.services[0].parties {
                p.jurisdiction = Country::code("DE");
            }
        });
        assert_eq!(f.len(), 1);
        assert!(f[0].reasoning.sv.contains("är ingen känd"));
        assert!(f[0].measures.is_empty());
        let f = run(&RULE, |a| {
            for p in &mut a.services[0].parties {
                p.access = Access::None;
            }
        });
        assert!(f.is_empty());
    }

    #[test]
    fn unknown_jurisdiction_or_parent_asks_the_supplier() {
        let f = run(&RULE, |a| {
            a.services[0].parties[0].jurisdiction = Country::unknown();
        });
        assert!(f
            .iter()
            .any(|f| f.questions.iter().any(|q| q.to == Addressee::Supplier && q.text.sv.contains("Parent Inc"))));
        let f = run(&RULE, |a| {
            a.services[0].parties.remove(0);
        });
        assert!(f.iter().any(|f| f.questions.iter().any(|q| q.text.sv.contains("ägs av Parent Inc"))));
    }

    #[test]
    fn fisa_702_lapse_is_described_only_from_2026_06_12() {
        let before = run(&RULE, |a| a.legal_date = Date::ymd(2026, 6, 11));
        assert!(before[0].reasoning.sv.contains("1881a") && !before[0].reasoning.sv.contains("löpte ut"));
        let after = run(&RULE, |a| a.legal_date = Date::ymd(2026, 6, 12));
        assert!(after[0].reasoning.sv.contains("löpte ut") && after[0].reasoning.sv.contains("mars 2027"));
    }

    /// Indian support that reads the content: exposed under the IT Act s. 69 from 2000-10-17, and
    /// the 2009 decryption rules from 2009-10-27.
    #[test]
    fn indian_support_is_exposed() {
        let india = |a: &mut crate::model::Assessment| {
            a.services[0].parties.remove(0);
            let p = &mut a.services[0].parties[0];
            (p.jurisdiction, p.parent) = (Country::code("IN"), None);
        };
        let f = run(&RULE, india);
        assert!(f[0].reasoning.sv.contains("Provider Ltd (IN)") && f[0].reasoning.sv.contains("s. 69"), "{f:?}");
        assert!(f[0].reasoning.sv.contains("2009"));
        let f = run(&RULE, |a| {
            india(a);
            a.services[0].parties[0].jurisdiction = Country::code("RU");
        });
        assert!(f[0].reasoning.sv.contains("SORM") && f[0].reasoning.sv.contains("374-FZ"), "{f:?}");
    }

    /// A third country the tool has no entry for is unknown exposure; an adequate one is none.
    #[test]
    fn an_unassessed_third_country_is_unknown_exposure_not_none() {
        let owner_in = |c: &'static str| {
            move |a: &mut crate::model::Assessment| a.services[0].parties[0].jurisdiction = Country::code(c)
        };
        let f = run(&RULE, owner_in("AE"));
        let unknown = f.iter().find(|f| f.reasoning.sv.contains("okänd – inte obefintlig")).expect("unknown exposure");
        assert!(unknown.reasoning.sv.contains("Parent Inc (AE)"));
        assert!(unknown.questions.iter().any(|q| q.to == Addressee::Supplier && q.text.sv.contains("AE")));
        let mut a = crate::rules::fixture::assessment();
        owner_in("AE")(&mut a);
        let cell = Cell::new(&a, &a.services[0], &a.information_types[0]);
        assert!(cell.foreign_exposure().is_unknown());
        assert!(cell.compulsion(&a.services[0].parties[1]).1, "incomplete for R2");
        // An adequacy decision (Japan from 2019-01-23) is a GDPR art. 45 finding; it says nothing
        // about compulsion for OSL or säkerhetsskydd: exposure stays unknown before and after.
        for date in [Date::ymd(2019, 1, 22), Date::ymd(2026, 11, 30)] {
            let f = run(&RULE, |a| {
                owner_in("JP")(a);
                a.legal_date = date;
            });
            assert!(f.iter().any(|f| f.reasoning.sv.contains("okänd – inte obefintlig")), "{date}");
        }
        // The UK's Investigatory Powers Act 2016 is known: exposure, not unknown.
        let mut a = crate::rules::fixture::assessment();
        owner_in("GB")(&mut a);
        assert!(Cell::new(&a, &a.services[0], &a.information_types[0]).foreign_exposure().is_yes());
    }

    /// W8 end to end: Indian support (no US owner) that reads sensitive health data in clear text no
    /// longer passes: the transfer is not allowed (IT Act s. 69, no effective measure), and under the
    /// strict profile the secrecy dimension is not allowed either; a country the tool has no entry
    /// for leaves the strict profile undecided rather than "no exposure".
    #[test]
    fn indian_support_with_sensitive_health_data_no_longer_passes() {
        use crate::model::{PartyRole, PersonalData, ProfileId};
        use crate::rules::{evaluate, Verdict};
        let indian_support = |country: &'static str, profile: ProfileId| {
            let mut a = crate::rules::fixture::assessment();
            a.profile = profile;
            a.services[0].parties.remove(0);
            let p = &mut a.services[0].parties[0];
            (p.jurisdiction, p.parent, p.role) = (Country::code(country), None, PartyRole::Support);
            let c = &mut a.services[0].components[0];
            (c.operator, c.support_from) = (None, vec![]);
            a.information_types[0].personal_data = PersonalData::Sensitive;
            evaluate(&a)
        };
        let verdict = |ev: &crate::rules::Evaluation, d: Dimension| {
            ev.results[0].dimensions.iter().find(|x| x.dimension == d).map(|x| x.verdict)
        };
        let ev = indian_support("IN", ProfileId::TechnicalProcessing);
        assert_eq!(verdict(&ev, Dimension::Transfer), Some(Verdict::NotAllowed));
        let ev = indian_support("IN", ProfileId::Strict);
        assert_eq!(verdict(&ev, Dimension::Secrecy), Some(Verdict::NotAllowed));
        let ev = indian_support("AE", ProfileId::Strict);
        assert_eq!(verdict(&ev, Dimension::Secrecy), Some(Verdict::NeedsInformation));
        let ev = indian_support("AE", ProfileId::TechnicalProcessing);
        // Under 10 kap. 2 a § support staff reading content are weighed as olämplighet (W4); the
        // tool's factors are its policy, so unless the body adopts it they give a condition.
        assert_eq!(verdict(&ev, Dimension::Secrecy), Some(Verdict::AllowedWithConditions));
        let ev = indian_support("DE", ProfileId::Strict);
        assert_ne!(verdict(&ev, Dimension::Secrecy), Some(Verdict::NeedsInformation));
    }

    #[test]
    fn open_information_without_personal_data_is_not_explained() {
        let f = run(&RULE, |a| {
            a.information_types[0].secrecy = None;
            a.information_types[0].personal_data = crate::model::PersonalData::None;
        });
        assert!(f.is_empty());
        let f = run(&RULE, |a| a.information_types[0].secrecy = None);
        assert_eq!(f[0].dimension, Dimension::Processor);
    }
}
