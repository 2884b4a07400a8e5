//! R13 Sannolikhet för myndighetsåtkomst: an estimate of foreign lawful access to this body's data.
//! The calculation lives in `rules::probability`; this rule explains it and asks for what is missing.
//! It never decides a dimension itself: R2 uses the band in the risk profiles.

use super::Rule;
use crate::model::{Lang, ProfileId};
use crate::rules::probability::{self, Basis};
use crate::rules::sources::{self as src, cite};
use crate::rules::{Addressee, Cell, Dimension, Finding, RuleId};
use crate::text;

pub static RULE: Rule = Rule {
    id: RuleId::R13,
    title_sv: "Sannolikhet för myndighetsåtkomst",
    title_en: "Probability of foreign lawful access",
    explanation_sv: "En uppskattning av sannolikheten att en utländsk myndighet med stöd av lag får ut just den här myndighetens uppgifter från leverantören, beräknad ur leverantörens transparensrapporter eller myndighetens egen bedömning, över en horisont (standard 5 år). Metod efter D. Rosenthal (VISCHER), Jusletter 10 augusti 2020. Gränserna för låg/förhöjd/hög är verktygets egna, ändringsbara standardvärden (policy, inte lag). Används bara i riskprofilerna; den strikta profilen visar den men låter den inte avgöra.",
    explanation_en: "An estimate of the probability that a foreign authority, with legal backing, obtains this body's data from the provider, computed from the provider's transparency reports or from the body's own judgment, over a horizon (default 5 years). Method after D. Rosenthal (VISCHER), Jusletter 10 August 2020. The low/elevated/high limits are the tool's own editable defaults (policy, not law). Used only by the risk profiles; the strict profile shows it but does not let it decide.",
    sources: &[
        cite(&src::ROSENTHAL_2020, "metod för sannolikhet för utländsk myndighetsåtkomst"),
        cite(&src::ZURICH_2022, "5 års horisont, 10 % gräns, 0,74–0,95 %"),
        cite(&src::MICROSOFT_FAQ, "transparensdata H1 2018"),
        cite(&src::DANDERYD_2019, "sannolikheten för utlämnande enligt CLOUD Act bedömd som låg"),
    ],
    policy: false,
    dimensions: &[Dimension::Secrecy, Dimension::Processor],
    evaluate,
};

fn evaluate(cell: &Cell, out: &mut Vec<Finding>) {
    let Some(dim) = cell.explanation_dimension() else {
        return;
    };
    let service = &cell.service.name;
    let strict_note = if cell.profile == ProfileId::Strict {
        text!(
            " Den strikta profilen visar uppskattningen men låter den inte avgöra: där räcker det att ett utlämnande är \"inte längre osannolikt\".",
            " The strict profile shows the estimate but does not let it decide: there it is enough that disclosure is \"no longer improbable\"."
        )
    } else {
        text!("", "")
    };
    let (sn_sv, sn_en) = (&strict_note.sv, &strict_note.en);
    let exposure = cell.foreign_exposure();
    if exposure.is_no() {
        out.push(Finding::new(
            RULE.id,
            dim,
            None,
            text!(
                "Ingen part som kan nå innehållet i {service} är känd för att omfattas av ett tredjelands lag som kan tvinga fram utlämnande. Någon sannolikhetsuppskattning behövs inte.",
                "No party that can reach the content in {service} is known to be subject to a third-country law that can compel disclosure. No probability estimate is needed."
            ),
        ));
        return;
    }
    // Where exposure is unknown, the estimate is made as if it were known (R2 weighs it so): it
    // says whether the residual risk stays acceptable even then.
    let unknown = if exposure.is_unknown() {
        text!(
            "Det är inte känt om någon part som kan nå innehållet i {service} omfattas av utländsk tvångslagstiftning (se R3). ",
            "It is not known whether any party that can reach the content in {service} is subject to foreign compulsion (see R3). "
        )
    } else {
        text!("", "")
    };
    let (u_sv, u_en) = (&unknown.sv, &unknown.en);
    let aside = probability::figures_set_aside(cell);
    let (a_sv, a_en) = aside.as_ref().map(|t| (format!(" {}", t.sv), format!(" {}", t.en))).unwrap_or_default();
    match probability::estimate_if_exposed(cell) {
        Some(e) => {
            let band = probability::band_text(e.band);
            let (band_sv, band_en) = (&band.sv, &band.en);
            let caveats = probability::caveats(cell.date);
            let (cav_sv, cav_en) = (&caveats.sv, &caveats.en);
            let (f_sv, f_en) = (&e.formula.sv, &e.formula.en);
            let src = &e.source;
            let years = e.horizon_years;
            let (low, elev) = (cell.thresholds.probability_low_percent, cell.thresholds.probability_elevated_percent);
            let (low_sv, elev_sv) = (low.to_string().replace('.', ","), elev.to_string().replace('.', ","));
            let (if_sv, if_en) = if exposure.is_unknown() { ("Om så är fallet: ", "If so: ") } else { ("", "") };
            let result = match e.basis {
                Basis::Figures | Basis::Factors => {
                    let (what_sv, what_en) = if e.basis == Basis::Figures {
                        (format!("ur transparensdata ({src})"), format!("from transparency figures ({src})"))
                    } else {
                        (
                            format!("ur myndighetens angivna faktorer ({src})"),
                            format!("from the body's stated factors ({src})"),
                        )
                    };
                    let (p_year, p_horizon) = (e.p_year.unwrap_or_default(), e.p_horizon.unwrap_or_default());
                    let (p_lo, p_hi) = e.sensitivity.unwrap_or_default();
                    let [py, ph, hi, lo] =
                        [p_year, p_horizon, p_hi, p_lo].map(|p| probability::percent_in(p, Lang::En));
                    let [py_sv, ph_sv, hi_sv, lo_sv] =
                        [p_year, p_horizon, p_hi, p_lo].map(|p| probability::percent_in(p, Lang::Sv));
                    let inputs_sv: Vec<String> =
                        e.inputs.iter().map(|i| format!("{}: {}", i.label.sv, i.value)).collect();
                    let inputs_en: Vec<String> =
                        e.inputs.iter().map(|i| format!("{}: {}", i.label.en, i.value)).collect();
                    let (in_sv, in_en) = (inputs_sv.join("; "), inputs_en.join("; "));
                    text!(
                        "UPPSKATTNING {what_sv}. Formel: {f_sv}. Indata: {in_sv}. Resultat: cirka {py_sv} per år och {ph_sv} över {years} år. Känslighet: med tio gånger högre årlig sannolikhet {hi_sv}, med en tiondel {lo_sv}.",
                        "ESTIMATE {what_en}. Formula: {f_en}. Inputs: {in_en}. Result: about {py} per year and {ph} over {years} years. Sensitivity: with a ten times higher yearly probability {hi}, with a tenth {lo}."
                    )
                }
                Basis::Judgment => text!(
                    "UPPSKATTNING: myndighetens egen bedömning ({src}). {f_sv}{a_sv}",
                    "ESTIMATE: the body's own judgment ({src}). {f_en}{a_en}"
                ),
            };
            let (r_sv, r_en) = (&result.sv, &result.en);
            let mut f = Finding::new(
                RULE.id,
                dim,
                None,
                text!(
                    "{u_sv}{if_sv}{r_sv} Nivå: {band_sv} (verktygets policygränser: låg ≤ {low_sv} %, förhöjd ≤ {elev_sv} %, annars hög – ändringsbara).{sn_sv} {cav_sv}",
                    "{u_en}{if_en}{r_en} Band: {band_en} (the tool's policy limits: low ≤ {low} %, elevated ≤ {elev} %, otherwise high – editable).{sn_en} {cav_en}"
                ),
            )
            .cite(cite(&src::ROSENTHAL_2020, ""))
            .cite(cite(&src::MICROSOFT_FAQ, "räkneexempel för sannolikheten"));
            if e.uncertain_basis {
                f = f.measure("underlaget-sannolikheten-bara", text!(
                    "Underlaget för sannolikheten är bara påstått eller antaget: kontrollera källan och dateringen och dokumentera bedömningen.",
                    "The basis of the probability is only claimed or assumed: check its source and date and document the judgment."
                ));
            }
            if let Some(m) = probability::judgment_must_cover(cell, &e) {
                f = f.measure("bedomningen-omfattar-parterna", m);
            }
            out.push(f);
        }
        None => {
            let what = if exposure.is_unknown() {
                text!(
                    "Även om någon part omfattas kan sannolikheten inte uppskattas: underlag saknas.",
                    "Even if a party is, the probability cannot be estimated: the basis is missing."
                )
            } else {
                text!(
                    "En part som kan nå innehållet i {service} omfattas av utländsk tvångslagstiftning, men sannolikheten för myndighetsåtkomst kan inte uppskattas: underlag saknas.",
                    "A party that can reach the content in {service} is subject to foreign compulsion, but the probability of lawful access cannot be estimated: the basis is missing."
                )
            };
            let (w_sv, w_en) = (&what.sv, &what.en);
            let mut f =
                Finding::new(RULE.id, dim, None, text!("{u_sv}{w_sv}{a_sv}{sn_sv}", "{u_en}{w_en}{a_en}{sn_en}"));
            if aside.is_some() {
                let outside: Vec<&str> =
                    probability::outside_the_figures(cell).iter().map(|p| p.name.as_str()).collect();
                let outside = Cell::lang_list(&outside);
                f = f.ask(
                    Addressee::Organisation,
                    "egen-bedomning",
                    text!(
                        "Vilken är myndighetens egen bedömning av sannolikheten för utländsk myndighetsåtkomst till innehållet i {service}, och räknar den med {outside}? Vad grundar den sig på?",
                        "What is the body's own judgment of the probability of foreign lawful access to the content in {service}, and does it count {outside}? What is it based on?"
                    ),
                );
            }
            if cell.service.transparency.is_none() && cell.service.lawful_access_judgment.is_none() {
                f = f.ask(
                    Addressee::Supplier,
                    super::questions::TRANSPARENCY_FIGURES,
                    super::questions::transparency_figures(),
                );
            }
            if cell.service.lawful_access_judgment.is_none() && cell.assessment.organisation.users.is_none() {
                f = f.ask(
                    Addressee::Organisation,
                    "antal-anvandare",
                    text!(
                        "Hur många användare har myndigheten i {service}?",
                        "How many users does the body have in {service}?"
                    ),
                );
            }
            out.push(f);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Country, Date, FactStatus, ProbabilityBand, ProbabilityJudgment, Provenance, Transparency};
    use crate::rules::fixture::run;
    use crate::rules::Dimension;

    fn figures() -> Transparency {
        crate::rules::fixture::seed_001_figures(Some(Date::ymd(2019, 1, 1)))
    }

    #[test]
    fn fires_with_seed_001_figures_and_says_it_is_an_estimate() {
        // 10 000 users: p(year) = 18 × 1/50 × 10 000/200 000 000 × 2 = 3.6e-5; P(5) ≈ 0.018 % → low.
        let f = run(&RULE, |a| a.services[0].transparency = Some(figures()));
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].dimension, Dimension::Secrecy);
        assert_eq!(f[0].verdict, None);
        let sv = &f[0].reasoning.sv;
        assert!(
            sv.contains("UPPSKATTNING") && sv.contains("0,018 %") && sv.contains("låg ≤ 1,5 %") && sv.contains("låg")
        );
        assert!(sv.contains("FISA") && sv.contains("domstolsbeslut") && sv.contains("slumpmässigt"));
        assert!(sv.contains("Zürich") && sv.contains("kritiserat"));
        assert!(f[0].reasoning.en.contains("ESTIMATE") && f[0].reasoning.en.contains("0.018 %"));
        assert!(!f[0].measures.is_empty(), "claimed figures need checking");
    }

    #[test]
    fn lower_thresholds_move_the_band() {
        let f = run(&RULE, |a| {
            a.services[0].transparency = Some(figures());
            a.thresholds.probability_low_percent = 0.001;
            a.thresholds.probability_elevated_percent = 0.01;
        });
        assert!(f[0].reasoning.sv.contains("Nivå: hög"));
    }

    #[test]
    fn uses_the_bodys_judgment_when_figures_are_missing() {
        let f = run(&RULE, |a| {
            a.services[0].lawful_access_judgment = Some(ProbabilityJudgment {
                band: ProbabilityBand::Elevated,
                provenance: Provenance {
                    status: FactStatus::Assumed,
                    source: "egen bedömning".into(),
                    date: None,
                    recheck: None,
                },
            })
        });
        assert!(f[0].reasoning.sv.contains("egen bedömning") && f[0].reasoning.sv.contains("förhöjd"));
        assert!(!f[0].measures.is_empty());
    }

    /// R2 weighs an unknown exposure as if it were known; R13 shows that estimate, with its formula
    /// and caveats, or says that even then there is no basis and asks for the body's judgment.
    #[test]
    fn an_unknown_exposure_is_estimated_as_if_known() {
        let unknown = |a: &mut crate::model::Assessment| {
            for p in &mut a.services[0].parties {
                // A country whose laws the tool has no entry for: exposure unknown.
                p.jurisdiction = Country::code("JP");
            }
            a.services[0].transparency = Some(figures());
        };
        let f = run(&RULE, unknown);
        let sv = &f[0].reasoning.sv;
        assert!(sv.contains("inte känt om någon part") && sv.contains("Om så är fallet: UPPSKATTNING"), "{sv}");
        assert!(sv.contains("Formel") && sv.contains("Förbehåll"), "{sv}");
        // A support company outside the provider: the figures do not count it; the body is asked.
        let f = run(&RULE, |a| {
            unknown(a);
            let mut support = a.services[0].parties[1].clone();
            (support.name, support.role, support.parent) =
                ("Support AB".into(), crate::model::PartyRole::Support, None);
            a.services[0].parties.push(support);
        });
        let sv = &f[0].reasoning.sv;
        assert!(sv.contains("Även om någon part omfattas kan sannolikheten inte uppskattas"), "{sv}");
        assert!(sv.contains("transparenssiffror används inte") && sv.contains("Support AB"), "{sv}");
        assert!(f[0].questions.iter().any(|q| q.to == Addressee::Organisation && q.text.sv.contains("Support AB")));
    }

    #[test]
    fn does_not_fire_without_foreign_compulsion() {
        let f = run(&RULE, |a| {
            for p in &mut a.services[0].parties {
                p.jurisdiction = Country::code("SE");
            }
        });
        assert!(f[0].reasoning.sv.contains("behövs inte"));
        assert!(f[0].questions.is_empty());
    }

    #[test]
    fn unknown_users_or_figures_raise_questions() {
        let f = run(&RULE, |a| {
            a.services[0].transparency = Some(figures());
            a.organisation.users = None;
        });
        assert!(f[0].questions.iter().any(|q| q.to == Addressee::Organisation));
        let f = run(&RULE, |_| {});
        assert!(f[0].questions.iter().any(|q| q.to == Addressee::Supplier));
    }

    #[test]
    fn strict_profile_shows_but_does_not_decide() {
        let f = run(&RULE, |a| {
            a.profile = ProfileId::Strict;
            a.services[0].transparency = Some(figures());
        });
        assert_eq!(f[0].verdict, None);
        assert!(f[0].reasoning.sv.contains("låter den inte avgöra"));
    }
}
