//! The evaluation JSON the CLI prints (issue contract):
//! `{"format":1,"legal_state","profile","results":[{"service","info_type","overall",
//!   "dimensions":{"secrecy":D,…},"measures":[{"rule","key","text","policy"}],
//!   "questions":[{"rule","key","to","text","decisive"}],
//!   "decisive_unknowns":[paths],"best_case":verdict|null,"decisive_note":text|null}],…}`
//! with `D = {"verdict","rules":[ids],"reasoning",…}`. Texts in the chosen language. Citations
//! (`sources`) are those that existed at the legal date; `source_ids` name them in the source
//! registry and `sources_later` lists documents written after the date.

use super::sources::at_date;
use super::{rule, Addressee, Evaluation, Finding, RuleId};
use crate::model::{Date, Lang, FORMAT_VERSION};
use serde_json::{json, Map, Value};

/// `bedom evaluate --brief`, for bulk scripting over a portfolio: per cell the verdicts, the
/// deciding rules, whether the tool's policy decided, the deciding unknowns and the best case; no
/// texts, so no measures or questions (the full output lists them under their stable keys):
/// `{"format":1,"legal_state","profile","results":[{"service","info_type","overall",
///   "dimensions":{"secrecy":{"verdict","rules","decided_by_policy"},…},"decisive_unknowns","best_case"}]}`.
pub fn brief_json(ev: &Evaluation) -> Value {
    let results: Vec<Value> = ev
        .results
        .iter()
        .map(|cell| {
            let dimensions: Map<String, Value> = cell
                .dimensions
                .iter()
                .map(|d| {
                    let brief = json!({"verdict": d.verdict.as_str(), "rules": d.deciding_rules(), "decided_by_policy": d.decided_by_policy()});
                    (d.dimension.as_str().to_string(), brief)
                })
                .collect();
            json!({
                "service": cell.service,
                "info_type": cell.info_type,
                "overall": cell.overall.as_str(),
                "dimensions": dimensions,
                "decisive_unknowns": cell.decisive_unknowns,
                "best_case": cell.best_case.map(|v| v.as_str()),
            })
        })
        .collect();
    json!({
        "format": FORMAT_VERSION,
        "legal_state": ev.legal_state.to_string(),
        "profile": ev.profile.as_str(),
        "results": results,
    })
}

pub fn evaluation_json(ev: &Evaluation, lang: Lang) -> Value {
    let mut cited: Vec<RuleId> = Vec::new();
    let results: Vec<Value> = ev
        .results
        .iter()
        .map(|cell| {
            let mut dimensions = Map::new();
            for d in &cell.dimensions {
                let deciding = d.deciding_rules();
                for f in &d.findings {
                    if !cited.contains(&f.rule) {
                        cited.push(f.rule);
                    }
                }
                let reasoning: Vec<&str> =
                    d.findings.iter().filter(|f| f.verdict == Some(d.verdict)).map(|f| f.reasoning.get(lang)).collect();
                dimensions.insert(
                    d.dimension.as_str().to_string(),
                    json!({
                        "verdict": d.verdict.as_str(),
                        "rules": deciding,
                        "reasoning": reasoning.join(" "),
                        "policy": d.findings.iter().any(|f| f.policy && f.verdict == Some(d.verdict)),
                        "decided_by_policy": d.decided_by_policy(),
                        "findings": d.findings.iter().map(|f| finding_json(f, lang, ev.legal_state)).collect::<Vec<_>>(),
                    }),
                );
            }
            json!({
                "service": cell.service,
                "info_type": cell.info_type,
                "overall": cell.overall.as_str(),
                "dimensions": dimensions,
                "measures": cell.measures().iter().map(|(r, t, policy)| json!({"rule": r, "key": t.key, "text": t.get(lang), "policy": policy})).collect::<Vec<_>>(),
                "questions": cell.questions().iter().map(|(r, q)| json!({
                    "rule": r,
                    "key": q.key,
                    "to": match q.to { Addressee::Supplier => "supplier", Addressee::Organisation => "organisation" },
                    "text": q.text.get(lang),
                    "decisive": q.decisive,
                })).collect::<Vec<_>>(),
                "decisive_unknowns": cell.decisive_unknowns,
                "best_case": cell.best_case.map(|v| v.as_str()),
                "decisive_note": cell.decisive_note.as_ref().map(|t| t.get(lang)),
            })
        })
        .collect();
    cited.sort();
    let rules: Map<String, Value> = cited
        .iter()
        .filter_map(|&id| rule(id))
        .map(|r| {
            let title = if lang == Lang::Sv { r.title_sv } else { r.title_en };
            let c = at_date(r.sources, ev.legal_state);
            (
                r.id.to_string(),
                json!({"title": title, "sources": c.shown, "source_ids": c.ids, "sources_later": c.later}),
            )
        })
        .collect();
    json!({
        "format": FORMAT_VERSION,
        "legal_state": ev.legal_state.to_string(),
        "profile": ev.profile.as_str(),
        "lang": if lang == Lang::Sv { "sv" } else { "en" },
        "results": results,
        "notes": ev.notes.iter().map(|n| n.get(lang)).collect::<Vec<_>>(),
        "rules": rules,
    })
}

/// A finding's own citations, as the rule's: only what existed at the legal date, later ones apart.
fn finding_json(f: &Finding, lang: Lang, date: Date) -> Value {
    let c = at_date(&f.sources, date);
    json!({
        "rule": f.rule,
        "verdict": f.verdict.map(|v| v.as_str()),
        "text": f.reasoning.get(lang),
        "sources": c.shown,
        "source_ids": c.ids,
        "sources_later": c.later,
        "policy": f.policy,
    })
}
