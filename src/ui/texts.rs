//! The UI's own texts, Swedish and English, in one place. Rule texts live with their rules; labels
//! of model values in `model::labels`.

/// A UI text in both languages.
pub use crate::model::StaticText as T;
use crate::rules::RuleId;

// Page frame
pub const APP_TITLE: T = T("Molnbedömning", "Cloud assessment");
pub const TAGLINE: T = T(
    "Får molntjänsten hålla era sekretessbelagda uppgifter och personuppgifter? Bedömningen görs helt i din webbläsare – inget skickas någonstans.",
    "May the cloud service hold your secret and personal data? The assessment runs entirely in your browser – nothing is sent anywhere.",
);
pub const SWITCH_LANGUAGE: T = T("In English", "På svenska");
pub const STEPS: T = T("Steg", "Steps");
pub const START_BUTTON: T = T("Start", "Start");
pub const START_HEADING: T = T("Börja en bedömning", "Start an assessment");
pub const START_LEAD: T = T(
    "Beskriv tjänsten och informationen, så bedöms per informationsslag om tjänsten får hålla den – sekretess, tredjelandsöverföring, personuppgiftsbiträde, säkerhetsskydd och informationssäkerhet – med regler, källor och vad som krävs. Allt stannar i din webbläsare.",
    "Describe the service and the information, and each information type is assessed for whether the service may hold it – secrecy, third-country transfer, processor, protective security and information security – with rules, sources and what is needed. Everything stays in your browser.",
);
pub const START_CONTINUE: T = T("Fortsätt med utkastet", "Continue the draft");
pub const START_CONTINUE_HELP: T =
    T("Utkastet är sparat i den här webbläsaren.", "The draft is stored in this browser.");
pub const START_NEW: T = T("Ny bedömning", "New assessment");
pub const START_NEW_HELP: T = T(
    "Börja med organisationen och gå igenom tjänsten och informationen steg för steg. Det du inte vet kan du svara ”vet ej” på.",
    "Start with the organisation and go through the service and the information step by step. What you do not know you can answer \"unknown\".",
);
pub const START_IMPORT: T = T("Öppna en fil", "Open a file");
pub const START_IMPORT_HELP: T = T(
    "En bedömning som exporterats som JSON (6 Rapport → Exportera) eller skrivits för bedom-verktyget.",
    "An assessment exported as JSON (6 Report → Export) or written for the bedom tool.",
);
pub const START_EXAMPLES: T = T("Öppna ett exempel", "Open an example");
pub const START_EXAMPLES_HELP: T = T(
    "Verkliga bedömningar från svenska kommuner, som de beskrevs då. Varje exempel bedöms vid sitt historiska rättsläge, inte dagens.",
    "Real assessments by Swedish municipalities, as described then. Each example is assessed at its historical legal date, not today's.",
);
pub const EXAMPLE_LEGAL_DATE: T = T("EXEMPEL – rättsläge", "EXAMPLE – legal date");
pub const REPLACE_DRAFT_WARNING: T = T(
    "Det ersätter ditt utkast i den här webbläsaren. Exportera det först (6 Rapport) om du vill behålla det.",
    "This replaces your draft in this browser. Export it first (6 Report) if you want to keep it.",
);
pub const REPLACE_DRAFT: T = T("Ersätt utkastet", "Replace the draft");
pub const UNTITLED: T = T("utan rubrik", "untitled");
pub const KEY_COVERAGE: T = T("Nyckelkontroll per komponent (R7)", "Key control per component (R7)");
pub const UNKNOWN_COVERAGE: T = T("Vet ej", "Unknown");
pub const KEY_COVERAGE_SOURCES: T = T(
    "Källor: EDPB:s rekommendationer 01/2020 v2.0, bilaga 2, användningsfall 1 (lagring med nyckel hos exportören) och 6 (klartext hos leverantören); regel R6 och R7. Varje jämförelse ändrar bara den komponenten.",
    "Sources: EDPB Recommendations 01/2020 v2.0, annex 2, use cases 1 (storage with the key at the exporter) and 6 (clear text at the provider); rules R6 and R7. Each comparison changes that component only.",
);
pub const DIFF: T = T("Jämför med en annan bedömning", "Compare with another assessment");
pub const DIFF_HELP: T = T(
    "Läs in en annan bedömningsfil (t.ex. en annan kommuns, eller en tidigare version). För varje bedömning som skiljer sig visas orsaken: fakta, trösklar, tolkningsprofil eller rättsläge. Filen stannar i webbläsaren.",
    "Load another assessment file (e.g. another municipality's, or an earlier version). For each verdict that differs the cause is shown: facts, thresholds, interpretation profile or legal date. The file stays in the browser.",
);
pub const DIFF_IMPORT: T = T("Bedömningsfil att jämföra med (JSON)", "Assessment file to compare with (JSON)");
pub const DIFF_AGAINST: T = T("Jämförs med", "Compared with");
pub const DIFF_NONE: T = T("Inga skillnader i fakta eller bedömningar.", "No differences in facts or verdicts.");
pub const DIFF_CAUSE: T = T("orsak:", "cause:");
pub const DIFF_FACTS: T = T("Fakta som skiljer", "Facts that differ");
pub const DIFF_UNMATCHED: T =
    T("Celler som bara finns i den här / i den andra bedömningen", "Cells only in this / only in the other assessment");
pub const DISMISS: T = T("Stäng meddelandet", "Close the message");
pub const ESTIMATE: T = T("Uppskattning", "Estimate");
pub const POLICY: T = T("verktygets policy, inte lag", "the tool's policy, not law");

// Steps
pub const VIEW_ORGANISATION: T = T("1 Organisation och profil", "1 Organisation and profile");
pub const VIEW_SERVICE: T = T("2 Tjänst", "2 Service");
pub const VIEW_INFORMATION: T = T("3 Information", "3 Information");
pub const VIEW_RESULT: T = T("4 Resultat", "4 Result");
pub const VIEW_COMPARE: T = T("5 Jämförelse", "5 Comparison");
pub const VIEW_ANALYSES: T = T("Analyser", "Analyses");
pub const VIEW_REPORT: T = T("6 Rapport", "6 Report");
pub const VIEW_ACCESSIBILITY: T = T("Tillgänglighetsredogörelse", "Accessibility statement");

// Organisation and profile
pub const TITLE: T = T("Ärendets rubrik", "Title of the matter");
pub const DIARIENUMMER: T = T("Diarienummer", "Reference number");
pub const MEMO_PARTICULARS: T = T("Tjänsteskrivelsens uppgifter", "The memo's particulars");
pub const MEMO_DATE: T = T("Datum", "Date");
pub const HANDLAGGARE: T = T("Handläggare", "Prepared by");
pub const SEND_TO: T = T("Beslutet skickas till", "The decision is sent to");
pub const ORG_NAME: T = T("Organisation", "Organisation");
pub const ORG_KIND: T = T("Typ av organisation", "Kind of organisation");
pub const NAMND: T = T("Nämnd som äger informationen", "Board that owns the information");
pub const NAMND_HELP: T = T(
    "Varje nämnd är en egen myndighet (OSL 8 kap. 1 §) och personuppgiftsansvarig.",
    "Each board is its own authority (OSL ch. 8 s. 1) and controller.",
);
pub const INTERNAL_IT: T = T("Egen IT-organisation som driver tjänsten", "Own IT organisation running the service");
pub const USERS: T = T("Antal användare i organisationen", "Number of users in the organisation");
pub const USERS_HELP: T =
    T("Används för sannolikhetsuppskattningen (R13).", "Used for the probability estimate (R13).");
pub const CYBER_ACT: T =
    T("Omfattas av cybersäkerhetslagen (2025:1506)", "Covered by the Cybersecurity Act (2025:1506)");
pub const CYBER_ACT_HELP: T = T("Varje kommun och region omfattas.", "Every municipality and region is covered.");
pub const LEGAL_DATE: T = T("Rättsläge per", "Legal state as of");
pub const LEGAL_DATE_HELP: T = T(
    "Bedömningen görs enligt rättsläget detta datum. Välj ett äldre datum för att återskapa en tidigare bedömning.",
    "The assessment applies the legal state on this date. Choose an earlier date to reproduce an earlier assessment.",
);
pub const TODAY: T = T("Dagens rättsläge", "Today's legal state");
pub const KNOWLEDGE_DATE: T = T("Verktygets rättsläge känt till", "Tool's legal knowledge up to");
pub const PROFILE: T = T("Tolkningsprofil för sekretessfrågan", "Interpretation profile for secrecy");
pub const THRESHOLDS: T = T("Trösklar", "Thresholds");
pub const THRESHOLDS_HELP: T = T(
    "Standardvärdena är verktygets egen policy – inte lag och inte KLASSA. Ändra dem efter er egen riskaptit.",
    "The defaults are the tool's own policy – not law and not KLASSA. Change them to your own risk appetite.",
);
pub const P_LOW: T = T("Låg sannolikhet upp till (%)", "Low probability up to (%)");
pub const P_ELEVATED: T = T("Förhöjd sannolikhet upp till (%)", "Elevated probability up to (%)");
pub const HORIZON: T = T("Tidshorisont (år)", "Horizon (years)");
pub const OLAMPLIG_LIMIT: T = T(
    "Antal olämplighetsfaktorer som gör användningen olämplig",
    "Number of inappropriateness factors that make use inappropriate",
);
pub const K_NO_CLOUD: T =
    T("KLASSA K-nivå som inte får ligga i publikt moln", "KLASSA C level not allowed in a public cloud");
pub const K_OWN_KEYS: T = T("KLASSA K-nivå som kräver egna nycklar", "KLASSA C level that requires own keys");

// Service
pub const SERVICE: T = T("Tjänst", "Service");
pub const SERVICE_NAME: T = T("Tjänstens namn", "Name of the service");
pub const SERVICE_KIND: T = T("Typ av tjänst", "Kind of service");
pub const PROVIDER_TASK: T = T("Leverantörens uppdrag", "The provider's task");
pub const NECESSITY_BASIS: T = T(
    "Varför det är nödvändigt för verksamheten att lämna uppgifterna till tjänsten",
    "Why handing the information to the service is necessary for the activity",
);
pub const OWN_USE: T =
    T("Leverantörens egna ändamål med innehåll och tjänstedata", "Provider's own use of content and service data");
pub const OWN_USE_HELP: T = T(
    "T.ex. produktutveckling, telemetri, AI-träning. Då är leverantören personuppgiftsansvarig för den användningen (R23).",
    "E.g. product development, telemetry, AI training. The provider is then a controller for that use (R23).",
);
pub const PARTIES: T = T("Parter i leveranskedjan", "Parties in the delivery chain");
pub const PARTY_NAME: T = T("Namn", "Name");
pub const ROLE: T = T("Roll", "Role");
pub const JURISDICTION: T =
    T("Landet vars lag bolaget lyder under (jurisdiktion)", "Country whose law the company is under (jurisdiction)");
pub const PARENT: T = T("Ägs av (moderbolag)", "Owned by (parent)");
pub const ACCESS: T = T("Kan läsa era uppgifter (åtkomst i klartext)", "Can read your data (clear-text access)");
pub const ACCESS_HELP: T = T(
    "Genom drift, support eller nyckelhantering, före kundkontrollerade nycklar.",
    "Through operations, support or key handling, before customer-controlled keys.",
);
pub const PRIVACY_SHIELD: T = T("Certifierad enligt EU–US Privacy Shield", "Certified under the EU–US Privacy Shield");
pub const NOT_FILLED_IN: T = T("Ej ifyllt", "Not filled in");
pub const NOT_FILLED_IN_LEAD: T = T(
    "Bedömningen visas när de första frågorna är besvarade, så att ingen bedömning vilar på uppgifter ni inte har tagit ställning till. ”Vet ej” är också ett svar.",
    "The verdict is shown once the first questions are answered, so that no verdict rests on facts you have not considered. \"Unknown\" is an answer too.",
);
pub const SHOW_WITH_UNKNOWN: T =
    T("Visa bedömningen med dessa som ”vet ej”", "Show the verdict with these as \"unknown\"");
pub const COMPUTING: T = T("Beräknas …", "Computing …");
pub const MORE_DETAILS: T = T("Fler uppgifter", "More details");
pub const DPF: T =
    T("Certifierad enligt EU–US Data Privacy Framework", "Certified under the EU–US Data Privacy Framework");
pub const COMPONENTS: T = T("Komponenter och funktioner", "Components and features");
pub const COMPONENT_NAME: T = T("Komponent", "Component");
pub const DATA_LOCATION: T = T("Data lagras i (land)", "Data stored in (country)");
pub const KEY_CONTROL: T =
    T("Vem har krypteringsnycklarna (nyckelkontroll)", "Who holds the encryption keys (key control)");
pub const NEEDS_CLEARTEXT: T = T(
    "Måste leverantören kunna läsa uppgifterna för att tjänsten ska fungera (klartext hos leverantören)",
    "Must the provider be able to read the data for the service to work (clear text at the provider)",
);
pub const CONTROLS_CLIENT: T = T(
    "Leverantören styr klientprogramvaran som skapar nycklarna",
    "The provider controls the client software that creates the keys",
);
pub const ENABLED: T =
    T("Används funktionen hos er (påslagen)", "Is the feature used in your organisation (switched on)");
pub const CONTROLS: T = T("Åtkomstgodkännande (t.ex. Customer Lockbox)", "Access approval (e.g. Customer Lockbox)");
pub const CONTROL_COVERS: T = T("Täcker komponenterna", "Covers the components");
pub const REQUESTER_IS_APPROVER: T =
    T("Samma personer begär och godkänner åtkomst", "The same people request and approve access");
pub const ADMIN_BYPASS: T =
    T("Leverantörens administratörer kan kringgå kontrollen", "The provider's administrators can bypass the control");
pub const VERIFIED: T = T("Effekten är verifierad (inte bara utlovad)", "The effect is verified (not only promised)");
pub const CONTRACT: T = T("Avtal", "Contract");
pub const DPA: T = T("Personuppgiftsbiträdesavtal (art. 28)", "Processor agreement (art. 28)");
pub const SCC: T = T("Standardavtalsklausuler (SCC)", "Standard contractual clauses (SCC)");
pub const TIA: T = T("Överföringsbedömning (TIA) gjord", "Transfer impact assessment done");
pub const CERTIFICATIONS: T = T("Certifieringar och granskning", "Certifications and review");
pub const CONFIGURATION: T = T("Er egen konfiguration", "Your own configuration");
pub const CONFIGURATION_HELP: T = T(
    "Uppgifter om er säkerhetskonfiguration kan vara sekretessbelagda (OSL 18 kap. 8 §).",
    "Details of your security configuration may be secret (OSL ch. 18 s. 8).",
);
pub const PROTECTIVE_SECURITY: T = T("Säkerhetsskyddad upphandling", "Protective-security procurement");
pub const PROVENANCE: T = T("Hur vet ni det (källa)", "How do you know (source)");
pub const RECHECK_DUE: T = T("Ska kontrolleras igen – datumet har passerats", "Due for re-check – the date has passed");
pub const ADD_PARTY: T = T("Lägg till part", "Add party");
pub const ADD_COMPONENT: T = T("Lägg till komponent", "Add component");
pub const ADD_SERVICE: T = T("Lägg till tjänst att jämföra", "Add a service to compare");
pub const REMOVE: T = T("Ta bort", "Remove");
pub const NEW_PARTY: T = T("Ny part", "New party");
pub const NEW_COMPONENT: T = T("Ny komponent", "New component");
pub const NEW_SERVICE: T = T("Ny tjänst", "New service");

// Information
pub const INFORMATION: T = T("Information", "Information");
pub const INFO_NAME: T = T("Informationstyp", "Information type");
pub const SECURITY_CLASSIFIED: T = T("Säkerhetsskyddsklassificerad", "Security-classified");
pub const AGGREGATION: T = T("Blir klassificerad när den sammanställs", "Becomes classified when compiled");
pub const AGGREGATION_HELP: T = T(
    "T.ex. en karta över VA-nätet: varje uppgift är öppen, sammanställningen kan vara säkerhetsskyddsklassificerad.",
    "E.g. a map of the water network: each item is open, the compilation can be security-classified.",
);
pub const SECRECY_PROVISION: T =
    T("Sekretessbestämmelse i OSL (tomt = ingen sekretess)", "OSL secrecy provision (empty = not secret)");
pub const SECRECY_PROVISION_HELP: T = T(
    "T.ex. 26 kap. 1 § (socialtjänst), 25 kap. 1 § (hälso- och sjukvård).",
    "E.g. ch. 26 s. 1 (social services), ch. 25 s. 1 (health care).",
);
pub const SECURITY_CLASS: T = T(
    "Vilken säkerhetsskyddsklass (säkerhetsskyddslagen 2 kap. 5 §)",
    "Which protective-security class (Protective Security Act ch. 2 s. 5)",
);
pub const INFRASTRUCTURE: T = T(
    "Gäller uppgifterna infrastruktur – ledningsnät, vatten, energi, lokaler",
    "Does the information concern infrastructure – networks, water, energy, premises",
);
pub const METADATA_SECRET: T = T(
    "Är redan uppgiften att någon förekommer hemlig (t.ex. att någon är klient eller patient)",
    "Is the mere fact that someone appears secret (e.g. that someone is a client or patient)",
);
pub const SECRECY_STRENGTH: T =
    T("Hur starkt sekretesskyddet är (skaderekvisit)", "How strong the secrecy is (damage test)");
pub const PERSONAL_DATA: T = T("Personuppgifter", "Personal data");
pub const KLASSA_K: T = T("KLASSA konfidentialitet (K)", "KLASSA confidentiality (C)");
pub const KLASSA_R: T = T("KLASSA riktighet (R)", "KLASSA integrity (I)");
pub const KLASSA_T: T = T("KLASSA tillgänglighet (T)", "KLASSA availability (A)");
pub const RETENTION: T = T("Lagringstid i tjänsten", "Retention in the service");
pub const CORE_RECORDS: T = T(
    "Hör hemma i ett verksamhetssystem (journal, socialtjänst)",
    "Belongs in a core system (records, social services)",
);
pub const HELD_IN: T =
    T("Finns i komponenterna (inget valt = alla påslagna)", "Held in the components (none chosen = all switched on)");
pub const ADD_INFO: T = T("Lägg till informationstyp", "Add information type");
pub const NEW_INFO: T = T("Ny informationstyp", "New information type");

// Result
pub const RESULT: T = T("Resultat", "Result");
pub const PLAN_PAGE: T = T(
    "Tabellen visar åtgärderna för tjänsterna på sidan ovan; kopieringen tar med hela planen.",
    "The table shows the measures for the services on the page above; copying takes the whole plan.",
);
pub const SERVICE_PAGES: T = T("Tjänstsidor", "Service pages");
pub const PREVIOUS_SERVICES: T = T("Föregående tjänster", "Previous services");
pub const NEXT_SERVICES: T = T("Nästa tjänster", "Next services");
/// "Tjänst 11–20 av 50", with the numbers put in by the view.
pub const SERVICES_SHOWN: T = T("Tjänst {from}–{to} av {n}", "Services {from}–{to} of {n}");
pub const INFO_PAGES: T = T("Sidor med informationstyper", "Information type pages");
pub const PREVIOUS_INFOS: T = T("Föregående informationstyper", "Previous information types");
pub const NEXT_INFOS: T = T("Nästa informationstyper", "Next information types");
pub const INFOS_SHOWN: T = T("Informationstyp {from}–{to} av {n}", "Information types {from}–{to} of {n}");
pub const OVERALL: T = T("Samlad bedömning", "Overall");
pub const RULES_DECIDED: T = T("Regler som avgjorde", "Rules that decided");
pub const SOURCES: T = T("Källor", "Sources");
pub const POLICY_SHORT: T = T("policy", "policy");
pub const POLICY_BINDING: T = T(
    "Myndigheten har antagit verktygets policy som sin egen (policyn kan då ge Inte tillåtet eller Underlag saknas)",
    "The body has adopted the tool's policy as its own (the policy can then give Not allowed or Needs information)",
);
pub const POLICY_DECIDES: T =
    T("Verktygets policy, inte lag, avgör denna bedömning", "The tool's policy, not law, decides this verdict");
pub const WRITTEN_LATER: T = T(
    "Skrivet efter rättsläget (inte underlag för bedömningen)",
    "Written after the legal date (not a basis of the assessment)",
);
pub const MEASURES: T = T("Åtgärder", "Measures");
pub const QUESTIONS: T = T("Frågor", "Questions");
pub const TO_SUPPLIER: T = T("till leverantören", "to the supplier");
pub const TO_ORGANISATION: T = T("till er själva", "to your own organisation");
pub const ALSO_CONSIDERED: T = T("Även prövat", "Also considered");
pub const CHOOSE_CELL: T = T(
    "Välj en samlad bedömning i tabellen för att se resonemanget, reglerna och källorna.",
    "Choose an overall verdict in the table to see the reasoning, rules and sources.",
);
pub const ACTION_PLAN: T = T("Åtgärdsplan", "Action plan");
pub const SUPPLIER_QUESTIONS: T = T("Frågor till leverantören", "Questions to the supplier");
pub const OWN_QUESTIONS: T = T("Frågor att utreda internt", "Questions to resolve internally");
pub const COPY: T = T("Kopiera som text", "Copy as text");
pub const COPIED: T = T("Kopierat till urklipp.", "Copied to the clipboard.");
pub const COPY_REQUIREMENTS: T = T("Kopiera kraven som upphandlingstext", "Copy the requirements for a procurement");
pub const NONE: T = T("Inga.", "None.");
pub const RULE: T = T("Regel", "Rule");

// Comparison
pub const COMPARE_SERVICES: T = T("Tjänsterna sida vid sida", "Services side by side");
pub const COMPARE_PROFILES: T = T("Vad ändras mellan tolkningsprofilerna", "What changes between the profiles");
pub const COMPARE_TODAY: T = T("Jämför med dagens rättsläge", "Compare with today's legal state");
pub const NO_CHANGES: T = T("Inga bedömningar ändras.", "No verdict changes.");
pub const CHOSEN_PROFILE: T = T(" (vald profil)", " (chosen profile)");

// Analyses
pub const PROBABILITY: T =
    T("Sannolikhet för utländsk myndighetsåtkomst (R13)", "Probability of foreign lawful access (R13)");
pub const NO_ESTIMATE: T = T(
    "Ingen uppskattning behövs: ingen tjänst har information som är sekretessbelagd eller kan innehålla personuppgifter.",
    "No estimate is needed: no service holds information that is secret or may contain personal data.",
);
pub const NO_ESTIMATE_FOR: T = T("Utan uppskattning, och varför", "Without an estimate, and why");
pub const NO_ESTIMATE_HELP: T = T(
    "Underlaget anges under 2 Tjänst, ”Underlag för sannolikheten”: leverantörens transparenssiffror (med antalet användare under 1 Organisation) eller egna sannolikhetsfaktorer.",
    "The basis is entered under 2 Service, \"Basis for the probability\": the provider's transparency figures (with the number of users under 1 Organisation) or your own probability factors.",
);
pub const COVERAGE: T = T("Vad åtkomstkontrollerna täcker (R8)", "What the access controls cover (R8)");
pub const IMPROVE: T = T("Vad krävs för grönt", "What makes it green");
pub const IMPROVE_HELP: T = T(
    "De minsta uppsättningarna ändrade fakta som gör varje röd bedömning tillåten med villkor – formulerade som krav för en upphandling.",
    "The smallest sets of changed facts that make each red verdict allowed with conditions – phrased as procurement requirements.",
);
pub const WATCH: T = T("Bevakningslista", "Watch-list");
pub const WATCH_HELP: T = T(
    "Vilka bedömningar ändras om ett rättsligt antagande ändras.",
    "Which verdicts change if a legal assumption changes.",
);
pub const QUESTIONNAIRE: T = T("Frågeformulär till leverantören", "Questionnaire for the supplier");
pub const QUESTIONNAIRE_HELP: T = T(
    "Formuläret innehåller bara frågorna om leverantörens okända fakta – aldrig era egna uppgifter. Svaren läses in som påstådda fakta med källa och datum.",
    "The questionnaire holds only the questions about the supplier's unknown facts – never your own data. Answers are imported as claimed facts with source and date.",
);
pub const DOWNLOAD_QUESTIONNAIRE: T = T("Ladda ned formulär (JSON)", "Download questionnaire (JSON)");
pub const IMPORT_ANSWERS: T = T("Läs in leverantörens svar (JSON)", "Import the supplier's answers (JSON)");

// Report
pub const REPORT: T = T("Beslutsunderlag", "Decision memo");
pub const PRINT: T = T("Skriv ut / spara som PDF", "Print / save as PDF");
pub const INTERNAL_VERSION: T = T("Intern version", "Internal version");
pub const PUBLIC_VERSION: T = T(
    "Offentlig version (utan säkerhetskonfiguration, OSL 18 kap. 8 §)",
    "Public version (without security configuration, OSL ch. 18 s. 8)",
);
pub const EXPORT_MD: T = T("Ladda ned som Markdown", "Download as Markdown");
pub const EXPORT_JSON: T = T("Exportera bedömningen (JSON)", "Export the assessment (JSON)");
pub const IMPORT_JSON: T = T("Importera bedömning (JSON)", "Import assessment (JSON)");
pub const IMPORT_FAILED: T =
    T("Filen kunde inte läsas in; ingenting har ändrats.", "The file could not be imported; nothing has changed.");
pub const IMPORTED: T = T("Bedömningen är inläst.", "The assessment is imported.");
pub const LINK_OPENED: T = T("Länkens bedömning är öppnad.", "The link's assessment is open.");
pub const CHECK_FIELDS: T = T(
    "Kontrollera de här fälten (äldre eller tveksamma värden lästes om):",
    "Please check these fields (older or doubtful values were read anew):",
);
pub const UNKNOWN_COUNTRY: T = T("Okänt", "Unknown");
pub const SOURCE_TEXT: T = T("Källa (dokument, avsnitt)", "Source (document, section)");
pub const SOURCE_DATE: T = T("Källans datum", "Date of the source");
pub const RECHECK: T = T("Kontrolleras igen senast", "Re-check by");
pub const OPERATOR: T = T("Vem sköter driften (operatör)", "Who runs it (operator)");
pub const ADD_CONTROL: T = T("Lägg till åtkomstkontroll", "Add access control");
pub const NOT_STATED: T = T("ingen uppgift", "not stated");
pub const SECRET: T = T("Omfattas av sekretess enligt OSL", "Covered by secrecy under OSL");
pub const COPY_FAILED: T = T(
    "Webbläsaren tillät inte kopiering; markera texten och kopiera själv.",
    "The browser did not allow copying; select the text and copy it yourself.",
);
pub const OWNER: T = T("Ansvarig", "Owner");
pub const DUE: T = T("Klart senast", "Due");
pub const STATUS: T = T("Status", "Status");
pub const PLAN_HELP: T = T(
    "Ange ansvarig, datum och status för varje åtgärd. Uppgifterna sparas i bedömningen och följer med i länkar, filer och rapporten.",
    "Give each measure an owner, a due date and a status. They are saved in the assessment and travel with links, files and the report.",
);
pub const PLAN_OWNER_FOR: T = T("Ansvarig för åtgärd", "Owner of measure");
pub const PLAN_DUE_FOR: T = T("Klart senast, åtgärd", "Due date of measure");
pub const PLAN_STATUS_FOR: T = T("Status för åtgärd", "Status of measure");
pub const PLAN_BAD_DATE: T =
    T("Datumet kunde inte läsas: ange det som ÅÅÅÅ-MM-DD.", "The date could not be read: give it as YYYY-MM-DD.");
pub const NO_LONGER_PROPOSED: T = T("föreslås inte längre", "no longer proposed");
pub const PROFILE_TABLE_HELP: T = T(
    "Tabellen visar sekretessbedömningen (OSL) under varje profil; den valda profilen är markerad.",
    "The table shows the secrecy verdict (OSL) under each profile; the chosen profile is marked.",
);
pub const BANDS_ARE_POLICY: T = T("banden är verktygets policy, inte lag", "the bands are the tool's policy, not law");
pub const SENSITIVITY: T = T("Känslighet (÷10 / ×10)", "Sensitivity (÷10 / ×10)");
pub const COVERED: T = T("Täcks", "Covered");
pub const NOT_COVERED: T = T("Täcks inte", "Not covered");
pub const NOTHING_WITHIN_REACH: T =
    T("Ingen uppsättning med högst tre ändringar räcker.", "No set of at most three changes is enough.");
pub const RESULTING: T = T("Samlad bedömning med kraven uppfyllda:", "Overall verdict with the requirements met:");
pub const NO_RED_CELLS: T = T("Ingen bedömning är Inte tillåtet.", "No verdict is Not allowed.");
pub const ANSWERS_IMPORTED: T = T("svar inlästa som påstådda fakta.", "answers imported as claimed facts.");
pub const DOWNLOAD_QUESTIONNAIRE_TEXT: T = T("Ladda ned som text", "Download as text");
pub const REPORT_VERSION: T = T("Version", "Version");
pub const PUBLIC_NOTE: T = T(
    "Offentlig version. Uppgifter om säkerhetskonfiguration (egen konfiguration, nyckelhantering, åtkomstkontroller) är utelämnade, OSL 18 kap. 8 §.",
    "Public version. Security configuration details (own configuration, key handling, access controls) are left out, OSL ch. 18 s. 8.",
);
pub const INTERNAL_NOTE: T = T(
    "Intern version. Innehåller uppgifter om säkerhetskonfiguration som kan omfattas av sekretess enligt OSL 18 kap. 8 §.",
    "Internal version. Contains security configuration details that may be secret under OSL ch. 18 s. 8.",
);
pub const SUMMARY: T = T("Sammanfattning", "Summary");
pub const PROPOSAL: T = T("Förslag till beslut", "Proposed decision");
pub const ASSESSMENT: T = T("Bedömning", "Assessment");
pub const DECISION_BASIS: T = T("Beslutsunderlag", "Decision basis");
pub const THIS_MEMO: T = T("Denna tjänsteskrivelse", "This memo");
pub const OMITTED: T = T(
    "Motivering om säkerhetskonfiguration utelämnad (OSL 18 kap. 8 §).",
    "Reasoning on security configuration left out (OSL ch. 18 s. 8).",
);
pub const DECISION: T = T("Beslut och riskacceptans", "Decision and risk acceptance");
pub const DECISION_TEXT: T = T(
    "Bedömningen är en rekommendation. Beslutet fattas av den som har delegation och dokumenteras här.",
    "The assessment is a recommendation. The decision is taken by whoever holds the delegation and is recorded here.",
);
pub const DECIDED_BY: T = T("Beslutsfattare", "Decision maker");
pub const DECISION_DATE: T = T("Datum för beslut", "Date of decision");
pub const ACCEPTED_RISKS: T = T("Accepterade restrisker", "Accepted residual risks");
pub const DECISION_CONDITIONS: T = T("Villkor för beslutet", "Conditions of the decision");
pub const PRODUCED_WITH: T = T(
    "Framtagen med Molnbedömning. Bedömningen gjordes helt i webbläsaren; inga uppgifter skickades någonstans.",
    "Produced with Molnbedömning. The assessment ran entirely in the browser; no data was sent anywhere.",
);

// Accessibility statement
pub const A11Y_P1: T = T(
    "Den organisation som tillhandahåller Molnbedömning står bakom den här webbplatsen och vill att så många som möjligt ska kunna använda den.",
    "The organisation that provides Molnbedömning stands behind this website and wants as many people as possible to be able to use it.",
);
pub const A11Y_P2: T = T(
    "Webbplatsen är utformad för att uppfylla WCAG 2.1 nivå AA (EN 301 549 V3.2.1), som lagen (2018:1937) om tillgänglighet till digital offentlig service kräver.",
    "The website is designed to meet WCAG 2.1 level AA (EN 301 549 V3.2.1), as the Swedish Act (2018:1937) on accessibility to digital public services requires.",
);
pub const A11Y_P3: T = T(
    "Hela flödet kan användas med enbart tangentbord, alla fält har etiketter, bedömningar visas med text och symbol – inte bara färg – och sidan fungerar förstorad till 200 %.",
    "The whole flow can be used with the keyboard alone, every field has a label, verdicts are shown with text and a symbol – not colour alone – and the page works zoomed to 200 %.",
);
pub const A11Y_P4: T = T(
    "Om du inte kan använda någon del av webbplatsen, kontakta den organisation som tillhandahåller den (kontaktuppgifter fylls i av den som publicerar verktyget).",
    "If you cannot use any part of the website, contact the organisation that provides it (contact details are completed by whoever publishes the tool).",
);
pub const A11Y_P5: T = T(
    "Myndigheten för digital förvaltning (Digg) har tillsyn över lagen. Du kan anmäla brister till Digg.",
    "The Agency for Digital Government (Digg) supervises the Act. You can report shortcomings to Digg.",
);
pub const A11Y_KNOWN_HEADING: T = T("Kända brister", "Known shortcomings");
pub const A11Y_KNOWN_1: T = T(
    "Diagrammet över sannolikhet visas också som tabell; diagrammet i sig är inte fullständigt beskrivet för skärmläsare.",
    "The probability chart is also shown as a table; the chart itself is not fully described for screen readers.",
);
pub const A11Y_KNOWN_2: T = T(
    "Regeltexterna är långa; en kortare sammanfattning per bedömning saknas ännu.",
    "The rule texts are long; a shorter summary per verdict is not yet available.",
);
pub const A11Y_TESTED_HEADING: T = T("Hur vi har testat", "How we tested");
pub const A11Y_TESTED: T = T(
    "Varje vy granskas automatiskt med axe-core i en webbläsare vid varje bygge, och flödet testas med enbart tangentbord. Automatiska tester hittar inte alla brister, så sidan granskas också manuellt.",
    "Every view is checked automatically with axe-core in a browser on every build, and the flow is tested with the keyboard alone. Automated tests do not find every shortcoming, so the page is also reviewed by hand.",
);
pub const YES: T = T("Ja", "Yes");
pub const NO: T = T("Nej", "No");
pub const UNKNOWN: T = T("Vet ej", "Unknown");

// Sharing and the draft
pub const SHARE: T = T("Dela och spara", "Share and save");
pub const SHARE_BUTTON: T = T("Dela", "Share");
pub const SHARE_EXPLAIN: T = T(
    "Hela bedömningen ligger i länken, efter #. Den delen skickas aldrig till någon webbserver – men en länk som klistras in i e-post eller chatt lagras av den tjänsten (kanske just den leverantör ni bedömer), kan bli en allmän handling, sparas i webbläsarens historik och visas i förhandsvisningar. Skydda allt internt med lösenfras.",
    "The whole assessment is in the link, after #. That part is never sent to any web server – but a link pasted into e-mail or chat is stored by that service (perhaps the very provider you are assessing), may become a public record, stays in the browser history and shows in previews. Protect anything internal with a passphrase.",
);
pub const SHARE_KIND: T = T("Vad ska länken innehålla?", "What should the link contain?");
pub const SHARE_PASS: T = T("Lösenfrasskyddad länk (rekommenderas)", "Passphrase-protected link (recommended)");
pub const SHARE_PASS_HELP: T = T(
    "Krypteras i webbläsaren (AES-GCM, nyckel från PBKDF2-SHA256 med 600 000 iterationer). Lämna lösenfrasen på annat sätt än länken.",
    "Encrypted in the browser (AES-GCM, key from PBKDF2-SHA256 with 600,000 iterations). Give the passphrase by another channel than the link.",
);
pub const SHARE_PUBLIC: T = T("Utan säkerhetskonfiguration", "Without security configuration");
pub const SHARE_PUBLIC_HELP: T = T(
    "Er egen konfiguration, åtkomstkontroller, nyckelhantering och påslagna funktioner tas bort (OSL 18 kap. 8 §).",
    "Your own configuration, access controls, key handling and enabled features are removed (OSL ch. 18 s. 8).",
);
pub const SHARE_FULL: T = T("Hela bedömningen, oskyddad", "The whole assessment, unprotected");
pub const SHARE_FULL_HELP: T = T("Bara för uppgifter som får vara öppna.", "Only for information that may be open.");
pub const PASSPHRASE: T = T("Lösenfras", "Passphrase");
pub const PASSPHRASE_HELP: T =
    T("Minst 12 tecken; gärna flera ord.", "At least 12 characters; several words are good.");
pub const PASSPHRASE_TOO_SHORT: T =
    T("Lösenfrasen måste ha minst 12 tecken.", "The passphrase must have at least 12 characters.");
pub const CRYPTO_FAILED: T = T("Webbläsaren kunde inte kryptera länken.", "The browser could not encrypt the link.");
pub const MAKE_LINK: T = T("Skapa länk", "Make link");
pub const LINK: T = T("Länk", "Link");
pub const CHARACTERS: T = T("tecken", "characters");
pub const LINK_TOO_LONG: T = T(
    "Länken är längre än 2 000 tecken och kan klippas av i e-post och Teams. Skicka hellre JSON-filen.",
    "The link is longer than 2,000 characters and may be cut in e-mail and Teams. Send the JSON file instead.",
);
pub const COPY_LINK: T = T("Kopiera länken", "Copy the link");
pub const DRAFT: T = T("Utkast i den här webbläsaren", "Draft in this browser");
pub const AUTOSAVE: T = T("Spara utkast automatiskt", "Save a draft automatically");
pub const AUTOSAVE_HELP: T = T(
    "Utkastet sparas bara i den här webbläsaren. Stäng av på delade datorer och där profilen kopieras till en filserver.",
    "The draft is stored only in this browser. Turn off on shared computers and where the profile is copied to a file server.",
);
pub const CLEAR_DRAFT: T = T("Radera utkastet", "Delete the draft");
pub const DRAFT_CLEARED: T = T("Utkastet är raderat ur webbläsaren.", "The draft is deleted from the browser.");
pub const LINK_ARRIVED: T = T("Du har öppnat en länk", "You opened a link");
pub const LINK_OR_DRAFT: T = T(
    "Länken innehåller en annan bedömning än den du arbetar med. Ditt utkast ändras inte förrän du väljer.",
    "The link holds a different assessment from the one you are working on. Your draft is not changed until you choose.",
);
pub const OPEN_LINK: T = T("Öppna länkens bedömning", "Open the link's assessment");
pub const KEEP_DRAFT: T = T("Behåll mitt utkast", "Keep my draft");
pub const CANCEL: T = T("Avbryt", "Cancel");
pub const PUBLIC_LINK_OPENED: T = T(
    "Detta är den publika versionen av en bedömning: myndighetens säkerhetskonfiguration (nyckelhantering, åtkomstkontroller, inställningar och påslagna funktioner) är utelämnad (OSL 18 kap. 8 §). Bedömningarna kan därför skilja sig från den fullständiga bedömningen.",
    "This is the public version of an assessment: the body's security configuration (key handling, access controls, settings and enabled features) is left out (OSL ch. 18 s. 8). The verdicts may therefore differ from the full assessment.",
);
pub const BACK_TO_FORM: T = T("← Tillbaka dit du var", "← Back to where you were");
pub const SKIP_TO_CONTENT: T = T("Hoppa till innehållet", "Skip to content");
pub const UPDATE_AVAILABLE_UNSAVED: T = T(
    "En ny version av Molnbedömning finns. Autosparning är avstängd: exportera bedömningen (6 Rapport) innan du uppdaterar, annars går arbetet förlorat.",
    "A new version of Molnbedömning is available. Autosave is off: export the assessment (6 Report) before you update, or the work is lost.",
);
pub const LINK_LOCKED: T = T("Länken är skyddad med lösenfras.", "The link is protected with a passphrase.");
pub const UNLOCK: T = T("Lås upp", "Unlock");
pub const LINK_BROKEN: T =
    T("Länken kunde inte läsas; ditt utkast är orört.", "The link could not be read; your draft is untouched.");
pub const UPDATE_AVAILABLE: T = T(
    "En ny version av Molnbedömning finns. Ditt arbete finns kvar efter uppdateringen (utkastet i den här webbläsaren).",
    "A new version of Molnbedömning is available. Your work is kept through the update (the draft in this browser).",
);
pub const UPDATE: T = T("Uppdatera nu", "Update now");
pub const SUPPLIER_FORM: T = T("Frågor till leverantören", "Questions to the supplier");
pub const SUPPLIER_FORM_HELP: T = T(
    "Myndigheten behöver svar på dessa frågor om er tjänst. Formuläret innehåller bara frågorna – inget om myndighetens egen bedömning – och svaren stannar i din webbläsare tills du laddar ned dem och skickar filen till myndigheten.",
    "The public body needs answers to these questions about your service. The form holds only the questions – nothing of the body's own assessment – and the answers stay in your browser until you download them and send the file to the body.",
);
pub const NOT_ANSWERED: T = T("(inte besvarad)", "(not answered)");
pub const ANSWER_SOURCE: T =
    T("Källa för svaren (dokument, avsnitt, vem som svarar)", "Source of the answers (document, section, who answers)");
pub const DOWNLOAD_ANSWERS: T = T("Ladda ned svaren (JSON)", "Download the answers (JSON)");
pub const SUPPLIER_LINK: T = T("Formulärlänk till leverantören", "Questionnaire link for the supplier");
pub const SUPPLIER_LINK_HELP: T = T(
    "Länken innehåller bara de öppna frågorna om leverantörens uppgifter, aldrig era egna. Svaren läses in under Analyser.",
    "The link holds only the open questions about the supplier's facts, never your own. Import the answers under Analyses.",
);

/// Help for a field that is not a registry fact (a fact's help is the registry's,
/// `facts::FACT_HELP`), keyed by the last segment of its path: what to answer and why it matters,
/// with the rule the knowledge base should open (`None` when the field is not decided by one rule).
pub static FIELD_HELP: &[(&str, T, Option<RuleId>)] = &[
    ("title", T("Ärendets rubrik som den ska stå i tjänsteskrivelsen.", "The title of the matter as it will appear in the memo."), Some(RuleId::R22)),
    ("diarienummer", T("Diarienumret som beslutet registreras under.", "The registration number the decision is filed under."), Some(RuleId::R22)),
    ("memo.date", T("Tjänsteskrivelsens datum. Det är inte rättsläget: det väljs i steg 1.", "The memo's date. It is not the legal date, which is chosen in step 1."), Some(RuleId::R22)),
    ("memo.handlaggare", T("Den som har tagit fram underlaget och kan svara på frågor om det.", "Whoever prepared the memo and can answer questions about it."), Some(RuleId::R22)),
    ("memo.send_to", T("Vilka som ska få beslutet, t.ex. nämnden, dataskyddsombudet, informationssäkerhetsfunktionen, förvaltningen som använder tjänsten.", "Who receives the decision, e.g. the board, the DPO, the information security function, the department that uses the service."), Some(RuleId::R22)),
    ("name", T("Namnet som visas i resultatet och rapporten.", "The name shown in the result and the report."), None),
    ("organisation.kind", T("Avgör vilka regler som gäller organisationen, t.ex. kommunallagens delegering.", "Decides which rules apply to the organisation, e.g. delegation under the Local Government Act."), Some(RuleId::R22)),
    ("services.kind", T("Publikt moln, egen drift eller samhällsmoln: avgör bl.a. om KLASSA-nivån tillåter tjänsten.", "Public cloud, own operation or community cloud: decides among other things whether the KLASSA level allows the service."), Some(RuleId::R15)),
    ("covered_by_cybersecurity_act", T("Verksamheter som omfattas ska hantera risker i leveranskedjan (cybersäkerhetslagen 2025:1506).", "Covered entities must manage supply-chain risks (Cybersecurity Act 2025:1506)."), Some(RuleId::R21)),
    ("legal_date", T("Datumet vars rättsläge bedömningen tillämpar; äldre datum återskapar en tidigare bedömning.", "The date whose legal state the assessment applies; an earlier date reproduces an earlier assessment."), Some(RuleId::R4)),
    ("probability_low_percent", T("Verktygets policy, inte lag: gränsen för låg sannolikhet över horisonten.", "The tool's policy, not law: the limit of a low probability over the horizon."), Some(RuleId::R13)),
    ("probability_elevated_percent", T("Verktygets policy, inte lag: gränsen mellan förhöjd och hög sannolikhet.", "The tool's policy, not law: the limit between elevated and high probability."), Some(RuleId::R13)),
    ("horizon_years", T("Hur många år sannolikheten räknas över, t.ex. lagringstiden.", "How many years the probability is computed over, e.g. the retention period."), Some(RuleId::R13)),
    ("olamplighet_factor_limit", T("Verktygets policy: hur många olämplighetsfaktorer som gör användningen olämplig (10 kap. 2 a § OSL).", "The tool's policy: how many unsuitability factors make the use unsuitable (OSL 10:2 a)."), Some(RuleId::R2)),
    ("policy_binding", T("Utan detta ger verktygets egna policyer (t.ex. KLASSA-gränser, inte i publikt moln) högst ett villkor – de är inte lag.", "Without this the tool's own policies (e.g. KLASSA limits, not in a public cloud) give at most a condition – they are not law."), Some(RuleId::R15)),
    ("klassa_k_no_public_cloud", T("Konfidentialitetsnivå enligt KLASSA som inte får ligga i publikt moln.", "KLASSA confidentiality level that may not be held in a public cloud."), Some(RuleId::R15)),
    ("klassa_k_requires_own_keys", T("Konfidentialitetsnivå enligt KLASSA som kräver egna nycklar.", "KLASSA confidentiality level that requires own keys."), Some(RuleId::R15)),
    ("role", T("Leverantör, moderbolag, driftoperatör, support eller underbiträde: rollen avgör vilken åtkomst parten har.", "Provider, parent, operator, support or sub-processor: the role decides the party's access."), Some(RuleId::R9)),
    ("parent", T("Ägarkedjan: ett amerikanskt moderbolag kan göra ett europeiskt dotterbolag skyldigt att lämna ut uppgifter.", "The ownership chain: a US parent can make a European subsidiary obliged to disclose data."), Some(RuleId::R3)),
    ("operator", T("Parten som driver komponenten (installation, uppdateringar, nycklar).", "The party that operates the component (installation, updates, keys)."), Some(RuleId::R2)),
    ("requester_is_approver", T("Godkänner samma personer som begär åtkomst ger kontrollen ingen åtskillnad i ansvar.", "If the same people request and approve access the control gives no separation of duties."), Some(RuleId::R8)),
    ("admin_bypass", T("Kan leverantörens administratörer kringgå kontrollen skyddar den inte mot dem.", "If the provider's administrators can bypass the control it does not protect against them."), Some(RuleId::R8)),
    ("verified", T("Är effekten bara utlovad räknas kontrollen högst som ett villkor att verifiera.", "If the effect is only promised the control counts at most as a condition to verify."), Some(RuleId::R8)),
    ("provision", T("Bestämmelsen i offentlighets- och sekretesslagen, t.ex. 26 kap. 1 §; tomt om uppgifterna inte är sekretessbelagda.", "The provision of the Public Access and Secrecy Act, e.g. 26 kap. 1 §; empty if the information is not secret."), Some(RuleId::R2)),
    ("klassa_k", T("Konfidentialitetsnivå 0–4 enligt KLASSA; avgör vilka säkerhetskrav som gäller.", "Confidentiality level 0–4 under KLASSA; decides which security requirements apply."), Some(RuleId::R15)),
    ("klassa_r", T("Riktighetsnivå enligt KLASSA.", "Integrity level under KLASSA."), Some(RuleId::R15)),
    ("klassa_t", T("Tillgänglighetsnivå enligt KLASSA.", "Availability level under KLASSA."), Some(RuleId::R15)),
    ("internal_it_party", T("Er egen IT-organisation (IT-nämnd, kommunalförbund, bolag) är en egen part: varje nämnd är en egen myndighet (8 kap. 1 § OSL).", "Your own IT organisation (IT board, municipal association, company) is a party of its own: each board is an authority of its own (OSL ch. 8 s. 1)."), Some(RuleId::R2)),
    ("date", T("Datum då källan gavs eller lästes.", "Date the source was given or read."), None),
    ("period", T("Perioden som transparensrapportens siffror gäller.", "The period the transparency report's figures cover."), Some(RuleId::R11)),
    ("enterprise_requests", T("Antal begäranden om företagskonton i världen under perioden, ur leverantörens rapport.", "Requests for enterprise accounts worldwide in the period, from the provider's report."), Some(RuleId::R11)),
    ("rejected_or_redirected", T("Hur många av dem leverantören avslog eller hänvisade vidare.", "How many of them the provider rejected or redirected."), Some(RuleId::R11)),
    ("outside_home_country", T("Hur många gällde data utanför leverantörens hemland.", "How many concerned data outside the provider's home country."), Some(RuleId::R11)),
    ("total_users", T("Leverantörens användare totalt; delar antalet begäranden (antagande om slumpmässigt mål, en uppskattning).", "The provider's users in total; divides the number of requests (assumes a random target, an estimate)."), Some(RuleId::R13)),
    ("interest_per_year", T("Er bedömning, 0–1: en utländsk myndighet vill ha just era uppgifter inom ett år.", "Your estimate, 0–1: a foreign authority wants your data within a year."), Some(RuleId::R13)),
    ("request_to_provider", T("Er bedömning, 0–1: den begär dem av leverantören snarare än av er.", "Your estimate, 0–1: it asks the provider rather than you."), Some(RuleId::R13)),
    ("not_resisted", T("Er bedömning, 0–1: leverantören lyckas inte stå emot eller hänvisa vidare.", "Your estimate, 0–1: the provider does not resist or redirect successfully."), Some(RuleId::R13)),
    ("cleartext", T("Er bedömning, 0–1: uppgifterna finns i klartext hos leverantören (se nyckelkontroll, R7).", "Your estimate, 0–1: the data is in clear text at the provider (see key control, R7)."), Some(RuleId::R13)),
    ("necessity_basis", T("Myndighetens egen motivering enligt 10 kap. 2 § OSL: varför verksamheten inte kan fullgöras utan att uppgifterna lämnas till tjänsten (enbart kostnads- eller effektivitetsskäl räcker i regel inte). R2 citerar motiveringen i sitt resonemang.", "The body's own reasons under OSL ch. 10 s. 2: why the activity cannot be carried out without giving the information to the service (cost or efficiency alone is as a rule not enough). R2 quotes them in its reasoning."), Some(RuleId::R2)),
    ("status", T("Påstått, avtalat, verifierat eller antaget: avgör hur mycket uppgiften väger.", "Claimed, contracted, verified or assumed: decides how much the fact weighs."), None),
    ("source", T("Var uppgiften kommer ifrån (avtal, leverantörens webbsida, revisionsrapport) – så att den kan kontrolleras.", "Where the fact comes from (contract, supplier's web page, audit report) – so it can be checked."), None),
    ("recheck", T("Efter detta datum flaggas uppgiften för ny kontroll.", "After this date the fact is flagged for a new check."), None),
];

/// The help and knowledge-base rule for a field path: the fact registry's for a registered fact,
/// else FIELD_HELP's, where a key "parent.field" (indices dropped) is looked up first, then "field".
pub fn field_help(path: &str) -> Option<&'static (&'static str, T, Option<RuleId>)> {
    if let Some(help) = crate::model::facts::help(path) {
        return Some(help);
    }
    let mut plain = String::new();
    let mut in_index = false;
    for c in path.chars() {
        match c {
            '[' => in_index = true,
            ']' => in_index = false,
            c if !in_index => plain.push(c),
            _ => {}
        }
    }
    let mut parts = plain.rsplit('.');
    let last = parts.next().unwrap_or_default();
    let two = parts.next().map(|parent| format!("{parent}.{last}"));
    two.and_then(|k| FIELD_HELP.iter().find(|(key, _, _)| *key == k))
        .or_else(|| FIELD_HELP.iter().find(|(key, _, _)| *key == last))
}
pub const PROVENANCE_HELP: T = T(
    "Påstått (leverantören säger det), avtalat (står i avtalet), verifierat (kontrollerat) eller antaget. Ett avgörande faktum som bara är påstått ger högst Tillåtet med villkor.",
    "Claimed (the supplier says so), contracted (in the contract), verified (checked) or assumed. A decisive fact that is only claimed gives at most Allowed with conditions.",
);
pub const SECRET_HELP: T = T(
    "Omfattas uppgifterna av sekretess enligt offentlighets- och sekretesslagen? Då avgör R2 om tjänsten innebär ett röjande.",
    "Are the data secret under the Public Access and Secrecy Act? Then R2 decides whether the service means a disclosure.",
);
pub const HELD_IN_HELP: T = T(
    "Kryssa för de komponenter som ska hålla informationen; inget kryss betyder alla påslagna komponenter.",
    "Tick the components that will hold the information; no tick means every component switched on.",
);
pub const ESTIMATE_INPUTS: T =
    T("Underlag för sannolikheten (R11, R13) – uppskattningar", "Basis for the probability (R11, R13) – estimates");
pub const ESTIMATE_INPUT_HELP: T = T(
    "Utan underlag kan sannolikheten för utländsk myndighetsåtkomst inte uppskattas; verktyget gissar inte.",
    "Without a basis the probability of foreign lawful access cannot be estimated; the tool does not guess.",
);
pub const HAS_TRANSPARENCY: T =
    T("Leverantörens transparenssiffror finns", "The provider's transparency figures exist");
pub const HAS_FACTORS: T = T("Vi anger egna sannolikhetsfaktorer", "We state our own probability factors");
pub const T_PERIOD: T = T("Period (t.ex. H1 2018)", "Period (e.g. H1 2018)");
pub const T_REQUESTS: T = T("Begäranden om företagskonton", "Requests for enterprise accounts");
pub const T_REJECTED: T = T("Varav avslagna eller omdirigerade", "Of which rejected or redirected");
pub const T_OUTSIDE: T =
    T("Varav data utanför leverantörens hemland", "Of which data outside the provider's home country");
pub const T_USERS: T = T("Användare totalt", "Users in total");
pub const F_INTEREST: T =
    T("Myndighet vill ha våra uppgifter inom ett år (0–1)", "An authority wants our data within a year (0–1)");
pub const F_REQUEST: T = T("Den vänder sig till leverantören (0–1)", "It turns to the provider (0–1)");
pub const F_NOT_RESISTED: T =
    T("Leverantören lyckas inte stå emot (0–1)", "The provider does not resist successfully (0–1)");
pub const F_CLEARTEXT: T = T("Leverantören har klartext (0–1)", "The provider has clear text (0–1)");
pub const READ_MORE: T = T("Läs mer om regeln", "Read more about the rule");
pub const KNOWLEDGE_BASE: T = T("Regler och källor", "Rules and sources");
pub const KNOWLEDGE_BASE_INTRO: T = T(
    "Verktygets regler med förklaring och rättskällor. Fälten i formulären länkar hit till regeln som avgör dem.",
    "The tool's rules with explanation and legal sources. The form fields link here to the rule that decides them.",
);
