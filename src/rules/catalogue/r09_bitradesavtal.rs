//! R9 Biträdesavtal: is the processor agreement (GDPR art. 28) in place and adequate? Owns the
//! processor dimension: always gives a verdict there.

use super::r04_overforing::gdpr_gate;
use super::Rule;
use crate::model::PartyRole;
use crate::model::{Text, Tri};
use crate::rules::sources::{self as src, cite, Cite};
use crate::rules::{Addressee, Cell, Dimension, Finding, RuleId, Verdict};
use crate::text;

pub static RULE: Rule = Rule {
    id: RuleId::R9,
    title_sv: "Personuppgiftsbiträdesavtal",
    title_en: "Processor agreement",
    explanation_sv: "En leverantör som behandlar personuppgifter för myndighetens räkning är personuppgiftsbiträde och måste vara bunden av ett avtal enligt artikel 28: behandling bara enligt instruktion, kontroll över underbiträden, rätt till granskning och radering eller återlämnande när avtalet upphör. Ett avtal som leverantören ensidigt kan ändra, eller som lämnar underbiträdenas skydd oklart, kräver åtgärder.",
    explanation_en: "A supplier that processes personal data on the body's behalf is a processor and must be bound by an Article 28 agreement: processing only on instructions, control over sub-processors, audit rights and deletion or return when the contract ends. An agreement the supplier can change unilaterally, or that leaves the protection at sub-processors unclear, needs measures.",
    sources: &[
        cite(&src::GDPR, "art. 28.1–28.4 (biträdesavtal, underbiträden), art. 28.3 h (granskning), art. 28.3 g (radering/återlämnande)"),
        cite(&src::DANDERYD_2019, "avtalet skrivet ensidigt av leverantören; underbiträdenas skydd osäkert"),
    ],
    policy: false,
    dimensions: &[Dimension::Processor],
    evaluate,
};

const DIM: Dimension = Dimension::Processor;

/// One art. 28 term: its value, what is wrong when it is missing, and the question to ask.
struct Term {
    value: Tri,
    /// The term is a concern when it has this value (`Yes` for unilateral change, `No` otherwise).
    bad: Tri,
    problem: Text,
    /// The measure's stable key.
    key: &'static str,
    measure: Text,
    question: Text,
    cite: Cite,
}

fn evaluate(cell: &Cell, out: &mut Vec<Finding>) {
    if let Some(f) = gdpr_gate(cell, RULE.id, DIM) {
        out.push(f);
        return;
    }
    external(cell, out);
    out.extend(internal_it(cell));
}

/// The body's own IT organisation that runs the tenant is a processor too: an IT-nämnd is its own
/// myndighet and personuppgiftsansvarig (each nämnd is, OSL 8 kap. 1 §), so art. 28.3 needs a
/// contract "or other legal act" binding it – e.g. the reglemente or a decision; a
/// kommunalförbund or a municipal company needs a processor agreement.
fn internal_it(cell: &Cell) -> Option<Finding> {
    let it: Vec<&str> = cell
        .service
        .parties
        .iter()
        .filter(|p| p.role == PartyRole::InternalIt && !cell.party_reaches_content(p).is_no())
        .map(|p| p.name.as_str())
        .collect();
    if it.is_empty() {
        return None;
    }
    let list = Cell::lang_list(&it);
    Some(
        Finding::new(
            RULE.id,
            DIM,
            Some(Verdict::AllowedWithConditions),
            text!(
                "{list} driver tjänsten åt myndigheten och behandlar personuppgifterna för dess räkning. Är {list} en annan nämnd i kommunen är den en egen personuppgiftsansvarig myndighet, och artikel 28.3 kräver ett avtal eller en annan rättsakt som binder den, t.ex. reglementet eller ett beslut som anger behandlingen. Är {list} ett kommunalförbund eller ett kommunalt bolag krävs ett personuppgiftsbiträdesavtal.",
                "{list} runs the service for the body and processes the personal data on its behalf. If {list} is another nämnd of the municipality it is a controller authority of its own, and Article 28.3 requires a contract or other legal act binding it, e.g. the reglemente or a decision setting out the processing. If {list} is a kommunalförbund or a municipal company, a processor agreement is required."
            ),
        )
        .measure("dokumentera-grunden-behandla", text!(
            "Dokumentera grunden för {list} att behandla personuppgifterna: reglemente eller beslut (annan nämnd) eller biträdesavtal (kommunalförbund, bolag), med innehållet i artikel 28.3.",
            "Document the basis for {list} to process the personal data: reglemente or decision (another nämnd) or processor agreement (kommunalförbund, company), with the content of Article 28.3."
        ))
        .cite(cite(&src::GDPR, "art. 28.3")),
    )
}

fn external(cell: &Cell, out: &mut Vec<Finding>) {
    let svc = &cell.service.name;
    if cell.external_parties().next().is_none() {
        out.push(Finding::new(
            RULE.id,
            DIM,
            Some(Verdict::Allowed),
            text!(
                "Ingen extern leverantör behandlar uppgifterna i {svc}, så inget biträdesavtal med en leverantör behövs.",
                "No external supplier processes the data in {svc}, so no processor agreement with a supplier is needed."
            ),
        ));
        return;
    }
    let c = &cell.service.contract;
    match c.dpa {
        Tri::No => {
            out.push(
                Finding::new(
                    RULE.id,
                    DIM,
                    Some(Verdict::NotAllowed),
                    text!(
                        "Det finns inget personuppgiftsbiträdesavtal för {svc}. Utan avtal enligt artikel 28 får leverantören inte behandla personuppgifterna.",
                        "There is no processor agreement for {svc}. Without an Article 28 agreement the supplier may not process the personal data."
                    ),
                )
                .measure("teckna-bitradesavtal-enligt", text!("Teckna ett biträdesavtal enligt artikel 28 innan personuppgifter läggs i {svc}.", "Conclude an Article 28 processor agreement before personal data is placed in {svc}."))
                .cite(cite(&src::GDPR, "art. 28.3")),
            );
            return;
        }
        Tri::Unknown => {
            out.push(
                Finding::new(
                    RULE.id,
                    DIM,
                    Some(Verdict::NeedsInformation),
                    text!(
                        "Det är inte känt om det finns ett biträdesavtal för {svc}.",
                        "It is not known whether there is a processor agreement for {svc}."
                    ),
                )
                .ask(
                    Addressee::Supplier,
                    "bitradesavtal",
                    text!(
                        "Finns ett personuppgiftsbiträdesavtal enligt artikel 28 för {svc}? Skicka det.",
                        "Is there an Article 28 processor agreement for {svc}? Please send it."
                    ),
                )
                .cite(cite(&src::GDPR, "art. 28.3")),
            );
            return;
        }
        Tri::Yes => {}
    }
    let (dm_sv, dm_en) = crate::rules::sources::mention(
        &crate::rules::sources::DANDERYD_2019,
        cell.date,
        " – som i Danderyds fall (2019), där avtalet var skrivet av leverantören",
        " – as in Danderyd's case (2019), where the supplier wrote the agreement",
    );
    let (dm2_sv, dm2_en) = crate::rules::sources::mention(
        &crate::rules::sources::DANDERYD_2019,
        cell.date,
        " (Danderyd 2019)",
        " (Danderyd 2019)",
    );
    let terms = [
        Term {
            value: c.unilateral_change,
            bad: Tri::Yes,
            problem: text!(
                "Leverantören kan ändra villkoren ensidigt{dm_sv}.",
                "The supplier can change the terms unilaterally{dm_en}."
            ),
            key: "dpa-villkorsandring",
            measure: text!(
                "Bevaka villkorsändringar, bedöm varje ändring mot artikel 28 och ha en plan för att avsluta tjänsten om villkoren försämras.",
                "Monitor changes of terms, assess each change against Article 28 and have a plan to leave the service if the terms get worse."
            ),
            question: text!("Kan ni ändra biträdesavtalets villkor ensidigt?", "Can you change the terms of the processor agreement unilaterally?"),
            cite: cite(&src::GDPR, "art. 28.3 a (instruktioner)"),
        },
        Term {
            value: c.subprocessor_notice,
            bad: Tri::No,
            problem: text!(
                "Det saknas förteckning över underbiträden med förhandsbesked och rätt att invända, så det är osäkert om underbiträdena har ett tillräckligt skydd{dm2_sv}.",
                "There is no list of sub-processors with prior notice and a right to object, so it is uncertain whether the sub-processors give adequate protection{dm2_en}."
            ),
            key: "underbitraden",
            measure: text!(
                "Kräv en förteckning över underbiträden, förhandsbesked om ändringar och rätt att invända.",
                "Require a list of sub-processors, prior notice of changes and a right to object."
            ),
            question: text!(
                "Vilka underbiträden anlitas, var finns de, och får vi förhandsbesked och rätt att invända vid ändringar?",
                "Which sub-processors are used, where are they, and do we get prior notice and a right to object to changes?"
            ),
            cite: cite(&src::GDPR, "art. 28.2 och 28.4"),
        },
        Term {
            value: c.audit_rights,
            bad: Tri::No,
            problem: text!("Avtalet ger inte myndigheten rätt till granskning och inspektion.", "The agreement does not give the body audit and inspection rights."),
            key: "granskning",
            measure: text!(
                "Kräv rätt till granskning (egen eller via oberoende revisor) och tillgång till revisionsrapporter.",
                "Require audit rights (own or through an independent auditor) and access to audit reports."
            ),
            question: text!("Ger avtalet oss rätt till granskning och inspektion?", "Does the agreement give us audit and inspection rights?"),
            cite: cite(&src::GDPR, "art. 28.3 h"),
        },
        Term {
            value: c.deletion_return,
            bad: Tri::No,
            problem: text!(
                "Avtalet reglerar inte radering eller återlämnande av uppgifterna när avtalet upphör.",
                "The agreement does not provide for deletion or return of the data when it ends."
            ),
            key: "radering",
            measure: text!(
                "Kräv att uppgifterna raderas eller återlämnas, med intyg, när avtalet upphör.",
                "Require deletion or return of the data, with a certificate, when the agreement ends."
            ),
            question: text!(
                "Hur raderas eller återlämnas våra uppgifter när avtalet upphör, och inom vilken tid?",
                "How, and within what time, is our data deleted or returned when the agreement ends?"
            ),
            cite: cite(&src::GDPR, "art. 28.3 g"),
        },
    ];
    let firm = Cell::is_firm(&c.provenance);
    // A term that is bad or not known is a gap, each its own finding after the one on the agreement.
    if firm && !terms.iter().any(|t| t.value == t.bad || t.value.is_unknown()) {
        out.push(
            Finding::new(
                RULE.id,
                DIM,
                Some(Verdict::Allowed),
                text!(
                    "Biträdesavtal finns för {svc} med förteckning över underbiträden, granskningsrätt och radering eller återlämnande, och leverantören kan inte ändra villkoren ensidigt.",
                    "A processor agreement exists for {svc} with a sub-processor list, audit rights and deletion or return, and the supplier cannot change the terms unilaterally."
                ),
            )
            .cite(cite(&src::GDPR, "art. 28.3")),
        );
        return;
    }
    let mut agreement = Finding::new(
        RULE.id,
        DIM,
        Some(Verdict::AllowedWithConditions),
        text!(
            "Biträdesavtal finns för {svc}, men villkoren nedan behöver åtgärdas eller kontrolleras.",
            "A processor agreement exists for {svc}, but the terms below need action or checking."
        ),
    )
    .cite(cite(&src::GDPR, "art. 28.3"));
    if !firm {
        agreement = agreement.measure(
            "kontrollera-avtalsvillkoren-undertecknade",
            text!(
                "Kontrollera avtalsvillkoren i det undertecknade avtalet (uppgifterna är bara påstådda eller antagna).",
                "Check the terms in the signed agreement (the facts are only claimed or assumed)."
            ),
        );
    }
    out.push(agreement);
    for t in terms {
        if t.value == t.bad {
            out.push(
                Finding::new(RULE.id, DIM, Some(Verdict::AllowedWithConditions), t.problem)
                    .measure(t.key, t.measure)
                    .cite(t.cite),
            );
        } else if t.value.is_unknown() {
            let (p_sv, p_en) = (&t.problem.sv, &t.problem.en);
            out.push(
                Finding::new(
                    RULE.id,
                    DIM,
                    Some(Verdict::AllowedWithConditions),
                    text!("Okänt i avtalet – möjlig brist: {p_sv}", "Unknown in the agreement – possible gap: {p_en}"),
                )
                .measure(t.key, t.measure)
                .ask(Addressee::Supplier, t.key, t.question)
                .cite(t.cite),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Date, FactStatus, PersonalData, Provenance};
    use crate::rules::fixture::{run, verdict_on};

    #[test]
    fn complete_agreement_is_allowed() {
        let f = run(&RULE, |_| {});
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::Allowed));
    }

    #[test]
    fn missing_agreement_is_not_allowed_and_unknown_asks() {
        let f = run(&RULE, |a| a.services[0].contract.dpa = Tri::No);
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::NotAllowed));
        let f = run(&RULE, |a| a.services[0].contract.dpa = Tri::Unknown);
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::NeedsInformation));
        assert_eq!(f[0].questions[0].to, Addressee::Supplier);
    }

    #[test]
    fn danderyd_concerns_give_conditions() {
        let f = run(&RULE, |a| {
            a.services[0].contract.unilateral_change = Tri::Yes;
            a.services[0].contract.subprocessor_notice = Tri::Unknown;
        });
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::AllowedWithConditions));
        assert!(f.iter().any(|f| f.reasoning.sv.contains("ensidigt")));
        assert!(f.iter().flat_map(|f| &f.questions).any(|q| q.text.sv.contains("underbiträden")));
    }

    #[test]
    fn claimed_agreement_needs_verification() {
        let f = run(&RULE, |a| {
            a.services[0].contract.provenance =
                Some(Provenance { status: FactStatus::Claimed, source: String::new(), date: None, recheck: None })
        });
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::AllowedWithConditions));
    }

    #[test]
    fn no_personal_data_or_before_gdpr() {
        let f = run(&RULE, |a| a.information_types[0].personal_data = PersonalData::None);
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::Allowed));
        assert!(f[0].reasoning.sv.contains("Artikel 28"));
        let f = run(&RULE, |a| a.legal_date = Date::ymd(2018, 1, 1));
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::NeedsInformation));
    }

    /// The body's own IT organisation (an IT-nämnd, a kommunalförbund, a company) is bound by a
    /// legal act or a processor agreement under art. 28.3 – never "no agreement needed".
    #[test]
    fn an_internal_it_party_needs_a_legal_act_or_an_agreement() {
        let f = run(&RULE, |a| {
            a.services[0].parties.push(crate::model::Party {
                name: "IT-nämnden".into(),
                role: PartyRole::InternalIt,
                jurisdiction: crate::model::Country::code("SE"),
                access: crate::model::Access::Content,
                dpf_certified: Tri::No,
                privacy_shield_certified: Tri::No,
                ..Default::default()
            });
        });
        let it = f.iter().find(|f| f.reasoning.sv.contains("IT-nämnden")).expect("finding on the IT-nämnd");
        assert_eq!(it.verdict, Some(Verdict::AllowedWithConditions));
        assert!(it.reasoning.sv.contains("annan rättsakt") && it.reasoning.sv.contains("kommunalförbund"));
    }
}
