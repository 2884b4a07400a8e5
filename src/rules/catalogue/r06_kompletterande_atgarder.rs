//! R6 Kompletterande åtgärder: can a technical measure make a transfer's protection essentially
//! equivalent (EDPB Rec. 01/2020 annex 2)? Explains per component; the result feeds R5.

use super::r04_overforing::{self, Path, Via};
use super::Rule;
use crate::model::{Access, Component, Party, Tri};
use crate::rules::legal_state::{EDPB_REC_01_2020, SCHREMS_II};
use crate::rules::sources::{self as src, cite, Cite};
use crate::rules::{Addressee, Cell, Dimension, Finding};
use crate::text;

pub static RULE: Rule = Rule {
    id: "R6",
    title_sv: "Kompletterande åtgärder",
    title_en: "Supplementary measures",
    explanation_sv: "Efter Schrems II räcker standardavtalsklausuler bara om mottagarlandets lagar inte hindrar skyddet, eller om kompletterande åtgärder gör skyddet i praktiken likvärdigt. EDPB:s rekommendationer 01/2020 visar när tekniska åtgärder kan fungera: lagring krypterad med nycklar som bara myndigheten kontrollerar (fall 1), pseudonymisering (2), krypterad överföring (3), skyddad mottagare (4) och uppdelad behandling (5). Om leverantören behöver klartext (fall 6) eller når uppgifterna på distans för sin verksamhet, t.ex. support och drift (fall 7), finns ingen effektiv teknisk åtgärd. Avtal och organisatoriska åtgärder räcker aldrig ensamma.",
    explanation_en: "After Schrems II, standard contractual clauses are enough only if the recipient country's laws do not undermine the protection, or if supplementary measures make it essentially equivalent. EDPB Recommendations 01/2020 show when technical measures can work: storage encrypted with keys only the body controls (use case 1), pseudonymisation (2), encrypted transit (3), protected recipient (4) and split processing (5). If the provider needs clear text (use case 6) or reaches the data remotely for its business, e.g. support and operations (use case 7), no effective technical measure exists. Contractual and organisational measures are never enough alone.",
    sources: &[
        cite(&src::EDPB_REC_01_2020, "bilaga 2, användningsfall 1–7"),
        cite(&src::SCHREMS_II, "p. 133–134"),
        cite(&src::ZOOMX_2022, "nycklar inte enbart under kundens kontroll"),
    ],
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

fn evaluate(cell: &Cell) -> Vec<Finding> {
    if r04_overforing::gdpr_gate(cell, RULE.id, DIM).is_some() || !SCHREMS_II.in_force(cell.date) {
        return Vec::new();
    }
    let analysis = r04_overforing::analyse(cell);
    let mut out = Vec::new();
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
                .measure(text!(
                    "Håll nycklarna för {comp} utanför leverantörens kontroll under hela avtalstiden och bedöm metadata i TIA:n.",
                    "Keep the keys for {comp} out of the provider's control for the whole contract period and assess metadata in the TIA."
                ));
                if meta.is_empty() {
                    base
                } else {
                    let who = Cell::lang_list(&meta);
                    base.measure(text!(
                        "{who} kan nå (eller kan nå) metadata i {comp} i klartext: ingen teknisk åtgärd skyddar det (EDPB fall 6/7).",
                        "{who} can (or may) reach metadata in {comp} in clear text: no technical measure protects that (EDPB use cases 6/7)."
                    ))
                }
            }
            Tri::No => {
                let remote = paths.iter().any(|p| p.via != Via::Storage);
                let (case_sv, case_en) = if remote {
                    (
                        "aktörer i tredje land når uppgifterna på distans för sin verksamhet (support, drift) i klartext (EDPB fall 7)",
                        "parties in a third country reach the data remotely for their business (support, operations) in clear text (EDPB use case 7)",
                    )
                } else {
                    (
                        "leverantören kan läsa uppgifterna i klartext där de lagras (EDPB fall 6)",
                        "the provider can read the data in clear text where it is stored (EDPB use case 6)",
                    )
                };
                Finding::new(
                    RULE.id,
                    DIM,
                    None,
                    text!(
                        "{comp}: nycklarna är inte enbart under myndighetens kontroll, så {case_sv}. Då finns ingen effektiv teknisk kompletterande åtgärd. Avtalsklausuler och godkännandeflöden minskar risken men räcker inte ensamma.",
                        "{comp}: the keys are not solely under the body's control, so {case_en}. No effective technical supplementary measure then exists. Contract clauses and approval flows reduce the risk but are not enough alone."
                    ),
                )
                .measure(text!(
                    "Använd extern nyckel eller dubbel kryptering där klartext aldrig finns hos leverantören för {comp}, eller håll personuppgifterna utanför {comp}.",
                    "Use an external key or double key encryption with no clear text at the provider for {comp}, or keep the personal data out of {comp}."
                ))
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
            .ask(
                Addressee::Supplier,
                text!(
                    "Vem genererar, lagrar och använder nycklarna för {comp}, och behöver tjänsten uppgifterna i klartext hos er?",
                    "Who generates, stores and uses the keys for {comp}, and does the service need the data in clear text at your end?"
                ),
            ),
        };
        f = f.cite(edpb_source(cell)).cite(SCHREMS_II.source);
        out.push(f);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Date, KeyControl, PersonalData};
    use crate::rules::fixture::run;

    #[test]
    fn provider_keys_with_remote_access_are_use_case_7() {
        let f = run(&RULE, |_| {});
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].verdict, None);
        assert!(f[0].reasoning.sv.contains("fall 7"));
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
