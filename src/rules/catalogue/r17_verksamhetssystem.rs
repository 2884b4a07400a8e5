//! R17 Verksamhetssystem: a general office or collaboration service must not replace the core
//! systems (journal, socialtjänst) where records belong.

use super::Rule;
use crate::model::Tri;
use crate::rules::sources::{self as src, cite};
use crate::rules::{Addressee, Cell, Dimension, Finding, RuleId, Verdict};
use crate::text;

pub static RULE: Rule = Rule {
    id: RuleId::R17,
    title_sv: "Verksamhetssystem",
    title_en: "Core systems",
    explanation_sv: "Göteborg (hösten 2018) och Danderyd (2019) lät inte en allmän kontors- eller samarbetstjänst ersätta verksamhetssystemen, till exempel journalsystem och socialtjänstens system, där dokumentation, behörighetsstyrning och loggning är anpassade till uppgifterna. Verktyget gör det till ett villkor (dess policy efter de fallen, inte ett eget lagkrav).",
    explanation_en: "Gothenburg (autumn 2018) and Danderyd (2019) did not let a general office or collaboration service replace the core systems, such as patient record and social services systems, whose documentation, access control and logging are designed for the data. The tool makes it a condition (its policy after those cases, not a legal requirement of its own).",
    sources: &[
        cite(&src::DANDERYD_2019, "inte i stället för verksamhetssystem"),
        cite(&src::GBG_GRUNDSAKERHET_2018, "ersätter inte journal- och socialtjänstsystem"),
    ],
    policy: true,
    dimensions: &[Dimension::Infosec],
    evaluate,
};

const DIM: Dimension = Dimension::Infosec;

fn evaluate(cell: &Cell, out: &mut Vec<Finding>) {
    let (name, svc) = (&cell.info.name, &cell.service.name);
    let (dm_sv, dm_en) = crate::rules::sources::mention(
        &crate::rules::sources::DANDERYD_2019,
        cell.date,
        ", som i Göteborg hösten 2018 och Danderyd 2019",
        ", as in Gothenburg in autumn 2018 and Danderyd 2019",
    );
    let condition = text!(
        "Dokumentera {name} i det verksamhetssystem där uppgifterna hör hemma (t.ex. journal- eller ärendesystem); använd {svc} bara som stöd i arbetet, inte som ersättning.",
        "Record {name} in the core system where the data belongs (e.g. a patient record or case management system); use {svc} only as support for the work, not as a replacement."
    );
    let f = match cell.info.core_records {
        Tri::No => return,
        Tri::Yes => Finding::new(
            RULE.id,
            DIM,
            Some(Verdict::AllowedWithConditions),
            text!(
                "{name} hör hemma i ett verksamhetssystem. Villkor (verktygets policy{dm_sv}): {svc} ersätter det inte.",
                "{name} belongs in a core system. Condition (the tool's policy{dm_en}): {svc} does not replace it."
            ),
        )
        .measure("verksamhetssystem", condition)
        .as_policy(),
        Tri::Unknown => Finding::new(
            RULE.id,
            DIM,
            Some(Verdict::AllowedWithConditions),
            text!(
                "Det är inte känt om {name} hör hemma i ett verksamhetssystem. I så fall är villkoret (verktygets policy) att {svc} inte ersätter det.",
                "It is not known whether {name} belongs in a core system. If so, the condition (the tool's policy) is that {svc} does not replace it."
            ),
        )
        .measure("verksamhetssystem", condition)
        .as_policy()
        .ask(
            Addressee::Organisation,
            "verksamhetssystem",
            text!(
                "Ska uppgifterna i ”{name}” dokumenteras i ett verksamhetssystem (journal, socialtjänst)?",
                "Is {name} data that must be recorded in a core system (patient record, social services)?"
            ),
        ),
    };
    out.push(f);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::fixture::{run, verdict_on};

    #[test]
    fn core_records_give_a_condition() {
        let f = run(&RULE, |a| a.information_types[0].core_records = Tri::Yes);
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::AllowedWithConditions));
    }

    #[test]
    fn does_not_fire_for_other_information() {
        assert!(run(&RULE, |_| {}).is_empty());
    }

    #[test]
    fn unknown_asks_the_organisation() {
        let f = run(&RULE, |a| a.information_types[0].core_records = Tri::Unknown);
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::AllowedWithConditions));
        assert_eq!(f[0].questions[0].to, Addressee::Organisation);
    }
}
