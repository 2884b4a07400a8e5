//! The fact registry: the facts of the public format that can be unknown, described once as data —
//! their path, kind, which answers are more favourable, whether they are facts about the world
//! (decisive unknowns, DOMAIN.md §5) or the body's own tasks (conditions to fulfil), and which
//! rules read them, and their help in the form. The bounding of unknowns (`rules::bounds`), `bedom
//! facts`, the form's yes/no fields and help, and the yes/no facts the property tests vary derive
//! from it.
//!
//! Paths use `[]` for arrays (`services[].parties[].jurisdiction`); a concrete fact is the path with
//! indices (`services[0].parties[1].jurisdiction`). Values are the JSON of the public format.

use crate::model::StaticText;
use crate::rules::RuleId;
use serde::Serialize;
use serde_json::Value;

/// A label in Swedish and English.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Label {
    pub sv: &'static str,
    pub en: &'static str,
}

impl Label {
    /// As a form field's label: the registry's phrase with a capital initial.
    pub fn heading(&self, lang: crate::model::Lang) -> String {
        let phrase = if lang == crate::model::Lang::Sv { self.sv } else { self.en };
        let mut chars = phrase.chars();
        chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FactKind {
    /// `true`, `false` or `"unknown"`.
    Tri,
    /// One of the serde names in `favourable`, or `"unknown"`.
    Choice,
    /// ISO 3166-1 alpha-2 code or `"unknown"` (a party's jurisdiction).
    Country,
    /// A country, `"EU"` (somewhere in the EU/EEA) or `"unknown"` (where data lies).
    Location,
    /// A list of locations whose `"unknown"` entries are completed.
    Locations,
}

/// Whether an unknown answer is a fact about the world, or the body's own task (DOMAIN.md §5,
/// pitfall 3): a task left undone is a condition to fulfil, never a decisive unknown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FactRole {
    World,
    Task,
}

#[derive(Debug, Serialize)]
pub struct Fact {
    pub path: &'static str,
    pub label: Label,
    pub kind: FactKind,
    pub role: FactRole,
    /// Known answers, most favourable first, as JSON; `None` where no order applies.
    pub favourable: Option<&'static [&'static str]>,
    /// Rules that read the fact.
    pub rules: &'static [RuleId],
}

/// The completion of an unknown country: Sweden at best; at worst a third country with no adequacy
/// decision and a law compelling disclosure (China: National Intelligence Law 2017, art. 7).
pub const COUNTRY_FAVOURABLE: &[&str] = &["\"SE\"", "\"CN\""];

const YES_BEST: &[&str] = &["true", "false"];
const NO_BEST: &[&str] = &["false", "true"];

macro_rules! facts {
    ($($path:literal, $sv:literal, $en:literal, $kind:ident, $role:ident, $fav:expr, [$($rule:ident),*];)*) => {
        /// Every registered fact, services' first, then information types'.
        pub static FACTS: &[Fact] = &[$(Fact {
            path: $path, label: Label { sv: $sv, en: $en }, kind: FactKind::$kind, role: FactRole::$role,
            favourable: $fav, rules: &[$(RuleId::$rule),*],
        }),*];
    };
}

facts! {
    "services[].own_use_of_content", "leverantörens egna ändamål med innehåll och tjänstedata", "the provider's own use of content and service data", Choice, World, Some(&["\"none\"", "\"opted_out\"", "\"yes\""]), [R2, R9, R23];
    "services[].parties[].jurisdiction", "land enligt vars lag parten har bildats", "country under whose law the party was formed", Country, World, Some(COUNTRY_FAVOURABLE), [R2, R3, R5, R13];
    "services[].parties[].access", "åtkomst till innehållet i klartext", "access to the content in clear text", Choice, World, Some(&["\"none\"", "\"metadata\"", "\"content\""]), [R2, R3, R4, R8];
    "services[].parties[].access_from[]", "land som personalen når uppgifterna från", "country the staff reach the data from", Locations, World, Some(COUNTRY_FAVOURABLE), [R4];
    "services[].parties[].dpf_certified", "certifiering enligt EU–US Data Privacy Framework", "certification under the EU–US Data Privacy Framework", Tri, World, Some(YES_BEST), [R5];
    "services[].parties[].privacy_shield_certified", "certifiering enligt Privacy Shield", "certification under the Privacy Shield", Tri, World, Some(YES_BEST), [R5];
    "services[].components[].data_location", "land där uppgifterna lagras", "country where the data is stored", Location, World, Some(COUNTRY_FAVOURABLE), [R4, R5];
    "services[].components[].key_control", "vem som har nycklarna", "who holds the keys", Choice, World,
        Some(&["\"external_key_no_provider_cleartext\"", "\"end_to_end\"", "\"customer_key_in_provider_kms\"", "\"provider\""]),
        [R2, R6, R7, R15];
    "services[].components[].support_from[]", "land som support ges från", "country support is given from", Locations, World, Some(COUNTRY_FAVOURABLE), [R4];
    "services[].components[].provider_needs_cleartext", "om tjänsten behöver klartext hos leverantören", "whether the service needs clear text at the provider", Tri, World, Some(NO_BEST), [R6, R7];
    "services[].components[].provider_controls_client", "om leverantören styr klientprogrammet som skapar nycklarna", "whether the provider controls the client software that makes the keys", Tri, World, Some(NO_BEST), [R7];
    "services[].components[].enabled", "om funktionen är påslagen", "whether the feature is switched on", Tri, Task, None, [R24];
    "services[].contract.dpa", "personuppgiftsbiträdesavtal", "processor agreement", Tri, Task, Some(YES_BEST), [R9];
    "services[].contract.unilateral_change", "leverantörens rätt att ändra villkoren ensidigt", "the provider's right to change the terms unilaterally", Tri, World, Some(NO_BEST), [R9];
    "services[].contract.subprocessor_notice", "förteckning över och besked om underbiträden", "list of and notice about sub-processors", Tri, World, Some(YES_BEST), [R9];
    "services[].contract.audit_rights", "rätt till granskning", "audit rights", Tri, World, Some(YES_BEST), [R9];
    "services[].contract.deletion_return", "radering eller återlämnande vid avtalets slut", "deletion or return at the end of the contract", Tri, World, Some(YES_BEST), [R9];
    "services[].contract.scc", "standardavtalsklausuler", "standard contractual clauses", Tri, World, Some(YES_BEST), [R5];
    "services[].contract.tia_done", "överföringsbedömning (TIA)", "transfer impact assessment (TIA)", Tri, Task, Some(YES_BEST), [R5];
    "services[].contract.challenge_requests", "åtagande att bestrida myndighetsbegäran", "commitment to challenge authority requests", Tri, World, Some(YES_BEST), [R10];
    "services[].contract.notify_requests", "åtagande att underrätta om myndighetsbegäran", "commitment to notify of authority requests", Tri, World, Some(YES_BEST), [R10];
    "services[].contract.transparency_reports", "transparensrapporter", "transparency reports", Tri, World, Some(YES_BEST), [R10];
    "services[].contract.exit_plan", "exitplan", "exit plan", Tri, Task, Some(YES_BEST), [R20];
    "services[].certifications.iso27001", "ISO/IEC 27001-certifiering", "ISO/IEC 27001 certification", Tri, World, Some(YES_BEST), [R19];
    "services[].certifications.soc2", "SOC 2-rapport", "SOC 2 report", Tri, World, Some(YES_BEST), [R19];
    "services[].certifications.bsi_c5", "BSI C5-intyg", "BSI C5 attestation", Tri, World, Some(YES_BEST), [R19];
    "services[].certifications.audit_reports_reviewed", "egen granskning av revisionsrapporterna", "own review of the audit reports", Tri, Task, Some(YES_BEST), [R19];
    "services[].configuration.logging", "loggning", "logging", Tri, Task, Some(YES_BEST), [R18];
    "services[].configuration.mfa", "flerfaktorsautentisering", "multi-factor authentication", Tri, Task, Some(YES_BEST), [R18];
    "services[].configuration.encryption", "kryptering", "encryption", Tri, Task, Some(YES_BEST), [R18];
    "services[].configuration.admin_roles", "begränsade administratörsroller", "restricted administrator roles", Tri, Task, Some(YES_BEST), [R18];
    "services[].provider_task", "leverantörens uppdrag (endast teknisk bearbetning eller lagring, eller mer)", "the provider's task (only technical processing or storage, or more)", Choice, World, Some(&["\"technical_only\"", "\"more\""]), [R2];
    // Whether a workable alternative without disclosure exists is a fact the tool does not model
    // elsewhere: 10 kap. 2 § turns on it, so it is decisive, not a task done afterwards.
    "services[].alternatives_examined", "prövning av verkliga alternativ", "examination of real alternatives", Tri, World, Some(YES_BEST), [R2, R14];
    "services[].protective_security.sarskild_bedomning", "särskild säkerhetsskyddsbedömning", "special protective-security assessment", Tri, Task, Some(YES_BEST), [R1];
    "services[].protective_security.lamplighetsprovning", "lämplighetsprövning av leverantören", "suitability test of the supplier", Tri, Task, Some(YES_BEST), [R1];
    "services[].protective_security.sakerhetsskyddsavtal", "säkerhetsskyddsavtal", "protective-security agreement", Tri, Task, Some(YES_BEST), [R1];
    "services[].protective_security.samrad", "samråd med tillsynsmyndigheten", "consultation with the supervisory authority", Tri, Task, Some(YES_BEST), [R1];
    // The säkerhetsskyddsanalys is the body's own statutory task (DOMAIN.md §5, pitfall 3); R1
    // turns an unknown classification into a condition.
    "information_types[].security_classified", "säkerhetsskyddsklassificering", "security classification", Tri, Task, Some(NO_BEST), [R1];
    // Unknown aggregation is a condition for ordinary information (R1 decides), never completed.
    "information_types[].aggregation_risk", "om sammanställningen blir säkerhetsskyddsklassificerad", "whether the compilation becomes security-classified", Tri, Task, Some(NO_BEST), [R1];
    "information_types[].secrecy.strength", "sekretessens styrka (skaderekvisit)", "strength of the secrecy (damage test)", Choice, World, Some(&["\"straight\"", "\"reverse\"", "\"absolute\""]), [R2];
    "information_types[].personal_data", "slag av personuppgifter", "kind of personal data", Choice, World,
        Some(&["\"none\"", "\"ordinary\"", "\"criminal\"", "\"sensitive\""]), [R4, R5, R9, R12];
    "information_types[].retention", "lagringstid i tjänsten", "retention in the service", Choice, World, Some(&["\"processing_only\"", "\"long_term\""]), [R16];
    "information_types[].security_class", "säkerhetsskyddsklass", "protective-security class", Choice, World,
        Some(&["\"begransat_hemlig\"", "\"konfidentiell\"", "\"hemlig\"", "\"kvalificerat_hemlig\""]), [R1];
    "information_types[].metadata_secret", "om metadata (t.ex. att någon är klient) i sig är sekretessbelagd", "whether the metadata (e.g. that someone is a client) is itself secret", Tri, World, Some(NO_BEST), [R2];
    "information_types[].infrastructure", "om informationen gäller infrastruktur (ledningsnät, vatten, energi, lokaler)", "whether the information concerns infrastructure (networks, water, energy, premises)", Tri, Task, Some(NO_BEST), [R1];
    "information_types[].core_records", "om uppgifterna hör till ett verksamhetssystem", "whether the records belong in a core system", Tri, World, Some(NO_BEST), [R17];
}

/// The yes/no facts directly in `scope`, the registry path of a part of the format
/// (`services[].contract`, `services[].parties[]`, `services[].components[]`, `information_types[]`
/// …), in the registry's order, each with its field name there.
pub fn yes_no_fields(scope: &str) -> impl Iterator<Item = (&'static Fact, &'static str)> + '_ {
    FACTS.iter().filter(|f| f.kind == FactKind::Tri).filter_map(move |f| {
        let field = f.path.strip_prefix(scope)?.strip_prefix('.')?;
        (!field.contains('.')).then_some((f, field))
    })
}

/// Help under a fact's field in the form – what to answer and why it matters – with the rule the
/// knowledge base opens from it (`None` where no one rule decides the fact), by registry path in the
/// registry's order. `help` finds it for a concrete path; `bedom facts` prints it.
pub static FACT_HELP: &[(&str, StaticText, Option<RuleId>)] = &[
    ("services[].own_use_of_content", StaticText("Använder leverantören innehåll eller tjänstedata för egna ändamål blir den personuppgiftsansvarig för det och utlämnandet är inte bara tekniskt.", "If the provider uses content or service data for its own purposes it becomes a controller for that, and the disclosure is no longer merely technical."), Some(RuleId::R23)),
    ("services[].parties[].jurisdiction", StaticText("Landet enligt vars lag parten har bildats (t.ex. USA); vet ej om det inte är känt. Avgör vilken utländsk tvångslagstiftning som gäller, t.ex. CLOUD Act.", "The country under whose law the party was formed (e.g. the US); unknown if not known. Decides which foreign compulsion law applies, e.g. the CLOUD Act."), Some(RuleId::R3)),
    ("services[].parties[].access", StaticText("Vad parten kan nå i klartext genom sin roll, före era egna nycklar.", "What the party can reach in clear text through its role, before your own keys."), Some(RuleId::R2)),
    ("services[].parties[].dpf_certified", StaticText("Bara certifierade amerikanska mottagare omfattas av beslutet om adekvat skyddsnivå (DPF).", "Only certified US importers are covered by the adequacy decision (DPF)."), Some(RuleId::R5)),
    ("services[].parties[].privacy_shield_certified", StaticText("Från 2016-08-01 till 2020-07-16 omfattades bara certifierade amerikanska mottagare av beslutet om adekvat skyddsnivå (Privacy Shield, 2016/1250). Domen Schrems II ogiltigförklarade det utan övergångstid.", "From 2016-08-01 to 2020-07-16 only certified US importers were covered by the adequacy decision (Privacy Shield, 2016/1250). The Schrems II judgment annulled it without a grace period."), Some(RuleId::R5)),
    ("services[].components[].data_location", StaticText("Landet där uppgifterna lagras, eller EU/EES när leverantören bara lovar lagring inom EU/EES (t.ex. en EU-datagräns). Lagring utanför EU/EES är en överföring.", "The country where the data is stored, or EU/EEA when the provider only promises storage inside the EU/EEA (e.g. an EU data boundary). Storage outside the EU/EEA is a transfer."), Some(RuleId::R4)),
    ("services[].components[].key_control", StaticText("Vem som har nycklarna avgör om leverantören kan nå klartext – och därmed röjande och överföring.", "Who holds the keys decides whether the provider can reach clear text – and so disclosure and transfer."), Some(RuleId::R7)),
    ("services[].components[].provider_needs_cleartext", StaticText("Behöver tjänsten klartext hos leverantören (sökning, förhandsvisning) hjälper inte kryptering mot leverantören (EDPB användningsfall 6).", "If the service needs clear text at the provider (search, preview) encryption does not help against the provider (EDPB use case 6)."), Some(RuleId::R7)),
    ("services[].components[].provider_controls_client", StaticText("Styr leverantören klienten som skapar nycklarna kan den i praktiken nå dem.", "If the provider controls the client that makes the keys it can in practice reach them."), Some(RuleId::R7)),
    ("services[].components[].enabled", StaticText("En funktion som är avstängd hos er håller inga uppgifter och påverkar inte bedömningen.", "A feature switched off in your configuration holds no data and does not affect the assessment."), Some(RuleId::R24)),
    ("services[].contract.dpa", StaticText("Ett personuppgiftsbiträdesavtal enligt artikel 28 krävs när leverantören behandlar personuppgifter för er räkning.", "A processing agreement under Article 28 is required when the provider processes personal data on your behalf."), Some(RuleId::R9)),
    ("services[].contract.unilateral_change", StaticText("Kan leverantören ändra villkoren ensidigt kan skyddet försvinna utan ert beslut.", "If the provider can change the terms unilaterally the protection can disappear without your decision."), Some(RuleId::R9)),
    ("services[].contract.subprocessor_notice", StaticText("Ni ska informeras och kunna invända när underbiträden byts (art. 28.2).", "You must be informed and able to object when sub-processors change (art. 28.2)."), Some(RuleId::R9)),
    ("services[].contract.audit_rights", StaticText("Rätt till granskning och revision (art. 28.3 h).", "Right to audits and inspections (art. 28.3 h)."), Some(RuleId::R9)),
    ("services[].contract.deletion_return", StaticText("Uppgifterna ska raderas eller återlämnas när avtalet upphör (art. 28.3 g).", "The data must be deleted or returned when the contract ends (art. 28.3 g)."), Some(RuleId::R9)),
    ("services[].contract.scc", StaticText("Standardavtalsklausuler är överföringsverktyget när landet saknar beslut om adekvat skyddsnivå.", "Standard contractual clauses are the transfer tool when the country has no adequacy decision."), Some(RuleId::R5)),
    ("services[].contract.tia_done", StaticText("Efter Schrems II kräver standardavtalsklausuler en överföringsbedömning (TIA).", "After Schrems II standard contractual clauses require a transfer impact assessment (TIA)."), Some(RuleId::R5)),
    ("services[].contract.challenge_requests", StaticText("Åtagande att bestrida myndighetsbegäran rättsligt minskar risken men räcker aldrig ensamt.", "A commitment to challenge authority requests reduces the risk but is never enough alone."), Some(RuleId::R10)),
    ("services[].contract.notify_requests", StaticText("Åtagande att underrätta er om en begäran när det är tillåtet.", "A commitment to notify you of a request where allowed."), Some(RuleId::R10)),
    ("services[].contract.transparency_reports", StaticText("Transparensrapporter ger underlag för att uppskatta sannolikheten för myndighetsåtkomst.", "Transparency reports give a basis to estimate the probability of lawful access."), Some(RuleId::R11)),
    ("services[].contract.exit_plan", StaticText("Ni ska kunna lämna tjänsten och ta med uppgifterna (dataförordningen kap. VI).", "You must be able to leave the service and take your data (Data Act ch. VI)."), Some(RuleId::R20)),
    ("services[].certifications.iso27001", StaticText("Certifieringar ger grundsäkerhet men säger inget om utländsk tvångslagstiftning.", "Certifications give base security but say nothing about foreign compulsion laws."), Some(RuleId::R19)),
    ("services[].certifications.soc2", StaticText("En SOC 2-rapport visar om kontrollerna fungerat under en period; läs den.", "A SOC 2 report shows whether the controls worked over a period; read it."), Some(RuleId::R19)),
    ("services[].certifications.bsi_c5", StaticText("BSI C5 är den tyska katalogen för molnsäkerhet.", "BSI C5 is the German cloud security catalogue."), Some(RuleId::R19)),
    ("services[].certifications.audit_reports_reviewed", StaticText("Har ni själva läst revisionsrapporterna, eller bara fått veta att de finns?", "Have you read the audit reports yourselves, or only been told they exist?"), Some(RuleId::R19)),
    ("services[].configuration.logging", StaticText("Er egen konfiguration: loggning av åtkomst och administration.", "Your own configuration: logging of access and administration."), Some(RuleId::R18)),
    ("services[].configuration.mfa", StaticText("Er egen konfiguration: flerfaktorsinloggning för alla konton.", "Your own configuration: multi-factor sign-in for every account."), Some(RuleId::R18)),
    ("services[].configuration.encryption", StaticText("Er egen konfiguration: de krypteringsfunktioner ni har slagit på.", "Your own configuration: the encryption features you have switched on."), Some(RuleId::R18)),
    ("services[].configuration.admin_roles", StaticText("Er egen konfiguration: begränsade och åtskilda administratörsroller.", "Your own configuration: limited and separated administrator roles."), Some(RuleId::R18)),
    ("services[].provider_task", StaticText("Ska leverantören för myndighetens räkning endast tekniskt bearbeta eller tekniskt lagra uppgifterna kan 10 kap. 2 a § OSL (från 2023-07-01) ge stöd för utlämnandet, om det inte med hänsyn till omständigheterna är olämpligt. Använder leverantören uppgifterna till mer än så, t.ex. för egna ändamål, gäller inte bestämmelsen.", "If the provider is only to process or store the information technically on the body's behalf, OSL ch. 10 s. 2 a (from 2023-07-01) can support the disclosure unless it is inappropriate in the circumstances. If the provider uses the information for more than that, e.g. its own purposes, the provision does not apply."), Some(RuleId::R2)),
    ("services[].alternatives_examined", StaticText("Har myndigheten prövat om verksamheten kan fullgöras utan utlämnandet eller med mindre utlämnande, t.ex. i egen drift eller med färre uppgifter? Finns ett sådant alternativ talar det emot att utlämnandet är nödvändigt enligt 10 kap. 2 § OSL, som tillämpas restriktivt.", "Has the body examined whether the activity can be carried out without the disclosure or with less of it, e.g. on its own servers or with fewer data? If so, that speaks against the disclosure being necessary under OSL ch. 10 s. 2, which is applied restrictively."), Some(RuleId::R2)),
    ("services[].protective_security.sarskild_bedomning", StaticText("Säkerhetsskyddslagen: särskild säkerhetsskyddsbedömning före upphandling eller utkontraktering (4 kap. från 2021-12-01, tidigare 2 kap.).", "Protective Security Act: a special protective-security assessment before procurement or outsourcing (ch. 4 from 2021-12-01, earlier ch. 2)."), Some(RuleId::R1)),
    ("services[].protective_security.lamplighetsprovning", StaticText("Säkerhetsskyddslagen 4 kap. (från 2021-12-01): prövning av om leverantören är lämplig; en part under utländsk kontroll som når klartext kan inte godtas.", "Protective Security Act ch. 4 (from 2021-12-01): a test of whether the supplier is suitable; a party under foreign control reaching clear text cannot be accepted."), Some(RuleId::R1)),
    ("services[].protective_security.sakerhetsskyddsavtal", StaticText("Säkerhetsskyddsavtal med leverantören; krävs från klassen konfidentiell, inte för begränsat hemlig.", "A protective-security agreement with the supplier; required from the class confidential, not for restricted."), Some(RuleId::R1)),
    ("services[].protective_security.samrad", StaticText("Samråd med eller anmälan till tillsynsmyndigheten i de fall 4 kap. anger (från 2021-12-01).", "Consultation with or notification of the supervisory authority where chapter 4 requires it (from 2021-12-01)."), Some(RuleId::R1)),
    ("information_types[].security_classified", StaticText("Säkerhetsskyddsklassificerade uppgifter får inte läggas i en molntjänst utan säkerhetsskyddets process.", "Security-classified information may not be put in a cloud service without the protective security process."), Some(RuleId::R1)),
    ("information_types[].aggregation_risk", StaticText("Uppgifter som var för sig är öppna kan bli säkerhetsskyddsklassificerade när de sammanställs.", "Information open item by item can become security-classified when compiled."), Some(RuleId::R1)),
    ("information_types[].secrecy.strength", StaticText("Skaderekvisitet avgör hur starkt skyddet är: absolut, omvänt (stark) eller rakt.", "The damage test decides how strong the protection is: absolute, reverse (strong) or straight."), Some(RuleId::R2)),
    ("information_types[].personal_data", StaticText("Även namn, e-postadresser och IP-adresser är personuppgifter; känsliga (art. 9) kräver mer.", "Names, e-mail and IP addresses are personal data too; special categories (art. 9) need more."), Some(RuleId::R12)),
    ("information_types[].retention", StaticText("Uppgifter som ligger kvar länge i tjänsten exponeras längre.", "Data kept long in the service is exposed longer."), Some(RuleId::R16)),
    ("information_types[].security_class", StaticText("Säkerhetsskyddsavtal krävs från klassen konfidentiell och uppåt, inte för begränsat hemlig (R1).", "A protective-security agreement is required from confidential upwards, not for restricted (R1)."), Some(RuleId::R1)),
    ("information_types[].metadata_secret", StaticText("Enligt t.ex. 26 kap. 1 § OSL är redan uppgiften att någon är klient sekretessbelagd. Då är metadata som leverantören ser (vem som kommunicerar, filnamn) också ett utlämnande (R2).", "Under e.g. OSL ch. 26 s. 1 the mere fact that someone is a client is secret. Metadata the provider sees (who communicates, file names) is then a disclosure too (R2)."), Some(RuleId::R2)),
    ("information_types[].infrastructure", StaticText("En sammanställning av uppgifter om infrastruktur kan vara säkerhetsskyddsklassificerad även om varje uppgift är öppen. Då avgör säkerhetsskyddsanalysen bedömningen (R1).", "A compilation of information about infrastructure can be security-classified even if each item is public. The security analysis then decides the verdict (R1)."), Some(RuleId::R1)),
    ("information_types[].core_records", StaticText("Journaler och akter hör hemma i ett verksamhetssystem; molntjänsten får inte ersätta det.", "Records and case files belong in a core system; the cloud service must not replace it."), Some(RuleId::R17)),
];

/// The registry's help for the field at a concrete path (`services[#0].parties[#1].jurisdiction`).
pub fn help(path: &str) -> Option<&'static (&'static str, StaticText, Option<RuleId>)> {
    let fact = pattern(path);
    FACT_HELP.iter().find(|(p, _, _)| *p == fact)
}

/// The supplier questionnaire's yes/no questions about a service's contract and certifications, in
/// the order asked (`analysis::questionnaire` asks each whose fact is unknown); `{scc}` stands for the
/// clauses of the legal date. A fact added here is asked without a change to the questionnaire.
pub const SUPPLIER_QUESTIONS: &[(&str, &str, &str)] = &[
    (
        "services[].contract.dpa",
        "Finns ett personuppgiftsbiträdesavtal enligt art. 28?",
        "Is there a processor agreement under art. 28?",
    ),
    (
        "services[].contract.unilateral_change",
        "Kan ni ändra avtalsvillkoren ensidigt?",
        "Can you change the terms unilaterally?",
    ),
    (
        "services[].contract.subprocessor_notice",
        "Listas underbiträden, med förhandsbesked och rätt att invända?",
        "Are sub-processors listed, with prior notice and a right to object?",
    ),
    ("services[].contract.audit_rights", "Har kunden rätt till revision?", "Does the customer have audit rights?"),
    (
        "services[].contract.deletion_return",
        "Raderas eller återlämnas data när avtalet upphör?",
        "Is data deleted or returned when the contract ends?",
    ),
    (
        "services[].contract.scc",
        "Omfattas överföringar av standardavtalsklausuler ({scc})?",
        "Are transfers covered by standard contractual clauses ({scc})?",
    ),
    (
        "services[].contract.challenge_requests",
        "Åtar ni er att bestrida myndighetsbegäranden om kunddata?",
        "Do you commit to challenging authority requests for customer data?",
    ),
    (
        "services[].contract.notify_requests",
        "Åtar ni er att underrätta kunden om myndighetsbegäranden där det är tillåtet?",
        "Do you commit to notifying the customer of authority requests where allowed?",
    ),
    (
        "services[].contract.transparency_reports",
        "Publicerar ni transparensrapporter om myndighetsbegäranden?",
        "Do you publish transparency reports on authority requests?",
    ),
    (
        "services[].contract.exit_plan",
        "Finns en exitplan och dataportabilitet?",
        "Is there an exit plan and data portability?",
    ),
    (
        "services[].certifications.iso27001",
        "Är tjänsten certifierad enligt ISO/IEC 27001 (bifoga certifikat och revisionsrapport)?",
        "Is the service certified under ISO/IEC 27001 (attach the certificate and audit report)?",
    ),
    (
        "services[].certifications.soc2",
        "Är tjänsten certifierad enligt SOC 2 (bifoga certifikat och revisionsrapport)?",
        "Is the service certified under SOC 2 (attach the certificate and audit report)?",
    ),
    (
        "services[].certifications.bsi_c5",
        "Är tjänsten certifierad enligt BSI C5 (bifoga certifikat och revisionsrapport)?",
        "Is the service certified under BSI C5 (attach the certificate and audit report)?",
    ),
];

/// "Vad krävs för grönt": a contract fact as a requirement a procurement can set, with the answer it
/// asks for (JSON), in the order proposed. `analysis::improve` tries each; a fact added here is
/// proposed without a change there. (The clauses and the TIA go together there, as one requirement.)
pub const CONTRACT_REQUIREMENTS: &[(&str, &str, &str, &str)] = &[
    (
        "services[].contract.dpa",
        "true",
        "Ett personuppgiftsbiträdesavtal enligt art. 28 ska finnas.",
        "A processor agreement under art. 28 must be in place.",
    ),
    (
        "services[].contract.unilateral_change",
        "false",
        "Leverantören ska inte ensidigt kunna ändra avtalsvillkoren.",
        "The provider must not be able to change the terms unilaterally.",
    ),
    (
        "services[].contract.subprocessor_notice",
        "true",
        "Underbiträden ska listas, med förhandsbesked och rätt att invända.",
        "Sub-processors must be listed, with prior notice and a right to object.",
    ),
    (
        "services[].contract.audit_rights",
        "true",
        "Myndigheten ska ha rätt till revision.",
        "The body must have audit rights.",
    ),
];

/// The first questions of a new assessment (issue 14): who provides and owns the service, who can
/// read the data, where it lies, who holds the keys, and what the information is. Until each is
/// answered – "vet ej" is an answer, so answers are kept apart from values – the result shows
/// "ej ifyllt" instead of a verdict. Paths as in `FACTS`.
pub const FIRST_QUESTIONS: &[&str] = &[
    "services[].parties[].jurisdiction",
    "services[].parties[].access",
    "services[].components[].data_location",
    "services[].components[].key_control",
    "information_types[].personal_data",
    "information_types[].security_classified",
];

/// A concrete path as a registry path: list indexes and keys dropped
/// (`services[#0].parties[Microsoft].access` → `services[].parties[].access`).
pub fn pattern(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut in_index = false;
    for c in path.chars() {
        match c {
            '[' => {
                in_index = true;
                out.push_str("[]");
            }
            ']' => in_index = false,
            c if !in_index => out.push(c),
            _ => {}
        }
    }
    out
}

/// The first questions not yet answered, as registry facts (for their labels).
pub fn first_unanswered(answered: &std::collections::BTreeSet<String>) -> Vec<&'static Fact> {
    FIRST_QUESTIONS
        .iter()
        .filter(|p| !answered.contains(**p))
        .filter_map(|p| FACTS.iter().find(|f| f.path == *p))
        .collect()
}

impl Fact {
    /// The part of the path below `services[]` or `information_types[]`.
    pub fn relative(&self) -> (&'static str, &'static str) {
        let (head, rest) = self.path.split_once("[].").unwrap_or((self.path, ""));
        (head, rest)
    }
}

/// Calls `f` on every value at `path` (segments separated by `.`, `name[]` for every element),
/// with its concrete path (`prefix` followed by the segments, `services[0].parties[1].access`).
pub fn visit(v: &mut Value, path: &str, prefix: &str, f: &mut dyn FnMut(&mut Value, &str)) {
    let mut concrete = String::with_capacity(prefix.len() + path.len() + 8);
    concrete.push_str(prefix);
    visit_in(v, path, &mut concrete, f);
}

/// [`visit`] with the concrete path so far in `concrete`, one buffer for the whole walk: the
/// bounding of unknowns walks every fact of every service and information type, and a path
/// written for every value visited was a tenth of its cost (issue 15).
fn visit_in(v: &mut Value, path: &str, concrete: &mut String, f: &mut dyn FnMut(&mut Value, &str)) {
    use std::fmt::Write;
    let (head, rest) = match path.split_once('.') {
        Some((h, r)) => (h, Some(r)),
        None => (path, None),
    };
    let (name, array) = match head.strip_suffix("[]") {
        Some(n) => (n, true),
        None => (head, false),
    };
    let Some(field) = v.get_mut(name) else { return };
    let at = concrete.len();
    concrete.push('.');
    concrete.push_str(name);
    let mut one = |t: &mut Value, concrete: &mut String| match rest {
        Some(r) => visit_in(t, r, concrete, f),
        None => f(t, concrete),
    };
    if !array {
        one(field, concrete);
    } else if let Some(items) = field.as_array_mut() {
        let named = concrete.len();
        for (i, item) in items.iter_mut().enumerate() {
            let _ = write!(concrete, "[{i}]");
            one(item, concrete);
            concrete.truncate(named);
        }
    }
    concrete.truncate(at);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Assessment, Tri};

    /// A contract requirement asks for a registered fact's most favourable answer.
    #[test]
    fn contract_requirements_ask_for_the_favourable_answer() {
        for (path, value, sv, en) in CONTRACT_REQUIREMENTS {
            let fact = FACTS.iter().find(|f| f.path == *path).unwrap_or_else(|| panic!("{path}"));
            assert_eq!(fact.favourable.map(|o| o[0]), Some(*value), "{path}");
            assert!(path.starts_with("services[].contract.") && sv.ends_with('.') && en.ends_with('.'), "{path}");
        }
    }

    /// Every yes/no fact is a field of exactly one scope: the part of the format its path ends in.
    #[test]
    fn every_yes_no_fact_is_a_field_of_its_scope_only() {
        for fact in FACTS.iter().filter(|f| f.kind == FactKind::Tri) {
            let (scope, field) = fact.path.rsplit_once('.').unwrap();
            assert!(yes_no_fields(scope).any(|(f, n)| std::ptr::eq(f, fact) && n == field), "{}", fact.path);
            let (outer, _) = scope.rsplit_once('.').unwrap_or(("", ""));
            assert!(yes_no_fields(outer).all(|(f, _)| !std::ptr::eq(f, fact)), "{}", fact.path);
        }
    }

    /// Help belongs to registered facts, in the registry's order (so once each), and a concrete
    /// path – with indexes or keys, as the form and its edits write it – finds the fact's help.
    #[test]
    fn fact_help_is_found_from_a_concrete_path() {
        let mut last = None;
        for entry in FACT_HELP {
            let (path, text, _) = entry;
            let at = FACTS.iter().position(|f| f.path == *path);
            assert!(at.is_some() && at > last, "{path}: inte registrerad eller ur ordning");
            last = at;
            assert!(!text.0.is_empty() && !text.1.is_empty(), "{path}");
            let concrete = path.replacen("[]", "[#0]", 1).replace("[]", "[Microsoft Corp.]");
            assert_eq!(help(&concrete), Some(entry), "{concrete}");
        }
        assert_eq!(help("services[#0].components[#1].support_from[#0]"), None);
    }

    /// The questionnaire's registry questions ask about registered yes/no facts, once each.
    #[test]
    fn supplier_questions_are_registry_yes_no_facts() {
        for (i, (path, sv, en)) in SUPPLIER_QUESTIONS.iter().enumerate() {
            let fact = FACTS.iter().find(|f| f.path == *path).unwrap_or_else(|| panic!("{path}"));
            assert_eq!(fact.kind, FactKind::Tri, "{path}");
            assert!(sv.ends_with('?') && en.ends_with('?'), "{path}");
            assert!(SUPPLIER_QUESTIONS[..i].iter().all(|(p, _, _)| p != path), "{path}");
        }
    }

    /// The first questions are registry facts, and an edit's concrete path answers its fact.
    #[test]
    fn first_questions_are_registry_facts_answered_by_their_paths() {
        let none = std::collections::BTreeSet::new();
        assert_eq!(first_unanswered(&none).len(), FIRST_QUESTIONS.len(), "every first question is in FACTS");
        assert_eq!(pattern("services[#0].parties[Microsoft Corp.].access"), "services[].parties[].access");
        let answered: std::collections::BTreeSet<String> =
            ["services[#0].components[#1].key_control", "information_types[info-1].personal_data"]
                .iter()
                .map(|p| pattern(p))
                .collect();
        let left: Vec<&str> = first_unanswered(&answered).iter().map(|f| f.path).collect();
        assert!(
            !left.contains(&"services[].components[].key_control")
                && !left.contains(&"information_types[].personal_data")
        );
        assert_eq!(left.len(), FIRST_QUESTIONS.len() - 2);
    }

    /// Every path names a field of the public format, and every choice value is a serde name of it:
    /// set each favourable value into a preset at the path and parse it back.
    #[test]
    fn every_path_resolves_and_every_value_is_a_serde_name() {
        let mut a = crate::presets::preset("zoomx-2022-stockholm").unwrap().assessment();
        // Every optional part present, so that every path has something to resolve to.
        for s in &mut a.services {
            s.parties.iter_mut().for_each(|p| p.access_from.push(crate::model::Location::unknown()));
            s.components.iter_mut().for_each(|c| c.support_from.push(crate::model::Location::unknown()));
        }
        let json = serde_json::to_value(&a).unwrap();
        for fact in FACTS {
            for value in fact.favourable.unwrap_or(&["\"unknown\""]) {
                let mut v = json.clone();
                let mut touched = 0;
                let value: serde_json::Value = serde_json::from_str(value).unwrap();
                let (head, rest) = fact.path.split_once("[].").unwrap();
                for item in v[head].as_array_mut().unwrap() {
                    visit(item, rest, head, &mut |x, _| {
                        *x = value.clone();
                        touched += 1;
                    });
                }
                assert!(touched > 0, "{} finns inte i förinställningen", fact.path);
                let back: Result<Assessment, _> = serde_json::from_value(v);
                assert!(back.is_ok(), "{} = {value}: {:?}", fact.path, back.err());
            }
            assert!(fact.rules.iter().all(|&r| crate::rules::rule(r).is_some()), "{}", fact.path);
        }
        // Tri facts take the format's true/false.
        assert_eq!(serde_json::to_string(&Tri::Yes).unwrap(), YES_BEST[0]);
    }
}
