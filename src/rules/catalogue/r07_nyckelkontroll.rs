//! R7 Nyckelkontroll: per component holding the information, who controls the keys, and does that keep
//! clear text out of the provider's reach? Explains; R2 (secrecy), R6 (transfer) and R15 (infosec) decide.

use super::Rule;
use crate::model::{Component, KeyControl, Text, Tri};
use crate::rules::legal_state::EDPB_REC_01_2020;
use crate::rules::sources::{self as src, cite, Cite};
use crate::rules::{Addressee, Cell, Dimension, Finding, Question, RuleId};
use crate::text;

pub static RULE: Rule = Rule {
    id: RuleId::R7,
    title_sv: "Nyckelkontroll",
    title_en: "Key control",
    explanation_sv: "För varje komponent som håller uppgifterna: vem styr krypteringsnycklarna? Leverantörshanterade nycklar och kundnycklar i leverantörens nyckeltjänst (BYOK/CMK) används inne hos leverantören, som därmed kan nå klartext. Bara extern nyckel/dubbelnyckelkryptering där klartext aldrig finns hos leverantören, och totalsträckskryptering med nycklar hos klienten, kan räknas som \"enbart under myndighetens kontroll\" – totalsträckskryptering bara om leverantören inte styr klientprogramvaran som skapar och hanterar nycklarna. Kräver tjänsten klartext hos leverantören för att fungera hjälper inget nyckelval (EDPB användningsfall 6).",
    explanation_en: "For each component holding the information: who controls the encryption keys? Provider-managed keys and customer keys in the provider's key service (BYOK/CMK) are used inside the provider, which can therefore reach clear text. Only an external key/double key encryption with clear text never at the provider, and end-to-end encryption with client-held keys, can count as \"solely under the body's control\" – end-to-end only if the provider does not control the client software that generates and handles the keys. If the service needs clear text at the provider to work, no key option helps (EDPB use case 6).",
    sources: &[
        cite(&src::EDPB_REC_01_2020, "bilaga 2, användningsfall 1 och 6"),
        cite(&src::GBG_LOCKBOX_2018, "Microsoft behöver nycklarna för att tillhandahålla data"),
        cite(&src::ZOOMX_2022, "nycklar inte enbart under kundens kontroll"),
    ],
    policy: false,
    dimensions: &[Dimension::Secrecy, Dimension::Transfer, Dimension::Infosec],
    evaluate,
};

const SEED_004: Cite = cite(&src::ZOOMX_2022, "");

/// A question to the supplier about component `c`, keyed `R7.<slug>/<component id>`.
fn ask_about(c: &Component, slug: &str, text: Text) -> Question {
    Question::about(RULE.id, Addressee::Supplier, slug, &c.id, text)
}

/// One component's key situation in words, and the questions it raises.
fn classify(c: &Component, date: crate::model::Date) -> (String, String, Vec<Question>) {
    let comp = &c.name;
    // EDPB's use cases (Recommendations 01/2020, from 2020-11-10) and the Zoom X case (2022) are
    // named only from their dates; earlier, the citation filter lists them as written later.
    let (uc1_sv, uc1_en) = crate::rules::sources::mention(
        &crate::rules::sources::EDPB_REC_01_2020_V1,
        date,
        " (EDPB användningsfall 1)",
        " (EDPB use case 1)",
    );
    let (uc6_sv, uc6_en) = crate::rules::sources::mention(
        &crate::rules::sources::EDPB_REC_01_2020_V1,
        date,
        " (EDPB användningsfall 6)",
        " (EDPB use case 6)",
    );
    let (zx_sv, zx_en) = crate::rules::sources::mention(
        &crate::rules::sources::ZOOMX_2022,
        date,
        "Stockholms stad och eSam om Zoom X 2022: ",
        "Stockholm and eSam on Zoom X 2022: ",
    );
    let (zx2_sv, zx2_en) = crate::rules::sources::mention(
        &crate::rules::sources::ZOOMX_2022,
        date,
        " (Stockholms stad och eSam om Zoom X, 2022)",
        " (City of Stockholm and eSam on Zoom X, 2022)",
    );
    let mut questions = Vec::new();
    let needs = c.provider_needs_cleartext;
    let use_case_6 = (
        format!(" Tjänsten behöver dessutom klartext hos leverantören för att fungera{uc6_sv}."),
        format!(" The service also needs clear text at the provider to work{uc6_en}."),
    );
    let (sv, en) = match c.key_control {
        KeyControl::Provider => {
            let (x_sv, x_en) = if needs.is_yes() { use_case_6 } else { (String::new(), String::new()) };
            (
                format!("{comp}: leverantören hanterar nycklarna och kan nå klartext.{x_sv}"),
                format!("{comp}: the provider manages the keys and can reach clear text.{x_en}"),
            )
        }
        KeyControl::CustomerKeyInProviderKms => (
            format!("{comp}: kundnyckel i leverantörens nyckeltjänst (BYOK/CMK). Nyckeln används ändå inne hos leverantören vid varje operation, så leverantören kan nå klartext ({zx_sv}AWS hanterar kundnyckeln tillfälligt i Zoom X)."),
            format!("{comp}: customer key in the provider's key service (BYOK/CMK). The key is still used inside the provider at each operation, so the provider can reach clear text ({zx_en}AWS handles the customer key momentarily in Zoom X)."),
        ),
        KeyControl::ExternalKeyNoProviderCleartext => match needs {
            Tri::No => (
                format!("{comp}: extern nyckel/dubbelnyckelkryptering; klartext finns aldrig hos leverantören. Kan räknas som enbart under myndighetens kontroll{uc1_sv}."),
                format!("{comp}: external key/double key encryption; clear text is never at the provider. Can count as solely under the body's control{uc1_en}."),
            ),
            Tri::Yes => (
                format!("{comp}: extern nyckel, men tjänsten behöver klartext hos leverantören för att fungera – då hjälper nyckelvalet inte{uc6_sv}."),
                format!("{comp}: external key, but the service needs clear text at the provider to work – then the key option does not help{uc6_en}."),
            ),
            Tri::Unknown => {
                questions.push(ask_about(
                    c,
                    "klartextbehov",
                    text!(
                        "Behöver {comp} uppgifterna i klartext hos er för att fungera (t.ex. sökning, förhandsvisning, AI-funktioner), trots extern nyckel?",
                        "Does {comp} need the data in clear text at your side to work (e.g. search, preview, AI features), despite the external key?"
                    ),
                ));
                (
                    format!("{comp}: extern nyckel, men det är okänt om tjänsten behöver klartext hos leverantören."),
                    format!("{comp}: external key, but it is unknown whether the service needs clear text at the provider."),
                )
            }
        },
        KeyControl::EndToEnd => {
            if needs.is_yes() {
                (
                    format!("{comp}: totalsträckskryptering, men tjänsten behöver klartext hos leverantören – det hjälper inte{uc6_sv}."),
                    format!("{comp}: end-to-end encryption, but the service needs clear text at the provider – it does not help{uc6_en}."),
                )
            } else if c.provider_controls_client.is_yes() {
                (
                    format!("{comp}: totalsträckskryptering, men leverantören styr klientprogramvaran som skapar och hanterar nycklarna, så nycklarna är inte enbart under myndighetens kontroll{zx2_sv}."),
                    format!("{comp}: end-to-end encryption, but the provider controls the client software that generates and handles the keys, so the keys are not solely under the body's control{zx2_en}."),
                )
            } else if needs.is_no() && c.provider_controls_client.is_no() {
                (
                    format!("{comp}: totalsträckskryptering med nycklar hos klienten, och leverantören styr inte klientprogramvaran. Kan räknas som enbart under myndighetens kontroll."),
                    format!("{comp}: end-to-end encryption with client-held keys, and the provider does not control the client software. Can count as solely under the body's control."),
                )
            } else {
                if c.provider_controls_client.is_unknown() {
                    questions.push(ask_about(
                        c,
                        "klientprogramvara",
                        text!(
                            "Styr ni klientprogramvaran som skapar och hanterar nycklarna för totalsträckskrypteringen i {comp} (uppdateringar, nyckelutväxling)?",
                            "Do you control the client software that generates and handles the keys for end-to-end encryption in {comp} (updates, key exchange)?"
                        ),
                    ));
                }
                if needs.is_unknown() {
                    questions.push(ask_about(
                        c,
                        "klartextbehov",
                        text!(
                            "Behöver {comp} uppgifterna i klartext hos er för att fungera?",
                            "Does {comp} need the data in clear text at your side to work?"
                        ),
                    ));
                }
                (
                    format!("{comp}: totalsträckskryptering, men det är okänt om leverantören styr klientprogramvaran eller behöver klartext."),
                    format!("{comp}: end-to-end encryption, but it is unknown whether the provider controls the client software or needs clear text."),
                )
            }
        }
        KeyControl::Unknown => {
            questions.push(ask_about(
                c,
                "nyckelhantering",
                text!(
                    "Vem skapar, förvarar och använder krypteringsnycklarna för {comp}: ni, en nyckeltjänst hos er med myndighetens nyckel, eller myndigheten utanför er miljö?",
                    "Who generates, stores and uses the encryption keys for {comp}: you, your key service with the body's key, or the body outside your environment?"
                ),
            ));
            (format!("{comp}: okänt vem som styr nycklarna."), format!("{comp}: unknown who controls the keys."))
        }
    };
    (sv, en, questions)
}

fn evaluate(cell: &Cell, out: &mut Vec<Finding>) {
    let components = cell.components();
    if components.is_empty() {
        return;
    }
    let mut lines_sv = Vec::new();
    let mut lines_en = Vec::new();
    let mut questions = Vec::new();
    // The per-component lines only explain (R7 gives no verdict here): written when shown, and
    // their questions kept where keys are.
    if crate::model::keys_wanted() {
        for c in components {
            let (sv, en, q) = classify(c, cell.date);
            lines_sv.push(sv);
            lines_en.push(en);
            questions.extend(q);
        }
    }
    let (l_sv, l_en) = (lines_sv.join(" "), lines_en.join(" "));
    let solely = !Tri::any(components.iter().map(|c| !Cell::keys_exclude_provider(c)));
    let (s_sv, s_en) = match solely {
        Tri::Yes => (
            "Sammantaget kan leverantören inte nå klartext genom nycklarna.",
            "Overall, the provider cannot reach clear text through the keys.",
        ),
        Tri::No => (
            "Sammantaget kan leverantören nå klartext i minst en komponent.",
            "Overall, the provider can reach clear text in at least one component.",
        ),
        Tri::Unknown => (
            "Sammantaget är det inte klarlagt om leverantören kan nå klartext.",
            "Overall, it is not clear whether the provider can reach clear text.",
        ),
    };
    let mut first = true;
    let mut push = |dim: Dimension, tail_sv: &str, tail_en: &str| {
        let mut f = Finding::new(RULE.id, dim, None, text!("{l_sv} {s_sv} {tail_sv}", "{l_en} {s_en} {tail_en}"))
            .cite(EDPB_REC_01_2020.source)
            .cite(SEED_004);
        if first {
            f.questions.extend(questions.iter().cloned());
            first = false;
        }
        out.push(f);
    };
    if cell.is_secret() {
        push(
            Dimension::Secrecy,
            "Om uppgifterna lämnas ut avgörs i R2.",
            "Whether the information is disclosed is decided in R2.",
        );
    }
    if !cell.has_personal_data().is_no() {
        push(
            Dimension::Transfer,
            "Om nyckelkontrollen är en effektiv kompletterande åtgärd vid överföring avgörs i R6.",
            "Whether key control is an effective supplementary measure for a transfer is decided in R6.",
        );
    }
    if let Some(k) = cell.info.klassa_k {
        let limit = cell.thresholds.klassa_k_requires_own_keys;
        if k >= limit && !solely.is_yes() {
            let weak: Vec<&str> = components
                .iter()
                .filter(|c| !Cell::keys_exclude_provider(c).is_yes())
                .map(|c| c.name.as_str())
                .collect();
            let list = Cell::lang_list(&weak);
            out.push(Finding::new(
                RULE.id,
                Dimension::Infosec,
                None,
                text!(
                    "Uppgifterna har KLASSA-nivå K{k}. Verktygets policy (ändringsbar) kräver från K{limit} att lagring sker med nycklar enbart under myndighetens kontroll; det är inte visat för {list}. Informationssäkerheten avgörs i R15.",
                    "The information has KLASSA level K{k}. The tool's (editable) policy requires storage with keys solely under the body's control from K{limit}; that is not shown for {list}. Information security is decided in R15."
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PersonalData;
    use crate::rules::fixture::{run, verdict_on};

    #[test]
    fn fires_for_provider_keys_and_explains_on_secrecy_and_transfer() {
        let f = run(&RULE, |_| {});
        assert_eq!(verdict_on(&f, Dimension::Secrecy), None);
        assert_eq!(verdict_on(&f, Dimension::Transfer), None);
        assert!(f.iter().any(|f| f.dimension == Dimension::Transfer));
        assert!(
            f[0].reasoning.sv.contains("leverantören hanterar nycklarna")
                && f[0].reasoning.sv.contains("användningsfall 6")
        );
    }

    #[test]
    fn customer_key_in_provider_kms_is_not_solely_the_bodys() {
        let f = run(&RULE, |a| a.services[0].components[0].key_control = KeyControl::CustomerKeyInProviderKms);
        assert!(
            f[0].reasoning.sv.contains("BYOK/CMK") && f[0].reasoning.sv.contains("nå klartext i minst en komponent")
        );
    }

    #[test]
    fn end_to_end_counts_only_without_provider_controlled_client() {
        let f = run(&RULE, |a| {
            let c = &mut a.services[0].components[0];
            c.key_control = KeyControl::EndToEnd;
            c.provider_needs_cleartext = Tri::No;
        });
        assert!(f[0].reasoning.sv.contains("styr klientprogramvaran") && f[0].reasoning.sv.contains("Zoom"));
        let f = run(&RULE, |a| {
            let c = &mut a.services[0].components[0];
            c.key_control = KeyControl::EndToEnd;
            c.provider_needs_cleartext = Tri::No;
            c.provider_controls_client = Tri::No;
        });
        assert!(f[0].reasoning.sv.contains("inte nå klartext genom nycklarna"));
    }

    #[test]
    fn external_key_does_not_fire_but_cleartext_processing_defeats_it() {
        let f = run(&RULE, |a| {
            let c = &mut a.services[0].components[0];
            c.key_control = KeyControl::ExternalKeyNoProviderCleartext;
            c.provider_needs_cleartext = Tri::No;
        });
        assert!(f[0].reasoning.sv.contains("inte nå klartext genom nycklarna"));
        assert!(f.iter().all(|f| f.questions.is_empty()));
        let f = run(&RULE, |a| a.services[0].components[0].key_control = KeyControl::ExternalKeyNoProviderCleartext);
        assert!(f[0].reasoning.sv.contains("hjälper nyckelvalet inte"));
    }

    #[test]
    fn unknown_key_control_asks_the_supplier_once() {
        let f = run(&RULE, |a| a.services[0].components[0].key_control = KeyControl::Unknown);
        let q: Vec<_> = f.iter().flat_map(|f| f.questions.iter()).collect();
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].to, Addressee::Supplier);
        assert!(f[0].reasoning.sv.contains("inte klarlagt"));
    }

    #[test]
    fn klassa_k3_without_own_keys_is_explained_not_decided() {
        let f = run(&RULE, |a| a.information_types[0].klassa_k = Some(3));
        let i: Vec<_> = f.iter().filter(|f| f.dimension == Dimension::Infosec).collect();
        assert_eq!(i.len(), 1);
        assert_eq!(i[0].verdict, None);
        assert!(i[0].reasoning.sv.contains("R15"));
        let f = run(&RULE, |a| {
            a.information_types[0].personal_data = PersonalData::None;
            a.information_types[0].secrecy = None;
        });
        assert!(f.is_empty());
    }
}
