//! The memo officials file: a tjänsteskrivelse-style report in Markdown, internal or public.
//! The public version leaves out security configuration details (OSL 18 kap. 8 §): the body's own
//! configuration, key handling and access controls, and the reasoning of the rules that describe them.

use crate::model::{Assessment, Lang, Provenance};
use crate::rules::legal_state::RATTSLAGE_PER;
use crate::rules::{Evaluation, Finding, RuleId, Verdict};
use std::fmt::Write;

pub mod annex;
pub mod memo;
pub mod plan;
pub mod plan_legacy;

/// Rules whose reasoning describes the body's security configuration (left out of the public version).
pub const CONFIGURATION_RULES: [RuleId; 3] = [RuleId::R7, RuleId::R8, RuleId::R18];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Version {
    Internal,
    Public,
}

fn l<'a>(lang: Lang, sv: &'a str, en: &'a str) -> &'a str {
    if lang == Lang::Sv {
        sv
    } else {
        en
    }
}

fn status(p: &Option<Provenance>, lang: Lang) -> String {
    match p {
        None => l(lang, "källa ej angiven", "no source given").to_string(),
        Some(p) => {
            let mut out = p.status.label().get(lang).to_string();
            if !p.source.is_empty() {
                out.push_str(&format!(", {}", p.source));
            }
            if let Some(d) = p.date {
                out.push_str(&format!(", {d}"));
            }
            out
        }
    }
}

fn shown(f: &Finding, version: Version) -> bool {
    version == Version::Internal || !CONFIGURATION_RULES.contains(&f.rule)
}

/// Escapes text for a Markdown table cell or line (user text must not become markup: no HTML, no
/// table break, no link such as `[x](javascript:…)`).
fn md(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace('\n', " ")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('[', "\\[")
        .replace(']', "\\]")
}

pub fn markdown(a: &Assessment, ev: &Evaluation, lang: Lang, version: Version) -> String {
    let mut s = String::new();
    let title = if a.title.is_empty() {
        l(lang, "Bedömning av molntjänst", "Cloud service assessment").to_string()
    } else {
        a.title.clone()
    };
    let _ = writeln!(s, "# {}\n", md(&title));
    if version == Version::Public {
        let _ = writeln!(s, "_{}_\n", l(lang,
            "Offentlig version. Uppgifter om säkerhetskonfiguration (egen konfiguration, nyckelhantering, åtkomstkontroller) är utelämnade, OSL 18 kap. 8 §.",
            "Public version. Security configuration details (own configuration, key handling, access controls) are left out, OSL ch. 18 s. 8."));
    } else {
        let _ = writeln!(s, "_{}_\n", l(lang,
            "Intern version. Innehåller uppgifter om säkerhetskonfiguration som kan omfattas av sekretess enligt OSL 18 kap. 8 §.",
            "Internal version. Contains security configuration details that may be secret under OSL ch. 18 s. 8."));
    }
    let org = &a.organisation;
    let rows = [
        (l(lang, "Datum", "Date"), a.memo.date.map(|d| d.to_string()).unwrap_or_default()),
        (l(lang, "Diarienummer", "Reference number"), md(&a.diarienummer)),
        (l(lang, "Handläggare", "Prepared by"), md(&a.memo.handlaggare)),
        (l(lang, "Organisation", "Organisation"), md(&org.name)),
        (l(lang, "Nämnd", "Board"), md(&org.namnd)),
        (l(lang, "Rättsläge per", "Legal state as of"), a.legal_date.to_string()),
        (l(lang, "Verktygets rättsläge känt till", "Tool's legal knowledge up to"), RATTSLAGE_PER.to_string()),
        (l(lang, "Tolkningsprofil", "Interpretation profile"), a.profile.label().get(lang).to_string()),
    ];
    for (k, v) in rows {
        if !v.is_empty() {
            let _ = writeln!(s, "- **{k}:** {v}");
        }
    }
    for n in &ev.notes {
        let _ = writeln!(s, "- {}", md(n.get(lang)));
    }

    let _ = writeln!(s, "\n## {}\n", l(lang, "Förslag till beslut", "Proposed decision"));
    for t in memo::proposal(a, ev) {
        let _ = writeln!(s, "- {}", md(t.get(lang)));
    }
    let _ = writeln!(s, "\n## {}\n", l(lang, "Sammanfattning", "Summary"));
    let sentences: Vec<String> = memo::summary(a, ev).iter().map(|t| md(t.get(lang))).collect();
    let _ = writeln!(s, "{}\n", sentences.join(" "));
    let _ = writeln!(
        s,
        "| {} | {} |",
        l(lang, "Informationstyp", "Information type"),
        a.services.iter().map(|x| md(&x.name)).collect::<Vec<_>>().join(" | ")
    );
    let _ = writeln!(s, "|---|{}", "---|".repeat(a.services.len()));
    for info in &a.information_types {
        let cells: Vec<String> = a
            .services
            .iter()
            .map(|svc| ev.cell(&svc.id, &info.id).map(|c| c.overall.label().get(lang).to_string()).unwrap_or_default())
            .collect();
        let _ = writeln!(s, "| {} | {} |", md(&info.name), cells.join(" | "));
    }

    let _ = writeln!(s, "\n## {}\n", l(lang, "Bedömning", "Assessment"));
    for (service, info, verdict, head) in memo::assessment_heads(ev, version) {
        let svc = a.services.iter().find(|x| x.id == service).map_or(service.as_str(), |x| x.name.as_str());
        let inf = a.information_types.iter().find(|x| x.id == info).map_or(info.as_str(), |x| x.name.as_str());
        let _ = writeln!(s, "### {} – {}: {}\n", md(svc), md(inf), verdict.label().get(lang));
        for line in head {
            let _ = writeln!(s, "{}\n", md(line.get(lang)));
        }
    }
    let titles = memo::annex_titles(a, ev, version);
    let _ = writeln!(s, "\n## {}\n", l(lang, "Beslutsunderlag", "Decision basis"));
    let _ = writeln!(s, "- {}", l(lang, "Denna tjänsteskrivelse", "This memo"));
    for t in &titles {
        let _ = writeln!(s, "- {}", md(t.get(lang)));
    }
    let (supplier, own) = memo::questions(ev, lang, version);
    let _ = writeln!(s, "\n## {}\n", l(lang, "Beslut och riskacceptans", "Decision and risk acceptance"));
    let _ = writeln!(s, "{}\n", l(lang, "Bedömningen är en rekommendation. Beslutet fattas av den som har delegation och dokumenteras här.", "The assessment is a recommendation. The decision is taken by whoever holds the delegation and is recorded here."));
    for k in [
        l(lang, "Beslutsfattare", "Decision maker"),
        l(lang, "Datum", "Date"),
        l(lang, "Diarienummer", "Reference number"),
        l(lang, "Accepterade restrisker", "Accepted residual risks"),
        l(lang, "Villkor för beslutet", "Conditions of the decision"),
    ] {
        let _ = writeln!(s, "- **{k}:** ");
    }
    let _ =
        writeln!(s, "- **{}:** {}", l(lang, "Beslutet skickas till", "The decision is sent to"), md(&a.memo.send_to));

    write_annexes(&mut s, a, ev, lang, version);
    // The annexes after the DPIA and the TIAs: reasoning, action plan, questions, facts, rules.
    let trailing = &titles[titles.len() - memo::TRAILING_ANNEXES.len()..];
    let mut parts: Vec<String> = Vec::new();
    let mut r = String::new();
    for cell in &ev.results {
        let svc = a.services.iter().find(|x| x.id == cell.service);
        let info = a.information_types.iter().find(|x| x.id == cell.info_type);
        let (Some(svc), Some(info)) = (svc, info) else {
            continue;
        };
        let _ = writeln!(r, "### {} – {}: {}\n", md(&svc.name), md(&info.name), cell.overall.label().get(lang));
        // The deciding unknowns can name key handling or configuration: internal version only.
        if let Some(note) = cell.decisive_note.as_ref().filter(|_| version == Version::Internal) {
            let _ = writeln!(r, "{}\n", md(note.get(lang)));
        }
        for d in cell.dimensions.iter() {
            let rules: Vec<String> = d.deciding_rules().iter().map(|r| r.to_string()).collect();
            let policy = if d.decided_by_policy() {
                l(lang, "; verktygets policy, inte lag", "; the tool's policy, not law")
            } else {
                ""
            };
            let _ = writeln!(
                r,
                "**{}: {}** ({} {}{policy})\n",
                d.dimension.label().get(lang),
                d.verdict.label().get(lang),
                l(lang, "avgjort av", "decided by"),
                rules.join(", ")
            );
            let mut omitted = false;
            for f in d.findings.iter().filter(|f| f.verdict == Some(d.verdict)) {
                if shown(f, version) {
                    let policy = if f.policy {
                        l(lang, " _(verktygets policy, inte lag)_", " _(the tool's policy, not law)_")
                    } else {
                        ""
                    };
                    let _ = writeln!(r, "- {} {}{policy}", f.rule, md(f.reasoning.get(lang)));
                } else {
                    omitted = true;
                }
            }
            if omitted {
                let _ = writeln!(r, "- {}", annex::words::CONFIGURATION_OMITTED.get(lang));
            }
            let _ = writeln!(r);
        }
    }

    parts.push(std::mem::take(&mut r));
    let _ = writeln!(
        r,
        "| # | {} | {} | {} | {} | Status |",
        l(lang, "Åtgärd", "Measure"),
        l(lang, "Regel", "Rule"),
        l(lang, "Ansvarig", "Owner"),
        l(lang, "Klart senast", "Due")
    );
    let _ = writeln!(r, "|---|---|---|---|---|---|");
    for (i, row) in plan::rows(a, ev, version).iter().enumerate() {
        let it = &row.item;
        let due = it.due.map(|d| d.to_string()).unwrap_or_default();
        let (rule, status) = (row.proposed_by(lang), it.status.label());
        let (text, owner) = (md(row.text.get(lang)), md(&it.owner));
        let _ = writeln!(r, "| {} | {text} | {rule} | {owner} | {due} | {} |", i + 1, status.get(lang));
    }
    parts.push(std::mem::take(&mut r));
    for (heading, list) in [
        (l(lang, "Frågor till leverantören", "Questions to the supplier"), &supplier),
        (l(lang, "Frågor att utreda internt", "Questions to resolve internally"), &own),
    ] {
        let _ = writeln!(r, "\n### {heading}\n");
        if list.is_empty() {
            let _ = writeln!(r, "{}", l(lang, "Inga.", "None."));
        }
        for (i, (rule, t)) in list.iter().enumerate() {
            let _ = writeln!(r, "{}. {} ({rule})", i + 1, md(t));
        }
    }

    parts.push(std::mem::take(&mut r));
    for (service, lines) in memo::facts(a, lang, version) {
        let _ = writeln!(r, "### {}\n", md(&service));
        for line in lines {
            let _ = writeln!(r, "- {}", md(&line));
        }
    }

    parts.push(std::mem::take(&mut r));
    // Only what existed at the legal date is cited (DOMAIN.md §5); later documents are listed apart.
    let (rules, later) = memo::rules(a, ev, lang);
    for (rule, sources) in rules {
        let _ = writeln!(r, "- **{rule}**: {sources}");
    }
    if !later.is_empty() {
        let _ = writeln!(
            r,
            "\n{} {}",
            l(
                lang,
                "*Skrivet efter rättsläget (inte underlag för bedömningen):*",
                "*Written after the legal date (not a basis of the assessment):*"
            ),
            later.join("; ")
        );
    }
    parts.push(std::mem::take(&mut r));
    for (title, part) in trailing.iter().zip(parts) {
        let _ = writeln!(s, "\n## {}\n\n{}", md(title.get(lang)), part.trim_start_matches('\n'));
    }
    let worst = ev.results.iter().map(|c| c.overall).max().unwrap_or(Verdict::NeedsInformation);
    let _ = writeln!(
        s,
        "\n_{}: {}. {}_",
        l(lang, "Sämsta samlade bedömning", "Worst overall verdict"),
        worst.label().get(lang),
        l(
            lang,
            "Framtagen med Molnbedömning; bedömningen gjordes helt i webbläsaren.",
            "Produced with Molnbedömning; the assessment ran entirely in the browser."
        )
    );
    s
}

fn quotes(s: &mut String, quotes: &[annex::Quote], lang: Lang) {
    for q in quotes {
        let verdict = q.shown_verdict().map(|v| format!(" ({})", v.label().get(lang))).unwrap_or_default();
        let policy =
            if q.policy { l(lang, " _(verktygets policy, inte lag)_", " _(the tool's policy, not law)_") } else { "" };
        let _ = writeln!(s, "- {}{verdict}: {}{policy}", q.rule, md(q.text.get(lang)));
    }
}

/// Annex 1, the DPIA section (art. 35.7 a–d), and annex 2 on, one transfer impact assessment per
/// service with third-country transfers (EDPB Recommendations 01/2020). Parts only the body can
/// write (purpose, legal basis, the DPO's opinion) are left as lines to fill in, not invented.
fn write_annexes(s: &mut String, a: &Assessment, ev: &Evaluation, lang: Lang, version: Version) {
    use annex::words::*;
    if let Some(d) = annex::dpia(a, ev, version) {
        let _ = writeln!(s, "\n## {}\n\n_{}_\n", DPIA_TITLE.get(lang), DPIA_INTRO.get(lang));
        let _ = writeln!(s, "### {}\n", DPIA_A.get(lang));
        for i in &d.info {
            let required = if i.required { DPIA_REQUIRED.get(lang) } else { DPIA_TRY.get(lang) };
            let services = md(&i.services.join(", "));
            let (kind, retention) = (i.kind.get(lang), i.retention.get(lang));
            let _ = writeln!(
                s,
                "- **{}**: {kind}; {}: {retention}; {}: {services}. {required}.",
                md(&i.name),
                RETENTION.get(lang),
                PROCESSED_IN.get(lang)
            );
        }
        for k in TO_FILL_IN {
            let _ = writeln!(s, "- **{}:** ", k.get(lang));
        }
        let _ = writeln!(s, "\n### {}\n", DPIA_B.get(lang));
        if d.necessity.is_empty() {
            let _ = writeln!(s, "{}", NO_ALTERNATIVES.get(lang));
        }
        quotes(s, &d.necessity, lang);
        let _ = writeln!(s, "\n### {}\n", DPIA_C.get(lang));
        if d.risks.is_empty() {
            let _ = writeln!(s, "{}", NO_RISKS.get(lang));
        }
        for r in &d.risks {
            let (dim, verdict) = (r.dimension.label(), r.verdict.label());
            let _ = writeln!(
                s,
                "**{} – {}, {}: {}**\n",
                md(&r.service),
                md(&r.info_type),
                dim.get(lang),
                verdict.get(lang)
            );
            quotes(s, &r.reasons, lang);
            let _ = writeln!(s);
        }
        let _ = writeln!(s, "### {}\n", DPIA_D.get(lang));
        if d.measures.is_empty() {
            let _ = writeln!(s, "{}", NO_MEASURES.get(lang));
        }
        for (i, (rule, m)) in d.measures.iter().enumerate() {
            let _ = writeln!(s, "{}. {} ({rule})", i + 1, md(m.get(lang)));
        }
        if d.prior_consultation {
            let _ = writeln!(s, "\n{}", annex::prior_consultation(a.legal_date).get(lang));
        }
        let _ = writeln!(s, "\n- **{}:** ", DPO_OPINION.get(lang));
    }
    for (n, t) in annex::transfer_annexes(a, ev, version).iter().enumerate() {
        let _ = writeln!(s, "\n## {}\n", md(annex::tia_title(n, &t.service, a.legal_date).get(lang)));
        let _ = writeln!(s, "_{}_\n", annex::tia_intro(a.legal_date).get(lang));
        for (info, v) in &t.verdicts {
            let _ = writeln!(s, "- {}: {}", md(info), v.label().get(lang));
        }
        let [c0, c1, c2, c3] = COUNTRY_COLUMNS.map(|c| c.get(lang));
        let _ = writeln!(s, "\n| {c0} | {c1} | {c2} | {c3} |\n|---|---|---|---|");
        for r in &t.countries {
            let occurs: Vec<&str> = r.occurs.iter().map(|o| o.get(lang)).collect();
            let laws: Vec<String> = r.compulsion.iter().map(|(t, src)| format!("{} ({src})", t.get(lang))).collect();
            let adequacy = r.adequacy.unwrap_or(NO_ADEQUACY.get(lang));
            let (occurs, laws) = (md(&occurs.join("; ")), md(&laws.join("; ")));
            let _ = writeln!(s, "| {} | {occurs} | {adequacy} | {laws} |", r.country.label(lang));
        }
        for step in &t.steps {
            let _ = writeln!(s, "\n### {}\n", step.title.get(lang));
            quotes(s, &step.quotes, lang);
        }
        for (name, date, past) in &t.rechecks {
            let flag = if *past { RECHECK_PASSED.get(lang) } else { "" };
            let _ = writeln!(s, "- {}: {} {date}{flag}", md(name), RECHECK_BY.get(lang));
        }
        let _ = writeln!(s, "- {}", annex::reevaluate(a.legal_date).get(lang));
        if t.omitted {
            let _ = writeln!(s, "- {}", CONFIGURATION_OMITTED.get(lang));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presets::PRESETS;
    use crate::rules::evaluate;

    #[test]
    fn internal_memo_has_the_parts_a_decision_needs() {
        let a = PRESETS[0].assessment();
        let m = markdown(&a, &evaluate(&a), Lang::Sv, Version::Internal);
        for part in [
            "# ",
            "Rättsläge per",
            "## Sammanfattning",
            "## Förslag till beslut",
            "## Bedömning",
            "## Beslutsunderlag",
            "## Beslut och riskacceptans",
            "Accepterade restrisker",
            "Motivering per bedömning\n",
            "Åtgärdsplan\n",
            "### Frågor till leverantören",
            "Regler och rättskällor\n",
            "R1 Säkerhetsskydd",
            "Customer Lockbox",
        ] {
            assert!(m.contains(part), "saknar {part}");
        }
    }

    /// Each cell's dimension lines ("**Sekretess (OSL): …** (avgjort av …)") stand in its own
    /// reasoning annex, not elsewhere in the memo.
    #[test]
    fn dimension_lines_stand_in_the_reasoning_annex() {
        let a = crate::presets::preset("danderyd-2019-v3").unwrap().assessment();
        let m = markdown(&a, &evaluate(&a), Lang::Sv, Version::Internal);
        let heading = |title: &str| {
            m.match_indices("\n## ")
                .map(|(i, _)| i)
                .find(|&i| m[i..].lines().nth(1).is_some_and(|l| l.ends_with(title)))
        };
        let start = heading("Motivering per bedömning").expect("motiveringsbilagan");
        let end = heading("Åtgärdsplan").expect("åtgärdsplanen");
        let lines: Vec<usize> = m.match_indices("(avgjort av ").map(|(i, _)| i).collect();
        assert!(!lines.is_empty());
        assert!(lines.iter().all(|&i| i > start && i < end), "dimensionsrader utanför motiveringsbilagan");
    }

    /// A tjänsteskrivelse states its date, its handläggare and who receives the decision; a file
    /// without them (older files) loads and leaves them out of the head.
    #[test]
    fn memo_states_date_handlaggare_and_recipients() {
        let mut a = PRESETS[0].assessment();
        let m = markdown(&a, &evaluate(&a), Lang::Sv, Version::Internal);
        assert!(!m.contains("**Handläggare:**") && m.contains("**Beslutet skickas till:** \n"));
        a.memo = crate::model::MemoDetails {
            date: Some(crate::model::Date::ymd(2026, 12, 1)),
            handlaggare: "Anna Andersson".into(),
            send_to: "Kommunstyrelsen; dataskyddsombudet".into(),
        };
        let m = markdown(&a, &evaluate(&a), Lang::Sv, Version::Public);
        for line in [
            "- **Datum:** 2026-12-01",
            "- **Handläggare:** Anna Andersson",
            "- **Beslutet skickas till:** Kommunstyrelsen; dataskyddsombudet",
        ] {
            assert!(m.contains(line), "saknar {line}");
        }
        let json = crate::model::assessment_json(&a, false);
        assert_eq!(crate::model::parse_assessment(&json).unwrap().memo, a.memo);
    }

    /// The main part's heads follow the public version too: no measure of a configuration rule.
    #[test]
    fn public_heads_leave_out_configuration_measures() {
        for p in PRESETS {
            let a = p.assessment();
            let ev = evaluate(&a);
            let all_config: Vec<String> = ev
                .results
                .iter()
                .flat_map(|c| c.dimensions.iter().flat_map(|d| d.findings.iter()))
                .filter(|f| CONFIGURATION_RULES.contains(&f.rule))
                .flat_map(|f| f.measures.iter().map(|m| m.sv.clone()))
                .collect();
            for (_, _, _, head) in memo::assessment_heads(&ev, Version::Public) {
                for line in head {
                    assert!(!all_config.iter().any(|m| line.sv.contains(m.as_str())), "{}: {}", p.id, line.sv);
                }
            }
        }
    }

    #[test]
    fn public_memo_leaves_out_security_configuration() {
        let mut a = PRESETS[0].assessment();
        a.services[0].controls[0].name = "Godkännandeflöde X".into();
        let ev = evaluate(&a);
        assert!(markdown(&a, &ev, Lang::Sv, Version::Internal).contains("Godkännandeflöde X"));
        let m = markdown(&a, &ev, Lang::Sv, Version::Public);
        assert!(m.contains("OSL 18 kap. 8 §"));
        assert!(!m.contains("Godkännandeflöde X"), "åtkomstkontrollen ska inte synas i den offentliga versionen");
        assert!(markdown(&a, &ev, Lang::Sv, Version::Internal).contains("leverantörens nycklar"));
        assert!(!m.contains("leverantörens nycklar"), "nyckelhanteringen ska inte synas");
    }

    #[test]
    fn memo_has_a_dpia_and_a_transfer_annex_when_personal_data_may_leave_the_eea() {
        let mut a = PRESETS[0].assessment();
        a.information_types[0].personal_data = crate::model::PersonalData::Sensitive;
        let m = markdown(&a, &evaluate(&a), Lang::Sv, Version::Internal);
        for part in [
            "## Bilaga 1. Konsekvensbedömning avseende dataskydd (DPIA)",
            "DPIA krävs (R12, art. 35.3 b)",
            "Dataskyddsombudets yttrande (art. 35.2)",
            "## Bilaga 2. Analys av överföringen enligt kapitel V GDPR: Office 365",
            "| USA (US) |",
            "18 U.S.C. § 2713",
            "### Steg 2. Överföringsverktyg (art. 45–46)",
            "### Steg 6. Ompröva med lämpliga intervall",
        ] {
            assert!(m.contains(part), "saknar {part}");
        }
        let en = markdown(&a, &evaluate(&a), Lang::En, Version::Public);
        assert!(en.contains("## Annex 2. Analysis of the transfer under GDPR chapter V"));
        assert!(!en.contains("- R7"), "key handling stays out of the public annex");
        // "Transfer impact assessment" is a term of Schrems II (2020-07-16).
        let mut later = a.clone();
        later.legal_date = crate::model::Date::ymd(2020, 7, 16);
        let m_later = markdown(&later, &evaluate(&later), Lang::Sv, Version::Internal);
        assert!(m_later.contains("## Bilaga 2. Överföringsbedömning (TIA): Office 365"));

        a.information_types[0].personal_data = crate::model::PersonalData::None;
        let m = markdown(&a, &evaluate(&a), Lang::Sv, Version::Internal);
        assert!(
            !m.contains("Konsekvensbedömning avseende dataskydd (DPIA)") && !m.contains("Analys av överföringen"),
            "utan personuppgifter ingen DPIA eller TIA"
        );
        assert!(m.contains("## Bilaga 1. Motivering per bedömning"), "bilagorna numreras utan lucka");
    }

    #[test]
    fn user_text_cannot_inject_markup() {
        let mut a = PRESETS[0].assessment();
        a.title = "<script>alert(1)</script> | x [klick](javascript:alert(1))".into();
        let m = markdown(&a, &evaluate(&a), Lang::En, Version::Internal);
        assert!(!m.contains("<script>"));
        assert!(!m.contains("[klick]("), "a link in user text must not become a Markdown link");
        assert!(m.contains("&lt;script&gt;"));
    }

    /// The conditions the bounding of unknowns adds sit under the rule that reads each fact, so the
    /// public memo leaves out unknown configuration (logging, MFA …) as it leaves out R18 itself.
    #[test]
    fn the_public_memo_holds_no_unknown_configuration_from_the_bounding() {
        let a = crate::presets::preset("o365-2018-lockbox-v3").unwrap().assessment();
        let ev = crate::rules::evaluate_explained(&a);
        let internal = markdown(&a, &ev, Lang::Sv, Version::Internal);
        let public = markdown(&a, &ev, Lang::Sv, Version::Public);
        assert!(internal.contains("flerfaktorsautentisering"));
        assert!(!public.contains("flerfaktorsautentisering") && !public.contains("Avgörande okända uppgifter"));
    }
}
