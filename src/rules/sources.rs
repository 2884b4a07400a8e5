//! The source registry: every statute, EU act, judgment, guidance and case document the rules cite,
//! once, with its date. Rules and findings cite a [`Cite`] (a source and a pinpoint); every output
//! shows only what existed at the assessment's legal date (DOMAIN.md §5 "Citations at the legal
//! date") and may list later documents apart. Identity is the id, never the wording.
//!
//! Dates: `from` is the day the source could first be cited (a statute's entry into force, a
//! judgment's or decision's date, a document's publication); `to` ends a statute version or a
//! repealed decision. Where only the year or month of a document is known, `from` is the earliest
//! day consistent with what the case documents themselves say, and `approximate` says so.

use crate::model::Date;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// Swedish statute or foreign statute.
    Statute,
    /// EU regulation, directive or Commission decision.
    EuAct,
    /// A judgment of a court.
    CaseLaw,
    /// Guidance of an authority or the EDPB/EDPS, a supervisory decision, a standard or a method.
    Guidance,
    /// Another public body's own assessment (the documents the presets come from).
    CaseDocument,
    /// A supplier's own statement.
    Supplier,
    /// The tool's own policy: not law (DOMAIN.md §5 "Policy is not law").
    Policy,
}

/// One source, with the dates between which an assessment may cite it.
#[derive(Debug, PartialEq, Serialize)]
pub struct Source {
    pub id: &'static str,
    pub title: &'static str,
    pub kind: SourceKind,
    /// First day it can be cited; `None` for the tool's own policy.
    pub from: Option<Date>,
    /// First day it can no longer be cited as in force (repealed, invalidated).
    pub to: Option<Date>,
    /// Only the year or month of the document is known.
    pub approximate: bool,
}

impl Source {
    /// "Title (date)", for lists of later documents and the knowledge base.
    pub fn dated_title(&self) -> String {
        match self.from {
            // An approximate date is the year in the title already.
            Some(from) if !self.approximate && !self.title.contains(&from.to_string()) => {
                format!("{} ({from})", self.title)
            }
            _ => self.title.to_string(),
        }
    }
    /// Whether an assessment at `date` may cite it.
    pub fn citable_at(&self, date: Date) -> bool {
        self.from.is_none_or(|from| from <= date) && self.to.is_none_or(|to| date < to)
    }
    /// Written after `date` (shown apart as "skrivet senare"); a repealed act is neither.
    pub fn later_than(&self, date: Date) -> bool {
        self.from.is_some_and(|from| from > date)
    }
}

/// What a text adds after naming `source` at `date`: nothing where it existed, "skrivet senare"
/// where it was written after the legal date (DOMAIN.md §5: later documents are shown apart).
pub fn mention<'a>(source: &Source, date: Date, sv: &'a str, en: &'a str) -> (&'a str, &'a str) {
    if source.later_than(date) {
        ("", "")
    } else {
        (sv, en)
    }
}

/// A citation: a source and where in it (article, paragraph, page, finding).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Cite {
    pub source: &'static Source,
    pub pin: &'static str,
}

impl Cite {
    /// "Title, pinpoint" as an official reads it.
    pub fn render(&self) -> String {
        self.to_string()
    }
    pub fn id(&self) -> &'static str {
        self.source.id
    }
}

impl std::fmt::Display for Cite {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.source.title)?;
        if !self.pin.is_empty() {
            write!(f, ", {}", self.pin)?;
        }
        Ok(())
    }
}

/// Serialised as an official reads it; the JSON outputs filter by date first (see [`at_date`]).
impl Serialize for Cite {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A citation of `source` at `pin`.
pub const fn cite(source: &'static Source, pin: &'static str) -> Cite {
    Cite { source, pin }
}

/// The citations of `cites` that an assessment at `date` may show, and those written later, each
/// rendered once (in order).
pub fn at_date<'a>(cites: impl IntoIterator<Item = &'a Cite>, date: Date) -> Citations {
    let mut out = Citations::default();
    for c in cites {
        let rendered = c.render();
        if c.source.citable_at(date) {
            if !out.shown.contains(&rendered) {
                out.ids.push(c.source.id);
                out.shown.push(rendered);
            }
        } else if c.source.later_than(date) {
            // Later documents once each, by title and date: the pinpoints do not matter there.
            let later = c.source.dated_title();
            if !out.later.contains(&later) {
                out.later.push(later);
            }
        }
    }
    out.ids.dedup();
    out
}

/// Rendered citations for one legal date.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Citations {
    pub shown: Vec<String>,
    pub ids: Vec<&'static str>,
    /// Documents written after the legal date ("skrivet senare").
    pub later: Vec<String>,
}

const fn d(y: u16, m: u8, day: u8) -> Option<Date> {
    Some(Date::ymd(y, m, day))
}

macro_rules! sources {
    ($($name:ident = $id:literal, $kind:ident, $from:expr, $to:expr, $approx:literal, $title:literal;)*) => {
        $(pub static $name: Source = Source {
            id: $id, title: $title, kind: SourceKind::$kind, from: $from, to: $to, approximate: $approx,
        };)*
        /// Every source, for the knowledge base and the tests.
        pub static ALL: &[&Source] = &[$(&$name),*];
    };
}

sources! {
    // Swedish statutes.
    OSL = "osl", Statute, d(2009, 6, 30), None, false, "Offentlighets- och sekretesslagen (2009:400)";
    OSL_10_2A = "osl-10-2a", Statute, d(2023, 7, 1), None, false,
        "Offentlighets- och sekretesslagen (2009:400) 10 kap. 2 a § (prop. 2022/23:97)";
    LAG_2020_914 = "lag-2020-914", Statute, d(2021, 1, 1), None, false,
        "Lag (2020:914) om tystnadsplikt vid utkontraktering av teknisk bearbetning eller lagring av uppgifter (prop. 2019/20:201)";
    SAKL_1996 = "sakl-1996", Statute, d(1996, 7, 1), d(2019, 4, 1), false, "Säkerhetsskyddslagen (1996:627)";
    SAKL_2018 = "sakl-2018", Statute, d(2019, 4, 1), None, false, "Säkerhetsskyddslagen (2018:585)";
    SAKL_4KAP_2021 = "sakl-4kap-2021", Statute, d(2021, 12, 1), None, false,
        "Säkerhetsskyddslagen (2018:585) 4 kap. i lydelse enligt SFS 2021:941 (prop. 2020/21:194)";
    KOMMUNALLAGEN = "kl-2017", Statute, d(2018, 1, 1), None, false, "Kommunallagen (2017:725)";
    ARKIVLAGEN = "arkivlagen", Statute, d(1991, 7, 1), None, false, "Arkivlagen (1990:782)";
    CYBERSAKERHETSLAGEN = "cybersakerhetslagen", Statute, d(2026, 1, 15), None, false, "Cybersäkerhetslagen (2025:1506)";
    // Foreign statutes.
    CLOUD_ACT = "cloud-act", Statute, d(2018, 3, 23), None, false, "18 U.S.C. § 2713 (CLOUD Act)";
    FISA_702 = "fisa-702", Statute, d(2008, 7, 10), None, false, "50 U.S.C. § 1881a (FISA § 702)";
    CHINA_NIL = "cn-nil-2017", Statute, d(2017, 6, 28), None, false, "Kinas nationella underrättelselag (2017)";
    // India and Russia: dates and titles from second-hand accounts (DOMAIN.md §7 [S]); the gazettes
    // were not read. The IT Act was notified in force 2000-10-17; s. 69 was substituted by the IT
    // (Amendment) Act 2008 from 2009-10-27, the day the 2009 rules were notified.
    UK_IPA_2016 = "uk-ipa-2016", Statute, d(2016, 11, 29), None, false,
        "Investigatory Powers Act 2016 (Förenade kungariket), andrahandsuppgift";
    IN_IT_ACT = "in-it-act-2000", Statute, d(2000, 10, 17), None, false,
        "Information Technology Act, 2000 (Indien; s. 69 i lydelse enligt IT (Amendment) Act 2008 från 2009-10-27)";
    IN_RULES_2009 = "in-it-rules-2009", Statute, d(2009, 10, 27), None, false,
        "Information Technology (Procedure and Safeguards for Interception, Monitoring and Decryption of Information) Rules, 2009 (Indien, G.S.R. 780(E))";
    // SORM: the exact day the 1995 law entered into force is not verified (its date is used).
    RU_SORM = "ru-sorm", Statute, d(1995, 8, 12), None, false,
        "Ryssland: lag nr 144-FZ om operativ spaningsverksamhet (1995) och lag nr 126-FZ om kommunikationer (2003), art. 64 (SORM) – andrahandsuppgift";
    RU_YAROVAYA = "ru-yarovaya-2016", Statute, d(2016, 7, 20), None, false,
        "Ryssland: lag nr 374-FZ av 2016-07-06 (”Jarovaja”-lagarna), i huvudsak i kraft 2016-07-20 – andrahandsuppgift";
    // EU acts.
    GDPR = "gdpr", EuAct, d(2018, 5, 25), None, false, "Förordning (EU) 2016/679 (GDPR)";
    NIS2 = "nis2", EuAct, d(2023, 1, 16), None, false, "Direktiv (EU) 2022/2555 (NIS2)";
    DATA_ACT = "data-act", EuAct, d(2025, 9, 12), None, false, "Förordning (EU) 2023/2854 (dataförordningen)";
    SCC_2010 = "scc-2010", EuAct, d(2010, 5, 15), d(2022, 12, 27), false, "Beslut 2010/87/EU (standardavtalsklausuler)";
    SCC_2021 = "scc-2021", EuAct, d(2021, 6, 27), None, false, "Genomförandebeslut (EU) 2021/914 (standardavtalsklausuler)";
    PRIVACY_SHIELD = "privacy-shield", EuAct, d(2016, 8, 1), d(2020, 7, 16), false,
        "Beslut (EU) 2016/1250 (EU–US Privacy Shield)";
    DPF = "dpf", EuAct, d(2023, 7, 10), None, false, "Genomförandebeslut (EU) 2023/1795 (EU–US Data Privacy Framework)";
    // Case law.
    SCHREMS_II = "c-311-18", CaseLaw, d(2020, 7, 16), None, false, "EU-domstolen C-311/18 (Schrems II), 2020-07-16";
    LATOMBE = "t-553-23", CaseLaw, d(2025, 9, 3), None, false,
        "Tribunalen T-553/23 Latombe mot kommissionen, 2025-09-03";
    LATOMBE_APPEAL = "c-703-25-p", CaseLaw, d(2025, 10, 31), None, false,
        "EU-domstolen C-703/25 P Latombe mot kommissionen (överklagande av T-553/23, anhängigt 2025-10-31)";
    // Guidance and supervisory decisions.
    // The Commission's questions and answers on the DPF (2023-07-10): the EO 14086 safeguards and the
    // DPRC redress apply to all transfers to the US, whatever the transfer tool. Known to the tool
    // second-hand (DOMAIN.md §7 [S]); the wording was not read in the original.
    COMMISSION_DPF_QA = "kommissionen-dpf-qa-2023", Guidance, d(2023, 7, 10), None, false,
        "Europeiska kommissionen, frågor och svar om EU–US Data Privacy Framework (2023-07-10) – andrahandsuppgift, inte kontrollerad mot originalet";
    EDPB_REC_01_2020 = "edpb-rec-01-2020", Guidance, d(2021, 6, 18), None, false,
        "EDPB Recommendations 01/2020 om kompletterande åtgärder, version 2.0 (2021-06-18)";
    EDPB_REC_01_2020_V1 = "edpb-rec-01-2020-v1", Guidance, d(2020, 11, 10), d(2021, 6, 18), false,
        "EDPB Recommendations 01/2020 om kompletterande åtgärder, version 1.0 för samråd (2020-11-10)";
    EDPB_FAQ_SCHREMS_II = "edpb-faq-schrems-ii", Guidance, d(2020, 7, 23), None, false,
        "EDPB, frågor och svar om domen C-311/18 (Schrems II), 2020-07-23";
    EDPB_GUIDELINES_05_2021 = "edpb-guidelines-05-2021", Guidance, d(2023, 2, 14), None, false,
        "EDPB Guidelines 05/2021 om samspelet mellan artikel 3 och kapitel V GDPR, version 2.0 (2023-02-14)";
    EDPS_2024 = "edps-2024-03-08", Guidance, d(2024, 3, 8), None, false,
        "EDPS, beslut 2024-03-08 om kommissionens användning av Microsoft 365 (förordning (EU) 2018/1725)";
    DATATILSYNET_2024 = "datatilsynet-2024-01-30", Guidance, d(2024, 1, 30), None, false,
        "Datatilsynet (Danmark), beslut 2024-01-30 om kommuners användning av Chromebooks/Google Workspace";
    HFD_3530_23 = "hfd-3530-23", CaseLaw, d(2024, 2, 29), None, true,
        "HFD mål 3530-23 (februari 2024): en handling som laddas upp i en extern molntjänst enbart för teknisk bearbetning eller lagring blir inte därigenom allmän hos leverantören";
    ESAM_2018 = "esam-2018-10-23", Guidance, d(2018, 10, 23), None, false,
        "eSam, rättsligt uttalande om röjande vid molntjänster (2018-10-23)";
    ESAM_UTKONTRAKTERING_2023 = "esam-utkontraktering-2023", Guidance, d(2023, 6, 21), None, false,
        "eSam, Vägledning för utkontraktering (2023-06-21)";
    IMY_DPIA_LIST = "imy-art-35-4", Guidance, d(2019, 1, 1), None, true,
        "Datainspektionens förteckning enligt art. 35.4 GDPR över behandlingar som kräver konsekvensbedömning (2019)";
    KLASSA_4 = "klassa-4", Guidance, d(2024, 1, 1), None, true, "KLASSA 4.0, Sveriges Kommuner och Regioner (SKR), 2024";
    MCF = "mcf", Guidance, d(2026, 1, 1), None, false, "Myndigheten för civilt försvar (MCF), vägledning och föreskrifter";
    STANDARDS = "iso27001-soc2-c5", Guidance, d(2013, 10, 1), None, false,
        "ISO/IEC 27001; AICPA SOC 2; BSI C5 (Cloud Computing Compliance Criteria Catalogue)";
    ROSENTHAL_2020 = "rosenthal-2020", Guidance, d(2020, 8, 10), None, false,
        "D. Rosenthal (VISCHER), ”Mit Berufsgeheimnissen in die Cloud: So geht es trotz US CLOUD Act”, Jusletter 10 augusti 2020";
    // Regierungsratsbeschluss 542/2022 of 2022-03-30 (second-hand: published 2022-04-14).
    ZURICH_2022 = "zurich-2022", Guidance, d(2022, 3, 30), None, true,
        "Kanton Zürich, riskbedömning av Microsoft 365 (2022)";
    // The case documents the presets come from, and the supplier's statement.
    // Known through Intraservice's assessment of 2018 (seed 000), not read in the original.
    GBG_PM_2017 = "gbg-pm-2017-10-20", CaseDocument, d(2017, 10, 20), None, false,
        "Göteborgs Stad, stadsledningskontoret, promemoria om Office 365 (2017-10-20) – andrahandsuppgift genom Intraservices bedömning 2018";
    // Undated; it reports Microsoft's confirmation "under våren 2018": the end of spring 2018 at the
    // latest, taken as its date so that nothing cites it before it can have existed.
    GBG_LOCKBOX_2018 = "gbg-lockbox-2018", CaseDocument, d(2018, 5, 31), None, true,
        "Intraservice, Göteborgs Stad, Bedömning av Customer Lockbox (2018)";
    // The page names SKR's guidance of November 2019 and Danderyd's decision of 2019-09-30: it is
    // of November 2019 at the earliest, whatever the age of the H1 2018 figures it quotes.
    MICROSOFT_FAQ = "microsoft-faq", Supplier, d(2019, 11, 1), None, true,
        "Microsoft, Microsofts molntjänster – frågor och svar (tidigast november 2019; med transparensdata för H1 2018)";
    DANDERYD_2019 = "danderyd-2019", CaseDocument, d(2019, 9, 30), None, false,
        "Danderyds kommun, Utredning om Office 365 (KS 2019-09-30)";
    // Intraservice's report on the base security, known through Computer Sweden. Of autumn 2018: the
    // article says the roll-out was paused "almost exactly a year ago" (autumn 2017) and the contract
    // renewed "this spring" (spring 2018); a later Computer Sweden article (2019) calls it "last
    // autumn's" review. The id keeps its old year: ids do not change with what is learnt.
    GBG_GRUNDSAKERHET_2018 = "gbg-2019", CaseDocument, d(2018, 10, 1), None, true,
        "Intraservice, Göteborgs Stad, rapport om grundsäkerheten i Office 365 (hösten 2018, enligt Computer Sweden)";
    ZOOMX_2022 = "zoomx-2022", CaseDocument, d(2022, 1, 1), None, true,
        "Stockholms stad och eSam om Zoom X (2022)";
    // Adequacy decisions (GDPR art. 45, and art. 25 decisions of directive 95/46 still in force).
    ADQ_CH = "adekvans-ch", EuAct, d(2000, 7, 26), None, false, "Beslut 2000/518/EG (adekvans, Schweiz)";
    ADQ_CA = "adekvans-ca", EuAct, d(2001, 12, 20), None, false,
        "Beslut 2002/2/EG (adekvans, Kanada: kommersiella organisationer)";
    ADQ_AR = "adekvans-ar", EuAct, d(2003, 6, 30), None, false, "Beslut 2003/490/EG (adekvans, Argentina)";
    ADQ_GG = "adekvans-gg", EuAct, d(2003, 11, 21), None, false, "Beslut 2003/821/EG (adekvans, Guernsey)";
    ADQ_IM = "adekvans-im", EuAct, d(2004, 4, 28), None, false, "Beslut 2004/411/EG (adekvans, Isle of Man)";
    ADQ_JE = "adekvans-je", EuAct, d(2008, 5, 8), None, false, "Beslut 2008/393/EG (adekvans, Jersey)";
    ADQ_FO = "adekvans-fo", EuAct, d(2010, 3, 5), None, false, "Beslut 2010/146/EU (adekvans, Färöarna)";
    ADQ_AD = "adekvans-ad", EuAct, d(2010, 10, 19), None, false, "Beslut 2010/625/EU (adekvans, Andorra)";
    ADQ_IL = "adekvans-il", EuAct, d(2011, 1, 31), None, false, "Beslut 2011/61/EU (adekvans, Israel)";
    ADQ_UY = "adekvans-uy", EuAct, d(2012, 8, 21), None, false, "Beslut 2012/484/EU (adekvans, Uruguay)";
    ADQ_NZ = "adekvans-nz", EuAct, d(2012, 12, 19), None, false, "Beslut 2013/65/EU (adekvans, Nya Zeeland)";
    ADQ_JP = "adekvans-jp", EuAct, d(2019, 1, 23), None, false, "Genomförandebeslut (EU) 2019/419 (adekvans, Japan)";
    ADQ_GB = "adekvans-gb", EuAct, d(2021, 6, 28), d(2031, 12, 28), false,
        "Genomförandebeslut (EU) 2021/1772 (adekvans, Förenade kungariket; förnyat 2025-12-19, giltigt till 2031-12-27)";
    ADQ_KR = "adekvans-kr", EuAct, d(2021, 12, 17), None, false, "Genomförandebeslut (EU) 2022/254 (adekvans, Sydkorea)";
    ADQ_BR = "adekvans-br", EuAct, d(2026, 1, 26), None, false,
        "Genomförandebeslut (EU) 2026/179 (adekvans, Brasilien; EUT 2026-01-28)";
    // The tool's own policy.
    WATCH_ASSUMPTION = "bevakningsantagande", Policy, None, None, false,
        "Antagande i bevakningslistan: landet får ett adekvansbeslut";
    TOOL_POLICY = "verktygets-policy", Policy, None, None, false,
        "Verktygets egen policy (trösklar i profilen; inte lag)";
}

/// Whether a citation is another body's own assessment (a case document), not law or guidance.
pub fn is_case_document(c: &Cite) -> bool {
    c.source.kind == SourceKind::CaseDocument
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_dates_ordered() {
        for (i, s) in ALL.iter().enumerate() {
            assert!(ALL[..i].iter().all(|t| t.id != s.id), "{}", s.id);
            if let (Some(from), Some(to)) = (s.from, s.to) {
                assert!(from < to, "{}", s.id);
            }
            assert_eq!(s.from.is_none(), s.kind == SourceKind::Policy, "{}", s.id);
        }
    }

    /// DOMAIN.md §5: a 2019 assessment does not cite EDPB 2021, eSam 2023 or EDPS 2024, but lists them apart.
    #[test]
    fn an_assessment_cites_only_what_existed_at_its_date() {
        let cites = [
            cite(&GDPR, "art. 44"),
            cite(&EDPB_REC_01_2020, "bilaga 2"),
            cite(&EDPS_2024, ""),
            cite(&SAKL_2018, "2 kap."),
            cite(&SAKL_1996, ""),
            cite(&TOOL_POLICY, ""),
        ];
        let c = at_date(&cites, Date::ymd(2019, 1, 1));
        assert_eq!(c.ids, ["gdpr", "sakl-1996", "verktygets-policy"]);
        assert_eq!(
            c.later,
            [
                "EDPB Recommendations 01/2020 om kompletterande åtgärder, version 2.0 (2021-06-18)",
                "EDPS, beslut 2024-03-08 om kommissionens användning av Microsoft 365 (förordning (EU) 2018/1725)",
                "Säkerhetsskyddslagen (2018:585) (2019-04-01)"
            ]
        );
        let today = at_date(&cites, Date::ymd(2026, 11, 30));
        assert_eq!(today.ids, ["gdpr", "edpb-rec-01-2020", "edps-2024-03-08", "sakl-2018", "verktygets-policy"]);
        assert!(today.later.is_empty(), "a repealed act is not 'written later'");
        assert_eq!(cite(&GDPR, "art. 44").render(), "Förordning (EU) 2016/679 (GDPR), art. 44");
    }
}
