//! Questions that more than one rule puts (to the supplier or to the body) about the same fact. Each fact is asked in
//! one wording, so the memo's and the cell's question lists (deduplicated by text) ask it once, and
//! under one slug (the key is `<rule>.<slug>`, with the rule that asks it).

use crate::model::Text;
use crate::text;

/// `services[].parties[].jurisdiction` and `parent`: under which country's law a party is formed
/// (its seat can be ambiguous for a foreign company) and who owns or controls it.
pub fn formed_and_owned(party: &str) -> Text {
    text!(
        "Enligt vilket lands lag har {party} bildats, och vilka bolag äger eller kontrollerar {party} direkt eller indirekt (hela kedjan till yttersta moderbolaget)?",
        "Under which country's law was {party} formed, and which companies own or control {party} directly or indirectly (the whole chain up to the ultimate parent)?"
    )
}

/// The slug of [`formed_and_owned`]'s question.
pub const FORMED_AND_OWNED: &str = "jurisdiktion";

/// `services[].own_use_of_content`.
pub fn own_use(service: &str) -> Text {
    text!(
        "Använder ni innehåll, metadata, telemetri eller diagnostikdata från {service} för egna ändamål (t.ex. AI-träning, produktutveckling, analys)? Vilka, och kan myndigheten stänga av dem?",
        "Do you use content, metadata, telemetry or diagnostic data from {service} for your own purposes (e.g. AI training, product improvement, analytics)? Which ones, and can the body switch them off?"
    )
}

/// The slug of [`own_use`]'s question.
pub const OWN_USE: &str = "egen-anvandning";

/// `services[].transparency`: the provider's figures on authority requests.
pub fn transparency_figures() -> Text {
    Text::new(
        "Hur många myndighetsbegäranden om företagskunders data fick ni senaste halvåret, hur många avvisades eller omdirigerades, hur många gällde data utanför ert hemland, hur många beslut om nationell säkerhet (t.ex. FISA) redovisar ni och i vilka intervall, och hur många användare har tjänsten? Ange källa och datum.",
        "How many authority requests for enterprise customers' data did you receive in the last half year, how many were rejected or redirected, how many concerned data outside your home country, how many national-security orders (e.g. FISA) do you report and in which ranges, and how many users does the service have? State source and date.",
    )
}

/// The slug of [`transparency_figures`]'s question.
pub const TRANSPARENCY_FIGURES: &str = "transparensdata";

/// `information_types[].personal_data`, asked of the body itself.
pub fn personal_data(info: &str) -> Text {
    text!(
        "Innehåller {info} personuppgifter (även namn, e-postadresser eller IP-adresser), och i så fall känsliga (art. 9) eller om lagöverträdelser (art. 10)?",
        "Does {info} hold personal data (including names, e-mail or IP addresses), and if so special categories (art. 9) or criminal data (art. 10)?"
    )
}

/// The slug of [`personal_data`]'s question.
pub const PERSONAL_DATA: &str = "personuppgifter";
