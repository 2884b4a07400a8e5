//! The supplier round trip: the supplier-side facts still unknown, as a questionnaire (JSON and
//! readable text) that carries only those questions — never the body's own facts — and the import
//! of the answers as facts with provenance "påstått" (claimed), source and date.

use super::facts::{self, Step};
use crate::model::{parse_assessment, Assessment, Date, Error, Lang, Text};
use crate::rules::legal_state::{DPF, PRIVACY_SHIELD};
use crate::text;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// What kind of answer a question takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum AnswerType {
    /// true / false
    YesNo,
    /// ISO 3166-1 alpha-2
    Country,
    /// one of `options`
    Choice,
}

/// A question to the supplier about one unknown fact, with room for the answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct QuestionItem {
    /// Where the answer goes in the assessment, e.g. `services[o365].parties[Microsoft].jurisdiction`.
    pub path: String,
    /// What kind of answer the question takes.
    pub answer_type: AnswerType,
    /// The values a `choice` answer takes (as in the file format); left out for other answers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<String>,
    /// The question, in Swedish and English.
    pub question: Text,
    /// The supplier's answer; null until answered.
    #[serde(default)]
    pub answer: Option<Value>,
    /// Where the answer comes from (document, section).
    #[serde(default)]
    pub source: String,
    /// The date of the answer; null until answered.
    #[serde(default)]
    pub date: Option<Date>,
}

/// `bedom questions`: the supplier-side facts of one service still unknown, as questions the
/// supplier answers in the same file (read back by `bedom answers`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct Questionnaire {
    /// Format version; always 1.
    pub format: u32,
    /// Always `supplier_questionnaire`.
    pub kind: String,
    /// The service's id in the assessment.
    pub service: String,
    /// The service's name.
    pub service_name: String,
    /// One question per unknown supplier-side fact.
    pub questions: Vec<QuestionItem>,
    /// What the questionnaire is and on which rules it rests; absent in files from older versions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about: Option<About>,
}

/// What the questionnaire means, and the rules that ask the supplier for these facts, with their
/// catalogue sources.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct About {
    /// What the questionnaire is, in Swedish and English.
    pub explanation: Text,
    /// The rules asking the supplier, in catalogue order.
    pub rules: Vec<RuleSources>,
}

/// A rule that asks the supplier, with its legal sources at the legal date.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct RuleSources {
    /// The rule's id ("R3"). A string, not a `RuleId`: it is read back from the supplier's file,
    /// which may come from another version of the tool, and is only shown.
    pub id: String,
    /// The rule's title, in Swedish and English.
    pub title: Text,
    /// The rule's legal sources that existed at the legal date.
    pub sources: Vec<String>,
}

/// The rules whose findings for service `s` put questions to the supplier, in catalogue order.
fn asking_rules(a: &Assessment, s: usize) -> Vec<RuleSources> {
    let ev = crate::rules::evaluate(a);
    let asking: Vec<crate::rules::RuleId> = ev
        .results
        .iter()
        .filter(|c| c.service == a.services[s].id)
        .flat_map(|c| c.dimensions.iter())
        .flat_map(|d| &d.findings)
        .filter(|f| f.questions.iter().any(|q| q.to == crate::rules::Addressee::Supplier))
        .map(|f| f.rule)
        .collect();
    crate::rules::CATALOGUE
        .iter()
        .filter(|r| asking.contains(&r.id))
        .map(|r| RuleSources {
            id: r.id.to_string(),
            title: Text::new(r.title_sv, r.title_en),
            // The legal sources only: the case documents name other bodies and their assessments,
            // which the supplier's copy need not carry.
            sources: crate::rules::sources::at_date(
                r.sources.iter().filter(|x| !crate::rules::sources::is_case_document(x)),
                a.legal_date,
            )
            .shown,
        })
        .collect()
}

const KIND: &str = "supplier_questionnaire";

fn q(path: String, answer_type: AnswerType, options: &[&str], question: Text) -> QuestionItem {
    QuestionItem {
        path,
        answer_type,
        options: options.iter().map(|s| s.to_string()).collect(),
        question,
        answer: None,
        source: String::new(),
        date: None,
    }
}

/// The questionnaire for service `s`: one question per supplier-side fact that is unknown.
pub fn questionnaire(a: &Assessment, s: usize) -> Questionnaire {
    let svc = &a.services[s];
    let sid = &svc.id;
    let mut out = Vec::new();
    for p in svc.parties.iter().filter(|p| p.role != crate::model::PartyRole::InternalIt) {
        let (name, base) = (&p.name, format!("services[{sid}].parties[{}]", p.name));
        if p.jurisdiction.is_unknown() {
            out.push(q(
                format!("{base}.jurisdiction"),
                AnswerType::Country,
                &[],
                text!(
                    "Enligt vilket lands lag har {name} bildats (ISO-landskod)?",
                    "Under which country's law was {name} formed (ISO country code)?"
                ),
            ));
        }
        if p.access == crate::model::Access::Unknown {
            out.push(q(format!("{base}.access"), AnswerType::Choice, &["none", "metadata", "content"], text!(
                "Vad kan {name} nå i klartext genom drift, support eller nyckelhantering: inget, metadata eller innehåll?",
                "What can {name} reach in clear text through operations, support or key handling: nothing, metadata or content?")));
        }
        // Ask about the EU–US framework in force at the legal date, if any.
        if p.jurisdiction == crate::model::Country::code("US") {
            if DPF.in_force(a.legal_date) && p.dpf_certified.is_unknown() {
                out.push(q(
                    format!("{base}.dpf_certified"),
                    AnswerType::YesNo,
                    &[],
                    text!(
                        "Är {name} certifierat enligt EU–US Data Privacy Framework?",
                        "Is {name} certified under the EU–US Data Privacy Framework?"
                    ),
                ));
            } else if PRIVACY_SHIELD.in_force(a.legal_date) && p.privacy_shield_certified.is_unknown() {
                out.push(q(
                    format!("{base}.privacy_shield_certified"),
                    AnswerType::YesNo,
                    &[],
                    text!(
                        "Är {name} certifierat enligt EU–US Privacy Shield?",
                        "Is {name} certified under the EU–US Privacy Shield?"
                    ),
                ));
            }
        }
    }
    for c in &svc.components {
        let (name, base) = (&c.name, format!("services[{sid}].components[{}]", c.id));
        if c.data_location.is_unknown() {
            out.push(q(
                format!("{base}.data_location"),
                AnswerType::Country,
                &[],
                text!("I vilket land lagras data i {name}?", "In which country is the data in {name} stored?"),
            ));
        }
        if c.key_control == crate::model::KeyControl::Unknown {
            out.push(q(format!("{base}.key_control"), AnswerType::Choice,
                &["provider", "customer_key_in_provider_kms", "external_key_no_provider_cleartext", "end_to_end"], text!(
                "Vem kontrollerar nycklarna för data i {name}: leverantören, kundnyckel i leverantörens nyckeltjänst, extern nyckel utan klartext hos leverantören, eller end-to-end?",
                "Who controls the keys for data in {name}: the provider, a customer key in the provider's KMS, an external key with no clear text at the provider, or end-to-end?")));
        }
        if c.provider_needs_cleartext.is_unknown() {
            out.push(q(
                format!("{base}.provider_needs_cleartext"),
                AnswerType::YesNo,
                &[],
                text!(
                    "Behöver tjänsten data i {name} i klartext hos er för att fungera?",
                    "Does the service need the data in {name} in clear text at your side to work?"
                ),
            ));
        }
    }
    if svc.own_use_of_content == crate::model::OwnUse::Unknown {
        out.push(q(
            format!("services[{sid}].own_use_of_content"),
            AnswerType::Choice,
            &["none", "opted_out", "yes"],
            {
                let q = crate::rules::catalogue::own_use_question(&svc.name);
                Text::new(
                    format!("{} (nej / avstängt för kunden / ja)", q.sv),
                    format!("{} (no / opted out for the customer / yes)", q.en),
                )
            },
        ));
    }
    // The contract's and the certifications' yes/no facts, as the registry words them.
    let (scc, scc_en) = crate::rules::legal_state::scc_question(a.legal_date);
    let json = serde_json::to_value(svc).unwrap_or(Value::Null);
    for (path, sv, en) in crate::model::facts::SUPPLIER_QUESTIONS {
        let field = path.strip_prefix("services[].").unwrap_or(path);
        if json.pointer(&format!("/{}", field.replace('.', "/"))) == Some(&Value::from("unknown")) {
            let question = Text::new(sv.replace("{scc}", scc), en.replace("{scc}", scc_en));
            out.push(q(format!("services[{sid}].{field}"), AnswerType::YesNo, &[], question));
        }
    }
    let about = About {
        explanation: Text::new(
            "Leverantörsformulär: de fakta på leverantörssidan som är okända i bedömningen och som reglerna nedan behöver. Svaren läses in som leverantörens påståenden (status påstått, med källa och datum), inte som verifierade fakta. Myndighetens egna uppgifter frågas aldrig.",
            "Supplier questionnaire: the supplier-side facts unknown in the assessment that the rules below need. The answers are imported as the supplier's claims (status claimed, with source and date), not as verified facts. The body's own facts are never asked.",
        ),
        rules: asking_rules(a, s),
    };
    Questionnaire {
        format: 1,
        kind: KIND.into(),
        service: sid.clone(),
        service_name: svc.name.clone(),
        questions: out,
        about: Some(about),
    }
}

/// The questionnaire as readable text for e-mail or a document.
pub fn questionnaire_text(q: &Questionnaire, lang: Lang) -> String {
    let mut s = match lang {
        Lang::Sv => format!("Frågor till leverantören om {}\n\nSvara gärna i JSON-filen (fältet answer, med källa och datum) eller i löptext per fråga.\n\n", q.service_name),
        Lang::En => format!("Questions to the supplier about {}\n\nPlease answer in the JSON file (field answer, with source and date) or in text per question.\n\n", q.service_name),
    };
    for (i, item) in q.questions.iter().enumerate() {
        s.push_str(&format!("{}. {}\n", i + 1, item.question.get(lang)));
    }
    if let Some(about) = &q.about {
        s.push_str(&format!("\n{}\n", about.explanation.get(lang)));
        for r in &about.rules {
            s.push_str(&format!("  {} {}: {}\n", r.id, r.title.get(lang), r.sources.join("; ")));
        }
    }
    s
}

/// Reads a supplier's answer file (a questionnaire in JSON); errors name the field.
pub fn read_answers(json: &str) -> Result<Questionnaire, Error> {
    let unreadable = |e: Error| Error::UnreadableQuestionnaire(Box::new(e));
    let value = serde_json::from_str(json).map_err(|e| unreadable(Error::from_json(&e)))?;
    crate::model::parse_part(value, "").map_err(|e| unreadable(crate::model::located(e, json)))
}

/// Imports answered questions into the assessment: each answer becomes the fact at its path, and
/// the entity it belongs to gets provenance "claimed" with the answer's source and date.
/// Returns the updated assessment and how many answers were applied; errors name the question.
pub fn import_answers(a: &Assessment, answers: &Questionnaire) -> Result<(Assessment, usize), Error> {
    if answers.kind != KIND {
        return Err(Error::NotAQuestionnaire { kind: answers.kind.clone() });
    }
    let s = a
        .services
        .iter()
        .position(|x| x.id == answers.service)
        .ok_or_else(|| Error::UnknownService { id: answers.service.clone() })?;
    let asked = questionnaire(a, s).questions;
    let mut v = serde_json::to_value(a).map_err(|e| Error::Serialize { message: e.to_string() })?;
    let mut applied = 0;
    for (i, item) in answers.questions.iter().enumerate() {
        let Some(answer) = &item.answer else { continue };
        let n = i + 1;
        let ok = match item.answer_type {
            AnswerType::YesNo => answer.is_boolean(),
            // An assigned code; "EU" only where a location is asked, never for a jurisdiction.
            AnswerType::Country => answer.as_str().is_some_and(|c| {
                crate::model::country_names(c).is_some() || (c == "EU" && !item.path.ends_with(".jurisdiction"))
            }),
            AnswerType::Choice => answer.as_str().is_some_and(|c| item.options.iter().any(|o| o == c)),
        };
        if !ok {
            return Err(Error::AnswerWrongForm { question: n, path: item.path.clone(), answer: answer.to_string() });
        }
        // Only the supplier-side facts this body asked about can be answered, never its own.
        if !asked.iter().any(|x| x.path == item.path) {
            return Err(Error::NotASupplierQuestion { question: n, path: item.path.clone() });
        }
        let steps = facts::parse_path(&item.path)
            .ok_or_else(|| Error::QuestionPath { question: n, path: item.path.clone() })?;
        let change = facts::FactChange {
            path: item.path.clone(),
            steps: steps.clone(),
            before: Value::Null,
            after: answer.clone(),
        };
        v = facts::apply(&v, &change);
        // Provenance belongs to the party, component, contract or certifications the fact is in.
        let owner: Vec<Step> = steps[..steps.len() - 1].to_vec();
        if owner.len() > 2 {
            let mut prov_steps = owner;
            prov_steps.push(Step::Key("provenance".into()));
            let provenance =
                serde_json::json!({"status": "claimed", "source": item.source, "date": item.date, "recheck": null});
            v = facts::apply(
                &v,
                &facts::FactChange { path: String::new(), steps: prov_steps, before: Value::Null, after: provenance },
            );
        }
        applied += 1;
    }
    let updated = parse_assessment(&v.to_string()).map_err(|e| Error::InvalidAnswers(Box::new(e)))?;
    Ok((updated, applied))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::FactStatus;
    use crate::presets::PRESETS;

    #[test]
    fn unknown_supplier_facts_become_questions_and_answers_come_back_as_claimed() {
        let a = PRESETS[0].assessment();
        let mut q = questionnaire(&a, 0);
        assert!(!q.questions.is_empty());
        let text = questionnaire_text(&q, Lang::Sv);
        assert!(text.contains("Frågor till leverantören"));
        let jurisdiction = q
            .questions
            .iter_mut()
            .find(|x| x.path.ends_with(".jurisdiction"))
            .expect("okänd jurisdiktion ger en fråga");
        jurisdiction.answer = Some("US".into());
        jurisdiction.source = "Leverantörens svar, bilaga 2".into();
        jurisdiction.date = Some(Date::ymd(2026, 11, 20));
        let (b, n) = import_answers(&a, &q).unwrap();
        assert_eq!(n, 1);
        let party = b.services[0].parties.iter().find(|p| p.name == "Microsofts underleverantörer").unwrap();
        assert_eq!(party.jurisdiction.as_str(), "US");
        let prov = party.provenance.as_ref().unwrap();
        assert_eq!((prov.status, prov.source.as_str()), (FactStatus::Claimed, "Leverantörens svar, bilaga 2"));
        // The answered question is no longer asked.
        assert!(!questionnaire(&b, 0)
            .questions
            .iter()
            .any(|x| x.path == "services[o365].parties[Microsofts underleverantörer].jurisdiction"));
    }

    #[test]
    fn the_certification_asked_about_follows_the_legal_date() {
        let mut a = PRESETS[0].assessment();
        let asks = |a: &Assessment, field: &str| questionnaire(a, 0).questions.iter().any(|x| x.path.ends_with(field));
        assert!(asks(&a, ".privacy_shield_certified") && !asks(&a, ".dpf_certified"));
        a.legal_date = Date::ymd(2024, 1, 1);
        assert!(asks(&a, ".dpf_certified") && !asks(&a, ".privacy_shield_certified"));
        a.legal_date = Date::ymd(2021, 1, 1);
        assert!(!asks(&a, ".dpf_certified") && !asks(&a, ".privacy_shield_certified"));
    }

    #[test]
    fn the_questionnaire_says_what_it_is_and_which_rules_ask_with_their_legal_sources() {
        let q = questionnaire(&PRESETS[0].assessment(), 0);
        let about = q.about.as_ref().unwrap();
        assert!(about.explanation.sv.contains("påstått") && about.explanation.en.contains("claimed"));
        let ids: Vec<&str> = about.rules.iter().map(|r| r.id.as_str()).collect();
        // Göteborg 2018: storage and access are known (no R4 question); open are the exposure to
        // foreign compulsion (R3), the contract clauses on requests (R10) and the figures (R11, R13).
        assert!(["R3", "R10", "R11", "R13"].iter().all(|id| ids.contains(id)), "{ids:?}");
        assert!(!ids.contains(&"R4"), "{ids:?}");
        let r3 = &about.rules[0];
        let case_documents =
            crate::rules::sources::ALL.iter().filter(|d| d.kind == crate::rules::sources::SourceKind::CaseDocument);
        assert!(r3.sources.iter().all(|s| !case_documents.clone().any(|d| s.starts_with(d.title))));
        assert!(questionnaire_text(&q, Lang::En).contains(&format!("R3 {}: {}", r3.title.en, r3.sources.join("; "))));
        // Files written before the field existed still read.
        let mut old = serde_json::to_value(&q).unwrap();
        old.as_object_mut().unwrap().remove("about");
        assert_eq!(serde_json::from_value::<Questionnaire>(old).unwrap().about, None);
    }

    #[test]
    fn the_questionnaire_carries_no_own_facts() {
        let a = PRESETS[0].assessment();
        let json = serde_json::to_string(&questionnaire(&a, 0)).unwrap();
        for own in ["Intraservice", "klass2", "Göteborgs Stad", "configuration", "security_classified"] {
            assert!(!json.contains(own), "{own} läcker till leverantören");
        }
    }

    #[test]
    fn an_answer_file_is_read_or_refused_naming_the_field() {
        let a = PRESETS[0].assessment();
        let q = questionnaire(&a, 0);
        assert_eq!(read_answers(&serde_json::to_string(&q).unwrap()).unwrap(), q);
        let mut v = serde_json::to_value(&q).unwrap();
        v["questions"][0]["date"] = "igår".into();
        let e = read_answers(&v.to_string()).unwrap_err();
        assert!(
            e.to_string()
                .starts_with("filen är inte ett leverantörsformulär: fältet questions[0].date: ogiltigt datum"),
            "{e}"
        );
        assert!(
            e.message()
                .en
                .starts_with("the file is not a supplier questionnaire: field questions[0].date: invalid date"),
            "{e:?}"
        );
        assert!(read_answers("{}").is_err());
    }

    #[test]
    fn malformed_answers_are_refused_with_the_question_number() {
        let a = PRESETS[0].assessment();
        let mut q = questionnaire(&a, 0);
        q.questions[0].answer = Some(serde_json::json!(42));
        let e = import_answers(&a, &q).unwrap_err();
        assert!(e.to_string().starts_with("fråga 1"), "{e}");
        assert!(e.message().en.starts_with("question 1"), "{e:?}");
        let mut q = questionnaire(&a, 0);
        q.questions[0].path = "services[o365].configuration.mfa".into();
        q.questions[0].answer_type = AnswerType::YesNo;
        q.questions[0].answer = Some(true.into());
        // An "answer" that tries to set the body's own facts is refused.
        assert!(import_answers(&a, &q).unwrap_err().to_string().contains("inte en fråga till leverantören"));
        // A country answer is an assigned code; "EU" is no jurisdiction.
        for bad in ["XX", "EU", "se"] {
            let mut q = questionnaire(&a, 0);
            let j = q.questions.iter_mut().find(|x| x.path.ends_with(".jurisdiction")).expect("en jurisdiktionsfråga");
            j.answer = Some(bad.into());
            assert!(import_answers(&a, &q).unwrap_err().to_string().contains("har fel form"), "{bad}");
        }
    }
}
