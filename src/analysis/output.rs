//! JSON for the analyses' CLI subcommands, texts in the chosen language.

use super::diff::{AssessmentDiff, Cause};
use super::improve::improve;
use crate::model::{Assessment, Date, Lang};
use crate::rules::legal_state::{
    LegalFact, CLOUD_ACT, DPF, DPF_APPEAL, DPF_LATOMBE, EDPB_REC_01_2020, FISA_702, OSL_10_2A, PRIVACY_SHIELD,
    SCHREMS_II, TYSTNADSPLIKT_UTKONTRAKTERING,
};
use crate::rules::sources::{at_date, cite, Cite, GDPR};
use crate::rules::{evaluate, RuleId};
use serde_json::{json, Value};
use std::fmt::Write;

/// What an analysis means, which rules (with their catalogue sources) and which dated legal facts it
/// rests on; every analysis output carries it.
/// `date`: the legal date whose citations apply (`None` where two dates are compared: all).
fn about(lang: Lang, date: Option<Date>, sv: &str, en: &str, rules: &[RuleId], facts: &[LegalFact]) -> Value {
    let mut ids: Vec<RuleId> = rules.to_vec();
    ids.sort();
    ids.dedup();
    let rules: serde_json::Map<String, Value> = ids
        .into_iter()
        .filter_map(crate::rules::rule)
        .map(|r| {
            let title = if lang == Lang::Sv { r.title_sv } else { r.title_en };
            let (sources, later) = match date {
                Some(date) => {
                    let c = at_date(r.sources, date);
                    (c.shown, c.later)
                }
                None => (r.sources.iter().map(Cite::render).collect(), Vec::new()),
            };
            (r.id.to_string(), json!({"title": title, "sources": sources, "sources_later": later}))
        })
        .collect();
    let facts: Vec<Value> = facts
        .iter()
        .map(|f| {
            json!({"fact": if lang == Lang::Sv { f.sv } else { f.en }, "source": f.source, "from": f.from.to_string(), "to": f.to.map(|d| d.to_string())})
        })
        .collect();
    json!({"explanation": if lang == Lang::Sv { sv } else { en }, "rules": rules, "legal_facts": facts})
}

/// The `about` of an analysis as readable text: what it means, the rules with their sources and the
/// legal facts with their dates.
pub fn about_text(about: &Value, lang: Lang) -> String {
    let (rules_head, facts_head, since, until) = match lang {
        Lang::Sv => ("Regler och källor", "Rättsliga fakta", "gäller från", "till"),
        Lang::En => ("Rules and sources", "Legal facts", "in force from", "until"),
    };
    let mut out = format!("{}\n", about["explanation"].as_str().unwrap_or_default());
    if let Some(rules) = about["rules"].as_object().filter(|r| !r.is_empty()) {
        out.push_str(&format!("\n{rules_head}:\n"));
        for (id, r) in rules {
            let sources: Vec<&str> = r["sources"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
            out.push_str(&format!("  {id} {}: {}\n", r["title"].as_str().unwrap_or_default(), sources.join("; ")));
        }
    }
    if let Some(facts) = about["legal_facts"].as_array().filter(|f| !f.is_empty()) {
        out.push_str(&format!("\n{facts_head}:\n"));
        for f in facts {
            let to = f["to"].as_str().map(|d| format!(" {until} {d}")).unwrap_or_default();
            let (fact, source, from) = (&f["fact"], &f["source"], &f["from"]);
            out.push_str(&format!(
                "  {} ({}; {since} {}{to})\n",
                fact.as_str().unwrap_or_default(),
                source.as_str().unwrap_or_default(),
                from.as_str().unwrap_or_default()
            ));
        }
    }
    out
}

/// The rules that decided the verdicts of a cell's dimensions.
fn deciding(cell: &crate::rules::CellResult) -> Vec<RuleId> {
    cell.dimensions.iter().flat_map(|d| d.deciding_rules()).collect()
}

fn cause_json(c: &Cause, lang: Lang) -> Value {
    let text = c.describe().get(lang).to_string();
    match c {
        Cause::LegalDate { before, after } => {
            json!({"kind": "legal_date", "before": before.to_string(), "after": after.to_string(), "text": text})
        }
        Cause::Profile { before, after } => {
            json!({"kind": "profile", "before": before.as_str(), "after": after.as_str(), "text": text})
        }
        Cause::Thresholds => json!({"kind": "thresholds", "text": text}),
        Cause::Facts(paths) => json!({"kind": "facts", "paths": paths, "text": text}),
        Cause::Interaction => json!({"kind": "interaction", "text": text}),
    }
}

pub fn diff_json(d: &AssessmentDiff, lang: Lang) -> Value {
    json!({
        "about": about(lang, None,
            "Skillnader mellan två bedömningar. För varje cell vars bedömning skiljer sig anges orsaken – fakta, trösklar, tolkningsprofil eller rättsläge – prövad genom att föra över en skillnad i taget och bedöma om med samma regler; \"flera skillnader tillsammans\" betyder att ingen ensam förklarar ändringen.",
            "Differences between two assessments. For each cell whose verdict differs the cause – facts, thresholds, interpretation profile or legal date – is found by carrying over one difference at a time and re-evaluating under the same rules; \"several differences together\" means that none alone explains the change.",
            &[], &[]),
        "facts": d.facts.iter().map(|f| json!({"path": f.path, "first": f.before, "second": f.after})).collect::<Vec<_>>(),
        "changes": d.changes.iter().map(|c| json!({
            "service": c.service,
            "info_type": c.info_type,
            "dimension": c.dimension.map(|x| x.as_str()).unwrap_or("overall"),
            "first": c.before.as_str(),
            "second": c.after.as_str(),
            "causes": c.causes.iter().map(|x| cause_json(x, lang)).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "only_in_first": d.only_in_first.iter().map(|(s, i)| json!({"service": s, "info_type": i})).collect::<Vec<_>>(),
        "only_in_second": d.only_in_second.iter().map(|(s, i)| json!({"service": s, "info_type": i})).collect::<Vec<_>>(),
    })
}

/// For every cell with a not-allowed dimension, the requirement sets that lift it.
pub fn improve_json(a: &Assessment, lang: Lang) -> Value {
    let ev = evaluate(a);
    let (mut cells, mut rules) = (Vec::new(), Vec::new());
    for (s, service) in a.services.iter().enumerate() {
        for (i, info) in a.information_types.iter().enumerate() {
            let Some(cell) = ev.cell(&service.id, &info.id) else {
                continue;
            };
            if !cell.dimensions.iter().any(|d| d.verdict == crate::rules::Verdict::NotAllowed) {
                continue;
            }
            let found = improve(a, s, i);
            rules.extend(deciding(cell));
            cells.push(json!({
                "service": service.id,
                "info_type": info.id,
                "overall": cell.overall.as_str(),
                "improvements": found.iter().map(|imp| json!({
                    "verdict": imp.verdict.as_str(),
                    "lifted": imp.lifted.iter().map(|d| d.as_str()).collect::<Vec<_>>(),
                    "requirements": imp.requirements.iter().map(|r| r.text.get(lang)).collect::<Vec<_>>(),
                })).collect::<Vec<_>>(),
                "none_within_reach": found.is_empty(),
            }));
        }
    }
    json!({
        "about": about(lang, Some(a.legal_date),
            "Vad krävs för grönt: för varje cell med en dimension som inte är tillåten, de minsta uppsättningarna faktaändringar som lyfter den, prövade genom att bedöma om med ändringen. Kraven är formulerade så att de kan ställas i en upphandling. Reglerna nedan avgjorde cellerna som de är nu.",
            "What makes it green: for each cell with a dimension that is not allowed, the smallest sets of fact changes that lift it, tested by re-evaluating with the change. The requirements are worded for use in a procurement. The rules below decided the cells as they are now.",
            &rules, &[]),
        "legal_state": a.legal_date.to_string(),
        "profile": a.profile.as_str(),
        "cells": cells,
    })
}

/// One cell's improvements as procurement text: each alternative a numbered set of requirements
/// with the verdict it leads to.
pub fn improvements_text(found: &[crate::analysis::improve::Improvement], lang: Lang) -> String {
    let (alternative, gives) = match lang {
        Lang::Sv => ("Alternativ", "Ger"),
        Lang::En => ("Alternative", "Gives"),
    };
    let mut out = String::new();
    for (n, imp) in found.iter().enumerate() {
        let _ = writeln!(out, "{alternative} {}:", n + 1);
        for r in &imp.requirements {
            let _ = writeln!(out, "- {}", r.text.get(lang));
        }
        let _ = writeln!(out, "{gives}: {}\n", imp.verdict.label().get(lang));
    }
    out.trim_end().to_string()
}

/// The watch-list: per assumption, the verdicts that would change.
pub fn watch_json(a: &Assessment, lang: Lang) -> Value {
    let items = super::watch::watch(a);
    json!({
        "about": about(lang, Some(a.legal_date),
            "Bevakningslista: vilka bedömningar som ändras om ett rättsligt antagande ändras (Data Privacy Framework upphävs, ett land förlorar eller får ett beslut om adekvat skyddsnivå). Varje rad är en omvärdering med samma fakta; antagandena är hypotetiska, inte prognoser.",
            "Watch-list: which verdicts change if a legal assumption changes (the Data Privacy Framework is annulled, a country loses or gains an adequacy decision). Each line is a re-evaluation with the same facts; the assumptions are hypothetical, not forecasts.",
            &[RuleId::R4, RuleId::R5, RuleId::R6], &[DPF, DPF_LATOMBE, DPF_APPEAL, SCHREMS_II, PRIVACY_SHIELD]),
        "legal_sources": at_date(&[DPF.source, DPF_LATOMBE.source, DPF_APPEAL.source, SCHREMS_II.source, cite(&GDPR, "art. 45")], a.legal_date).shown,
        "legal_state": a.legal_date.to_string(),
        "profile": a.profile.as_str(),
        "assumptions": items.iter().map(|item| json!({
            "assumption": item.assumption.describe().get(lang),
            "changes": item.changes.iter().map(|c| json!({
                "service": c.service,
                "info_type": c.info_type,
                "dimension": c.dimension.map(|d| d.as_str()).unwrap_or("overall"),
                "before": c.before.as_str(),
                "after": c.after.as_str(),
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    })
}

/// The lawful-access probability estimate per service × information type where one can be made.
pub fn probability_json(a: &Assessment, lang: Lang) -> Value {
    use crate::rules::probability::{band_text, caveats, estimate, Basis};
    use crate::rules::Cell;
    let mut cells = Vec::new();
    for svc in &a.services {
        for info in &a.information_types {
            let Some(e) = estimate(&Cell::new(a, svc, info)) else { continue };
            cells.push(json!({
                "service": svc.id,
                "info_type": info.id,
                "basis": match e.basis {
                    Basis::Factors => "stated_factors",
                    Basis::Figures => "transparency_figures",
                    Basis::Judgment => "own_judgment",
                },
                "p_year": e.p_year,
                "p_horizon": e.p_horizon,
                "horizon_years": e.horizon_years,
                "sensitivity_div10_mul10": e.sensitivity.map(|(lo, hi)| [lo, hi]),
                "band": band_text(e.band).get(lang),
                "formula": e.formula.get(lang),
                "inputs": e.inputs.iter().map(|i| json!({"label": i.label.get(lang), "value": i.value})).collect::<Vec<_>>(),
                "source": e.source,
                "uncertain_basis": e.uncertain_basis,
            }));
        }
    }
    json!({
        "about": about(lang, Some(a.legal_date),
            "Uppskattad sannolikhet för utländsk myndighetsåtkomst per år och över horisonten, med känslighet (÷10, ×10). Det är en uppskattning, inte ett faktum; banden är verktygets policy, inte lag.",
            "Estimated probability of foreign lawful access per year and over the horizon, with sensitivity (÷10, ×10). It is an estimate, not a fact; the bands are the tool's policy, not law.",
            &[RuleId::R11, RuleId::R13], &[CLOUD_ACT, FISA_702]),
        "estimate": true,
        "caveats": caveats(a.legal_date).get(lang),
        "bands_are_policy": true,
        "cells": cells,
    })
}

/// Coverage of every access-approval control (R8) and every component's key control (R7), with
/// the sources of the rules they rest on.
pub fn coverage_json(a: &Assessment, lang: Lang) -> Value {
    use super::coverage::{
        all_keys_ideal, conclusion, coverage, key_conclusion, key_coverage, Effect, KEY_COVERAGE_RULES,
    };
    let effect = |e: &Effect| json!({"info_type": e.info_type, "dimension": e.dimension.as_str(), "with_control": e.with_control.as_str(), "other": e.other.as_str(), "decided_by": e.decided_by, "other_decided_by": e.other_decided_by});
    let rules: Vec<RuleId> = KEY_COVERAGE_RULES.iter().copied().chain([RuleId::R8]).collect();
    json!({
        "about": about(lang, Some(a.legal_date),
            "Vad varje åtkomstkontroll (R8) och varje komponents nyckelkontroll (R7) skyddar mot och inte, och vilka bedömningar som skulle ändras utan kontrollen, med leverantörens nycklar eller med en idealisk version (i en komponent, och i alla komponenter i tjänsten). Jämförelserna är omvärderingar med samma regler, inte uppskattningar.",
            "What each access-approval control (R8) and each component's key control (R7) protects against and what not, and which verdicts would change without the control, with provider-managed keys or with an ideal version (in one component, and in every component of the service). The comparisons are re-evaluations under the same rules, not estimates.",
            &rules, &[EDPB_REC_01_2020, SCHREMS_II, CLOUD_ACT]),
        "approval_controls": coverage(a).iter().map(|c| json!({
            "service": c.service,
            "control": c.control,
            "conclusion": conclusion(c).get(lang),
            "covered_components": c.covered_components,
            "uncovered_components": c.uncovered_components,
            "paths": c.paths.iter().map(|p| json!({"path": p.path.get(lang), "covered": p.covered, "why": p.why.get(lang)})).collect::<Vec<_>>(),
            "info_types": c.info_types.iter().map(|i| json!({"info_type": i.info_type, "uncovered_components": i.uncovered_components})).collect::<Vec<_>>(),
            "verdicts_without_control": c.without.iter().map(effect).collect::<Vec<_>>(),
            "verdicts_with_ideal_control": c.ideal.iter().map(effect).collect::<Vec<_>>(),
            "rules": [RuleId::R8],
        })).collect::<Vec<_>>(),
        "key_controls": key_coverage(a).iter().map(|k| json!({
            "service": k.service,
            "component": k.component,
            "key_control": k.key_control.label().get(lang),
            "provider_excluded": k.excludes_provider,
            "conclusion": key_conclusion(k).get(lang),
            "paths": k.paths.iter().map(|p| json!({"path": p.path.get(lang), "covered": p.covered, "why": p.why.get(lang)})).collect::<Vec<_>>(),
            "info_types": k.info_types,
            "verdicts_with_provider_keys": k.provider_keys.iter().map(effect).collect::<Vec<_>>(),
            "verdicts_with_ideal_key_control": k.ideal.iter().map(effect).collect::<Vec<_>>(),
            "rules": KEY_COVERAGE_RULES,
        })).collect::<Vec<_>>(),
        "ideal_keys_in_every_component": all_keys_ideal(a).iter().map(|(service, effects)| json!({
            "service": service,
            "verdicts_with_ideal_keys": effects.iter().map(effect).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    })
}

/// `bedom coverage --text`: the coverage analysis as readable text, each control with its
/// conclusion, access paths and the verdicts it changes (and the rules deciding them), then what the
/// analysis means and the rules, sources and legal facts it rests on.
pub fn coverage_text(a: &Assessment, lang: Lang) -> String {
    use super::coverage::{all_keys_ideal, conclusion, coverage, key_conclusion, key_coverage, Effect};
    let sv = lang == Lang::Sv;
    let pick = |s: &'static str, e: &'static str| if sv { s } else { e };
    let effects = |head: &str, list: &[Effect], out: &mut String| {
        if list.is_empty() {
            return;
        }
        out.push_str(&format!("  {head}:\n"));
        for e in list {
            out.push_str(&format!(
                "    {} / {}: {} → {} ({} {}; {} {})\n",
                e.info_type,
                e.dimension.label().get(lang),
                e.with_control.label().get(lang),
                e.other.label().get(lang),
                pick("avgörs nu av", "now decided by"),
                RuleId::join(&e.decided_by, ", "),
                pick("annars av", "otherwise by"),
                RuleId::join(&e.other_decided_by, ", ")
            ));
        }
    };
    let mark = |t: crate::model::Tri| match t {
        crate::model::Tri::Yes => pick("skyddas", "protected"),
        crate::model::Tri::No => pick("skyddas inte", "not protected"),
        crate::model::Tri::Unknown => pick("okänt", "unknown"),
    };
    let mut out = format!("{}\n\n", pick("Kontrollers täckning", "Control coverage"));
    out.push_str(&format!("{}\n", pick("Åtkomstkontroller (R8)", "Access-approval controls (R8)")));
    let approvals = coverage(a);
    if approvals.is_empty() {
        out.push_str(&format!(
            "  {}\n",
            pick("Inga åtkomstkontroller angivna.", "No access-approval controls stated.")
        ));
    }
    for c in &approvals {
        out.push_str(&format!("\n{} – {}\n  {}\n", c.service, c.control, conclusion(c).get(lang)));
        for p in &c.paths {
            let covered = mark(if p.covered { crate::model::Tri::Yes } else { crate::model::Tri::No });
            out.push_str(&format!("  [{covered}] {}: {}\n", p.path.get(lang), p.why.get(lang)));
        }
        for i in c.info_types.iter().filter(|i| !i.uncovered_components.is_empty()) {
            let label = pick("utanför kontrollen i", "outside the control in");
            out.push_str(&format!("  {}: {label} {}\n", i.info_type, i.uncovered_components.join(", ")));
        }
        effects(pick("Utan kontrollen", "Without the control"), &c.without, &mut out);
        effects(pick("Med en idealisk kontroll", "With an ideal control"), &c.ideal, &mut out);
    }
    out.push_str(&format!("\n{}\n", pick("Nyckelkontroller (R7)", "Key controls (R7)")));
    for k in key_coverage(a) {
        out.push_str(&format!("\n{} – {}\n  {}\n", k.service, k.component, key_conclusion(&k).get(lang)));
        for p in &k.paths {
            out.push_str(&format!("  [{}] {}: {}\n", mark(p.covered), p.path.get(lang), p.why.get(lang)));
        }
        effects(pick("Med leverantörens nycklar", "With provider-managed keys"), &k.provider_keys, &mut out);
        effects(pick("Med en idealisk nyckelkontroll", "With an ideal key control"), &k.ideal, &mut out);
    }
    for (service, list) in all_keys_ideal(a) {
        out.push_str(&format!(
            "\n{service} – {}\n",
            pick("idealisk nyckelkontroll i alla komponenter", "ideal key control in every component")
        ));
        if list.is_empty() {
            out.push_str(&format!(
                "  {}\n",
                pick(
                    "Ingen bedömning ändras: nycklarna avgör inte här.",
                    "No verdict changes: the keys do not decide here."
                )
            ));
        }
        effects(pick("Ändrade bedömningar", "Changed verdicts"), &list, &mut out);
    }
    out.push('\n');
    out.push_str(&about_text(&coverage_json(a, lang)["about"], lang));
    out
}

/// The services side by side on the same information types (R14), with what each comparison means
/// for the necessity argument under 10 kap. 2 § OSL.
pub fn compare_json(a: &Assessment, lang: Lang) -> Value {
    let ev = evaluate(a);
    json!({
        "about": about(lang, Some(a.legal_date),
            "Tjänsterna sida vid sida på samma informationstyper. Nödvändighetsargumentet (R14) säger om ett alternativ också lämnar ut uppgifter till externa parter eller är mindre säkert – det avgör om ett utlämnande är nödvändigt enligt 10 kap. 2 § OSL.",
            "The services side by side on the same information types. The necessity argument (R14) says whether an alternative also discloses to external parties or is less secure – which decides whether a disclosure is necessary under OSL ch. 10 s. 2.",
            &[RuleId::R2, RuleId::R14], &[OSL_10_2A, TYSTNADSPLIKT_UTKONTRAKTERING]),
        "legal_state": a.legal_date.to_string(),
        "profile": a.profile.as_str(),
        "information_types": a.information_types.iter().map(|info| json!({
            "info_type": info.id,
            "name": info.name,
            "services": a.services.iter().filter_map(|s| ev.cell(&s.id, &info.id).map(|c| json!({
                "service": s.id,
                "name": s.name,
                "overall": c.overall.as_str(),
                "dimensions": c.dimensions.iter().map(|d| (d.dimension.as_str().to_string(), json!(d.verdict.as_str()))).collect::<serde_json::Map<_, _>>(),
                "necessity_argument": c.dimension(crate::rules::Dimension::Secrecy).findings.iter()
                    .filter(|f| f.rule == RuleId::R14).map(|f| f.reasoning.get(lang)).collect::<Vec<_>>(),
            }))).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presets::preset;

    /// The copyable procurement text carries every requirement of every alternative, numbered, with
    /// the verdict it leads to.
    #[test]
    fn improvements_text_lists_each_alternative_with_its_requirements_and_result() {
        let mut a = preset("o365-2018-lockbox").unwrap().assessment();
        a.information_types[0].metadata_secret = crate::model::Tri::No;
        let found = improve(&a, 0, 0);
        assert!(!found.is_empty());
        let text = improvements_text(&found, Lang::Sv);
        for (n, imp) in found.iter().enumerate() {
            assert!(text.contains(&format!("Alternativ {}:", n + 1)), "{text}");
            for r in &imp.requirements {
                assert!(text.contains(&format!("- {}", r.text.sv)), "{text}");
            }
        }
        assert!(text.contains(&format!("Ger: {}", found[0].verdict.label().sv)), "{text}");
        assert!(improvements_text(&found, Lang::En).starts_with("Alternative 1:"));
    }

    #[test]
    fn every_analysis_says_what_it_means_in_both_languages_and_on_which_rules_and_sources() {
        let a = preset("o365-2018-lockbox").unwrap().assessment();
        let d = crate::analysis::diff::diff(&a, &preset("o365-2018").unwrap().assessment());
        for lang in [Lang::Sv, Lang::En] {
            let outputs = [
                ("diff", diff_json(&d, lang)),
                ("improve", improve_json(&a, lang)),
                ("watch", watch_json(&a, lang)),
                ("probability", probability_json(&a, lang)),
                ("coverage", coverage_json(&a, lang)),
                ("compare", compare_json(&a, lang)),
            ];
            for (name, v) in outputs {
                let explanation = v["about"]["explanation"].as_str().unwrap_or_default();
                assert!(explanation.len() > 80, "{name}: förklaring saknas");
                let swedish = explanation.contains(['å', 'ä', 'ö']);
                assert_eq!(swedish, lang == Lang::Sv, "{name}: fel språk");
                let rules = v["about"]["rules"].as_object().unwrap();
                if name != "diff" {
                    assert!(!rules.is_empty(), "{name}: regler saknas");
                }
                for (id, r) in rules {
                    let cited = |k: &str| r[k].as_array().is_some_and(|a| !a.is_empty());
                    assert!(cited("sources") || cited("sources_later"), "{name}: {id} saknar källor");
                }
            }
        }
        // The DPF is cited only where it exists at the legal date.
        let cites_dpf = |a: &Assessment| {
            watch_json(a, Lang::Sv)["legal_sources"]
                .as_array()
                .unwrap()
                .iter()
                .any(|s| s.as_str().unwrap().contains("2023/1795"))
        };
        assert!(!cites_dpf(&a));
        let mut today = a.clone();
        today.legal_date = crate::rules::legal_state::RATTSLAGE_PER;
        assert!(cites_dpf(&today));
        let dpf = &watch_json(&a, Lang::En)["about"]["legal_facts"][0];
        assert_eq!(
            (dpf["source"].as_str(), dpf["from"].as_str()),
            (Some("Genomförandebeslut (EU) 2023/1795 (EU–US Data Privacy Framework)"), Some("2023-07-10"))
        );
    }

    #[test]
    fn coverage_text_gives_each_control_its_paths_the_changed_verdicts_with_rules_and_the_sources() {
        let mut a = preset("o365-2018-lockbox").unwrap().assessment();
        a.information_types[0].metadata_secret = crate::model::Tri::No;
        let text = coverage_text(&a, Lang::Sv);
        assert!(text.contains("[skyddas inte] Rättsligt tvång (utländsk lag, t.ex. CLOUD Act)"));
        assert!(
            text.contains(
                "klass2 / Sekretess (OSL): Inte tillåtet → Tillåtet med villkor (avgörs nu av R2; annars av R2)"
            ),
            "{text}"
        );
        // A 2018 assessment cites Göteborg's 2018 document for R7, not EDPB 2021 (written later).
        assert!(text.contains("R7 Nyckelkontroll: Intraservice, Göteborgs Stad"), "{text}");
        let r7 = text.lines().find(|l| l.contains("R7 Nyckelkontroll:")).unwrap();
        assert!(!r7.contains("EDPB"), "{r7}");
        assert!(text.contains("18 U.S.C. § 2713 (CLOUD Act); gäller från 2018-03-23"));
        let en = coverage_text(&a, Lang::En);
        assert!(en.contains("ideal key control in every component") && !en.contains("skyddas"));
        let json = coverage_json(&a, Lang::En);
        assert_eq!(json["ideal_keys_in_every_component"][0]["verdicts_with_ideal_keys"][0]["decided_by"][0], "R2");
    }

    #[test]
    fn compare_puts_the_alternative_beside_and_states_the_necessity_argument() {
        let a = preset("danderyd-2019").unwrap().assessment();
        let v = compare_json(&a, Lang::Sv);
        let services = &v["information_types"][0]["services"];
        assert_eq!(services.as_array().unwrap().len(), 2);
        let argument = services[0]["necessity_argument"][0].as_str().unwrap();
        assert!(argument.contains("Egen Exchange-server") && argument.contains("externa parter"), "{argument}");
    }

    #[test]
    fn probability_json_is_marked_an_estimate_with_its_caveats() {
        let a = preset("danderyd-2019").unwrap().assessment();
        let v = probability_json(&a, Lang::Sv);
        assert_eq!(v["estimate"], true);
        assert!(v["caveats"].as_str().unwrap().contains("FISA"));
        assert_eq!(v["cells"][0]["basis"], "own_judgment");
    }
}
