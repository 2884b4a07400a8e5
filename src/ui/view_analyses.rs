//! Analyses: the lawful-access probability (an estimate, with its formula and caveats), what the
//! access controls cover, what makes a red cell green, the watch-list and the supplier questionnaire.

use super::browser;
use super::diff_view::DiffSection;
use super::result_matrix::verdict_badge;
use super::state::{Action, AppContext, Notice};
use super::texts::*;
use super::view_result::copy_button;
use crate::analysis::output::improvements_text;
use crate::analysis::{coverage, improve, questionnaire, watch};
use crate::model::{Assessment, Lang, Tri};
use crate::rules::catalogue;
use crate::rules::probability::{band_text, caveats, estimate, horizon, percent_in, Estimate};
use crate::rules::{Cell, RuleId, Verdict};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// P over horizons 1–10 years at p_year, ÷10 and ×10, on a log scale from 0.0001 % to 100 %.
fn chart(e: &Estimate, p_year: f64, low: f64, elevated: f64, lang: Lang) -> Html {
    let (w, h, left, bottom) = (520.0, 220.0, 56.0, 28.0);
    let y = |p: f64| {
        let pct = (p * 100.0).clamp(1e-4, 100.0);
        let t = (pct.log10() + 4.0) / 6.0;
        (h - bottom) - t * (h - bottom - 8.0)
    };
    let x = |t: u32| left + (t as f64 - 1.0) / 9.0 * (w - left - 12.0);
    let line = |py: f64| -> String {
        (1..=10).map(|t| format!("{}{:.1},{:.1}", if t == 1 { "M" } else { " L" }, x(t), y(horizon(py, t)))).collect()
    };
    let threshold = |pct: f64| y(pct / 100.0);
    let title = if lang == Lang::Sv {
        "Sannolikhet över tidshorisont (logaritmisk skala)"
    } else {
        "Probability over the horizon (log scale)"
    };
    html! {
        <svg viewBox={format!("0 0 {w} {h}")} class="chart" role="img" aria-labelledby="chart-title">
            <title id="chart-title">{ title }</title>
            { for [-4i32, -2, 0, 2].into_iter().map(|k| {
                let pct = 10f64.powi(k);
                let yy = y(pct / 100.0);
                html! { <>
                    <line x1={left.to_string()} x2={(w - 12.0).to_string()} y1={yy.to_string()} y2={yy.to_string()} class="grid-line" />
                    <text x={(left - 6.0).to_string()} y={(yy + 4.0).to_string()} text-anchor="end" class="axis">{ percent_in(pct / 100.0, lang) }</text>
                </> }
            }) }
            <line x1={left.to_string()} x2={(w - 12.0).to_string()} y1={threshold(low).to_string()} y2={threshold(low).to_string()} class="limit-low" />
            <line x1={left.to_string()} x2={(w - 12.0).to_string()} y1={threshold(elevated).to_string()} y2={threshold(elevated).to_string()} class="limit-high" />
            <path d={line(p_year / 10.0)} class="sens" />
            <path d={line((p_year * 10.0).min(1.0))} class="sens" />
            <path d={line(p_year)} class="main" />
            { for (1..=10u32).step_by(3).map(|t| html! {
                <text x={x(t).to_string()} y={(h - 8.0).to_string()} text-anchor="middle" class="axis">{ format!("{t} {}", if lang == Lang::Sv { "år" } else { "yr" }) }</text>
            }) }
            <circle cx={x(e.horizon_years.clamp(1, 10)).to_string()} cy={y(horizon(p_year, e.horizon_years)).to_string()} r="4" class="main-dot" />
        </svg>
    }
}

fn probability(ctx: &AppContext) -> Html {
    let lang = ctx.lang;
    let a = &ctx.assessment;
    let t = &a.thresholds;
    // One pass over the cells: the estimate where there is one; where not, R13 says why (no
    // exposure, exposure unknown, or which basis is missing) – once per distinct reason, since it
    // names the service and not the information type.
    let r13 = catalogue::rule(RuleId::R13);
    let mut items: Vec<Html> = Vec::new();
    let mut reasons: Vec<String> = Vec::new();
    for (s, i) in a.services.iter().flat_map(|s| a.information_types.iter().map(move |i| (s, i))) {
        let cell = Cell::new(a, s, i);
        match estimate(&cell) {
            Some(e) => items.push(
                html! {
                    <article class="estimate">
                        <h3>{ format!("{} – {}", s.name, i.name) }</h3>
                        <p><strong>{ ESTIMATE.get(lang) }{ ": " }</strong>{ band_text(e.band).get(lang).to_string() }
                            if let Some(p) = e.p_horizon { { format!(" – {} {} {}", percent_in(p, lang), if lang == Lang::Sv { "över" } else { "over" }, e.horizon_years) }{ if lang == Lang::Sv { " år" } else { " years" } } }
                            <em class="policy">{ " (" }{ BANDS_ARE_POLICY.get(lang) }{ ")" }</em>
                        </p>
                        <p class="formula">{ e.formula.get(lang).to_string() }</p>
                        if !e.inputs.is_empty() {
                            <table class="inputs"><tbody>
                                { for e.inputs.iter().map(|inp| html! { <tr><th scope="row">{ inp.label.get(lang).to_string() }</th><td>{ if lang == Lang::Sv { inp.value.replace('.', ",") } else { inp.value.clone() } }</td></tr> }) }
                                if let Some((lo, hi)) = e.sensitivity {
                                    <tr><th scope="row">{ SENSITIVITY.get(lang) }</th><td>{ format!("{} – {}", percent_in(lo, lang), percent_in(hi, lang)) }</td></tr>
                                }
                            </tbody></table>
                        }
                        if let Some(py) = e.p_year { { chart(&e, py, t.probability_low_percent, t.probability_elevated_percent, lang) } }
                        <p class="help">{ SOURCES.get(lang) }{ ": " }{ e.source.clone() }</p>
                    </article>
                }
            ),
            None => {
                let mut findings = Vec::new();
                if let Some(r) = r13 {
                    (r.evaluate)(&cell, &mut findings);
                }
                for f in findings {
                    let text = f.reasoning.get(lang).to_string();
                    if !reasons.contains(&text) {
                        reasons.push(text);
                    }
                }
            }
        }
    }
    html! {
        <section aria-labelledby="prob-heading">
            <h2 id="prob-heading">{ PROBABILITY.get(lang) }</h2>
            <p class="caveat">{ caveats(ctx.assessment.legal_date).get(lang).to_string() }</p>
            if items.is_empty() && reasons.is_empty() { <p>{ NO_ESTIMATE.get(lang) }</p> }
            { for items }
            if !reasons.is_empty() {
                <h3>{ NO_ESTIMATE_FOR.get(lang) }</h3>
                <ul class="no-estimate">{ for reasons.into_iter().map(|r| html! { <li>{ r }</li> }) }</ul>
                <p class="help">{ NO_ESTIMATE_HELP.get(lang) }</p>
            }
        </section>
    }
}

/// The analyses of one assessment, computed once per change (not per render, e.g. for a copy
/// notice): coverage, key coverage, "what makes it green" per red cell, and the watch-list.
struct Computed {
    coverage: Vec<coverage::ControlCoverage>,
    keys: Vec<coverage::KeyCoverage>,
    /// (service index, information type index, requirement sets) for every cell with a red dimension.
    improvements: Vec<(usize, usize, Vec<improve::Improvement>)>,
    watch: Vec<watch::WatchItem>,
    /// The supplier questionnaire per service (it evaluates the assessment to name the asking rules).
    questionnaires: Vec<questionnaire::Questionnaire>,
}

impl Computed {
    /// Everything but "what makes it green", which is searched cell by cell (`red_cells`).
    fn without_improvements(a: &Assessment) -> Computed {
        Computed {
            coverage: coverage::coverage(a),
            keys: coverage::key_coverage(a),
            improvements: Vec::new(),
            watch: watch::watch(a),
            questionnaires: (0..a.services.len()).map(|s| questionnaire::questionnaire(a, s)).collect(),
        }
    }
}

/// (service index, information type index) of every cell with a not-allowed dimension.
fn red_cells(a: &Assessment, ev: &crate::rules::Evaluation) -> Vec<(usize, usize)> {
    let mut red = Vec::new();
    for (s, svc) in a.services.iter().enumerate() {
        for (i, info) in a.information_types.iter().enumerate() {
            let Some(cell) = ev.cell(&svc.id, &info.id) else { continue };
            if cell.dimensions.iter().any(|d| d.verdict == Verdict::NotAllowed) {
                red.push((s, i));
            }
        }
    }
    red
}

fn coverage_section(ctx: &AppContext, computed: &Computed) -> Html {
    let lang = ctx.lang;
    let (all, keys) = (&computed.coverage, &computed.keys);
    let tri = |t: Tri| match t {
        Tri::Yes => COVERED.get(lang),
        Tri::No => NOT_COVERED.get(lang),
        Tri::Unknown => UNKNOWN_COVERAGE.get(lang),
    };
    html! {
        <section aria-labelledby="coverage-heading">
            <h2 id="coverage-heading">{ COVERAGE.get(lang) }</h2>
            { for all.iter().map(|c| html! {
                <article>
                    <h3>{ c.control.clone() }</h3>
                    <p>{ coverage::conclusion(c).get(lang).to_string() }</p>
                    <table class="paths">
                        <tbody>{ for c.paths.iter().map(|p| html! {
                            <tr>
                                <th scope="row">{ p.path.get(lang).to_string() }</th>
                                <td>{ if p.covered { COVERED.get(lang) } else { NOT_COVERED.get(lang) } }</td>
                                <td>{ p.why.get(lang).to_string() }</td>
                            </tr>
                        }) }</tbody>
                    </table>
                </article>
            }) }
            <h3>{ KEY_COVERAGE.get(lang) }</h3>
            { for keys.iter().map(|k| html! {
                <details>
                    <summary>{ coverage::key_conclusion(k).get(lang).to_string() }</summary>
                    <table class="paths">
                        <tbody>{ for k.paths.iter().map(|p| html! {
                            <tr>
                                <th scope="row">{ p.path.get(lang).to_string() }</th>
                                <td>{ tri(p.covered) }</td>
                                <td>{ p.why.get(lang).to_string() }</td>
                            </tr>
                        }) }</tbody>
                    </table>
                </details>
            }) }
            <p class="help">{ KEY_COVERAGE_SOURCES.get(lang) }</p>
        </section>
    }
}

fn improve_section(ctx: &AppContext, computed: &Computed) -> Html {
    let lang = ctx.lang;
    let a = &ctx.assessment;
    let mut items = Vec::new();
    for (s, i, found) in &computed.improvements {
        let (svc, info) = (&a.services[*s], &a.information_types[*i]);
        items.push(html! {
                <article>
                    <h3>{ format!("{} – {}", svc.name, info.name) }</h3>
                    if found.is_empty() { <p>{ NOTHING_WITHIN_REACH.get(lang) }</p> }
                    <ol>{ for found.iter().map(|imp| html! {
                        <li>
                            <ul>{ for imp.requirements.iter().map(|r| html! { <li>{ r.text.get(lang).to_string() }</li> }) }</ul>
                            <p class="help">{ RESULTING.get(lang) }{ " " }{ verdict_badge(imp.verdict, lang) }</p>
                        </li>
                    }) }</ol>
                    if !found.is_empty() { { copy_button(ctx, COPY_REQUIREMENTS.get(lang), improvements_text(found, lang)) } }
                </article>
            });
    }
    html! {
        <section aria-labelledby="improve-heading">
            <h2 id="improve-heading">{ IMPROVE.get(lang) }</h2>
            <p class="help">{ IMPROVE_HELP.get(lang) }</p>
            if items.is_empty() { <p>{ NO_RED_CELLS.get(lang) }</p> } else { { for items } }
        </section>
    }
}

fn watch_section(ctx: &AppContext, computed: &Computed) -> Html {
    let lang = ctx.lang;
    let a = &ctx.assessment;
    let name = |s: &str, i: &str| {
        let svc = a.services.iter().find(|x| x.id == s).map(|x| x.name.as_str()).unwrap_or(s);
        let info = a.information_types.iter().find(|x| x.id == i).map(|x| x.name.as_str()).unwrap_or(i);
        format!("{svc} – {info}")
    };
    html! {
        <section aria-labelledby="watch-heading">
            <h2 id="watch-heading">{ WATCH.get(lang) }</h2>
            <p class="help">{ WATCH_HELP.get(lang) }</p>
            { for computed.watch.iter().map(|item| html! {
                <article>
                    <h3>{ item.assumption.describe().get(lang).to_string() }</h3>
                    if item.changes.is_empty() { <p>{ NO_CHANGES.get(lang) }</p> } else {
                        <ul>{ for item.changes.iter().map(|c| html! {
                            <li>
                                { format!("{}, {}: ", name(&c.service, &c.info_type), c.dimension.map(|d| d.label().get(lang).to_string()).unwrap_or(OVERALL.get(lang).to_string())) }
                                { verdict_badge(c.before, lang) }{ " → " }{ verdict_badge(c.after, lang) }
                            </li>
                        }) }</ul>
                    }
                </article>
            }) }
        </section>
    }
}

fn questionnaire_section(ctx: &AppContext, computed: Option<&Computed>) -> Html {
    let lang = ctx.lang;
    let a = ctx.assessment.clone();
    let import = {
        let ctx = ctx.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let (ctx, a) = (ctx.clone(), a.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let Some(text) = browser::read_file(&input).await else { return };
                input.set_value("");
                let result = questionnaire::read_answers(&text).and_then(|q| questionnaire::import_answers(&a, &q));
                match result {
                    Ok((updated, n)) => {
                        ctx.dispatch(Action::Load(updated));
                        let text = crate::model::Text {
                            sv: format!("{n} {}", ANSWERS_IMPORTED.0),
                            en: format!("{n} {}", ANSWERS_IMPORTED.1),
                        };
                        ctx.dispatch(Action::Notify(Notice { error: false, text }));
                    }
                    Err(e) => ctx.dispatch(Action::Notify(Notice::failed(&IMPORT_FAILED, &e))),
                }
            });
        })
    };
    html! {
        <section aria-labelledby="questionnaire-heading">
            <h2 id="questionnaire-heading">{ QUESTIONNAIRE.get(lang) }</h2>
            <p class="help">{ QUESTIONNAIRE_HELP.get(lang) }</p>
            if computed.is_none() { <p class="help" aria-busy="true">{ COMPUTING.get(lang) }</p> }
            { for ctx.assessment.services.iter().zip(computed.map(|c| c.questionnaires.as_slice()).unwrap_or_default()).map(|(svc, q)| {
                let (json, file) = (serde_json::to_string_pretty(&q).unwrap_or_default(), format!("fragor-{}.json", svc.id));
                let download = Callback::from(move |_| browser::download(&file, "application/json", &json));
                let text = questionnaire::questionnaire_text(q, lang);
                let file_txt = format!("fragor-{}.txt", svc.id);
                let download_text = Callback::from(move |_| browser::download(&file_txt, "text/plain;charset=utf-8", &text));
                html! {
                    <article>
                        <h3>{ svc.name.clone() }{ format!(" ({})", q.questions.len()) }</h3>
                        <ol>{ for q.questions.iter().map(|x| html! { <li>{ x.question.get(lang).to_string() }</li> }) }</ol>
                        <button type="button" onclick={download}>{ DOWNLOAD_QUESTIONNAIRE.get(lang) }</button>
                        <button type="button" onclick={download_text}>{ DOWNLOAD_QUESTIONNAIRE_TEXT.get(lang) }</button>
                    </article>
                }
            }) }
            <div class="field">
                <label for="import-answers">{ IMPORT_ANSWERS.get(lang) }</label>
                <input type="file" id="import-answers" accept="application/json,.json" onchange={import} />
            </div>
        </section>
    }
}

#[function_component(AnalysesView)]
pub fn analyses_view() -> Html {
    let ctx = use_context::<AppContext>().expect("AppContext");
    // The heavy analyses ("what makes it green" searches requirement sets per red cell) are computed
    // once per change, after the view has painted: the view answers at once and they follow.
    let computed = use_state(|| None::<(Rc<Assessment>, Rc<Computed>)>);
    {
        let computed = computed.clone();
        use_effect_with((ctx.assessment.clone(), ctx.evaluation.clone()), move |(a, ev)| {
            let (a, ev) = (a.clone(), ev.clone());
            wasm_bindgen_futures::spawn_local(async move {
                browser::after_paint().await;
                let mut c = Computed::without_improvements(&a);
                // One search per task: the page paints and answers input between them (issue 15).
                for (s, i) in red_cells(&a, &ev) {
                    browser::yield_to_browser().await;
                    c.improvements.push((s, i, improve::improve(&a, s, i)));
                }
                computed.set(Some((a.clone(), Rc::new(c))));
            });
        });
    }
    // Only the analyses of the assessment as it is now (an edit made meanwhile waits for its own).
    let current = (*computed).as_ref().filter(|(a, _)| Rc::ptr_eq(a, &ctx.assessment)).map(|(_, c)| c.clone());
    let lang = ctx.lang;
    let pending = |heading: &'static T, id: &'static str| {
        html! {
            <section aria-labelledby={id} aria-busy="true">
                <h2 id={id}>{ heading.get(lang) }</h2>
                <p class="help">{ COMPUTING.get(lang) }</p>
            </section>
        }
    };
    html! {
        <section aria-labelledby="analyses-heading">
            <h1 id="analyses-heading">{ VIEW_ANALYSES.get(ctx.lang) }</h1>
            { probability(&ctx) }
            if let Some(computed) = current.as_ref() {
                { coverage_section(&ctx, computed) }
                { improve_section(&ctx, computed) }
                { watch_section(&ctx, computed) }
            } else {
                { pending(&COVERAGE, "coverage-heading") }
                { pending(&IMPROVE, "improve-heading") }
                { pending(&WATCH, "watch-heading") }
            }
            <DiffSection />
            { questionnaire_section(&ctx, current.as_deref()) }
        </section>
    }
}
