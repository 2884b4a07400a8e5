//! R6 Kompletterande åtgärder: can a technical measure make a transfer's protection essentially
//! equivalent (EDPB Rec. 01/2020 annex 2)? Explains per component; the result feeds R5.

use super::r04_overforing::{self, Path, Via};
use super::Rule;
use crate::model::{Access, Component, Party, Text, Tri};
use crate::rules::legal_state::{EDPB_REC_01_2020, SCHREMS_II};
use crate::rules::sources::{self as src, cite, Cite};
use crate::rules::{Addressee, Cell, Dimension, Finding, RuleId};
use crate::text;

pub static RULE: Rule = Rule {
    id: RuleId::R6,
    title_sv: "Kompletterande åtgärder",
    title_en: "Supplementary measures",
    explanation_sv: "Efter Schrems II räcker standardavtalsklausuler bara om mottagarlandets lagar inte hindrar skyddet, eller om kompletterande åtgärder gör skyddet i praktiken likvärdigt. EDPB:s rekommendationer 01/2020 visar när tekniska åtgärder kan fungera: lagring krypterad med nycklar som bara myndigheten kontrollerar (fall 1), pseudonymisering (2), krypterad överföring (3), skyddad mottagare (4) och uppdelad behandling (5). Om leverantören eller en annan mottagare behöver uppgifterna i klartext (fall 6) finns ingen effektiv teknisk åtgärd. Fjärråtkomst från tredje land för support eller drift är i sig en överföring (EDPB:s rekommendationer 01/2020 p. 13; EDPB:s frågor och svar om Schrems II, fråga 11); når aktören då klartext gäller fall 6. (Fall 7 gäller överföringar för gemensamma affärsändamål, oftast inom en koncern.) Avtal och organisatoriska åtgärder räcker aldrig ensamma.",
    explanation_en: "After Schrems II, standard contractual clauses are enough only if the recipient country's laws do not undermine the protection, or if supplementary measures make it essentially equivalent. EDPB Recommendations 01/2020 show when technical measures can work: storage encrypted with keys only the body controls (use case 1), pseudonymisation (2), encrypted transit (3), protected recipient (4) and split processing (5). If the provider or another importer needs the data in clear text (use case 6), no effective technical measure exists. Remote access from a third country for support or operations is itself a transfer (EDPB Recommendations 01/2020 para. 13; EDPB FAQ on Schrems II, question 11); where the party then reaches clear text, use case 6 applies. (Use case 7 concerns transfers for shared business purposes, typically within a group.) Contractual and organisational measures are never enough alone.",
    sources: &[
        cite(&src::EDPB_REC_01_2020, "bilaga 2, användningsfall 1–7; p. 13 (fjärråtkomst är en överföring)"),
        cite(&src::EDPB_FAQ_SCHREMS_II, "fråga 11"),
        cite(&src::SCHREMS_II, "p. 133–134"),
        cite(&src::ZOOMX_2022, "nycklar inte enbart under kundens kontroll"),
    ],
    policy: false,
    dimensions: &[Dimension::Transfer],
    evaluate,
};

const DIM: Dimension = Dimension::Transfer;

/// Can a technical measure keep `importer` away from this component's personal data in clear text?
/// `Yes` only when keys are solely under the body's control (use case 1) and the importer does not
/// reach metadata in clear text; `None` importer: storage only, decided by the keys.
pub(super) fn technical_measure(importer: Option<&Party>, component: &Component) -> Tri {
    let keys = Cell::keys_exclude_provider(component);
    // A party whose role reaches content also sees the metadata (who, when, from where), which the
    // content keys do not protect.
    let metadata_in_clear = match importer.map(|p| p.access) {
        Some(Access::Metadata | Access::Content) => Tri::Yes,
        Some(Access::Unknown) => Tri::Unknown,
        _ => Tri::No,
    };
    keys.and(!metadata_in_clear)
}

/// The source of EDPB Rec. 01/2020 at `date`: the consultation version before the final one, and
/// before 2020-11-10 none (the citation filter moves it to "written later"; Schrems II is cited).
pub(super) fn edpb_source(cell: &Cell) -> Cite {
    if EDPB_REC_01_2020.in_force(cell.date) {
        EDPB_REC_01_2020.source
    } else {
        cite(&src::EDPB_REC_01_2020_V1, "")
    }
}

/// Whether a component carries real-time communication (meetings, audio, video, calls, chat). The
/// model has no component kind, so this reads the id and name (e.g. the Zoom X preset's "Möten
/// (ljud och video)" and "Chatt").
fn realtime(component: &Component) -> bool {
    const WORDS: &[&str] =
        &["möte", "moten", "meeting", "video", "ljud", "audio", "samtal", "call", "webinar", "webbinarium", "chat"];
    let (id, name) = (component.id.to_lowercase(), component.name.to_lowercase());
    WORDS.iter().any(|w| id.contains(w) || name.contains(w))
}

/// The technical measure to propose where the keys are not solely the body's. An external key or
/// double key encryption exists for stored content, not for real-time media: there the measure is
/// end-to-end encryption with keys only the participants' clients hold, and it is effective only
/// if the provider does not control the client software that makes and handles the keys (R7;
/// eSam on Zoom X 2022).
fn measure_for(c: &Component) -> Text {
    let comp = &c.name;
    if !realtime(c) {
        return text!(
            "Använd extern nyckel eller dubbel kryptering där klartext aldrig finns hos leverantören för {comp}, eller håll personuppgifterna utanför {comp}.",
            "Use an external key or double key encryption with no clear text at the provider for {comp}, or keep the personal data out of {comp}."
        );
    }
    let client = match c.provider_controls_client {
        Tri::Yes => text!(
            "Här styr leverantören klientprogrammet som skapar och hanterar nycklarna, så nycklarna är inte enbart under myndighetens kontroll och åtgärden ligger inte helt i myndighetens hand (eSam om Zoom X 2022).",
            "Here the provider controls the client software that makes and handles the keys, so the keys are not solely under the body's control and the measure is not wholly in the body's hands (eSam on Zoom X 2022)."
        ),
        Tri::No => text!(
            "Leverantören styr inte klientprogrammet, så en sådan kryptering kan hålla leverantören borta från innehållet.",
            "The provider does not control the client software, so such encryption can keep the provider away from the content."
        ),
        Tri::Unknown => text!(
            "Det är inte känt om leverantören styr klientprogrammet som skapar och hanterar nycklarna; gör den det är nycklarna inte enbart under myndighetens kontroll (eSam om Zoom X 2022).",
            "It is not known whether the provider controls the client software that makes and handles the keys; if it does, the keys are not solely under the body's control (eSam on Zoom X 2022)."
        ),
    };
    let (c_sv, c_en) = (&client.sv, &client.en);
    text!(
        "{comp} är kommunikation i realtid: där finns ingen extern nyckel att välja. Använd end-to-end-kryptering med nycklar som bara deltagarnas klienter har (R7), och stäng av funktioner som kräver klartext hos leverantören, t.ex. inspelning i molnet och transkribering (R24). {c_sv} Annars: håll personuppgifterna utanför {comp}.",
        "{comp} is real-time communication: no external key is available there. Use end-to-end encryption with keys held only by the participants' clients (R7), and switch off features that need clear text at the provider, e.g. cloud recording and transcription (R24). {c_en} Otherwise: keep the personal data out of {comp}."
    )
}

fn evaluate(cell: &Cell, out: &mut Vec<Finding>) {
    if r04_overforing::gdpr_gate(cell, RULE.id, DIM).is_some() || !SCHREMS_II.in_force(cell.date) {
        return;
    }
    let analysis = r04_overforing::analyse(cell);
    for c in cell.components() {
        let paths: Vec<&Path> = analysis.paths.iter().filter(|p| std::ptr::eq(p.component, *c)).collect();
        if paths.is_empty() {
            continue;
        }
        let comp = &c.name;
        let keys = Cell::keys_exclude_provider(c);
        let mut f = match keys {
            Tri::Yes => {
                let meta: Vec<&str> = paths
                    .iter()
                    .filter_map(|p| p.importer)
                    .filter(|p| p.access != Access::Content && p.access != Access::None)
                    .map(|p| p.name.as_str())
                    .collect();
                let base = Finding::new(
                    RULE.id,
                    DIM,
                    None,
                    text!(
                        "{comp}: innehållet krypteras med nycklar som enbart myndigheten kontrollerar (EDPB fall 1). Det kan vara en effektiv kompletterande åtgärd för innehållet. Metadata som tjänsten behöver i klartext (t.ex. IP- och e-postadresser) skyddas inte av krypteringen.",
                        "{comp}: content is encrypted with keys solely under the body's control (EDPB use case 1). This can be an effective supplementary measure for the content. Metadata the service needs in clear text (e.g. IP and e-mail addresses) is not protected by the encryption."
                    ),
                )
                .measure_about("hall-nycklarna-utanfor", &c.id, text!(
                    "Håll nycklarna för {comp} utanför leverantörens kontroll under hela avtalstiden och bedöm metadata i TIA:n.",
                    "Keep the keys for {comp} out of the provider's control for the whole contract period and assess metadata in the TIA."
                ));
                if meta.is_empty() {
                    base
                } else {
                    let who = Cell::lang_list(&meta);
                    base.measure_about("metadata-nas", &c.id, text!(
                        "{who} kan nå (eller kan nå) metadata i {comp} i klartext: ingen teknisk åtgärd skyddar det (EDPB fall 6).",
                        "{who} can (or may) reach metadata in {comp} in clear text: no technical measure protects that (EDPB use case 6)."
                    ))
                }
            }
            Tri::No => {
                let remote = paths.iter().any(|p| p.via != Via::Storage);
                let rec = &src::EDPB_REC_01_2020_V1;
                let (p13_sv, p13_en) = crate::rules::sources::mention(rec, cell.date, "; EDPB:s rekommendationer 01/2020 p. 13", "; EDPB Recommendations 01/2020 para. 13");
                let (uc_sv, uc_en) = crate::rules::sources::mention(rec, cell.date, ", EDPB:s användningsfall 6", ", EDPB use case 6");
                let (case_sv, case_en) = if remote {
                    (
                        format!("aktörer i tredje land når uppgifterna på distans (support, drift) i klartext. Fjärråtkomsten är i sig en överföring (EDPB:s frågor och svar om Schrems II, fråga 11{p13_sv}), och mottagaren når klartext{uc_sv}"),
                        format!("parties in a third country reach the data remotely (support, operations) in clear text. The remote access is itself a transfer (EDPB FAQ on Schrems II, question 11{p13_en}), and the importer reaches clear text{uc_en}"),
                    )
                } else {
                    (
                        format!("leverantören kan läsa uppgifterna i klartext där de lagras{uc_sv}"),
                        format!("the provider can read the data in clear text where it is stored{uc_en}"),
                    )
                };
                let f = Finding::new(
                    RULE.id,
                    DIM,
                    None,
                    text!(
                        "{comp}: nycklarna är inte enbart under myndighetens kontroll, så {case_sv}. Då finns ingen effektiv teknisk kompletterande åtgärd. Avtalsklausuler och godkännandeflöden minskar risken men räcker inte ensamma.",
                        "{comp}: the keys are not solely under the body's control, so {case_en}. No effective technical supplementary measure then exists. Contract clauses and approval flows reduce the risk but are not enough alone."
                    ),
                );
                if remote {
                    f.cite(cite(&src::EDPB_FAQ_SCHREMS_II, "fråga 11")).measure_about("nyckel-utanfor-tredje-land", &c.id, measure_for(c))
                } else {
                    f.measure_about("nyckel-utanfor-tredje-land", &c.id, measure_for(c))
                }
            }
            Tri::Unknown => Finding::new(
                RULE.id,
                DIM,
                None,
                text!(
                    "{comp}: det är inte känt om nycklarna är enbart under myndighetens kontroll eller om leverantören behöver klartext. Det avgör om det finns någon effektiv teknisk åtgärd.",
                    "{comp}: it is not known whether the keys are solely under the body's control or whether the provider needs clear text. That decides whether any effective technical measure exists."
                ),
            )
            .ask_about(
                Addressee::Supplier,
                "nyckelhantering",
                &c.id,
                text!(
                    "Vem genererar, lagrar och använder nycklarna för {comp}, och behöver tjänsten uppgifterna i klartext hos er?",
                    "Who generates, stores and uses the keys for {comp}, and does the service need the data in clear text at your end?"
                ),
            ),
        };
        f = f.cite(edpb_source(cell)).cite(SCHREMS_II.source);
        out.push(f);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Date, KeyControl, PersonalData};
    use crate::rules::fixture::run;

    #[test]
    fn provider_keys_with_remote_access_are_a_transfer_and_use_case_6() {
        let f = run(&RULE, |_| {});
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].verdict, None);
        let sv = &f[0].reasoning.sv;
        assert!(sv.contains("p. 13") && sv.contains("fråga 11") && sv.contains("användningsfall 6"), "{sv}");
        assert!(!sv.contains("fall 7") && !RULE.explanation_sv.contains("support och drift (fall 7)"));
        assert!(f[0].sources.iter().any(|s| s.id() == "edpb-faq-schrems-ii"));
        assert!(f[0].measures[0].sv.contains("extern nyckel"));
    }

    /// Real-time meeting media has no external-key option: propose end-to-end encryption with
    /// client-held keys, and say that a provider-controlled client keeps it out of the body's hands.
    #[test]
    fn realtime_media_gets_end_to_end_not_an_external_key() {
        let meeting = |a: &mut crate::model::Assessment| {
            let c = &mut a.services[0].components[0];
            (c.id, c.name) = ("moten".into(), "Möten (ljud och video)".into());
            a.information_types[0].components = vec!["moten".into()];
        };
        let f = run(&RULE, meeting);
        let m = &f[0].measures[0].sv;
        assert!(m.contains("end-to-end") && m.contains("ingen extern nyckel") && m.contains("Zoom X 2022"), "{m}");
        assert!(m.contains("inte helt i myndighetens hand"));
        let f = run(&RULE, |a| {
            meeting(a);
            a.services[0].components[0].provider_controls_client = Tri::No;
        });
        assert!(f[0].measures[0].sv.contains("kan hålla leverantören borta"));
    }

    #[test]
    fn external_keys_can_be_effective_use_case_1() {
        let f = run(&RULE, |a| {
            let c = &mut a.services[0].components[0];
            c.key_control = KeyControl::ExternalKeyNoProviderCleartext;
            c.provider_needs_cleartext = crate::model::Tri::No;
        });
        assert!(f[0].reasoning.sv.contains("fall 1"));
        let a = crate::rules::fixture::assessment();
        let mut c = a.services[0].components[0].clone();
        c.key_control = KeyControl::ExternalKeyNoProviderCleartext;
        c.provider_needs_cleartext = Tri::No;
        // A host that reaches nothing: the keys are effective (use case 1).
        let mut host = a.services[0].parties[0].clone();
        host.access = Access::None;
        assert_eq!(technical_measure(Some(&host), &c), Tri::Yes);
        // A party that reaches metadata – or content, which includes the metadata – is not kept out.
        for access in [Access::Metadata, Access::Content] {
            let mut p = host.clone();
            p.access = access;
            assert_eq!(technical_measure(Some(&p), &c), Tri::No, "{access:?}");
        }
    }

    #[test]
    fn does_not_fire_without_transfer_or_before_schrems_ii() {
        let f = run(&RULE, |a| {
            a.services[0].parties[0].access = Access::None;
            a.services[0].components[0].support_from.clear();
        });
        assert!(f.is_empty());
        assert!(run(&RULE, |a| a.legal_date = Date::ymd(2020, 7, 15)).is_empty());
        assert!(run(&RULE, |a| a.information_types[0].personal_data = PersonalData::None).is_empty());
    }

    #[test]
    fn unknown_keys_ask_the_supplier() {
        let f = run(&RULE, |a| a.services[0].components[0].key_control = KeyControl::Unknown);
        assert_eq!(f[0].questions[0].to, Addressee::Supplier);
    }

    #[test]
    fn cites_the_consultation_version_before_2021_06_18() {
        let f = run(&RULE, |a| a.legal_date = Date::ymd(2021, 1, 1));
        assert!(f[0].sources.iter().any(|s| s.id() == "edpb-rec-01-2020-v1"));
    }
}
