//! R24 Funktioner per informationstyp: the evaluation uses the features actually enabled for this
//! information type. A feature the body has switched off holds no information; one whose state is
//! unknown is treated as on and raises a question. Explains; does not decide.

use super::Rule;
use crate::model::Component;
use crate::rules::sources::{self as src, cite, Cite};
use crate::rules::{Addressee, Cell, Dimension, Finding, RuleId};
use crate::text;

pub static RULE: Rule = Rule {
    id: RuleId::R24,
    title_sv: "Funktioner per informationstyp",
    title_en: "Features per information type",
    explanation_sv: "En tjänsts funktioner (chatt, inspelning, transkribering, AI-assistent, extern delning) kan stängas av för vissa typer av uppgifter. Bedömningen utgår från de funktioner som faktiskt är påslagna; en avstängd funktion håller inga uppgifter. Stockholms stads beslut om Zoom X 2022 byggde på att begränsa funktionerna.",
    explanation_en: "A service's features (chat, recording, transcription, AI assistant, external sharing) can be switched off for some types of information. The assessment uses the features actually enabled; a feature that is off holds no information. The City of Stockholm's 2022 Zoom X decision rested on limiting the features.",
    sources: &[cite(&src::ZOOMX_2022, "begränsade funktioner")],
    policy: false,
    dimensions: &[Dimension::Infosec],
    evaluate,
};

const SEED_004: Cite = cite(&src::ZOOMX_2022, "");

fn evaluate(cell: &Cell, out: &mut Vec<Finding>) {
    let name = &cell.info.name;
    let off: Vec<&str> = cell.switched_off().iter().map(|c| c.name.as_str()).collect();
    let unknown: Vec<&Component> = cell.components().iter().copied().filter(|c| c.enabled.is_unknown()).collect();
    if !off.is_empty() {
        let list = Cell::lang_list(&off);
        out.push(
            Finding::new(
                RULE.id,
                Dimension::Infosec,
                None,
                text!(
                    "Avstängda för {name}: {list}. De håller inga av uppgifterna och ingår inte i bedömningen av de andra reglerna. Bedömningen gäller bara så länge de förblir avstängda.",
                    "Switched off for {name}: {list}. They hold none of the information and are left out of the other rules' assessment. The assessment holds only while they stay off."
                ),
            )
            .measure("se-forblir-avstangda", text!(
                "Se till att {list} förblir avstängda för {name} (teknisk spärr, inte bara instruktion) och följ upp vid uppdateringar av tjänsten.",
                "Make sure {list} stay switched off for {name} (technical block, not just an instruction) and follow up when the service is updated."
            ))
            .cite(SEED_004),
        );
    }
    if !unknown.is_empty() {
        let names: Vec<&str> = unknown.iter().map(|c| c.name.as_str()).collect();
        let list = Cell::lang_list(&names);
        let mut f = Finding::new(
            RULE.id,
            Dimension::Infosec,
            None,
            text!(
                "Det är inte känt om {list} är påslagna för {name}. Tills det är klarlagt räknas de som påslagna och ingår i bedömningen.",
                "It is not known whether {list} are switched on for {name}. Until that is clear they count as on and are part of the assessment."
            ),
        );
        for c in &unknown {
            let (id, c) = (&c.id, &c.name);
            f = f.ask_about(
                Addressee::Organisation,
                "paslagen",
                id,
                text!("Är funktionen {c} påslagen för {name}?", "Is the feature {c} switched on for {name}?"),
            );
        }
        out.push(f);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Component, Tri};
    use crate::rules::fixture::{run, verdict_on};

    fn recording(enabled: Tri) -> Component {
        Component {
            id: "rec".into(),
            name: "Inspelning".into(),
            enabled,
            ..crate::rules::fixture::assessment().services[0].components[0].clone()
        }
    }

    #[test]
    fn lists_switched_off_features() {
        let f = run(&RULE, |a| {
            a.services[0].components.push(recording(Tri::No));
            a.information_types[0].components.push("rec".into());
        });
        assert_eq!(f.len(), 1);
        assert_eq!(verdict_on(&f, Dimension::Infosec), None);
        assert!(f[0].reasoning.sv.contains("Inspelning") && f[0].sources.contains(&SEED_004));
    }

    #[test]
    fn does_not_fire_when_everything_named_is_on() {
        assert!(run(&RULE, |_| {}).is_empty());
    }

    #[test]
    fn unknown_feature_state_asks_the_organisation() {
        let f = run(&RULE, |a| {
            a.services[0].components.push(recording(Tri::Unknown));
            a.information_types[0].components.push("rec".into());
        });
        assert_eq!(f.len(), 1);
        assert!(f[0].questions.iter().any(|q| q.to == Addressee::Organisation && q.text.sv.contains("Inspelning")));
    }
}
