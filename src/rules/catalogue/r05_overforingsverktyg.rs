//! R5 Överföringsverktyg: each third-country transfer that R4 finds needs a tool under GDPR
//! art. 45–46: adequacy (for the US only certified importers: Privacy Shield, later the DPF), or
//! standard contractual clauses with a transfer impact assessment and, after Schrems II, effective
//! supplementary measures (R6) where the importer is exposed to foreign compulsion.

use super::r04_overforing::{self, Path};
use super::r06_kompletterande_atgarder::{edpb_source, technical_measure};
use super::Rule;
use crate::model::{Country, Party, PartyRole, Text, Tri};
use crate::rules::legal_state::{
    compulsion_laws, DPF, DPF_APPEAL, DPF_LATOMBE, FISA_702, PRIVACY_SHIELD, SCC_2021, SCC_OLD, SCHREMS_II,
};
use crate::rules::sources::{self as src, cite, Cite};
use crate::rules::{Addressee, Cell, Dimension, Finding, RuleId, Verdict};
use crate::text;

pub static RULE: Rule = Rule {
    id: RuleId::R5,
    title_sv: "Överföringsverktyg",
    title_en: "Transfer tool",
    explanation_sv: "En överföring till tredje land kräver ett verktyg i kapitel V: ett beslut om adekvat skyddsnivå för landet (för USA bara för mottagare certifierade under Privacy Shield 2016–2020 eller Data Privacy Framework från 2023-07-10), eller standardavtalsklausuler (SCC). Efter Schrems II (2020-07-16) räcker SCC bara med en överföringsbedömning (TIA) och, om mottagaren kan tvingas lämna ut uppgifter enligt utländsk lag, effektiva kompletterande åtgärder. Utan verktyg är överföringen inte tillåten.",
    explanation_en: "A transfer to a third country needs a Chapter V tool: an adequacy decision for the country (for the US only for importers certified under the Privacy Shield 2016–2020 or the Data Privacy Framework from 2023-07-10), or standard contractual clauses (SCC). After Schrems II (2020-07-16) SCC are enough only with a transfer impact assessment (TIA) and, where the importer can be compelled to disclose under foreign law, effective supplementary measures. Without a tool the transfer is not allowed.",
    sources: &[
        cite(&src::GDPR, "art. 44–46"),
        cite(&src::SCHREMS_II, ""),
        cite(&src::SCC_2021, "klausul 14 (bedömning av lagar och praxis)"),
        cite(&src::DPF, ""),
        cite(&src::COMMISSION_DPF_QA, "EO 14086 och DPRC gäller alla överföringar till USA (andrahandsuppgift)"),
        cite(&src::LATOMBE, ""),
        cite(&src::LATOMBE_APPEAL, ""),
        cite(&src::EDPB_REC_01_2020, ""),
    ],
    policy: false,
    dimensions: &[Dimension::Transfer],
    evaluate,
};

const DIM: Dimension = Dimension::Transfer;

/// One way to lawfully transfer, as judged for one importer and country.
struct Route {
    verdict: Verdict,
    reasoning: Text,
    /// (slug, text), keyed under R5 when the route decides.
    measures: Vec<(&'static str, Text)>,
    /// (to, slug, text), keyed likewise.
    questions: Vec<(Addressee, &'static str, Text)>,
    cites: Vec<Cite>,
}

impl Route {
    fn new(verdict: Verdict, reasoning: Text) -> Route {
        Route { verdict, reasoning, measures: Vec::new(), questions: Vec::new(), cites: Vec::new() }
    }
    fn measure(mut self, slug: &'static str, t: Text) -> Route {
        self.measures.push((slug, t));
        self
    }
    fn ask(mut self, to: Addressee, slug: &'static str, t: Text) -> Route {
        self.questions.push((to, slug, t));
        self
    }
    fn cite(mut self, s: Cite) -> Route {
        self.cites.push(s);
        self
    }
}

fn verify_certification(who: &str) -> Text {
    text!(
        "Kontrollera själva att {who} finns på certifieringslistan och att certifieringen omfattar de aktuella uppgifterna.",
        "Check yourselves that {who} is on the certification list and that the certification covers the data concerned."
    )
}

/// US adequacy for certified importers: Privacy Shield (2016-08-01 – 2020-07-16) or DPF (2023-07-10 –).
fn certification_route(cell: &Cell, importer: &Party) -> Option<Route> {
    let who = &importer.name;
    let firm = Cell::is_firm(&importer.provenance);
    if PRIVACY_SHIELD.in_force(cell.date) {
        return match importer.privacy_shield_certified {
            Tri::Yes => {
                let r = Route::new(
                    Verdict::AllowedWithConditions,
                    text!(
                        "{who} är certifierad under Privacy Shield, som vid det valda datumet var ett beslut om adekvat skyddsnivå för certifierade mottagare i USA.",
                        "{who} is certified under the Privacy Shield, which at the chosen date was an adequacy decision for certified US importers."
                    ),
                )
                .cite(PRIVACY_SHIELD.source)
                .measure("verifiera-certifieringen", verify_certification(who));
                Some(r)
            }
            Tri::Unknown => Some(
                Route::new(
                    Verdict::NeedsInformation,
                    text!(
                        "Det är inte känt om {who} är certifierad under Privacy Shield.",
                        "It is not known whether {who} is certified under the Privacy Shield."
                    ),
                )
                .cite(PRIVACY_SHIELD.source)
                .ask(
                    Addressee::Supplier,
                    "privacy-shield",
                    text!(
                        "Är {who} certifierad under EU–US Privacy Shield?",
                        "Is {who} certified under the EU–US Privacy Shield?"
                    ),
                ),
            ),
            Tri::No => None,
        };
    }
    // Schrems II invalidated the Privacy Shield on 2020-07-16 with immediate effect: no grace
    // period, so from that day a certification is no transfer tool at all (until the DPF).
    if SCHREMS_II.in_force(cell.date) && !cell.dpf_in_force() {
        return importer.privacy_shield_certified.is_yes().then(|| {
            Route::new(
                Verdict::NotAllowed,
                text!(
                    "{who} är certifierad under Privacy Shield, men EU-domstolen ogiltigförklarade Privacy Shield i Schrems II 2020-07-16 utan någon övergångsperiod. Certifieringen är därför inget överföringsverktyg vid det valda datumet.",
                    "{who} is certified under the Privacy Shield, but the Court of Justice invalidated the Privacy Shield in Schrems II on 2020-07-16 without any grace period. The certification is therefore no transfer tool at the chosen date."
                ),
            )
            .cite(SCHREMS_II.source)
            .cite(cite(&src::PRIVACY_SHIELD, "ogiltigförklarat genom C-311/18 (Schrems II), 2020-07-16"))
        });
    }
    if cell.dpf_in_force() {
        return match importer.dpf_certified {
            Tri::Yes => {
                let mut r = Route::new(
                    Verdict::AllowedWithConditions,
                    text!(
                        "{who} är certifierad under EU–US Data Privacy Framework, som är ett beslut om adekvat skyddsnivå för certifierade mottagare i USA.",
                        "{who} is certified under the EU–US Data Privacy Framework, an adequacy decision for certified US importers."
                    ),
                )
                .cite(DPF.source);
                r = if DPF_APPEAL.in_force(cell.date) {
                    r.cite(DPF_LATOMBE.source).cite(DPF_APPEAL.source).measure("dpf-bevaka-provningen", text!(
                        "Bevaka överklagandet C-703/25 P (efter tribunalens dom T-553/23 Latombe) och ha standardavtalsklausuler med TIA som reserv om beslutet upphävs.",
                        "Monitor the appeal C-703/25 P (after the General Court's judgment T-553/23 Latombe) and keep standard contractual clauses with a TIA as a fallback should the decision be annulled."
                    ))
                } else if DPF_LATOMBE.in_force(cell.date) {
                    r.cite(DPF_LATOMBE.source).measure("dpf-bevaka-provningen", text!(
                        "Bevaka om tribunalens dom T-553/23 Latombe överklagas till EU-domstolen och ha standardavtalsklausuler med TIA som reserv om beslutet upphävs.",
                        "Monitor whether the General Court's judgment T-553/23 Latombe is appealed to the Court of Justice and keep standard contractual clauses with a TIA as a fallback should the decision be annulled."
                    ))
                } else {
                    r.measure("dpf-bevaka-provningen", text!(
                        "Bevaka rättsliga prövningar av Data Privacy Framework och ha standardavtalsklausuler med TIA som reserv.",
                        "Monitor legal challenges to the Data Privacy Framework and keep standard contractual clauses with a TIA as a fallback."
                    ))
                };
                if !firm {
                    r = r.measure("verifiera-certifieringen", verify_certification(who));
                }
                Some(r)
            }
            Tri::Unknown => Some(
                Route::new(
                    Verdict::NeedsInformation,
                    text!("Det är inte känt om {who} är certifierad under Data Privacy Framework.", "It is not known whether {who} is certified under the Data Privacy Framework."),
                )
                .cite(DPF.source)
                .ask(Addressee::Supplier, "dpf-certifiering", text!(
                    "Är {who} certifierad under EU–US Data Privacy Framework, och omfattar certifieringen de uppgifter vi lämnar?",
                    "Is {who} certified under the EU–US Data Privacy Framework, and does the certification cover the data we provide?"
                )),
            ),
            Tri::No => None,
        };
    }
    None
}

/// Whether `importer` is a sub-processor of the body's contracting provider rather than the provider
/// itself: the SCC for its transfer are then module 3 (processor to processor) of 2021/914, which the
/// provider concludes with it as part of its duty under GDPR art. 28.4 – not the body (which
/// concludes module 2 with its own processor).
/// Module 3 exists only in the 2021 clauses (from 2021-06-27); the 2010 clauses had no
/// processor-to-processor set.
fn is_subprocessor(cell: &Cell, importer: Option<&Party>) -> bool {
    SCC_2021.in_force(cell.date) && below_provider(cell, importer)
}

/// Before 2021-06-27 the 2010 clauses covered only a controller exporting to a processor
/// (2010/87/EU recital 23): for a sub-processor in a third country the body itself is the
/// exporter, directly or through a mandate to its provider.
fn subprocessor_under_2010_clauses(cell: &Cell, importer: Option<&Party>) -> bool {
    !SCC_2021.in_force(cell.date) && below_provider(cell, importer)
}

fn below_provider(cell: &Cell, importer: Option<&Party>) -> bool {
    importer.is_some_and(|p| p.role != PartyRole::Provider)
        && cell.service.parties.iter().any(|q| q.role == PartyRole::Provider)
}

/// Standard contractual clauses, with TIA and supplementary measures after Schrems II.
fn scc_route<'a>(cell: &Cell<'a>, country: &Country, importer: Option<&'a Party>, paths: &[&Path<'a>]) -> Route {
    let contract = &cell.service.contract;
    let (land_sv, land_en) = country.names_for_text();
    let who = importer.map(|p| p.name.as_str()).unwrap_or("mottagaren");
    let who_en = importer.map(|p| p.name.as_str()).unwrap_or("the importer");
    let sub = is_subprocessor(cell, importer);
    let sub_2010 = subprocessor_under_2010_clauses(cell, importer);
    let scc = crate::rules::legal_state::scc_decision(cell.date);
    // The TIA is part of the clauses' route only since Schrems II.
    let (tia, tia_en) = if SCHREMS_II.in_force(cell.date) { (" och gör en TIA", " and make a TIA") } else { ("", "") };
    let mut instruments: Vec<Cite> =
        [&SCC_2021, &SCC_OLD].iter().filter(|f| f.in_force(cell.date)).map(|f| f.source).collect();
    if SCC_2021.in_force(cell.date) && SCC_OLD.in_force(cell.date) {
        // The 2010 clauses stand beside the new ones only by the transition (2021/914 art. 4).
        instruments[1] = cite(&src::SCC_2010, "övergång enligt genomförandebeslut (EU) 2021/914 art. 4");
    }
    let with_cites = |mut r: Route| {
        for s in &instruments {
            r = r.cite(*s);
        }
        r
    };
    match contract.scc {
        Tri::No => with_cites(
            Route::new(
                Verdict::NotAllowed,
                text!(
                    "Avtalet saknar standardavtalsklausuler för överföringen till {who} i {land_sv}, och inget annat överföringsverktyg finns.",
                    "The contract has no standard contractual clauses for the transfer to {who_en} in {land_en}, and no other transfer tool exists."
                ),
            )
            .measure("scc-med-mottagaren", if sub {
                text!(
                    "Kräv att leverantören tecknar standardavtalsklausuler (2021/914, modul 3) med underbiträdet {who} och gör en TIA för överföringen till {land_sv}, och att den visar dem för myndigheten. Det är leverantörens skyldighet som personuppgiftsbiträde (art. 28.4); myndighetens villkor är att det finns dokumenterat, inte att den själv tecknar klausulerna med underbiträdet. Annars: se till att varken lagring eller åtkomst sker från {land_sv}.",
                    "Require the provider to conclude standard contractual clauses (2021/914, module 3) with the sub-processor {who_en} and to make a TIA for the transfer to {land_en}, and to show them to the body. That is the provider's duty as processor (art. 28.4); the body's condition is that it is documented, not that the body signs the clauses with the sub-processor itself. Otherwise: ensure neither storage nor access takes place from {land_en}."
                )
            } else if sub_2010 {
                text!(
                    "Teckna standardavtalsklausulerna i beslut 2010/87/EU med underbiträdet {who}, med myndigheten som dataexportör – direkt eller genom fullmakt till leverantören (klausulerna gällde inte mellan ett biträde i EU och ett underbiträde i tredje land, skäl 23) – eller se till att varken lagring eller åtkomst sker från {land_sv}.",
                    "Conclude the standard contractual clauses of decision 2010/87/EU with the sub-processor {who_en}, with the body as data exporter – directly or through a mandate to the provider (the clauses did not apply between a processor in the EU and a sub-processor in a third country, recital 23) – or ensure neither storage nor access takes place from {land_en}."
                )
            } else {
                text!(
                    "Teckna standardavtalsklausuler ({scc}){tia}, eller se till att varken lagring eller åtkomst sker från {land_sv}.",
                    "Conclude standard contractual clauses ({scc}){tia_en}, or ensure neither storage nor access takes place from {land_en}."
                )
            }),
        ),
        Tri::Unknown => {
            // Standard contractual clauses are the best answer; if even with them the transfer is
            // not allowed, the unknown cannot change the verdict (DOMAIN.md §5).
            let with_scc = scc_yes(cell, country, importer, paths);
            let question = if sub {
                text!(
                    "Har ni tecknat standardavtalsklausuler (2021/914, modul 3) med underbiträdet {who} för överföringen till {land_sv}, och kan vi få se dem och er överföringsbedömning (TIA)?",
                    "Have you concluded standard contractual clauses (2021/914, module 3) with the sub-processor {who_en} for the transfer to {land_en}, and may we see them and your transfer impact assessment (TIA)?"
                )
            } else if sub_2010 {
                text!(
                    "Har myndigheten som dataexportör ingått standardavtalsklausulerna i beslut 2010/87/EU direkt med underbiträdet {who} för överföringen till {land_sv}, eller har leverantören gjort det i myndighetens namn (fullmakt)?",
                    "Has the body as data exporter concluded the standard contractual clauses of decision 2010/87/EU directly with the sub-processor {who_en} for the transfer to {land_en}, or has the provider done so in the body's name (mandate)?"
                )
            } else {
                let (scc, scc_en) = crate::rules::legal_state::scc_question(cell.date);
                text!(
                    "Omfattar avtalet standardavtalsklausuler ({scc}) för överföringen till {who} i {land_sv}?",
                    "Does the contract include standard contractual clauses ({scc_en}) for the transfer to {who_en} in {land_en}?"
                )
            };
            if with_scc.verdict == Verdict::NotAllowed {
                // The reasoning for existing clauses, as a hypothesis: it must not state that they exist.
                let hypothetical = |t: &str, existing: &str| t.strip_prefix(existing).unwrap_or(t).to_string();
                let sv = hypothetical(&with_scc.reasoning.sv, "Standardavtalsklausuler finns, men ");
                let en = hypothetical(&with_scc.reasoning.en, "Standard contractual clauses exist, but ");
                let mut r = Route::new(
                    Verdict::NotAllowed,
                    text!(
                        "Det är inte känt om det finns standardavtalsklausuler för överföringen till {who} i {land_sv}, men det avgör inte bedömningen: även om klausuler fanns vore överföringen inte tillåten, eftersom {sv}",
                        "It is not known whether standard contractual clauses exist for the transfer to {who_en} in {land_en}, but that does not decide the verdict: even if clauses existed the transfer would not be allowed, because: {en}"
                    ),
                )
                .ask(Addressee::Supplier, "standardavtalsklausuler", question);
                r.measures = with_scc.measures;
                r.cites = with_scc.cites;
                with_cites(r)
            } else {
                let r = Route::new(
                    Verdict::NeedsInformation,
                    text!(
                        "Det är inte känt om det finns standardavtalsklausuler för överföringen till {who} i {land_sv}.",
                        "It is not known whether standard contractual clauses exist for the transfer to {who_en} in {land_en}."
                    ),
                )
                .ask(Addressee::Supplier, "standardavtalsklausuler", question);
                with_cites(r)
            }
        }
        Tri::Yes => with_cites(scc_yes(cell, country, importer, paths)),
    }
}

/// The SCC route when the clauses exist.
fn scc_yes<'a>(cell: &Cell<'a>, country: &Country, importer: Option<&'a Party>, paths: &[&Path<'a>]) -> Route {
    let contract = &cell.service.contract;
    let (land_sv, land_en) = country.names_for_text();
    let who = importer.map(|p| p.name.as_str()).unwrap_or("mottagaren");
    let who_en = importer.map(|p| p.name.as_str()).unwrap_or("the importer");
    let sub = is_subprocessor(cell, importer);
    let mut r = if !SCHREMS_II.in_force(cell.date) {
        Route::new(
                    Verdict::AllowedWithConditions,
                    text!(
                        "Standardavtalsklausuler täcker överföringen till {who} i {land_sv}. Vid det valda datumet (före Schrems II) hade EU-domstolen ännu inte krävt en bedömning av mottagarlandets lagar eller kompletterande åtgärder.",
                        "Standard contractual clauses cover the transfer to {who_en} in {land_en}. At the chosen date (before Schrems II) the Court of Justice had not yet required an assessment of the recipient country's laws or supplementary measures."
                    ),
                )
                .measure("folj-standardavtalsklausulerna-se", text!("Följ standardavtalsklausulerna och se till att de omfattar alla mottagare.", "Follow the standard contractual clauses and make sure they cover every importer."))
    } else {
        after_schrems(cell, country, importer, paths)
    };
    if sub {
        r = r.measure("klausulerna-modul-3", text!(
                    "Klausulerna för {who} är modul 3 mellan leverantören och underbiträdet (art. 28.4): begär att få se dem och leverantörens TIA, och dokumentera det. Myndigheten tecknar dem inte själv.",
                    "The clauses for {who_en} are module 3 between the provider and the sub-processor (art. 28.4): ask to see them and the provider's TIA, and document it. The body does not sign them itself."
                ));
    } else if !Cell::is_firm(&contract.provenance) {
        r = r.measure("kontrollera-undertecknade-avtalet", text!(
                    "Kontrollera i det undertecknade avtalet att standardavtalsklausulerna finns (uppgiften är bara påstådd eller antagen).",
                    "Check in the signed contract that the standard contractual clauses are there (the fact is only claimed or assumed)."
                ));
    }
    r
}

fn after_schrems<'a>(cell: &Cell<'a>, country: &Country, importer: Option<&'a Party>, paths: &[&Path<'a>]) -> Route {
    let land = country.as_str();
    let (land_sv, land_en) = country.names_for_text();
    let who = importer.map(|p| p.name.as_str()).unwrap_or("mottagaren");
    let who_en = importer.map(|p| p.name.as_str()).unwrap_or("the importer");
    let (uc_sv, uc_en) = src::mention(
        &src::EDPB_REC_01_2020_V1,
        cell.date,
        "; när mottagaren behöver uppgifterna i klartext är det EDPB:s användningsfall 6",
        "; where the importer needs the data in clear text it is EDPB use case 6",
    );
    let (dpf_sv, dpf_en) =
        if DPF.in_force(cell.date) { (" (t.ex. DPF-certifierad)", " (e.g. DPF-certified)") } else { ("", "") };
    let mut laws: Vec<Cite> = compulsion_laws(country, cell.date).iter().map(|l| l.source).collect();
    // Countries (the destination, or an owner's) whose laws the tool has not assessed (W8).
    let mut unassessed: Vec<&str> = Vec::new();
    if cell.compulsion_unassessed(country) {
        unassessed.push(land);
    }
    let mut incomplete = !unassessed.is_empty();
    // An owner whose country is unknown or who is missing from the chain (a supplier question).
    let mut owner_unknown = false;
    if let Some(p) = importer {
        let (found, inc) = cell.compulsion(p);
        incomplete |= inc;
        for o in cell.unassessed_owners(p) {
            if !unassessed.contains(&o.jurisdiction.as_str()) {
                unassessed.push(o.jurisdiction.as_str());
            }
        }
        owner_unknown = cell.ownership_chain(p).iter().any(|o| o.jurisdiction.is_unknown())
            || p.parent.as_deref().is_some_and(|n| cell.party(n).is_none());
        for (_, l) in found.iter() {
            if !laws.contains(&l.source) {
                laws.push(l.source);
            }
        }
    }
    // W1: since 2023-07-10 the safeguards of EO 14086 and the redress before the Data Protection
    // Review Court apply to every transfer to the US, whatever the transfer tool (the Commission's
    // Q&A on the DPF; DOMAIN.md §7, second-hand [S]), and the Commission found in decision
    // 2023/1795 that US law with them gives essentially equivalent protection. EDPB use case 6 (a
    // provider needing clear text: no effective technical measure) presupposes that the third
    // country's authorities have powers going beyond what is necessary and proportionate – the
    // outcome of step 3 of Rec. 01/2020. A TIA for a US importer may rely on EO 14086/DPRC and
    // conclude that US law does not impinge on the clauses; supplementary measures, and so use
    // case 6, then no longer decide. Conservative limits, all explicit in the text: only a US
    // transfer exposed to US law alone (any other country's law, or an unknown owner, keeps the
    // strict result); only while the DPF stands (the watch-list assumption "DPF invalidated"
    // restores use case 6, as an annulment in C-703/25 P would); and a condition, never "allowed".
    let us_law_only = land == "US"
        && !incomplete
        && !laws.is_empty()
        && laws.iter().all(|l| compulsion_laws(&Country::code("US"), cell.date).iter().any(|u| u.source == *l));
    let eo_14086 = us_law_only && cell.dpf_in_force();
    let exposure = if !laws.is_empty() {
        Tri::Yes
    } else if incomplete {
        Tri::Unknown
    } else {
        Tri::No
    };
    let effective = paths.iter().fold(Tri::Yes, |acc, p| acc.and(technical_measure(importer, p.component)));
    let law_names: Vec<String> = laws.iter().map(Cite::render).collect();
    let law_list = Cell::lang_list(&law_names.iter().map(String::as_str).collect::<Vec<_>>());
    let tia = cell.service.contract.tia_done;
    let mut r = match (exposure, effective) {
        (_, Tri::Yes) => Route::new(
            Verdict::AllowedWithConditions,
            text!(
                "Standardavtalsklausuler täcker överföringen till {who} i {land_sv}, och innehållet är krypterat med nycklar som enbart myndigheten kontrollerar – en kompletterande åtgärd som kan vara effektiv (R6).",
                "Standard contractual clauses cover the transfer to {who_en} in {land_en}, and the content is encrypted with keys solely under the body's control – a supplementary measure that can be effective (R6)."
            ),
        )
        .measure("tia-kryptering", text!(
            "Dokumentera i TIA:n varför krypteringen gör skyddet likvärdigt, och att leverantören aldrig får tillgång till nycklarna.",
            "Document in the TIA why the encryption makes the protection equivalent, and that the provider never gets access to the keys."
        )),
        (Tri::Yes, _) if eo_14086 => eo_14086_route(cell, land, who, who_en, &law_list),
        (Tri::No, _) => Route::new(
            Verdict::AllowedWithConditions,
            text!(
                "Standardavtalsklausuler täcker överföringen till {who} i {land_sv}. Verktyget känner inte till någon lag som tvingar mottagaren att lämna ut uppgifter, men det bedömer bara amerikansk, kinesisk, indisk, rysk och brittisk lag: TIA:n måste pröva lagarna och praxis i {land_sv}.",
                "Standard contractual clauses cover the transfer to {who_en} in {land_en}. The tool knows of no law compelling the importer to disclose data, but it only assesses US, Chinese, Indian, Russian and UK law: the TIA must examine the laws and practice of {land_en}."
            ),
        )
        .measure("lat-tia-n", text!(
            "Låt TIA:n pröva lagar och praxis i {land_sv} och besluta om kompletterande åtgärder behövs.",
            "Let the TIA examine the laws and practice of {land_en} and decide whether supplementary measures are needed."
        )),
        (Tri::Yes, Tri::No) => Route::new(
            Verdict::NotAllowed,
            text!(
                "Standardavtalsklausuler finns, men {who} kan tvingas lämna ut uppgifter enligt {law_list}, och det finns ingen effektiv teknisk kompletterande åtgärd (R6{uc_sv}): klausulerna kan inte binda myndigheterna i {land_sv}. Överföringen uppfyller då inte kraven efter Schrems II.",
                "Standard contractual clauses exist, but {who_en} can be compelled to disclose data under {law_list}, and no effective technical supplementary measure exists (R6{uc_en}): the clauses cannot bind the authorities of {land_en}. The transfer then does not meet the requirements after Schrems II."
            ),
        )
        .measure("valj-mottagare-giltigt", text!(
            "Välj en mottagare med ett giltigt adekvansbeslut{dpf_sv}, använd nycklar enbart under myndighetens kontroll, eller håll personuppgifterna borta från överföringen.",
            "Choose an importer with a valid adequacy decision{dpf_en}, use keys solely under the body's control, or keep the personal data out of the transfer."
        )),
        (Tri::Unknown, Tri::No) if !owner_unknown && tia.is_yes() => {
            let ulist = Cell::lang_list(&unassessed);
            Route::new(
                Verdict::AllowedWithConditions,
                text!(
                    "Standardavtalsklausuler och en överföringsbedömning (TIA) finns för överföringen till {who} i {land_sv}, men ingen effektiv teknisk åtgärd. Verktyget har ingen uppgift om lagarna i {ulist} (det bedömer bara USA, Kina, Indien, Ryssland och Storbritannien), och landet har inget beslut om adekvat skyddsnivå: exponeringen är okänd, inte obefintlig. Överföringen kan vara tillåten bara om TIA:n visar att lagar och praxis där inte hindrar klausulerna.",
                    "Standard contractual clauses and a transfer impact assessment (TIA) exist for the transfer to {who_en} in {land_en}, but no effective technical measure. The tool has no information on the laws of {ulist} (it only assesses the US, China, India, Russia and the United Kingdom), and the country has no adequacy decision: the exposure is unknown, not absent. The transfer can be allowed only if the TIA shows that the law and practice there do not impinge on the clauses."
                ),
            )
            .measure("se-tia-n", text!(
                "Se till att TIA:n prövar om myndigheterna i {ulist} kan tvinga {who} att lämna ut eller dekryptera uppgifterna, och dokumentera slutsatsen. Kan de det, och behöver mottagaren klartext (EDPB:s användningsfall 6), finns ingen effektiv åtgärd och överföringen är inte tillåten.",
                "Make sure the TIA examines whether the authorities of {ulist} can compel {who_en} to disclose or decrypt the data, and document the conclusion. If they can, and the importer needs clear text (EDPB use case 6), no effective measure exists and the transfer is not allowed."
            ))
        }
        (Tri::Unknown, Tri::No) if !owner_unknown => {
            let ulist = Cell::lang_list(&unassessed);
            Route::new(
                Verdict::NeedsInformation,
                text!(
                    "Standardavtalsklausuler finns men ingen effektiv teknisk åtgärd, och verktyget har ingen uppgift om lagarna i {ulist} (det bedömer bara USA, Kina, Indien, Ryssland och Storbritannien). Landet har inget beslut om adekvat skyddsnivå, så exponeringen är okänd, inte obefintlig: det avgör om överföringen till {who} i {land_sv} är tillåten.",
                    "Standard contractual clauses exist but no effective technical measure, and the tool has no information on the laws of {ulist} (it only assesses the US, China, India, Russia and the United Kingdom). The country has no adequacy decision, so the exposure is unknown, not absent: that decides whether the transfer to {who_en} in {land_en} is allowed."
                ),
            )
            .ask(Addressee::Organisation, "tvangslagar", text!(
                "Kan myndigheterna i {ulist} enligt lag tvinga {who} att lämna ut eller dekryptera uppgifterna? Pröva det i överföringsbedömningen (TIA).",
                "Can the authorities of {ulist} compel {who_en} by law to disclose or decrypt the data? Examine it in the transfer impact assessment (TIA)."
            ))
        }
        (Tri::Unknown, Tri::No) => Route::new(
            Verdict::NeedsInformation,
            text!(
                "Standardavtalsklausuler finns men ingen effektiv teknisk åtgärd, och det är inte känt om {who} eller dess ägare kan tvingas lämna ut uppgifter enligt utländsk lag.",
                "Standard contractual clauses exist but no effective technical measure, and it is not known whether {who_en} or its owners can be compelled to disclose data under foreign law."
            ),
        )
        .ask(Addressee::Supplier, super::questions::FORMED_AND_OWNED, super::questions::formed_and_owned(who)),
        (_, Tri::Unknown) => Route::new(
            Verdict::NeedsInformation,
            text!(
                "Standardavtalsklausuler finns, men det är inte känt om nycklarna är enbart under myndighetens kontroll – och därmed om det finns en effektiv kompletterande åtgärd för överföringen till {who} i {land_sv}.",
                "Standard contractual clauses exist, but it is not known whether the keys are solely under the body's control – and so whether an effective supplementary measure exists for the transfer to {who_en} in {land_en}."
            ),
        ),
    };
    r = r.cite(SCHREMS_II.source).cite(edpb_source(cell));
    match tia {
        Tri::Yes => r,
        Tri::No => r.measure(
            "gor-overforingsbedomning-tia",
            text!(
            "Gör en överföringsbedömning (TIA) enligt SCC klausul 14 innan uppgifterna överförs till {land_sv}.",
            "Make a transfer impact assessment (TIA) under SCC clause 14 before the data is transferred to {land_en}."
        ),
        ),
        Tri::Unknown => {
            if r.verdict < Verdict::NeedsInformation {
                r.verdict = Verdict::NeedsInformation;
            }
            r.ask(
                Addressee::Organisation,
                "tia",
                text!(
                    "Har ni gjort en överföringsbedömning (TIA) för överföringen till {who} i {land_sv}?",
                    "Have you made a transfer impact assessment (TIA) for the transfer to {who_en} in {land_en}?"
                ),
            )
        }
    }
}

/// W1: SCC to a US importer exposed to US law alone, after 2023-07-10 while the DPF stands: the TIA
/// may rely on EO 14086 and the DPRC (see the reasoning in `after_schrems`).
fn eo_14086_route(cell: &Cell, land: &str, who: &str, who_en: &str, law_list: &str) -> Route {
    let (land_sv, land_en) = Country::code(land).names_for_text();
    let mut r = Route::new(
        Verdict::AllowedWithConditions,
        text!(
            "Standardavtalsklausuler täcker överföringen till {who} i {land_sv}. {who} kan tvingas lämna ut uppgifter enligt {law_list}, och ingen teknisk åtgärd hindrar åtkomsten när leverantören når uppgifterna i klartext (EDPB:s användningsfall 6). Sedan 2023-07-10 gäller dock skyddsåtgärderna i den amerikanska presidentförordningen EO 14086 (signalspaning bara när det är nödvändigt och proportionerligt) och prövningen i Data Protection Review Court (DPRC) för alla överföringar till USA, oavsett överföringsverktyg – också standardavtalsklausuler. Det säger kommissionen i sina frågor och svar om Data Privacy Framework; i verktyget är det en andrahandsuppgift som inte har kontrollerats mot originalet. Kommissionen har i beslutet (EU) 2023/1795 funnit att amerikansk rätt med dessa skyddsåtgärder ger ett i huvudsak likvärdigt skydd. Fall 6 förutsätter att myndigheterna i mottagarlandet har befogenheter som går utöver vad som är nödvändigt och proportionerligt. En TIA som bygger på EO 14086 och DPRC kan därför komma fram till att amerikansk lag inte hindrar klausulerna, även om leverantören behöver klartext. Överföringen kan då vara tillåten med villkor – men bara så länge beslutet står sig. Om det ogiltigförklaras faller också stödet, och fall 6 avgör igen. Klartextåtkomsten väger fortfarande i sekretessbedömningen (R2) och i sannolikheten för myndighetsåtkomst (R13).",
            "Standard contractual clauses cover the transfer to {who_en} in {land_en}. {who_en} can be compelled to disclose data under {law_list}, and no technical measure prevents access where the provider reaches the data in clear text (EDPB use case 6). Since 2023-07-10, however, the safeguards of the US Executive Order 14086 (signals intelligence only where necessary and proportionate) and the redress before the Data Protection Review Court (DPRC) apply to every transfer to the US, whatever the transfer tool – standard contractual clauses included. The Commission says so in its questions and answers on the Data Privacy Framework; in the tool this is second-hand and has not been checked against the original. In decision (EU) 2023/1795 the Commission found that US law with these safeguards gives essentially equivalent protection. Use case 6 presupposes that the recipient country's authorities have powers going beyond what is necessary and proportionate. A TIA relying on EO 14086 and the DPRC may therefore conclude that US law does not impinge on the clauses, even where the provider needs clear text. The transfer can then be allowed with conditions – but only while the decision stands. If it is annulled, that support falls too, and use case 6 decides again. The clear-text access still counts in the secrecy assessment (R2) and in the probability of lawful access (R13)."
        ),
    )
    .measure("tia-eo-14086", text!(
        "Dokumentera i TIA:n att den bygger på skyddsåtgärderna i EO 14086 och prövningen i DPRC, och pröva också brottsbekämpande åtkomst (t.ex. CLOUD Act), som EO 14086 inte gäller. Kontrollera uppgiften om att skyddsåtgärderna gäller alla överföringar i kommissionens frågor och svar och i beslutet (EU) 2023/1795.",
        "Document in the TIA that it relies on the safeguards of EO 14086 and the DPRC redress, and examine law-enforcement access too (e.g. the CLOUD Act), which EO 14086 does not cover. Check the statement that the safeguards apply to all transfers in the Commission's questions and answers and in decision (EU) 2023/1795."
    ))
    .cite(cite(&src::COMMISSION_DPF_QA, "EO 14086 och DPRC gäller alla överföringar till USA (andrahandsuppgift)"))
    .cite(cite(&src::DPF, "skälen om EO 14086 och DPRC"))
    .cite(FISA_702.source);
    r = if DPF_APPEAL.in_force(cell.date) {
        r.cite(DPF_LATOMBE.source).cite(DPF_APPEAL.source).measure("tia-bevaka-dpf-provningen", text!(
            "Bevaka överklagandet C-703/25 P (efter T-553/23 Latombe): om DPF-beslutet ogiltigförklaras faller stödet för TIA:n, och när leverantören behöver klartext är överföringen då inte tillåten.",
            "Monitor the appeal C-703/25 P (after T-553/23 Latombe): if the DPF decision is annulled, the TIA loses its support, and where the provider needs clear text the transfer is then not allowed."
        ))
    } else if DPF_LATOMBE.in_force(cell.date) {
        r.cite(DPF_LATOMBE.source).measure("tia-bevaka-dpf-provningen", text!(
            "Bevaka om tribunalens dom T-553/23 Latombe överklagas: om DPF-beslutet ogiltigförklaras faller stödet för TIA:n, och när leverantören behöver klartext är överföringen då inte tillåten.",
            "Monitor whether the General Court's judgment T-553/23 Latombe is appealed: if the DPF decision is annulled, the TIA loses its support, and where the provider needs clear text the transfer is then not allowed."
        ))
    } else {
        r.measure("tia-bevaka-dpf-provningen", text!(
            "Bevaka rättsliga prövningar av DPF-beslutet: om det ogiltigförklaras faller stödet för TIA:n, och när leverantören behöver klartext är överföringen då inte tillåten.",
            "Monitor legal challenges to the DPF decision: if it is annulled, the TIA loses its support, and where the provider needs clear text the transfer is then not allowed."
        ))
    };
    let (fisa_sv, fisa_en) = FISA_702.text_at(cell.date);
    r.measure(
        "bevaka-fisa-702",
        text!(
            "Bevaka FISA § 702 och gör om TIA:n om läget ändras. Läget vid det valda datumet: {fisa_sv}.",
            "Watch FISA s. 702 and redo the TIA if its status changes. The position at the chosen date: {fisa_en}."
        ),
    )
}

fn evaluate(cell: &Cell, out: &mut Vec<Finding>) {
    if r04_overforing::gdpr_gate(cell, RULE.id, DIM).is_some() {
        return;
    }
    let analysis = r04_overforing::analyse(cell);
    // Group the definite transfers by country and importer.
    let mut groups: Vec<(Country, Option<&Party>, Vec<&Path>)> = Vec::new();
    for p in analysis.definite() {
        let same = |g: &&mut (Country, Option<&Party>, Vec<&Path>)| {
            g.0 == p.country && g.1.map(|x| &x.name) == p.importer.map(|x| &x.name)
        };
        match groups.iter_mut().find(|g| same(g)) {
            Some(g) => g.2.push(p),
            None => groups.push((p.country.clone(), p.importer, vec![p])),
        }
    }
    for (country, importer, paths) in groups {
        let land = country.as_str();
        // A measure or question per country and importer (parties have no id: the name tells them apart).
        let subject = match importer {
            Some(p) => format!("{land}/{}", p.name),
            None => land.to_string(),
        };
        let (land_sv, land_en) = country.names_for_text();
        if let Some(source) = cell.adequacy(&country) {
            let decision = source.title;
            // The adequacy decision covers the country the facts name; if those facts are only
            // claimed or assumed, the transfer is lawful only once they are verified.
            let firm = paths.iter().all(|p| {
                Cell::is_firm(&p.component.provenance) && p.importer.is_none_or(|i| Cell::is_firm(&i.provenance))
            });
            let f = if firm {
                Finding::new(
                    RULE.id,
                    DIM,
                    Some(Verdict::Allowed),
                    text!(
                        "{land_sv} har ett beslut om adekvat skyddsnivå vid det valda datumet ({decision}). Överföringen dit kräver inget ytterligare verktyg.",
                        "{land_en} has an adequacy decision at the chosen date ({decision}). The transfer there needs no further tool."
                    ),
                )
            } else {
                Finding::new(
                    RULE.id,
                    DIM,
                    Some(Verdict::AllowedWithConditions),
                    text!(
                        "{land_sv} har ett beslut om adekvat skyddsnivå vid det valda datumet ({decision}), men att överföringen går just dit är bara påstått eller antaget.",
                        "{land_en} has an adequacy decision at the chosen date ({decision}), but that the transfer goes only there is merely claimed or assumed."
                    ),
                )
                .measure_about("verifiera-uppgifterna-bara", &subject, text!(
                    "Verifiera att uppgifterna bara lagras i och nås från {land_sv} (avtal, revisionsrapport).",
                    "Verify that the data is stored in and reached from {land_en} only (contract, audit report)."
                ))
            };
            out.push(f.cite(cite(source, "")).cite(cite(&src::GDPR, "art. 45")));
            continue;
        }
        let mut routes: Vec<Route> = Vec::new();
        if land == "US" {
            if let Some(r) = importer.and_then(|p| certification_route(cell, p)) {
                routes.push(r);
            }
        }
        routes.push(scc_route(cell, &country, importer, &paths));
        let best = routes.iter().map(|r| r.verdict).min().unwrap_or(Verdict::NeedsInformation);
        // The routes that decide speak: a certification that carries the transfer is not followed
        // by "no other tool exists" from the clauses' route.
        let reasoning = Text::join(routes.iter().filter(|r| r.verdict == best).map(|r| &r.reasoning), " ");
        let mut f = Finding::new(RULE.id, DIM, Some(best), reasoning).cite(cite(&src::GDPR, "art. 46"));
        for r in routes.iter().filter(|r| r.verdict == best) {
            for (slug, m) in &r.measures {
                f = f.measure_about(slug, &subject, m.clone());
            }
            if best == Verdict::NeedsInformation {
                for (to, slug, q) in &r.questions {
                    f = f.ask_about(*to, slug, &subject, q.clone());
                }
            }
        }
        for r in &routes {
            for s in &r.cites {
                if !f.sources.contains(s) {
                    f = f.cite(*s);
                }
            }
        }
        out.push(f);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Access, Assessment, Date, KeyControl, Location};
    use crate::rules::fixture::{run, run_on, verdict_on};
    use crate::rules::Cell;

    /// The US parent is not DPF-certified (so the SCC route decides).
    fn uncertified(a: &mut Assessment) {
        a.services[0].parties[0].dpf_certified = Tri::No;
    }

    /// Storage in `country`, no access or support from outside the EU.
    fn stored_in(a: &mut Assessment, country: &str) {
        a.services[0].parties[0].access = Access::None;
        a.services[0].components[0].support_from.clear();
        a.services[0].components[0].data_location = Location::code(country);
        a.services[0].components[0].operator = Some("Provider Ltd".into());
    }

    #[test]
    fn dpf_certified_importer_gives_conditions_with_latombe_watch() {
        let f = run(&RULE, |_| {});
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::AllowedWithConditions));
        assert!(f[0].measures.iter().any(|m| m.sv.contains("C-703/25 P")));
    }

    /// The appeal C-703/25 P exists from its lodging (2025-10-31), not from the judgment it appeals.
    #[test]
    fn the_appeal_is_named_only_from_its_lodging() {
        let between = run(&RULE, |a| a.legal_date = Date::ymd(2025, 10, 30));
        assert!(!between[0].measures.iter().any(|m| m.sv.contains("C-703/25 P")));
        assert!(between[0].measures.iter().any(|m| m.sv.contains("överklagas")));
        assert!(between[0].sources.iter().any(|s| s.render().contains("T-553/23")));
        assert!(!between[0].sources.iter().any(|s| s.render().contains("C-703/25 P")));
        let lodged = run(&RULE, |a| a.legal_date = Date::ymd(2025, 10, 31));
        assert!(lodged[0].sources.iter().any(|s| s.render().contains("C-703/25 P")));
    }

    #[test]
    fn dpf_boundary_2023_07_10() {
        let before = run(&RULE, |a| a.legal_date = Date::ymd(2023, 7, 9));
        assert_eq!(verdict_on(&before, DIM), Some(Verdict::NotAllowed));
        let after = run(&RULE, |a| a.legal_date = Date::ymd(2023, 7, 10));
        assert_eq!(verdict_on(&after, DIM), Some(Verdict::AllowedWithConditions));
        assert!(!after[0].sources.iter().any(|s| s.render().contains("Latombe")));
    }

    /// W9: Schrems II had no grace period. From 2020-07-16 a Privacy Shield certification is no tool;
    /// with SCC unknown the transfer is still not allowed, since even SCC would not suffice (the US
    /// importer reaches clear text), and the reasoning says why the certification does not count.
    #[test]
    fn privacy_shield_gives_nothing_from_2020_07_16_even_with_scc_unknown() {
        let edit = |date: Date| {
            move |a: &mut Assessment| {
                a.services[0].parties[0].privacy_shield_certified = Tri::Yes;
                a.services[0].contract.scc = Tri::Unknown;
                a.legal_date = date;
            }
        };
        let before = run(&RULE, edit(Date::ymd(2020, 7, 15)));
        assert_eq!(verdict_on(&before, DIM), Some(Verdict::AllowedWithConditions));
        let after = run(&RULE, edit(Date::ymd(2020, 7, 16)));
        assert_eq!(verdict_on(&after, DIM), Some(Verdict::NotAllowed), "{after:?}");
        let sv = &after[0].reasoning.sv;
        assert!(
            sv.contains("utan någon övergångsperiod")
                && sv.contains("även om klausuler fanns")
                && !sv.contains("klausuler finns, men"),
            "{sv}"
        );
        // No tool at all: no SCC and no DPF before 2023-07-10.
        let none = run(&RULE, |a| {
            edit(Date::ymd(2021, 1, 1))(a);
            a.services[0].contract.scc = Tri::No;
        });
        assert_eq!(verdict_on(&none, DIM), Some(Verdict::NotAllowed));
    }

    /// The importer is a sub-processor (the US parent operating for the Irish provider): its SCC are
    /// module 3, the provider's to conclude (art. 28.4); the question goes to the supplier and the
    /// body's condition is to have them documented. Module 3 exists only from 2021-06-27.
    #[test]
    fn subprocessor_scc_are_module_3_asked_of_the_supplier() {
        let f = run(&RULE, |a| {
            uncertified(a);
            a.services[0].contract.scc = Tri::Unknown;
        });
        let q = f[0].questions.iter().find(|q| q.text.sv.contains("modul 3")).expect("module 3 question");
        assert_eq!(q.to, Addressee::Supplier);
        assert!(q.text.sv.starts_with("Har ni tecknat") && q.text.sv.contains("underbiträdet Parent Inc"));
        let f = run(&RULE, |a| {
            uncertified(a);
            a.services[0].contract.scc = Tri::No;
        });
        assert!(f[0]
            .measures
            .iter()
            .any(|m| m.sv.contains("art. 28.4") && m.sv.contains("inte att den själv tecknar")));
        let f = run(&RULE, |a| {
            uncertified(a);
            a.services[0].contract.scc = Tri::No;
            a.legal_date = Date::ymd(2021, 1, 1);
        });
        assert!(f[0].measures.iter().all(|m| !m.sv.contains("modul 3")));
        // Before 2021-06-27 the 2010 clauses did not reach a sub-processor below an EU processor
        // (recital 23): the body is the exporter, directly or through a mandate.
        assert!(f[0]
            .measures
            .iter()
            .any(|m| m.sv.contains("myndigheten som dataexportör") && m.sv.contains("skäl 23")));
        let f = run(&RULE, |a| {
            uncertified(a);
            a.services[0].contract.scc = Tri::Unknown;
            a.legal_date = Date::ymd(2020, 1, 1);
        });
        assert!(
            f[0].questions.iter().any(|q| q.text.sv.contains("som dataexportör") && q.text.sv.contains("fullmakt")),
            "{f:?}"
        );
        // The contracting provider itself as importer: the body concludes the clauses.
        let f = run(&RULE, |a| {
            a.services[0].parties.remove(0);
            let p = &mut a.services[0].parties[0];
            (p.jurisdiction, p.parent) = (Country::code("US"), None);
            a.services[0].components[0].operator = Some("Provider Ltd".into());
            a.services[0].contract.scc = Tri::No;
        });
        assert!(f[0].measures.iter().any(|m| m.sv.starts_with("Teckna standardavtalsklausuler")), "{f:?}");
    }

    /// W8: Indian support reading sensitive data in clear text: exposed under the IT Act s. 69 and the
    /// 2009 rules, so SCC without an effective measure is not allowed; a country the tool has no entry
    /// for is unknown exposure, decided only by a TIA.
    #[test]
    fn indian_support_is_not_allowed_and_an_unassessed_country_needs_the_tia() {
        let support_from = |c: &'static str| {
            move |a: &mut Assessment| {
                a.services[0].parties.remove(0);
                let p = &mut a.services[0].parties[0];
                (p.jurisdiction, p.parent, p.role) = (Country::code(c), None, PartyRole::Support);
                a.services[0].components[0].operator = None;
                a.services[0].components[0].support_from.clear();
                a.information_types[0].personal_data = crate::model::PersonalData::Sensitive;
            }
        };
        let f = run(&RULE, support_from("IN"));
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::NotAllowed), "{f:?}");
        assert!(f[0].reasoning.sv.contains("s. 69"));
        let f = run(&RULE, support_from("AE"));
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::AllowedWithConditions));
        assert!(
            f[0].reasoning.sv.contains("okänd, inte obefintlig")
                && !f[0].reasoning.sv.contains("bara amerikansk och kinesisk")
        );
        let f = run(&RULE, |a| {
            support_from("AE")(a);
            a.services[0].contract.tia_done = Tri::No;
        });
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::NeedsInformation));
        assert!(f[0].questions.iter().any(|q| q.to == Addressee::Organisation && q.text.sv.contains("AE")));
    }

    #[test]
    fn privacy_shield_boundary_2020_07_16() {
        let ps = |a: &mut Assessment| a.services[0].parties[0].privacy_shield_certified = Tri::Yes;
        let before = run(&RULE, |a| {
            ps(a);
            a.legal_date = Date::ymd(2020, 7, 15);
        });
        assert_eq!(verdict_on(&before, DIM), Some(Verdict::AllowedWithConditions));
        assert!(before[0].reasoning.sv.contains("Privacy Shield"));
        let after = run(&RULE, |a| {
            ps(a);
            a.legal_date = Date::ymd(2020, 7, 16);
        });
        assert_eq!(verdict_on(&after, DIM), Some(Verdict::NotAllowed));
    }

    #[test]
    fn scc_before_schrems_ii_was_enough() {
        let f = run(&RULE, |a| {
            uncertified(a);
            a.legal_date = Date::ymd(2019, 9, 30);
        });
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::AllowedWithConditions));
        assert!(f[0].sources.iter().any(|s| s.render().contains("2010/87")));
    }

    /// Before the DPF (2020-07-16 .. 2023-07-09): SCC + TIA to a US importer that needs clear text
    /// has no effective measure (EDPB use case 6): not allowed.
    #[test]
    fn scc_with_us_exposure_and_no_measure_is_not_allowed_before_2023_07_10() {
        for date in [Date::ymd(2020, 7, 16), Date::ymd(2022, 1, 1), Date::ymd(2023, 7, 9)] {
            let f = run(&RULE, |a| {
                uncertified(a);
                a.legal_date = date;
            });
            assert_eq!(verdict_on(&f, DIM), Some(Verdict::NotAllowed), "{date}");
            let sv = &f[0].reasoning.sv;
            assert!(sv.contains("18 U.S.C. § 2713"), "{date}");
            // The EDPB recommendations naming use case 6 appeared on 2020-11-10: not cited before.
            assert_eq!(sv.contains("användningsfall 6"), date >= Date::ymd(2020, 11, 10), "{date}");
        }
    }

    /// W1: from 2023-07-10 the EO 14086 safeguards and the DPRC apply to every transfer to the US, so a
    /// TIA may rely on them: SCC + TIA to a US importer exposed to US law alone is allowed with
    /// conditions, with the second-hand source marked and the watch items dated.
    #[test]
    fn scc_and_tia_to_a_us_importer_rely_on_eo_14086_from_2023_07_10() {
        let f = run(&RULE, |a| {
            uncertified(a);
            a.legal_date = Date::ymd(2023, 7, 10);
        });
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::AllowedWithConditions));
        let sv = &f[0].reasoning.sv;
        assert!(
            sv.contains("EO 14086") && sv.contains("andrahandsuppgift") && sv.contains("användningsfall 6"),
            "{sv}"
        );
        assert!(f[0]
            .sources
            .iter()
            .any(|s| s.id() == "kommissionen-dpf-qa-2023" && s.render().contains("andrahandsuppgift")));
        assert!(f[0].measures.iter().any(|m| m.sv.contains("DPRC")));
        assert!(f[0].measures.iter().any(|m| m.sv.contains("FISA § 702") && !m.sv.contains("löpte ut")));
        // Today: the appeal C-703/25 P and the lapse of FISA § 702 are watch items.
        let f = run(&RULE, uncertified);
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::AllowedWithConditions));
        assert!(f[0].measures.iter().any(|m| m.sv.contains("C-703/25 P")));
        assert!(f[0].measures.iter().any(|m| m.sv.contains("löpte ut") && m.sv.contains("mars 2027")));
        // Without a TIA: a condition to make one (the body's own task).
        let f = run(&RULE, |a| {
            uncertified(a);
            a.services[0].contract.tia_done = Tri::No;
        });
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::AllowedWithConditions));
        assert!(f[0].measures.iter().any(|m| m.sv.contains("Gör en överföringsbedömning")));
    }

    /// The EO 14086 reliance holds only while the DPF stands, and only against US law alone.
    #[test]
    fn eo_14086_reliance_falls_with_the_dpf_or_with_another_countrys_law() {
        let mut a = crate::rules::fixture::assessment();
        uncertified(&mut a);
        let gone = crate::rules::legal_state::Assumptions { dpf_invalidated: true, ..Default::default() };
        let cell = Cell::new(&a, &a.services[0], &a.information_types[0]).with_assumptions(&gone);
        assert_eq!(verdict_on(&run_on(&RULE, &cell), DIM), Some(Verdict::NotAllowed));
        let f = run(&RULE, |a| {
            uncertified(a);
            let mut holding = a.services[0].parties[0].clone();
            (holding.name, holding.jurisdiction) = ("Holding Ltd".into(), Country::code("CN"));
            a.services[0].parties[0].parent = Some("Holding Ltd".into());
            a.services[0].parties.push(holding);
        });
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::NotAllowed));
    }

    /// Storage only in the US, with keys solely the body's: the US host reaches neither content nor
    /// metadata (EDPB Rec. 01/2020 use case 1).
    fn us_storage_with_own_keys(a: &mut Assessment) {
        for p in &mut a.services[0].parties {
            p.access = Access::None;
        }
        let c = &mut a.services[0].components[0];
        (c.data_location, c.operator, c.support_from) = (Location::code("US"), Some("Parent Inc".into()), vec![]);
        c.key_control = KeyControl::ExternalKeyNoProviderCleartext;
        c.provider_needs_cleartext = Tri::No;
    }

    #[test]
    fn scc_with_own_keys_gives_conditions() {
        let f = run(&RULE, |a| {
            uncertified(a);
            us_storage_with_own_keys(a);
        });
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::AllowedWithConditions));
    }

    /// A provider that runs the service sees the metadata, which the content keys do not protect
    /// (EDPB Rec. 01/2020 use case 6): own keys are then no effective measure.
    #[test]
    fn own_keys_do_not_help_against_an_operator_that_sees_metadata() {
        let f = run(&RULE, |a| {
            uncertified(a);
            a.legal_date = Date::ymd(2022, 1, 1);
            let c = &mut a.services[0].components[0];
            c.key_control = KeyControl::ExternalKeyNoProviderCleartext;
            c.provider_needs_cleartext = Tri::No;
        });
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::NotAllowed));
    }

    #[test]
    fn no_tool_is_not_allowed_and_unknown_tool_asks() {
        let f = run(&RULE, |a| {
            uncertified(a);
            a.services[0].contract.scc = Tri::No;
        });
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::NotAllowed));
        let f = run(&RULE, |a| {
            uncertified(a);
            a.services[0].contract.scc = Tri::Unknown;
        });
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::NeedsInformation));
        assert!(f[0].questions.iter().any(|q| q.to == Addressee::Supplier));
        // Without SCC the DPF certification decides (with SCC and a TIA, W1 suffices from 2023-07-10).
        let f = run(&RULE, |a| {
            a.services[0].parties[0].dpf_certified = Tri::Unknown;
            a.services[0].contract.scc = Tri::No;
        });
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::NeedsInformation));
        assert!(f[0].questions.iter().any(|q| q.text.sv.contains("Data Privacy Framework")));
    }

    #[test]
    fn unknown_dpf_does_not_block_when_scc_suffice() {
        let f = run(&RULE, |a| {
            us_storage_with_own_keys(a);
            a.services[0].parties[0].dpf_certified = Tri::Unknown;
        });
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::AllowedWithConditions));
    }

    #[test]
    fn japan_adequacy_from_2019_01_23() {
        let before = run(&RULE, |a| {
            stored_in(a, "JP");
            a.legal_date = Date::ymd(2019, 1, 22);
        });
        assert_ne!(verdict_on(&before, DIM), Some(Verdict::Allowed));
        let after = run(&RULE, |a| {
            stored_in(a, "JP");
            a.legal_date = Date::ymd(2019, 1, 23);
        });
        assert_eq!(verdict_on(&after, DIM), Some(Verdict::Allowed));
        assert!(after[0].sources.iter().any(|s| s.id() == "adekvans-jp"));
    }

    #[test]
    fn does_not_fire_without_transfer_or_before_gdpr() {
        let f = run(&RULE, |a| {
            stored_in(a, "SE");
        });
        assert!(f.is_empty());
        assert!(run(&RULE, |a| a.legal_date = Date::ymd(2018, 5, 24)).is_empty());
    }

    #[test]
    fn unknown_tia_asks_the_organisation() {
        let f = run(&RULE, |a| {
            stored_in(a, "AE");
            a.services[0].components[0].operator = None;
            a.services[0].contract.tia_done = Tri::Unknown;
        });
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::NeedsInformation));
        assert!(f[0].questions.iter().any(|q| q.to == Addressee::Organisation && q.text.sv.contains("TIA")));
    }
}
