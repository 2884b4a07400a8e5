//! Parts of the memo that both renderers – the Markdown of `bedom report` and the printed memo
//! view – take from here, so the two documents say the same: the proposal for a decision, the
//! summary in sentences, the facts with their sources and the rules with theirs.

use super::{status, Version};
use crate::model::{Assessment, Lang, Text};
use crate::rules::sources::at_date;
use crate::rules::{rule, Addressee, Evaluation, RuleId, Verdict};

/// "Förslag till beslut": one sentence per service × information type, from its verdict.
pub fn proposal(a: &Assessment, ev: &Evaluation) -> Vec<Text> {
    let mut out = Vec::new();
    for cell in &ev.results {
        let svc = a.services.iter().find(|x| x.id == cell.service);
        let info = a.information_types.iter().find(|x| x.id == cell.info_type);
        let (Some(svc), Some(info)) = (svc, info) else { continue };
        let (s, i) = (&svc.name, &info.name);
        let dims: Vec<Text> = cell.deciding_dimensions().iter().map(|d| d.dimension.label()).collect();
        // Mid-sentence the labels start in lower case; abbreviations keep theirs ("sekretess (OSL)").
        let lower_initial = |label: &str| {
            let mut chars = label.chars();
            chars.next().map(|c| c.to_lowercase().chain(chars).collect::<String>()).unwrap_or_default()
        };
        let (d_sv, d_en) = (
            dims.iter().map(|t| lower_initial(&t.sv)).collect::<Vec<_>>().join(", "),
            dims.iter().map(|t| lower_initial(&t.en)).collect::<Vec<_>>().join(", "),
        );
        out.push(match cell.overall {
            Verdict::NotAllowed => crate::text!(
                "{s} ska inte användas för {i} så som tjänsten är beskriven (avgörs av: {d_sv}).",
                "{s} is not to be used for {i} as the service is described (decided by: {d_en})."
            ),
            Verdict::NeedsInformation => crate::text!(
                "Beslut om {s} för {i} fattas först när de avgörande frågorna är besvarade ({d_sv} kan ännu inte avgöras).",
                "A decision on {s} for {i} is taken only once the deciding questions are answered ({d_en} cannot yet be decided)."
            ),
            Verdict::AllowedWithConditions => crate::text!(
                "{s} får användas för {i} under villkoren i åtgärdsplanen.",
                "{s} may be used for {i} under the conditions in the action plan."
            ),
            Verdict::Allowed => crate::text!("{s} får användas för {i}.", "{s} may be used for {i}."),
        });
    }
    out
}

/// "Sammanfattning" in sentences: what was assessed, at which legal date, how it came out, and
/// where the tool's policy rather than law decides.
pub fn summary(a: &Assessment, ev: &Evaluation) -> Vec<Text> {
    let (services, infos, date) = (a.services.len(), a.information_types.len(), a.legal_date);
    let count = |v: Verdict| ev.results.iter().filter(|c| c.overall == v).count();
    let (no, open, cond, yes) = (
        count(Verdict::NotAllowed),
        count(Verdict::NeedsInformation),
        count(Verdict::AllowedWithConditions),
        count(Verdict::Allowed),
    );
    let cells = ev.results.len();
    let mut out = vec![
        crate::text!(
            "Bedömningen avser {services} tjänst(er) och {infos} informationsslag, {cells} bedömningar, vid rättsläget {date}.",
            "The assessment covers {services} service(s) and {infos} information type(s), {cells} verdicts, at the legal date {date}."
        ),
        crate::text!(
            "Inte tillåtet: {no}. Underlag saknas: {open}. Tillåtet med villkor: {cond}. Tillåtet: {yes}.",
            "Not allowed: {no}. Needs information: {open}. Allowed with conditions: {cond}. Allowed: {yes}."
        ),
    ];
    let by_policy = ev
        .results
        .iter()
        .filter(|c| c.overall > Verdict::Allowed && c.deciding_dimensions().iter().all(|d| d.decided_by_policy()))
        .count();
    if by_policy > 0 {
        out.push(crate::text!(
            "I {by_policy} av dem avgörs den samlade bedömningen av verktygets policy (ändringsbar), inte av lag.",
            "In {by_policy} of them the overall verdict is decided by the tool's (editable) policy, not by law."
        ));
    }
    out
}

/// Every question of the evaluation once, with the rule that raises it: (to the supplier, to the
/// body itself). The public version leaves out those of the configuration rules.
/// Texts with the rule that gave them.
pub type RuleTexts = Vec<(RuleId, String)>;

pub fn questions(ev: &Evaluation, lang: Lang, version: Version) -> (RuleTexts, RuleTexts) {
    let (mut supplier, mut own) = (Vec::new(), Vec::new());
    let shown = |rule: RuleId| version == Version::Internal || !super::CONFIGURATION_RULES.contains(&rule);
    for cell in &ev.results {
        for f in cell.dimensions.iter().flat_map(|d| &d.findings).filter(|f| shown(f.rule)) {
            for q in &f.questions {
                let list: &mut RuleTexts = if q.to == Addressee::Supplier { &mut supplier } else { &mut own };
                let t = q.text.get(lang).to_string();
                if !list.iter().any(|(_, x)| *x == t) {
                    list.push((f.rule, t));
                }
            }
        }
    }
    (supplier, own)
}

/// "Faktaunderlag och källor": per service, one line per party, component and (internal version)
/// access control, each with the status and source of the fact.
pub fn facts(a: &Assessment, lang: Lang, version: Version) -> Vec<(String, Vec<String>)> {
    let l = |sv: &'static str, en: &'static str| if lang == Lang::Sv { sv } else { en };
    a.services
        .iter()
        .map(|svc| {
            let mut lines = Vec::new();
            for p in &svc.parties {
                lines.push(format!(
                    "{}: {}, {} {}, {} {} ({})",
                    p.name,
                    p.role.label().get(lang),
                    l("jurisdiktion", "jurisdiction"),
                    p.jurisdiction.label(lang),
                    l("åtkomst", "access"),
                    p.access.label().get(lang),
                    status(&p.provenance, lang)
                ));
            }
            for c in &svc.components {
                let location = c.data_location.label(lang);
                lines.push(if version == Version::Internal {
                    format!(
                        "{}: {} {location}, {} ({})",
                        c.name,
                        l("lagring", "storage"),
                        c.key_control.label().get(lang),
                        status(&c.provenance, lang)
                    )
                } else {
                    format!("{}: {} {location}", c.name, l("lagring", "storage"))
                });
            }
            if version == Version::Internal {
                for c in &svc.controls {
                    lines.push(format!(
                        "{}: {} {} ({})",
                        c.name,
                        l("täcker", "covers"),
                        c.covers.join(", "),
                        status(&c.provenance, lang)
                    ));
                }
            }
            (svc.name.clone(), lines)
        })
        .collect()
}

/// "Regler och rättskällor": every rule the evaluation cites with the sources that existed at the
/// legal date, and apart the documents written later (not a basis of the assessment).
pub fn rules(a: &Assessment, ev: &Evaluation, lang: Lang) -> (Vec<(String, String)>, Vec<String>) {
    let mut cited: Vec<RuleId> =
        ev.results.iter().flat_map(|c| c.dimensions.iter().flat_map(|d| d.findings.iter().map(|f| f.rule))).collect();
    cited.sort();
    cited.dedup();
    let mut lines = Vec::new();
    let mut later: Vec<String> = Vec::new();
    for r in cited.into_iter().filter_map(rule) {
        let c = at_date(r.sources, a.legal_date);
        let shown = if c.shown.is_empty() {
            if lang == Lang::Sv {
                "inga källor från före rättsläget"
            } else {
                "no sources from before the legal date"
            }
            .to_string()
        } else {
            c.shown.join("; ")
        };
        lines.push((format!("{} {}", r.id, if lang == Lang::Sv { r.title_sv } else { r.title_en }), shown));
        for x in c.later {
            if !later.contains(&x) {
                later.push(x);
            }
        }
    }
    (lines, later)
}

/// The main part's "Bedömning": per service × information type the verdict's head (what decides,
/// law or policy, the deciding unknowns or main measures, the next step). The public version leaves
/// out the deciding unknowns, which can name key handling or configuration (OSL 18 kap. 8 §).
pub fn assessment_heads(ev: &Evaluation, version: Version) -> Vec<(String, String, Verdict, Vec<Text>)> {
    ev.results
        .iter()
        .map(|cell| {
            let shown = |rule: RuleId| version == Version::Internal || !super::CONFIGURATION_RULES.contains(&rule);
            let head = cell
                .head_with(&shown)
                .into_iter()
                .filter(|l| version == Version::Internal || Some(l) != cell.decisive_note.as_ref())
                .collect();
            (cell.service.clone(), cell.info_type.clone(), cell.overall, head)
        })
        .collect()
}

/// The annexes after the DPIA and the TIAs, in order: the detailed reasoning per verdict, the
/// action plan, the questions, the facts with their sources, the rules with theirs.
pub const TRAILING_ANNEXES: [(&str, &str); 5] = [
    ("Motivering per bedömning", "Reasoning per verdict"),
    ("Åtgärdsplan", "Action plan"),
    ("Frågor", "Questions"),
    ("Faktaunderlag och källor", "Facts and their sources"),
    ("Regler och rättskällor", "Rules and legal sources"),
];

/// Every annex's full title ("Bilaga 3. Åtgärdsplan") in order, for "Beslutsunderlag" and the
/// headings: the DPIA is annex 1 where there is one, the TIAs follow from 2, then the trailing ones.
pub fn annex_titles(a: &Assessment, ev: &Evaluation, version: Version) -> Vec<Text> {
    let mut out = Vec::new();
    if super::annex::dpia(a, ev, version).is_some() {
        let t = &super::annex::words::DPIA_TITLE;
        out.push(Text::new(t.get(Lang::Sv), t.get(Lang::En)));
    }
    let tias = super::annex::transfer_annexes(a, ev, version);
    out.extend(tias.iter().enumerate().map(|(n, t)| super::annex::tia_title(n, &t.service, a.legal_date)));
    // (The TIAs are numbered from 2 whether or not there is a DPIA.)
    let first = if !tias.is_empty() { tias.len() + 2 } else { out.len() + 1 };
    for (k, (sv, en)) in TRAILING_ANNEXES.iter().enumerate() {
        let annex = &super::annex::words::ANNEX;
        out.push(Text::new(
            format!("{} {}. {sv}", annex.get(Lang::Sv), first + k),
            format!("{} {}. {en}", annex.get(Lang::En), first + k),
        ));
    }
    out
}
