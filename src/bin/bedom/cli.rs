//! The `bedom` command line (native only).

use molnbedomning::model::{parse_assessment_with_notices, Assessment, Date, Lang, LoadNotice, ProfileId};
use molnbedomning::presets::{preset, PRESETS};
use molnbedomning::rules::{evaluate_explained, output::evaluation_json};
use std::io::{Read, Write};
use std::process::ExitCode;

const USAGE: &str = "Användning:
  bedom presets [--all] [--json]     lista förinställningar (id TAB titel), den senaste versionen av varje;
                                     --all tar med frysta äldre versioner (gamla länkar), --json ger
                                     id, titel, rättsläge, slag och om den är fryst
  bedom preset ID                    skriv ut förinställningen som JSON
  bedom facts                        faktaregistret: sökväg, slag, roll (värld/egen uppgift), etikett,
                                     hjälptext, regler och svaren i gynnsam ordning (JSON)
  bedom rules [--markdown] [--lang sv|en] [--legal-date ÅÅÅÅ-MM-DD]
                                     regelkatalogen: varje regel med förklaring och daterade källor
                                     (JSON, eller Markdown att granska och diarieföra); källor skrivna
                                     efter rättsläget markeras
  bedom evaluate [--profile P] [--legal-date ÅÅÅÅ-MM-DD] [--lang sv|en] [--brief] FIL|-
                                     bedöm en bedömningsfil (- läser standard in); --brief: bara
                                     bedömningar, avgörande regler, policyflagga, avgörande okända
                                     uppgifter och nycklarna för åtgärder och frågor, utan texter
                                     (för skript över många tjänster)
  bedom diff [--lang sv|en] FIL_A FIL_B
                                     vilka bedömningar skiljer och varför (fakta, trösklar, profil, rättsläge)
  bedom improve [--lang sv|en] FIL   vad krävs för grönt: minsta uppsättningar krav per röd ruta
  bedom watch [--lang sv|en] FIL     bevakningslista: vilka bedömningar ändras om ett rättsligt antagande ändras
  bedom questions [--lang sv|en] [--text] FIL [TJÄNST]
                                     leverantörsformulär: okända fakta på leverantörssidan (JSON, eller text)
  bedom answers FIL SVAR             läs in leverantörens svar (påstått, med källa och datum); skriver ny bedömning
  bedom report [--lang sv|en] [--public] FIL
                                     beslutsunderlag i Markdown (--public: utan säkerhetskonfiguration, OSL 18:8)
  bedom probability [--lang sv|en] FIL
                                     uppskattad sannolikhet för utländsk myndighetsåtkomst (R13), med förbehåll
  bedom coverage [--lang sv|en] [--text] FIL
                                     vad åtkomstkontroller (t.ex. Customer Lockbox, R8) och nyckelkontroller (R7) täcker och inte
  bedom compare [--lang sv|en] FIL   tjänsterna sida vid sida och vad det betyder för nödvändigheten (R14)
  bedom schema [input|evaluation|evaluation-brief|diff|improve|watch|probability|coverage|compare|questions]
                                     JSON Schema för filformatet (input, förvalt), för utdata från
                                     bedom evaluate (evaluation) eller från bedom evaluate --brief
                                     (evaluation-brief), eller för analysens utdata (bedom diff: diff,
                                     bedom improve: improve, och så vidare)
  bedom link encode FIL|-            skriv ut bedömningen som länkfragment (utan #)
  bedom link decode FRAGMENT         skriv ut länkens bedömning som JSON
Profiler: technical_processing, necessity, strict
--strict (alla kommandon som läser en bedömning): avbryt med status 2 i stället för att varna när ett
  gammalt värde läses om, t.ex. jurisdiktionen \"EU\" (blir okänd) eller SV (El Salvador, menades Sverige?)";

pub fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(out) => {
            // A closed pipe (`bedom … | head`) is not an error worth a panic.
            let _ = writeln!(std::io::stdout().lock(), "{out}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("bedom: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<String, String> {
    // `--strict` applies wherever an assessment is read, so it is taken out before the command's own flags.
    let strict = args.iter().any(|a| a == "--strict");
    let args: Vec<String> = args.iter().filter(|a| *a != "--strict").cloned().collect();
    let read_assessment = |file: &str, lang: Lang| read_assessment(file, strict, lang);
    match args.first().map(String::as_str) {
        Some("presets") => presets_command(&args[1..]),
        Some("facts") => pretty(&facts_json()),
        Some("rules") => rules_command(&args[1..]),
        Some("preset") => {
            let id = args.get(1).ok_or("ange förinställningens id, t.ex. bedom preset o365-2018-lockbox")?;
            let p = preset(id).ok_or_else(|| format!("ingen förinställning heter \"{id}\" (se bedom presets)"))?;
            Ok(p.json().trim_end().to_string())
        }
        Some("evaluate") => evaluate_command(&args[1..], strict),
        Some("link") => link_command(&args[1..], strict),
        Some("diff") => {
            let (lang, files) = lang_and_files(&args[1..])?;
            let [a, b] = files.as_slice() else {
                return Err("ange två bedömningsfiler: bedom diff A B".into());
            };
            let d = molnbedomning::analysis::diff::diff(&read_assessment(a, lang)?, &read_assessment(b, lang)?);
            pretty(&molnbedomning::analysis::output::diff_output(&d, lang))
        }
        Some("watch") => {
            let (lang, files) = lang_and_files(&args[1..])?;
            let [file] = files.as_slice() else {
                return Err("ange en bedömningsfil: bedom watch FIL".into());
            };
            pretty(&molnbedomning::analysis::output::watch_output(&read_assessment(file, lang)?, lang))
        }
        Some("questions") => {
            let as_text = args.iter().any(|a| a == "--text");
            let rest: Vec<String> = args[1..].iter().filter(|a| *a != "--text").cloned().collect();
            let (lang, files) = lang_and_files(&rest)?;
            let (file, service) = match files.as_slice() {
                [f] => (f, None),
                [f, s] => (f, Some(s)),
                _ => {
                    return Err("ange en bedömningsfil och eventuellt tjänstens id: bedom questions FIL [TJÄNST]".into())
                }
            };
            let a = read_assessment(file, lang)?;
            let s = match service {
                None => 0,
                Some(id) => {
                    a.services.iter().position(|x| x.id == *id).ok_or(format!("ingen tjänst har id \"{id}\""))?
                }
            };
            let q = molnbedomning::analysis::questionnaire::questionnaire(&a, s);
            if as_text {
                Ok(molnbedomning::analysis::questionnaire::questionnaire_text(&q, lang))
            } else {
                serde_json::to_string_pretty(&q).map_err(|e| e.to_string())
            }
        }
        Some("answers") => {
            let [file, answers] = &args[1..] else {
                return Err("ange bedömningsfilen och svarsfilen: bedom answers FIL SVAR".into());
            };
            let a = read_assessment(file, Lang::Sv)?;
            let q = molnbedomning::analysis::questionnaire::read_answers(&read_input(answers)?)
                .map_err(|e| format!("{answers}: {e}"))?;
            let (updated, n) = molnbedomning::analysis::questionnaire::import_answers(&a, &q)
                .map_err(|e| format!("{answers}: {e}"))?;
            eprintln!("bedom: {n} svar inlästa som påstådda fakta");
            serde_json::to_string_pretty(&updated).map_err(|e| e.to_string())
        }
        Some("report") => {
            let public = args.iter().any(|a| a == "--public");
            let rest: Vec<String> = args[1..].iter().filter(|a| *a != "--public").cloned().collect();
            let (lang, files) = lang_and_files(&rest)?;
            let [file] = files.as_slice() else {
                return Err("ange en bedömningsfil: bedom report FIL".into());
            };
            let a = read_assessment(file, lang)?;
            let version =
                if public { molnbedomning::report::Version::Public } else { molnbedomning::report::Version::Internal };
            Ok(molnbedomning::report::markdown(&a, &evaluate_explained(&a), lang, version))
        }
        Some(cmd @ ("probability" | "coverage" | "compare")) => {
            let as_text = cmd == "coverage" && args.iter().any(|a| a == "--text");
            let rest: Vec<String> = args[1..].iter().filter(|a| !(as_text && *a == "--text")).cloned().collect();
            let (lang, files) = lang_and_files(&rest)?;
            let [file] = files.as_slice() else { return Err(format!("ange en bedömningsfil: bedom {cmd} FIL")) };
            let a = read_assessment(file, lang)?;
            if as_text {
                return Ok(molnbedomning::analysis::output::coverage_text(&a, lang));
            }
            match cmd {
                "probability" => pretty(&molnbedomning::analysis::output::probability_output(&a, lang)),
                "coverage" => pretty(&molnbedomning::analysis::output::coverage_output(&a, lang)),
                _ => pretty(&molnbedomning::analysis::output::compare_output(&a, lang)),
            }
        }
        Some("improve") => {
            let (lang, files) = lang_and_files(&args[1..])?;
            let [file] = files.as_slice() else {
                return Err("ange en bedömningsfil: bedom improve FIL".into());
            };
            pretty(&molnbedomning::analysis::output::improve_output(&read_assessment(file, lang)?, lang))
        }
        Some("schema") => schema_command(&args[1..]),
        Some("-h" | "--help" | "help") => Ok(USAGE.to_string()),
        Some(other) => Err(format!("okänt kommando \"{other}\"\n{USAGE}")),
        None => Err(USAGE.to_string()),
    }
}

/// The schemas `bedom schema NAME` prints: the file format's, the evaluation's and the analyses'
/// (`molnbedomning::analysis::output::SCHEMAS`).
const SCHEMAS: [&str; 3] = ["input", "evaluation", "evaluation-brief"];

/// `bedom schema [NAME]`: the input format's JSON Schema unless another is named.
fn schema_command(args: &[String]) -> Result<String, String> {
    let known = |separator: &str| {
        SCHEMAS.iter().chain(&molnbedomning::analysis::output::SCHEMAS).copied().collect::<Vec<_>>().join(separator)
    };
    let schema = match args {
        [] => molnbedomning::model::json_schema(),
        [name] => match name.as_str() {
            "input" => molnbedomning::model::json_schema(),
            "evaluation" => molnbedomning::rules::output::evaluation_schema(),
            "evaluation-brief" => molnbedomning::rules::output::brief_schema(),
            analysis => molnbedomning::analysis::output::schema(analysis)
                .ok_or_else(|| format!("okänt schema \"{analysis}\": välj {}", known(", ")))?,
        },
        _ => return Err(format!("ange högst ett schema: bedom schema [{}]", known("|"))),
    };
    pretty(&schema)
}

fn link_command(args: &[String], strict: bool) -> Result<String, String> {
    match (args.first().map(String::as_str), args.get(1)) {
        (Some("encode"), Some(file)) => Ok(molnbedomning::codec::encode(&read_assessment(file, strict, Lang::Sv)?)),
        (Some("decode"), Some(fragment)) => {
            let decoded = molnbedomning::codec::decode_with_notices(fragment).map_err(|e| e.to_string())?;
            let a = with_notices("länken", decoded, strict, Lang::Sv)?;
            serde_json::to_string_pretty(&a).map_err(|e| e.to_string())
        }
        (Some("encode"), None) => Err("ange en bedömningsfil eller - för standard in".into()),
        (Some("decode"), None) => Err("ange länkens fragment (texten efter #)".into()),
        _ => Err(format!("använd bedom link encode FIL|- eller bedom link decode FRAGMENT\n{USAGE}")),
    }
}

/// Through `Value`, whose objects keep their keys sorted: the printed order, whatever the order of
/// a struct's fields.
fn pretty(output: &impl serde::Serialize) -> Result<String, String> {
    let sorted = serde_json::to_value(output).map_err(|e| e.to_string())?;
    serde_json::to_string_pretty(&sorted).map_err(|e| e.to_string())
}

/// Reads an assessment file; old values are read as the app reads them, with a warning per notice
/// on stderr, or refused under `--strict`. The core's error and the notices are in `lang` (the
/// command's `--lang`, Swedish otherwise).
fn read_assessment(file: &str, strict: bool, lang: Lang) -> Result<Assessment, String> {
    let loaded =
        parse_assessment_with_notices(&read_input(file)?).map_err(|e| format!("{file}: {}", e.message().get(lang)))?;
    with_notices(file, loaded, strict, lang)
}

fn with_notices(
    source: &str,
    (a, notices): (Assessment, Vec<LoadNotice>),
    strict: bool,
    lang: Lang,
) -> Result<Assessment, String> {
    let messages: Vec<String> = notices.iter().map(|n| format!("{source}: {}", n.message(lang))).collect();
    if strict && !messages.is_empty() {
        return Err(format!("{} (--strict)", messages.join("\n")));
    }
    for m in messages {
        eprintln!("bedom: varning: {m}");
    }
    Ok(a)
}

/// `[--lang sv|en] FILES…`
/// `bedom rules`: the knowledge base as JSON or Markdown, sources dated against a legal date
/// (today's known legal state unless given).
fn rules_command(args: &[String]) -> Result<String, String> {
    let (mut lang, mut markdown, mut date) = (Lang::Sv, false, molnbedomning::rules::legal_state::RATTSLAGE_PER);
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--markdown" => markdown = true,
            "--lang" => {
                let v = it.next().ok_or("--lang behöver ett värde")?;
                lang = Lang::parse(v).ok_or(format!("okänt språk \"{v}\": välj sv eller en"))?;
            }
            "--legal-date" => {
                let v = it.next().ok_or("--legal-date behöver ett datum")?;
                date = Date::parse(v).map_err(|e| format!("--legal-date: {e}"))?;
            }
            other => {
                return Err(format!(
                    "okänd flagga \"{other}\" (bedom rules [--markdown] [--lang sv|en] [--legal-date ÅÅÅÅ-MM-DD])"
                ))
            }
        }
    }
    if markdown {
        Ok(molnbedomning::rules::knowledge::markdown(lang, date))
    } else {
        pretty(&molnbedomning::rules::knowledge::json(lang, date))
    }
}

fn lang_and_files(args: &[String]) -> Result<(Lang, Vec<String>), String> {
    let (mut lang, mut files) = (Lang::Sv, Vec::new());
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--lang" => {
                let v = it.next().ok_or("--lang behöver ett värde")?;
                lang = Lang::parse(v).ok_or(format!("okänt språk \"{v}\": välj sv eller en"))?;
            }
            flag if flag.starts_with("--") => return Err(format!("okänd flagga \"{flag}\"")),
            f => files.push(f.to_string()),
        }
    }
    Ok((lang, files))
}

fn read_input(file: &str) -> Result<String, String> {
    if file == "-" {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s).map_err(|e| format!("kunde inte läsa standard in: {e}"))?;
        Ok(s)
    } else {
        std::fs::read_to_string(file).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => format!("filen {file} finns inte"),
            std::io::ErrorKind::PermissionDenied => format!("saknar behörighet att läsa {file}"),
            _ => format!("kunde inte läsa {file}: {e}"),
        })
    }
}

/// The fact registry as the public contract: path, kind, role, label, help (or null), rules and the
/// answers best first (JSON values of the file format).
fn facts_json() -> serde_json::Value {
    use molnbedomning::model::facts::{help, FACTS};
    let rows: Vec<serde_json::Value> = FACTS
        .iter()
        .map(|f| {
            let favourable = f.favourable.map(|order| {
                order.iter().map(|v| serde_json::from_str(v).unwrap_or(serde_json::Value::Null)).collect::<Vec<_>>()
            });
            let help = help(f.path).map(|(_, text, _)| serde_json::json!({"sv": text.0, "en": text.1}));
            serde_json::json!({
                "path": f.path,
                "kind": f.kind,
                "role": f.role,
                "label": f.label,
                "help": help,
                "rules": f.rules,
                "favourable": favourable,
            })
        })
        .collect();
    serde_json::Value::Array(rows)
}

fn presets_command(args: &[String]) -> Result<String, String> {
    if let Some(bad) = args.iter().find(|a| *a != "--all" && *a != "--json") {
        return Err(format!("okänd flagga för presets: {bad} (använd --all eller --json)"));
    }
    let all = args.iter().any(|a| a == "--all");
    let listed: Vec<&molnbedomning::presets::Preset> = PRESETS.iter().filter(|p| all || !p.frozen).collect();
    if args.iter().any(|a| a == "--json") {
        let rows: Vec<serde_json::Value> = listed
            .iter()
            .map(|p| {
                serde_json::json!({
                    "id": p.id,
                    "title": p.title_sv,
                    "legal_date": p.assessment().legal_date.to_string(),
                    "kind": "example",
                    "frozen": p.frozen,
                    "note": p.note_sv,
                })
            })
            .collect();
        return pretty(&serde_json::Value::Array(rows));
    }
    Ok(listed.iter().map(|p| format!("{}\t{}", p.id, p.title_sv)).collect::<Vec<_>>().join("\n"))
}

fn evaluate_command(args: &[String], strict: bool) -> Result<String, String> {
    let (mut profile, mut legal_date, mut lang, mut file, mut brief) = (None, None, Lang::Sv, None, false);
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value = |flag: &str| it.next().cloned().ok_or(format!("{flag} behöver ett värde"));
        match arg.as_str() {
            "--profile" => {
                let v = value("--profile")?;
                profile = Some(
                    ProfileId::parse(&v)
                        .ok_or(format!("okänd profil \"{v}\": välj technical_processing, necessity eller strict"))?,
                );
            }
            "--legal-date" => {
                legal_date = Some(Date::parse(&value("--legal-date")?).map_err(|e| format!("--legal-date: {e}"))?)
            }
            "--lang" => {
                let v = value("--lang")?;
                lang = Lang::parse(&v).ok_or(format!("okänt språk \"{v}\": välj sv eller en"))?;
            }
            "--brief" => brief = true,
            flag if flag.starts_with("--") => return Err(format!("okänd flagga \"{flag}\"\n{USAGE}")),
            path if file.is_none() => file = Some(path.to_string()),
            extra => return Err(format!("oväntat argument \"{extra}\"")),
        }
    }
    let file = file.ok_or("ange en bedömningsfil eller - för standard in")?;
    let mut assessment = read_assessment(&file, strict, lang)?;
    if let Some(p) = profile {
        assessment.profile = p;
    }
    if let Some(d) = legal_date {
        assessment.legal_date = d;
    }
    if brief {
        // Compact: one line, no texts written, the measures and questions by their keys.
        let ev = molnbedomning::model::keys_without_texts(|| evaluate_explained(&assessment));
        return serde_json::to_string(&molnbedomning::rules::output::brief_json(&ev)).map_err(|e| e.to_string());
    }
    let json = evaluation_json(&evaluate_explained(&assessment), lang);
    serde_json::to_string_pretty(&json).map_err(|e| e.to_string())
}
