//! The knowledge base outside the app: the rule catalogue with explanations and dated sources, as
//! Markdown for a lawyer to review or file, and as JSON (`bedom rules`). Same content as the app's
//! "Regler och källor", from the same catalogue.

use super::CATALOGUE;
use crate::model::{Date, Lang};
use serde_json::{json, Value};
use std::fmt::Write;

fn pick(lang: Lang, sv: &'static str, en: &'static str) -> &'static str {
    if lang == Lang::Sv {
        sv
    } else {
        en
    }
}

/// Every rule as a Markdown section; sources written after `date` are marked as later.
pub fn markdown(lang: Lang, date: Date) -> String {
    let later = pick(lang, "skrivet senare än rättsläget", "written after the legal date");
    let mut s = format!(
        "# {}\n\n{} {date}.\n",
        pick(lang, "Regler och rättskällor", "Rules and legal sources"),
        pick(lang, "Källorna är daterade; rättsläge per", "Sources are dated; legal date")
    );
    for r in CATALOGUE {
        let policy =
            if r.policy { pick(lang, " (verktygets policy, inte lag)", " (the tool's policy, not law)") } else { "" };
        let _ = writeln!(s, "\n## {} {}{policy}\n", r.id, pick(lang, r.title_sv, r.title_en));
        let _ = writeln!(s, "{}\n", pick(lang, r.explanation_sv, r.explanation_en));
        for c in r.sources {
            // An approximate date is the year in the title already.
            let when = c.source.from.filter(|_| !c.source.approximate).map(|d| format!(" ({d})")).unwrap_or_default();
            let mark = if c.source.later_than(date) { format!(" – _{later}_") } else { String::new() };
            let _ = writeln!(s, "- {}{when}{mark}", c.render());
        }
    }
    s
}

/// The same as JSON: `[{"id","title","explanation","policy","sources":[{"id","citation","from","later"}]}]`.
pub fn json(lang: Lang, date: Date) -> Value {
    Value::Array(
        CATALOGUE
            .iter()
            .map(|r| {
                json!({
                    "id": r.id,
                    "title": pick(lang, r.title_sv, r.title_en),
                    "explanation": pick(lang, r.explanation_sv, r.explanation_en),
                    "policy": r.policy,
                    "sources": r.sources.iter().map(|c| json!({
                        "id": c.source.id,
                        "citation": c.render(),
                        "from": c.source.from.map(|d| d.to_string()),
                        "later": c.source.later_than(date),
                    })).collect::<Vec<_>>(),
                })
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_is_listed_and_later_sources_are_marked() {
        let md = markdown(Lang::Sv, Date::ymd(2019, 9, 30));
        for r in CATALOGUE {
            let policy = if r.policy { " (verktygets policy, inte lag)" } else { "" };
            assert!(md.contains(&format!("\n## {} {}{policy}\n", r.id, r.title_sv)), "{} saknas", r.id);
        }
        // EDPB's Recommendations (2021) were written after a 2019 legal date; GDPR was not.
        let edpb = md.lines().find(|l| l.contains("Recommendations 01/2020")).expect("EDPB 01/2020 cited");
        assert!(edpb.ends_with("_skrivet senare än rättsläget_"), "{edpb}");
        let gdpr = md.lines().find(|l| l.starts_with("- Förordning (EU) 2016/679")).expect("GDPR cited");
        assert!(!gdpr.contains("skrivet senare"), "{gdpr}");
        let j = json(Lang::En, Date::ymd(2026, 12, 1));
        assert_eq!(j.as_array().map(Vec::len), Some(CATALOGUE.len()));
        assert!(j[0]["sources"].as_array().is_some_and(|s| s.iter().all(|c| c["later"] == false)));
    }
}
