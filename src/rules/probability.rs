//! R13's calculator: the probability that a foreign authority successfully obtains *this* body's
//! data through a lawful-access request, after the Rosenthal/VISCHER method (Jusletter IT 2020).
//! The horizon formula P = 1 − (1 − p_year)^T is the tool's own formulation of that method; the
//! bands are the profile's editable thresholds (the tool's own policy defaults, not law).
//! Everything here is an ESTIMATE; the caveats travel with it (see `caveats`).

use super::Cell;
use crate::model::{Date, FactStatus, Lang, ProbabilityBand, Text};
use crate::text;

/// Where the estimate comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub enum Basis {
    /// Computed from the provider's transparency figures (R11).
    #[serde(rename = "transparency_figures")]
    Figures,
    /// The body's own qualitative judgment (`service.lawful_access_judgment`).
    #[serde(rename = "own_judgment")]
    Judgment,
    /// The body's stated factors (`service.lawful_access_factors`).
    #[serde(rename = "stated_factors")]
    Factors,
}

/// One input of the calculation, with its value as shown to the user.
#[derive(Clone, Debug, PartialEq)]
pub struct Input {
    pub label: Text,
    pub value: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Estimate {
    pub basis: Basis,
    /// Yearly probability (0–1), when computed from figures.
    pub p_year: Option<f64>,
    /// Probability over the horizon (0–1), when computed from figures.
    pub p_horizon: Option<f64>,
    pub horizon_years: u32,
    pub band: ProbabilityBand,
    /// Horizon probability with p_year ÷10 and ×10 (sensitivity), when computed.
    pub sensitivity: Option<(f64, f64)>,
    /// The formula, in words and symbols.
    pub formula: Text,
    pub inputs: Vec<Input>,
    /// Source and date of the figures or of the judgment.
    pub source: String,
    /// The basis is only claimed or assumed (not contracted/verified).
    pub uncertain_basis: bool,
}

/// Horizon probabilities with the yearly one ÷10 and ×10.
pub fn sensitivity(p_year: f64, years: u32) -> (f64, f64) {
    (horizon(p_year / 10.0, years), horizon((p_year * 10.0).min(1.0), years))
}

/// Horizon probability from a yearly one.
pub fn horizon(p_year: f64, years: u32) -> f64 {
    1.0 - (1.0 - p_year.clamp(0.0, 1.0)).powi(years as i32)
}

/// The band of a horizon probability (0–1) under the cell's thresholds (percent).
pub fn band(cell: &Cell, p_horizon: f64) -> ProbabilityBand {
    let percent = p_horizon * 100.0;
    if percent <= cell.thresholds.probability_low_percent {
        ProbabilityBand::Low
    } else if percent <= cell.thresholds.probability_elevated_percent {
        ProbabilityBand::Elevated
    } else {
        ProbabilityBand::High
    }
}

pub fn band_text(band: ProbabilityBand) -> Text {
    match band {
        ProbabilityBand::Low => Text::new("låg", "low"),
        ProbabilityBand::Elevated => Text::new("förhöjd", "elevated"),
        ProbabilityBand::High => Text::new("hög", "high"),
    }
}

/// Formats a probability (0–1) as a percent with enough digits to show small values.
pub fn percent(p: f64) -> String {
    let x = p * 100.0;
    if x == 0.0 {
        "0 %".to_string()
    } else if x >= 1.0 {
        format!("{x:.2} %")
    } else {
        let digits = (-x.log10()).ceil() as usize + 1;
        format!("{x:.digits$} %")
    }
}

/// [`percent`] in the reader's language: Swedish writes a decimal comma.
pub fn percent_in(p: f64, lang: Lang) -> String {
    match lang {
        Lang::Sv => percent(p).replace('.', ","),
        Lang::En => percent(p),
    }
}

/// The estimate for the cell, or `None` when no party that can reach the content is known to be
/// exposed to foreign compulsion, or when neither figures (with the body's user count) nor the
/// body's own judgment are available.
pub fn estimate(cell: &Cell) -> Option<Estimate> {
    if !cell.foreign_exposure().is_yes() {
        return None;
    }
    estimate_if_exposed(cell)
}

/// The parties that can (or may) reach the content in clear text and are (or may be) compelled by
/// foreign law, other than the provider and its owners: the provider's transparency figures count
/// only the requests made to it, so they say nothing about these parties, whether their exposure is
/// known or not; and a judgment of the body must be confirmed to cover them.
pub fn outside_the_figures<'a>(cell: &Cell<'a>) -> Vec<&'a crate::model::Party> {
    cell.external_parties().filter(|p| !cell.party_exposure(p).is_no() && !cell.reported_by_provider(p)).collect()
}

/// "A, B och C" / "A, B and C".
fn names(parties: &[&crate::model::Party]) -> Text {
    let all: Vec<&str> = parties.iter().map(|p| p.name.as_str()).collect();
    match all.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            let rest = rest.join(", ");
            text!("{rest} och {last}", "{rest} and {last}")
        }
        _ => Text::lazy(|| (all.join(""), all.join(""))),
    }
}

/// The parties outside the provider's transparency figures, named; `None` when there are none.
fn named_outside_the_figures(cell: &Cell) -> Option<Text> {
    let outside = outside_the_figures(cell);
    (!outside.is_empty()).then(|| names(&outside))
}

/// Why the provider's transparency figures, where given and usable, are not the basis of the estimate.
pub fn figures_set_aside(cell: &Cell) -> Option<Text> {
    let t = cell.service.transparency.as_ref()?;
    if cell.assessment.organisation.users.is_none() || t.enterprise_requests == 0 || t.total_users == 0 {
        return None;
    }
    let n = named_outside_the_figures(cell)?;
    let (n_sv, n_en) = (&n.sv, &n.en);
    Some(text!(
        "Leverantörens transparenssiffror används inte: de avser bara begäranden till leverantören, inte begäranden till {n_sv}, som kan nå innehållet i klartext och omfattas, eller kan omfattas, av utländsk tvångslagstiftning (R3).",
        "The provider's transparency figures are not used: they concern only requests made to the provider, not requests made to {n_en}, which can reach the content in clear text and are, or may be, subject to foreign compulsion laws (R3)."
    ))
}

/// The condition on an estimate the body made itself (a judgment or stated factors): it must cover
/// the parties outside the provider's figures (a judgment made about the CLOUD Act says nothing
/// about a support company elsewhere).
pub fn judgment_must_cover(cell: &Cell, e: &Estimate) -> Option<Text> {
    if e.basis == Basis::Figures {
        return None;
    }
    let n = named_outside_the_figures(cell)?;
    let (n_sv, n_en) = (&n.sv, &n.en);
    Some(text!(
        "Bekräfta att myndighetens bedömning av sannolikheten omfattar {n_sv}, som kan nå innehållet i klartext och omfattas, eller kan omfattas, av utländsk tvångslagstiftning (R3), och gör om den annars.",
        "Confirm that the body's judgment of the probability covers {n_en}, which can reach the content in clear text and are, or may be, subject to foreign compulsion laws (R3), and redo it otherwise."
    ))
}

/// The estimate as if a party with clear-text access were subject to foreign compulsion law:
/// where that is unknown, whether even then the residual risk stays acceptable.
pub fn estimate_if_exposed(cell: &Cell) -> Option<Estimate> {
    let years = cell.thresholds.horizon_years;
    let service = cell.service;
    if let Some(f) = &service.lawful_access_factors {
        let p_year = (f.interest_per_year * f.request_to_provider * f.not_resisted * f.cleartext).clamp(0.0, 1.0);
        let p_horizon = horizon(p_year, years);
        let input = |label: Text, v: f64| Input { label, value: format!("{v}") };
        return Some(Estimate {
            basis: Basis::Factors,
            p_year: Some(p_year),
            p_horizon: Some(p_horizon),
            horizon_years: years,
            band: band(cell, p_horizon),
            sensitivity: Some(sensitivity(p_year, years)),
            formula: text!(
                "p(år) = intresse per år × begäran till leverantören × leverantören står inte emot × klartext hos leverantören; P({years} år) = 1 − (1 − p(år))^{years}",
                "p(year) = interest per year × request made to the provider × provider does not resist × clear text at the provider; P({years} years) = 1 − (1 − p(year))^{years}"
            ),
            inputs: vec![
                input(text!("Utländsk myndighet vill ha myndighetens uppgifter (per år)", "A foreign authority wants the body's data (per year)"), f.interest_per_year),
                input(text!("Begäran riktas till just denna leverantör", "The request is made to this provider"), f.request_to_provider),
                input(text!("Leverantören kan inte eller gör inte motstånd", "The provider cannot or does not resist"), f.not_resisted),
                input(text!("Uppgifterna finns i klartext hos leverantören", "The data is in clear text at the provider"), f.cleartext),
                input(text!("Horisont (år)", "Horizon (years)"), years as f64),
            ],
            source: f.provenance.source.clone(),
            uncertain_basis: !f.provenance.status.is_firm(),
        });
    }
    if let (Some(t), Some(users)) = (&service.transparency, cell.assessment.organisation.users) {
        if t.enterprise_requests > 0 && t.total_users > 0 && outside_the_figures(cell).is_empty() {
            let not_rejected = t.enterprise_requests.saturating_sub(t.rejected_or_redirected);
            let share_outside = t.outside_home_country as f64 / t.enterprise_requests as f64;
            let user_share = users as f64 / t.total_users as f64;
            let p_half = (not_rejected as f64 * share_outside * user_share).min(1.0);
            let p_year = (p_half * 2.0).min(1.0);
            let p_horizon = horizon(p_year, years);
            let sensitivity = sensitivity(p_year, years);
            let (req, rej, out, tot, period) =
                (t.enterprise_requests, t.rejected_or_redirected, t.outside_home_country, t.total_users, &t.period);
            let src = &t.provenance.source;
            let date = t.provenance.date.map(|d| d.to_string()).unwrap_or_else(|| "datum saknas".into());
            let inputs = vec![
                Input {
                    label: text!(
                        "Begäranden om företagskonton ({period})",
                        "Requests for enterprise accounts ({period})"
                    ),
                    value: req.to_string(),
                },
                Input {
                    label: text!("Varav avvisade eller omdirigerade", "Of which rejected or redirected"),
                    value: rej.to_string(),
                },
                Input {
                    label: text!(
                        "Varav data utanför leverantörens hemland",
                        "Of which data outside the provider's home country"
                    ),
                    value: out.to_string(),
                },
                Input {
                    label: text!("Tjänstens användare totalt", "Total users of the service"),
                    value: tot.to_string(),
                },
                Input { label: text!("Myndighetens användare", "The body's users"), value: users.to_string() },
                Input { label: text!("Horisont (år)", "Horizon (years)"), value: years.to_string() },
            ];
            return Some(Estimate {
                basis: Basis::Figures,
                p_year: Some(p_year),
                p_horizon: Some(p_horizon),
                horizon_years: years,
                band: band(cell, p_horizon),
                sensitivity: Some(sensitivity),
                formula: text!(
                    "p(år) = (begäranden − avvisade) × (utanför hemlandet ÷ begäranden) × (myndighetens användare ÷ alla användare) × 2 halvår; P({years} år) = 1 − (1 − p(år))^{years}",
                    "p(year) = (requests − rejected) × (outside home country ÷ requests) × (body's users ÷ all users) × 2 half-years; P({years} years) = 1 − (1 − p(year))^{years}"
                ),
                inputs,
                source: format!("{src} ({date})"),
                uncertain_basis: !t.provenance.status.is_firm(),
            });
        }
    }
    let judgment = service.lawful_access_judgment.as_ref()?;
    let src = &judgment.provenance.source;
    Some(Estimate {
        basis: Basis::Judgment,
        p_year: None,
        p_horizon: None,
        horizon_years: years,
        band: judgment.band,
        sensitivity: None,
        formula: text!(
            "Myndighetens egen bedömning av sannolikheten (ingen beräkning).",
            "The body's own judgment of the probability (no calculation)."
        ),
        inputs: Vec::new(),
        source: src.clone(),
        uncertain_basis: matches!(judgment.provenance.status, FactStatus::Claimed | FactStatus::Assumed),
    })
}

/// The caveats that must be shown with every estimate (DOMAIN.md R13). The method's sources are
/// named as of `date`: what was written later is said to be later (DOMAIN.md §5).
pub fn caveats(date: Date) -> Text {
    use crate::rules::sources::{ROSENTHAL_2020, ZURICH_2022};
    let base = Text::new(
        "Detta är en uppskattning, inte ett faktum. Förbehåll: (1) transparensrapporternas siffror för brottsbekämpande begäranden omfattar inte FISA-beslut, som redovisas separat i intervall (t.ex. 0–499 per halvår); (2) begäranden om annat än innehåll (t.ex. abonnentuppgifter) kräver inget domstolsbeslut; (3) att dela med alla användare förutsätter att målen väljs slumpmässigt – en myndighet kan vara mer intressant än genomsnittet; (4) varje siffra behöver källa och datum.",
        "This is an estimate, not a fact. Caveats: (1) the law-enforcement figures in transparency reports do not include FISA orders, which are reported separately in bands (e.g. 0–499 per half year); (2) requests for non-content data (e.g. subscriber data) need no judge; (3) dividing by all users assumes targets are chosen at random – a public body may be of more interest than the average; (4) every figure needs a source and a date.",
    );
    // Before Rosenthal's article the method had no published source: nothing later is named.
    if ROSENTHAL_2020.later_than(date) {
        return base;
    }
    let method = if ZURICH_2022.later_than(date) {
        Text::new(
            "Metoden följer D. Rosenthal (VISCHER), Jusletter 10 augusti 2020.",
            "The method follows D. Rosenthal (VISCHER), Jusletter, 10 August 2020.",
        )
    } else if date < Date::ymd(2022, 5, 13) {
        // The Swiss FDPIC's criticism is of 2022-05-13 (DOMAIN.md §7, second-hand).
        Text::new(
            "Metoden följer D. Rosenthal (VISCHER), Jusletter 10 augusti 2020; Zürichs kanton använde 2022 fem års horisont och 10 % som acceptansgräns och fick 0,74–0,95 %.",
            "The method follows D. Rosenthal (VISCHER), Jusletter, 10 August 2020; the canton of Zurich in 2022 used a five-year horizon and a 10 % acceptance limit and found 0.74–0.95 %.",
        )
    } else {
        Text::new(
            "Metoden följer D. Rosenthal (VISCHER), Jusletter 10 augusti 2020; Zürichs kanton använde 2022 fem års horisont och 10 % som acceptansgräns och fick 0,74–0,95 %; Schweiz federala dataskyddsombud (EDÖB) har kritiserat metoden.",
            "The method follows D. Rosenthal (VISCHER), Jusletter, 10 August 2020; the canton of Zurich in 2022 used a five-year horizon and a 10 % acceptance limit and found 0.74–0.95 %; the Swiss Federal Data Protection and Information Commissioner has criticised the method.",
        )
    };
    Text::lazy(|| (format!("{} {}", base.sv, method.sv), format!("{} {}", base.en, method.en)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Date, Provenance, Transparency};
    use crate::rules::fixture::assessment;

    fn seed_001() -> Transparency {
        crate::rules::fixture::seed_001_figures(Some(Date::ymd(2018, 12, 31)))
    }

    #[test]
    fn the_factor_model_multiplies_the_stated_factors() {
        let mut a = assessment();
        a.services[0].lawful_access_factors = Some(crate::model::ProbabilityFactors {
            interest_per_year: 0.1,
            request_to_provider: 0.5,
            not_resisted: 0.2,
            cleartext: 1.0,
            provenance: Provenance {
                status: FactStatus::Assumed,
                source: "egen bedömning".into(),
                date: None,
                recheck: None,
            },
        });
        let cell = Cell::new(&a, &a.services[0], &a.information_types[0]);
        let e = estimate(&cell).expect("en amerikansk part med klartextåtkomst ger en uppskattning");
        assert_eq!(e.basis, Basis::Factors);
        // 0.1 × 0.5 × 0.2 × 1.0 = 1 % a year; over 5 years 1 − 0.99^5 ≈ 4.90 % → elevated (1.5–10 %).
        assert!((e.p_year.unwrap() - 0.01).abs() < 1e-12);
        assert!((e.p_horizon.unwrap() - 0.049_005).abs() < 1e-5);
        assert_eq!(e.band, crate::model::ProbabilityBand::Elevated);
        let (lo, hi) = e.sensitivity.unwrap();
        assert!(lo < e.p_horizon.unwrap() && e.p_horizon.unwrap() < hi);
        assert!(e.uncertain_basis);
    }

    #[test]
    fn seed_001_figures_with_10_000_users() {
        // (50 − 32) = 18 not rejected per half year; × 1/50 outside the US = 0.36;
        // × 10 000 / 200 000 000 = 5e-5 → 1.8e-5 per half year; × 2 = 3.6e-5 per year.
        // P(5 years) = 1 − (1 − 3.6e-5)^5 ≈ 1.79997e-4 ≈ 0.018 % → low (≤ 1.5 %).
        let mut a = assessment();
        a.services[0].transparency = Some(seed_001());
        let cell = Cell::new(&a, &a.services[0], &a.information_types[0]);
        let e = estimate(&cell).expect("estimate");
        assert_eq!(e.basis, Basis::Figures);
        assert!((e.p_year.unwrap() - 3.6e-5).abs() < 1e-12);
        assert!((e.p_horizon.unwrap() - 1.79997e-4).abs() < 1e-8);
        assert_eq!(e.band, ProbabilityBand::Low);
        assert!(e.uncertain_basis);
        assert_eq!(percent(e.p_horizon.unwrap()), "0.018 %");
        assert_eq!(percent_in(e.p_horizon.unwrap(), Lang::Sv), "0,018 %");
    }

    /// The provider's figures count the requests made to the provider and its owners (the fixture:
    /// Provider Ltd in IE, owned by Parent Inc in the US). Another party with clear-text access is
    /// not counted, whether its exposure is known (CN) or not (JP, whose laws the tool has no entry
    /// for), nor a subsidiary of the owner (it reports apart, if at all), nor a second provider of
    /// another group (whose figures they are is unclear).
    #[test]
    fn the_figures_cover_only_the_provider_and_its_owners() {
        use crate::model::{Country, PartyRole};
        let mut a = assessment();
        a.services[0].transparency = Some(seed_001());
        let cell = Cell::new(&a, &a.services[0], &a.information_types[0]);
        assert_eq!(estimate_if_exposed(&cell).map(|e| e.basis), Some(Basis::Figures));
        for (country, role, parent) in [
            ("CN", PartyRole::Support, None),
            ("JP", PartyRole::Support, None),
            ("CN", PartyRole::Support, Some("Parent Inc")),
            ("US", PartyRole::Provider, None),
        ] {
            let mut b = a.clone();
            let mut other = b.services[0].parties[1].clone();
            (other.name, other.role, other.jurisdiction) = ("Support Co".into(), role, Country::code(country));
            other.parent = parent.map(String::from);
            b.services[0].parties.push(other);
            let cell = Cell::new(&b, &b.services[0], &b.information_types[0]);
            assert!(estimate_if_exposed(&cell).is_none(), "{country} {role:?} {parent:?}: no judgment, no basis");
            let aside = figures_set_aside(&cell).expect("the figures are set aside, and why").sv;
            assert!(aside.contains("Support Co") && aside.contains("i klartext"), "{aside}");
            // The body's judgment is the basis then, with the condition that it covers the party.
            b.services[0].lawful_access_judgment = Some(crate::model::ProbabilityJudgment {
                band: ProbabilityBand::Low,
                provenance: Provenance {
                    status: FactStatus::Verified,
                    source: "egen".into(),
                    date: None,
                    recheck: None,
                },
            });
            let cell = Cell::new(&b, &b.services[0], &b.information_types[0]);
            let e = estimate_if_exposed(&cell).expect("judgment");
            assert_eq!(e.basis, Basis::Judgment);
            let cover = judgment_must_cover(&cell, &e).expect("the judgment must cover the party").sv;
            assert!(cover.contains("omfattar") && cover.contains("Support Co"), "{cover}");
        }
    }

    #[test]
    fn band_thresholds_are_inclusive_upper_limits() {
        let a = assessment();
        let cell = Cell::new(&a, &a.services[0], &a.information_types[0]);
        assert_eq!(band(&cell, 0.015), ProbabilityBand::Low);
        assert_eq!(band(&cell, 0.0151), ProbabilityBand::Elevated);
        assert_eq!(band(&cell, 0.10), ProbabilityBand::Elevated);
        assert_eq!(band(&cell, 0.1001), ProbabilityBand::High);
    }

    #[test]
    fn no_estimate_without_exposure_or_basis() {
        let mut a = assessment();
        let cell = Cell::new(&a, &a.services[0], &a.information_types[0]);
        assert!(estimate(&cell).is_none(), "no figures and no judgment");
        a.services[0].transparency = Some(seed_001());
        a.organisation.users = None;
        let cell = Cell::new(&a, &a.services[0], &a.information_types[0]);
        assert!(estimate(&cell).is_none(), "users unknown");
        a.organisation.users = Some(10_000);
        for p in &mut a.services[0].parties {
            p.jurisdiction = crate::model::Country::code("SE");
        }
        let cell = Cell::new(&a, &a.services[0], &a.information_types[0]);
        assert!(estimate(&cell).is_none(), "no foreign compulsion");
    }
}
