//! The dated legal state (DOMAIN.md §3). Every legal fact has a validity period; an evaluation uses
//! the assessment's legal date. The date the tool's legal knowledge runs to is kept here, in one place.

use super::sources::{self as src, cite, Cite, Source};
use crate::model::{Country, Date, Location};

/// Rättsläge per: the tool's legal knowledge is current as of this date.
/// Moved to 2026-11-30 after the review of DOMAIN.md §7 (what is verified there and in the rules'
/// sources is marked; second-hand facts say so in their source titles).
pub const RATTSLAGE_PER: Date = Date::ymd(2026, 11, 30);

/// A legal fact with its validity period `[from, to)`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LegalFact {
    pub sv: &'static str,
    pub en: &'static str,
    pub source: Cite,
    pub from: Date,
    pub to: Option<Date>,
}

/// Later states of a fact that its description must show from their date on (the fact's source id,
/// the date, Swedish, English): an assessment at an earlier date must not describe what came after.
const LATER: &[(&str, Date, &str, &str)] = &[(
    "fisa-702",
    FISA_702_LAPSE,
    "FISA § 702: insamling riktad mot icke-amerikaner hos amerikanska leverantörer. Bemyndigandet löpte ut i kongressen 2026-06-12, men insamlingen fortsätter under domstolens (FISC) certifieringar, som gäller till omkring mars 2027 – kontrollera läget igen i mars 2027",
    "FISA s. 702: collection targeting non-US persons at US providers. The authorisation lapsed in Congress on 2026-06-12, but collection continues under the court's (FISC) certifications, valid until about March 2027 – check the position again in March 2027",
)];

impl LegalFact {
    pub fn in_force(&self, date: Date) -> bool {
        self.from <= date && self.to.is_none_or(|to| date < to)
    }
    /// The description as it reads at `date`: the later state from its date, the plain one before.
    pub fn text_at(&self, date: Date) -> (&'static str, &'static str) {
        match self.later_state(date) {
            Some((sv, en)) => (sv, en),
            None => (self.sv, self.en),
        }
    }
    /// Whether a later state (for FISA § 702: the lapse) applies at `date`.
    pub fn later_applies(&self, date: Date) -> bool {
        self.later_state(date).is_some() && self.in_force(date)
    }
    fn later_state(&self, date: Date) -> Option<(&'static str, &'static str)> {
        LATER.iter().find(|(id, from, _, _)| *id == self.source.id() && *from <= date).map(|(_, _, sv, en)| (*sv, *en))
    }
}

const fn fact(sv: &'static str, en: &'static str, source: Cite, from: Date, to: Option<Date>) -> LegalFact {
    LegalFact { sv, en, source, from, to }
}

pub const GDPR: LegalFact = fact(
    "Dataskyddsförordningen tillämpas",
    "The GDPR applies",
    cite(&src::GDPR, "art. 99"),
    Date::ymd(2018, 5, 25),
    None,
);
pub const CLOUD_ACT: LegalFact = fact(
    "CLOUD Act: amerikanska leverantörer kan tvingas lämna ut data de har i besittning, förvar eller kontroll, oavsett var data finns",
    "CLOUD Act: US providers can be compelled to disclose data in their possession, custody or control, wherever it is located",
    cite(&src::CLOUD_ACT, ""),
    Date::ymd(2018, 3, 23),
    None,
);
/// FISA § 702. Its description depends on the legal date ([`LegalFact::text_at`]): the lapse of
/// 2026-06-12 (DOMAIN.md §7, second-hand [S]) is shown only from that date, so that a 2019
/// assessment does not describe it.
pub const FISA_702: LegalFact = fact(
    "FISA § 702: insamling riktad mot icke-amerikaner hos amerikanska leverantörer",
    "FISA s. 702: collection targeting non-US persons at US providers",
    cite(&src::FISA_702, ""),
    Date::ymd(2008, 7, 10),
    None,
);
/// The day the FISA § 702 authorisation lapsed in Congress (DOMAIN.md §7, [S]).
pub const FISA_702_LAPSE: Date = Date::ymd(2026, 6, 12);
pub const CHINA_INTELLIGENCE_LAW: LegalFact = fact(
    "Kinas underrättelselag ålägger organisationer att stödja underrättelsearbete",
    "China's National Intelligence Law obliges organisations to support intelligence work",
    cite(&src::CHINA_NIL, "art. 7"),
    Date::ymd(2017, 6, 28),
    None,
);
/// India: the Information Technology Act 2000 (in force 2000-10-17), s. 69: the government may
/// direct interception, monitoring or decryption of information in any computer resource, and the
/// intermediary or person in charge must assist (s. 69 as substituted by the IT (Amendment) Act
/// 2008, in force 2009-10-27). Dates from second-hand accounts (the commencement notification and
/// the gazette were not read): DOMAIN.md §7 [S].
/// United Kingdom: Investigatory Powers Act 2016, s. 253 technical capability notices (royal
/// assent 2016-11-29; the notice provisions in force later – the date here is the assent) [S].
pub const UK_IPA_2016: LegalFact = fact(
    "Storbritanniens Investigatory Powers Act 2016: myndigheterna kan ålägga leverantörer att kunna lämna ut uppgifter, även genom tekniska kapacitetsförelägganden (s. 253)",
    "The UK Investigatory Powers Act 2016: the authorities can require providers to be able to disclose data, including through technical capability notices (s. 253)",
    cite(&src::UK_IPA_2016, "s. 253"),
    Date::ymd(2016, 11, 29),
    None,
);
pub const INDIA_IT_ACT_69: LegalFact = fact(
    "Indiens Information Technology Act 2000, s. 69: myndigheterna kan beordra avlyssning, övervakning eller dekryptering av uppgifter i ett datorsystem, och den som har hand om systemet måste bistå",
    "India's Information Technology Act 2000, s. 69: the authorities can direct interception, monitoring or decryption of information in a computer resource, and whoever is in charge of it must assist",
    cite(&src::IN_IT_ACT, "s. 69"),
    Date::ymd(2000, 10, 17),
    None,
);
/// India: the Information Technology (Procedure and Safeguards for Interception, Monitoring and
/// Decryption of Information) Rules, 2009 (G.S.R. 780(E)), notified 2009-10-27 [S]; rule 17: the
/// decryption key holder must disclose the key or give decryption assistance.
pub const INDIA_INTERCEPTION_RULES_2009: LegalFact = fact(
    "Indiens regler från 2009 om avlyssning, övervakning och dekryptering: den som har en dekrypteringsnyckel måste lämna ut den eller hjälpa till att dekryptera",
    "India's 2009 interception, monitoring and decryption rules: whoever holds a decryption key must disclose it or assist with decryption",
    cite(&src::IN_RULES_2009, "regel 13 och 17"),
    Date::ymd(2009, 10, 27),
    None,
);
/// Russia: SORM, the system of technical means for operational-search measures: Federal Law
/// No. 144-FZ of 1995-08-12 on operational-search activity and Federal Law No. 126-FZ of
/// 2003-07-07 on communications, art. 64 (operators must assist and install SORM equipment). The
/// fact runs from the 1995 law's date; its exact day of entry into force was not verified [S].
pub const RUSSIA_SORM: LegalFact = fact(
    "Rysslands SORM (lag nr 144-FZ om operativ spaningsverksamhet, 1995; lag nr 126-FZ om kommunikationer, 2003, art. 64): operatörer måste ge säkerhetstjänsten (FSB) teknisk åtkomst till kommunikation och uppgifter",
    "Russia's SORM (Federal Law No. 144-FZ on operational-search activity, 1995; Federal Law No. 126-FZ on communications, 2003, art. 64): operators must give the security service (FSB) technical access to communications and data",
    cite(&src::RU_SORM, ""),
    Date::ymd(1995, 8, 12),
    None,
);
/// Russia: the "Yarovaya" amendments, Federal Law No. 374-FZ of 2016-07-06, mostly in force
/// 2016-07-20 (content storage from 2018-07-01) [S]: storage in Russia and decryption keys to the FSB.
pub const RUSSIA_YAROVAYA: LegalFact = fact(
    "Rysslands ”Jarovaja”-lagar (lag nr 374-FZ, 2016): leverantörer av kommunikationstjänster måste lagra uppgifter i Ryssland och lämna ut dem och dekrypteringsnycklar till säkerhetstjänsten (FSB)",
    "Russia's \"Yarovaya\" laws (Federal Law No. 374-FZ, 2016): communication service providers must store data in Russia and hand it and decryption keys to the security service (FSB)",
    cite(&src::RU_YAROVAYA, ""),
    Date::ymd(2016, 7, 20),
    None,
);
pub const SAKERHETSSKYDDSLAGEN_1996: LegalFact = fact(
    "Säkerhetsskyddslagen (1996:627)",
    "Protective Security Act (1996:627)",
    cite(&src::SAKL_1996, ""),
    Date::ymd(1996, 7, 1),
    Some(Date::ymd(2019, 4, 1)),
);
pub const SAKERHETSSKYDDSLAGEN_2018: LegalFact = fact(
    "Säkerhetsskyddslagen (2018:585)",
    "Protective Security Act (2018:585)",
    cite(&src::SAKL_2018, ""),
    Date::ymd(2019, 4, 1),
    None,
);
pub const SAKERHETSSKYDD_UTKONTRAKTERING_2021: LegalFact = fact(
    "Säkerhetsskyddad upphandling och utkontraktering enligt 4 kap. säkerhetsskyddslagen (lämplighetsprövning, samråd med tillsynsmyndigheten i vissa fall)",
    "Protective-security procurement and outsourcing under ch. 4 of the Act (suitability test, consultation with the supervisory authority in certain cases)",
    cite(&src::SAKL_4KAP_2021, ""),
    Date::ymd(2021, 12, 1),
    None,
);
pub const OSL_10_2A: LegalFact = fact(
    "10 kap. 2 a § OSL: sekretess hindrar inte att uppgifter lämnas till den som endast tekniskt bearbetar eller lagrar dem för myndighetens räkning, om det inte är olämpligt",
    "OSL ch. 10 s. 2 a: secrecy does not prevent disclosure to a party that only technically processes or stores the data on the body's behalf, unless that is inappropriate",
    cite(&src::OSL_10_2A, ""),
    Date::ymd(2023, 7, 1),
    None,
);
/// In force 2021-01-01 (prop. 2019/20:201); from 2023-07-01 the same staff's freedom to inform the
/// press is also restricted (44 kap. 5 § OSL, prop. 2022/23:97), which is not this fact's date.
pub const TYSTNADSPLIKT_UTKONTRAKTERING: LegalFact = fact(
    "Tystnadsplikt för leverantörens personal vid utkontraktering av teknisk bearbetning eller lagring",
    "Statutory confidentiality for provider staff in outsourced technical processing or storage",
    cite(&src::LAG_2020_914, ""),
    Date::ymd(2021, 1, 1),
    None,
);
// Described as at a date while it was in force: its invalidation (Schrems II, 2020-07-16) is said
// where it is cited after that day (R5), never to an assessment made before.
pub const PRIVACY_SHIELD: LegalFact = fact(
    "EU–US Privacy Shield (beslut (EU) 2016/1250)",
    "EU–US Privacy Shield (decision (EU) 2016/1250)",
    cite(&src::PRIVACY_SHIELD, ""),
    Date::ymd(2016, 8, 1),
    Some(Date::ymd(2020, 7, 16)),
);
pub const SCHREMS_II: LegalFact = fact(
    "Schrems II: standardavtalsklausuler kräver en bedömning av mottagarlandets lagar och vid behov effektiva kompletterande åtgärder",
    "Schrems II: standard contractual clauses require an assessment of the recipient country's laws and, where needed, effective supplementary measures",
    cite(&src::SCHREMS_II, ""),
    Date::ymd(2020, 7, 16),
    None,
);
pub const SCC_2021: LegalFact = fact(
    "Nya standardavtalsklausuler (2021/914)",
    "New standard contractual clauses (2021/914)",
    cite(&src::SCC_2021, ""),
    Date::ymd(2021, 6, 27),
    None,
);
pub const SCC_OLD: LegalFact = fact(
    "Äldre standardavtalsklausuler (2010/87/EU)",
    "Old standard contractual clauses (2010/87/EU)",
    cite(&src::SCC_2010, ""),
    Date::ymd(2010, 5, 15),
    Some(Date::ymd(2022, 12, 27)),
);
/// The decision whose standard contractual clauses a contract at `date` would use, as questions and
/// measures name them: 2021/914 from its date of application, 2010/87/EU before (an assessment at an
/// earlier date must not cite the later set).
pub fn scc_decision(date: Date) -> &'static str {
    if SCC_2021.in_force(date) {
        "2021/914"
    } else {
        "2010/87/EU"
    }
}

/// The clauses a question about an existing contract names at `date`: during the transition of
/// 2021/914 art. 4 a contract on the 2010 clauses concluded before 2021-09-27 was still valid.
pub fn scc_question(date: Date) -> (&'static str, &'static str) {
    if SCC_2021.in_force(date) && SCC_OLD.in_force(date) {
        (
            "2021/914, eller 2010/87/EU om avtalet ingicks före 2021-09-27 – de gäller då till 2022-12-27",
            "2021/914, or 2010/87/EU if the contract was concluded before 2021-09-27 – valid until 2022-12-27",
        )
    } else {
        (scc_decision(date), scc_decision(date))
    }
}

/// The Swedish supervisory authority under the GDPR at `date`: Datainspektionen became
/// Integritetsskyddsmyndigheten (IMY) on 2021-01-01.
pub fn supervisory_authority(date: Date) -> &'static str {
    if date < Date::ymd(2021, 1, 1) {
        "Datainspektionen"
    } else {
        "IMY"
    }
}

pub const EDPB_REC_01_2020: LegalFact = fact(
    "EDPB:s rekommendationer 01/2020 om kompletterande åtgärder, version 2.0",
    "EDPB Recommendations 01/2020 on supplementary measures, version 2.0",
    cite(&src::EDPB_REC_01_2020, ""),
    Date::ymd(2021, 6, 18),
    None,
);
pub const DPF: LegalFact = fact(
    "EU–US Data Privacy Framework: adekvat skyddsnivå för certifierade mottagare",
    "EU–US Data Privacy Framework: adequacy for certified importers",
    cite(&src::DPF, ""),
    Date::ymd(2023, 7, 10),
    None,
);
pub const DPF_LATOMBE: LegalFact = fact(
    "Tribunalen fastställde DPF (T-553/23 Latombe)",
    "The General Court upheld the DPF (T-553/23 Latombe)",
    cite(&src::LATOMBE, ""),
    Date::ymd(2025, 9, 3),
    None,
);
/// The appeal was lodged on 2025-10-31 (DOMAIN.md §7 [V]); before that day no appeal is named.
pub const DPF_APPEAL: LegalFact = fact(
    "Överklagandet C-703/25 P av T-553/23 Latombe pågår",
    "The appeal C-703/25 P against T-553/23 Latombe is pending",
    cite(&src::LATOMBE_APPEAL, ""),
    Date::ymd(2025, 10, 31),
    None,
);
pub const CYBERSAKERHETSLAGEN: LegalFact = fact(
    "Cybersäkerhetslagen (NIS2) omfattar varje kommun och region",
    "The Cybersecurity Act (NIS2) covers every municipality and region",
    cite(&src::CYBERSAKERHETSLAGEN, ""),
    Date::ymd(2026, 1, 15),
    None,
);

/// EU and EEA states with their membership dates (`to` for those that left).
const EEA: &[(&str, Date, Option<Date>)] = &[
    ("AT", Date::ymd(1995, 1, 1), None),
    ("BE", Date::ymd(1958, 1, 1), None),
    ("BG", Date::ymd(2007, 1, 1), None),
    ("CY", Date::ymd(2004, 5, 1), None),
    ("CZ", Date::ymd(2004, 5, 1), None),
    ("DE", Date::ymd(1958, 1, 1), None),
    ("DK", Date::ymd(1973, 1, 1), None),
    ("EE", Date::ymd(2004, 5, 1), None),
    ("ES", Date::ymd(1986, 1, 1), None),
    ("FI", Date::ymd(1995, 1, 1), None),
    ("FR", Date::ymd(1958, 1, 1), None),
    ("GR", Date::ymd(1981, 1, 1), None),
    ("HR", Date::ymd(2013, 7, 1), None),
    ("HU", Date::ymd(2004, 5, 1), None),
    ("IE", Date::ymd(1973, 1, 1), None),
    ("IT", Date::ymd(1958, 1, 1), None),
    ("LT", Date::ymd(2004, 5, 1), None),
    ("LU", Date::ymd(1958, 1, 1), None),
    ("LV", Date::ymd(2004, 5, 1), None),
    ("MT", Date::ymd(2004, 5, 1), None),
    ("NL", Date::ymd(1958, 1, 1), None),
    ("PL", Date::ymd(2004, 5, 1), None),
    ("PT", Date::ymd(1986, 1, 1), None),
    ("RO", Date::ymd(2007, 1, 1), None),
    ("SE", Date::ymd(1995, 1, 1), None),
    ("SI", Date::ymd(2004, 5, 1), None),
    ("SK", Date::ymd(2004, 5, 1), None),
    ("IS", Date::ymd(1994, 1, 1), None),
    ("LI", Date::ymd(1995, 5, 1), None),
    ("NO", Date::ymd(1994, 1, 1), None),
    // Withdrawal 2020-01-31; EU law applied through the transition period to 2020-12-31 and the
    // TCA bridge to 2021-06-30, after which the UK adequacy decision (2021-06-28) carries on.
    ("GB", Date::ymd(1973, 1, 1), Some(Date::ymd(2021, 7, 1))),
];

/// Whether `country` is in the EU/EEA on `date`; `None` when the country is unknown.
pub fn in_eea(country: &Country, date: Date) -> Option<bool> {
    if country.is_unknown() {
        return None;
    }
    Some(EEA.iter().any(|(c, from, to)| country.is(c) && *from <= date && to.is_none_or(|t| date < t)))
}

/// The third country `location` is in on `date`: `Some(None)` inside the EU/EEA – as "EU" is at
/// every date – and `None` when the location is unknown.
pub fn third_country(location: &Location, date: Date) -> Option<Option<&Country>> {
    match location {
        Location::Eu => Some(None),
        Location::Country(c) => in_eea(c, date).map(|eea| (!eea).then_some(c)),
    }
}

/// Adequacy decisions (GDPR art. 45, and art. 25 decisions of directive 95/46 still in force), each
/// in force from its source's date. The US is absent: its adequacy covers only certified importers
/// (Privacy Shield, DPF) and is decided per party.
const ADEQUACY: &[(&str, &Source)] = &[
    ("CH", &src::ADQ_CH),
    ("CA", &src::ADQ_CA),
    ("AR", &src::ADQ_AR),
    ("GG", &src::ADQ_GG),
    ("IM", &src::ADQ_IM),
    ("JE", &src::ADQ_JE),
    ("FO", &src::ADQ_FO),
    ("AD", &src::ADQ_AD),
    ("IL", &src::ADQ_IL),
    ("UY", &src::ADQ_UY),
    ("NZ", &src::ADQ_NZ),
    ("JP", &src::ADQ_JP),
    ("GB", &src::ADQ_GB),
    ("KR", &src::ADQ_KR),
    ("BR", &src::ADQ_BR),
];

/// The adequacy decision for `country` in force on `date`, if any.
pub fn adequacy(country: &Country, date: Date) -> Option<&'static Source> {
    ADEQUACY.iter().find(|(c, s)| country.is(c) && s.citable_at(date)).map(|(_, s)| *s)
}

/// Third-country laws that can compel a party to disclose data it holds, wherever stored (R3).
/// Only these countries are assessed; for any other third country without an adequacy decision
/// the exposure is unknown, never "none" (see `Cell::compulsion`).
pub fn compulsion_laws(country: &Country, date: Date) -> Vec<&'static LegalFact> {
    let laws: &[&'static LegalFact] = match country.as_str() {
        "US" => &[&CLOUD_ACT, &FISA_702],
        "CN" => &[&CHINA_INTELLIGENCE_LAW],
        "IN" => &[&INDIA_IT_ACT_69, &INDIA_INTERCEPTION_RULES_2009],
        "RU" => &[&RUSSIA_SORM, &RUSSIA_YAROVAYA],
        "GB" => &[&UK_IPA_2016],
        _ => &[],
    };
    laws.iter().copied().filter(|l| l.in_force(date)).collect()
}

/// Hypothetical changes to the legal state, for the watch-list ("om DPF faller …").
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Assumptions {
    /// The EU–US Data Privacy Framework is invalidated (as Privacy Shield was in Schrems II).
    pub dpf_invalidated: bool,
    pub adequacy_lost: Vec<Country>,
    pub adequacy_gained: Vec<Country>,
}

pub static NO_ASSUMPTIONS: Assumptions =
    Assumptions { dpf_invalidated: false, adequacy_lost: Vec::new(), adequacy_gained: Vec::new() };

/// Legal-state notes to show with every evaluation at `date`.
pub fn notes(date: Date) -> Vec<crate::model::Text> {
    use crate::model::Text;
    let mut notes = Vec::new();
    if date > RATTSLAGE_PER {
        notes.push(crate::text!(
            "Rättsläget är känt till och med {RATTSLAGE_PER}; senare datum bedöms med det rättsläget.",
            "The legal state is known up to {RATTSLAGE_PER}; later dates are assessed with that legal state."
        ));
    }
    if !GDPR.in_force(date) {
        notes.push(Text::new(
            "Före 2018-05-25 gällde personuppgiftslagen (1998:204), som verktyget inte modellerar: dataskyddsdimensionerna kräver egen bedömning.",
            "Before 2018-05-25 the Personal Data Act (1998:204) applied, which the tool does not model: the data-protection dimensions need your own assessment.",
        ));
    }
    if FISA_702.later_applies(date) {
        let (sv, en) = FISA_702.text_at(date);
        notes.push(Text::new(sv, en));
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validity_periods_are_half_open() {
        assert!(!PRIVACY_SHIELD.in_force(Date::ymd(2016, 7, 31)));
        assert!(PRIVACY_SHIELD.in_force(Date::ymd(2020, 7, 15)));
        assert!(!PRIVACY_SHIELD.in_force(Date::ymd(2020, 7, 16)));
        assert!(!OSL_10_2A.in_force(Date::ymd(2023, 6, 30)));
        assert!(OSL_10_2A.in_force(Date::ymd(2023, 7, 1)));
        // The confidentiality duty came first (2021), the secrecy-breaking ground with 2023.
        assert!(TYSTNADSPLIKT_UTKONTRAKTERING.in_force(Date::ymd(2021, 1, 1)));
        assert!(!OSL_10_2A.in_force(Date::ymd(2023, 6, 30)));
    }

    #[test]
    fn eea_and_adequacy_by_date() {
        let gb = Country::code("GB");
        assert_eq!(in_eea(&gb, Date::ymd(2019, 9, 30)), Some(true));
        assert_eq!(in_eea(&gb, Date::ymd(2022, 1, 1)), Some(false));
        assert!(adequacy(&gb, Date::ymd(2022, 1, 1)).is_some());
        assert!(adequacy(&Country::code("JP"), Date::ymd(2018, 12, 31)).is_none());
        assert!(adequacy(&Country::code("US"), RATTSLAGE_PER).is_none());
        assert_eq!(in_eea(&Country::code("SE"), RATTSLAGE_PER), Some(true));
        assert_eq!(in_eea(&Country::unknown(), RATTSLAGE_PER), None);
    }

    #[test]
    fn eu_as_a_location_is_never_a_third_country() {
        for date in [Date::ymd(1995, 1, 1), Date::ymd(2021, 7, 1), RATTSLAGE_PER] {
            assert_eq!(third_country(&Location::Eu, date), Some(None));
        }
        let gb = Location::code("GB");
        assert_eq!(third_country(&gb, Date::ymd(2022, 1, 1)), Some(Some(&Country::code("GB"))));
        assert_eq!(third_country(&Location::unknown(), RATTSLAGE_PER), None);
    }

    /// An EU data boundary: storage, support and every party's access "somewhere in the EU/EEA".
    #[test]
    fn eu_locations_are_no_transfer_at_any_date() {
        let eu = |a: &mut crate::model::Assessment| {
            let s = &mut a.services[0];
            s.components[0].data_location = Location::Eu;
            s.components[0].support_from = vec![Location::Eu];
            for p in &mut s.parties {
                p.access_from = vec![Location::Eu];
            }
        };
        let r4 = crate::rules::rule(crate::rules::RuleId::R4).unwrap();
        for date in [Date::ymd(2018, 5, 25), Date::ymd(2020, 6, 1), Date::ymd(2021, 7, 1), RATTSLAGE_PER] {
            let f = crate::rules::fixture::run(r4, |a| {
                eu(a);
                a.legal_date = date;
            });
            assert!(f[0].reasoning.sv.contains("Ingen överföring"), "{date}: {f:?}");
            let mut a = crate::rules::fixture::assessment();
            eu(&mut a);
            a.legal_date = date;
            let cell = crate::rules::Cell::new(&a, &a.services[0], &a.information_types[0]);
            assert!(crate::rules::catalogue::transfer_paths(&cell).is_empty(), "{date}");
        }
    }

    /// The lapse of FISA § 702 is described only from 2026-06-12: a 2019 assessment does not see it.
    #[test]
    fn fisa_702_text_follows_the_legal_date() {
        let (sv, en) = FISA_702.text_at(Date::ymd(2019, 9, 30));
        assert!(!sv.contains("2026") && !en.contains("2027"), "{sv}");
        assert!(!FISA_702.text_at(Date::ymd(2026, 6, 11)).0.contains("löpte ut"));
        let (sv, en) = FISA_702.text_at(Date::ymd(2026, 6, 12));
        assert!(sv.contains("löpte ut") && sv.contains("mars 2027") && en.contains("March 2027"));
        assert!(notes(Date::ymd(2019, 9, 30)).iter().all(|n| !n.sv.contains("FISA")));
        assert!(notes(Date::ymd(2026, 6, 12)).iter().any(|n| n.sv.contains("FISA")));
    }

    #[test]
    fn india_and_russia_have_compulsion_laws_from_their_dates() {
        let (india, russia) = (Country::code("IN"), Country::code("RU"));
        assert!(compulsion_laws(&india, Date::ymd(2000, 10, 16)).is_empty());
        assert_eq!(compulsion_laws(&india, Date::ymd(2009, 10, 26)).len(), 1);
        assert_eq!(compulsion_laws(&india, Date::ymd(2009, 10, 27)).len(), 2);
        assert_eq!(compulsion_laws(&russia, Date::ymd(2016, 7, 19)).len(), 1);
        assert_eq!(compulsion_laws(&russia, Date::ymd(2016, 7, 20)).len(), 2);
    }

    #[test]
    fn us_compulsion_follows_cloud_act_date() {
        let us = Country::code("US");
        assert_eq!(compulsion_laws(&us, Date::ymd(2018, 3, 22)).len(), 1);
        assert_eq!(compulsion_laws(&us, Date::ymd(2018, 3, 23)).len(), 2);
        assert!(compulsion_laws(&Country::code("DE"), RATTSLAGE_PER).is_empty());
    }

    /// W6: Brazil's adequacy decision (EU) 2026/179 applies from 2026-01-26.
    #[test]
    fn brazil_has_adequacy_from_2026_01_26() {
        let br = Country::code("BR");
        assert!(adequacy(&br, Date::ymd(2026, 1, 25)).is_none());
        assert_eq!(adequacy(&br, Date::ymd(2026, 1, 26)).map(|s| s.id), Some("adekvans-br"));
    }
}
