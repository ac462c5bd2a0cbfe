//! Word lists the entity tagger classifies with: keyword heads, titles, demonyms, stop words.

/// Last words that make a name an organisation.
pub const ORG_HEADS: &[&str] = &[
    "service", "services", "forces", "force", "ministry", "council", "party", "movement", "army", "corps", "guard", "guards", "front", "state",
    "organization", "organisation", "committee", "court", "institute", "agency", "militia", "mobilization", "mobilisation", "units", "unit",
    "coalition", "union", "bank", "university", "parliament", "government", "assembly", "commission", "office", "directorate", "division",
    "battalion", "battalions", "brigade", "brigades", "regiment", "group", "police", "judiciary", "authority", "administration", "department",
    "command", "network", "alliance", "bloc", "company", "corporation", "association", "federation", "league", "nations", "foundation", "center",
    "centre", "houthis", "taliban", "hezbollah", "hizballah", "hamas", "qaeda", "daesh", "isis", "isil", "pmf", "cabinet", "senate", "congress",
    "tribunal", "commandos", "intelligence",
];

/// Words anywhere in a name that make it an organisation (militia names).
pub const ORG_WORDS: &[&str] = &[
    "kataib", "kata'ib", "asaib", "asa'ib", "harakat", "hezbollah", "hizballah", "hizbollah", "ansar", "saraya", "jaish", "hashd", "badr", "nujaba",
    "liwa", "hamas", "qaeda", "sadrist", "houthi", "houthis", "peshmerga", "sepah",
];

/// Last words that make a name a place.
pub const PLACE_HEADS: &[&str] = &[
    "river", "street", "square", "bridge", "airport", "base", "dam", "guesthouse", "palace", "zone", "province", "governorate", "district", "camp",
    "mosque", "shrine", "hospital", "hotel", "gulf", "sea", "valley", "mountains", "mountain", "crossing", "desert", "plain", "island", "road",
    "highway", "embassy", "consulate", "prison", "stadium", "building", "hall", "field", "port", "refinery", "neighborhood", "neighbourhood",
    "city", "town", "village", "strait", "canal", "lake", "oilfield", "compound", "checkpoint", "gate",
];

/// Last words that make a name an "other" entity (programmes, weapons, platforms, publications).
pub const OTHER_HEADS: &[&str] = &[
    "forum", "grenades", "grenade", "missile", "missiles", "rocket", "rockets", "drone", "drones", "program", "programme", "platform", "spotlight",
    "initiative", "agreement", "accord", "plan", "operation", "law", "act", "treaty", "protocol", "resolution", "conference", "summit", "report",
    "project", "doctrine", "deal", "strategy", "index", "fund", "podcast", "magazine", "journal", "newspaper", "post", "times", "channel", "tv",
];

/// Titles and roles that precede a person's name (never part of it).
pub const TITLES: &[&str] = &[
    "prime", "minister", "president", "gen", "gen.", "general", "sheikh", "shaykh", "ayatollah", "grand", "mr", "mr.", "mrs", "ms", "dr", "dr.",
    "col", "col.", "colonel", "brig", "brig.", "brigadier", "commander", "lt", "lt.", "lieutenant", "maj", "maj.", "major", "speaker", "judge",
    "imam", "sayyed", "sayyid", "king", "prince", "emir", "crown", "foreign", "defense", "defence", "interior", "secretary", "deputy", "vice",
    "senator", "sen.", "rep.", "ambassador", "envoy", "chief", "leader", "head", "director", "chairman", "spokesman", "spokesperson", "cleric",
    "premier", "officer", "senior", "former", "late", "capt", "capt.", "captain", "sgt", "sergeant", "mullah", "supreme", "governor", "mayor",
    "mp", "lawmaker", "staff", "u.s.", "us", "state",
];

/// Nationality adjectives and languages: descriptors, not names.
pub const DEMONYMS: &[&str] = &[
    "iraqi", "iraqis", "iranian", "iranians", "syrian", "syrians", "american", "americans", "kurdish", "kurd", "kurds", "turkish", "israeli",
    "israelis", "lebanese", "saudi", "yemeni", "jordanian", "kuwaiti", "emirati", "qatari", "bahraini", "omani", "egyptian", "afghan", "pakistani",
    "russian", "chinese", "british", "french", "german", "european", "arab", "arabs", "arabic", "persian", "shia", "shiite", "shiites", "sunni",
    "sunnis", "yazidi", "yazidis", "christian", "christians", "christianity", "muslim", "muslims", "islamic", "western", "english", "old",
    "turkmen", "palestinian", "palestinians", "gulf", "middle", "eastern", "northern", "southern",
];

/// Capitalised words that are not names: function words, months, days, discourse openers.
pub const STOP_WORDS: &[&str] = &[
    "the", "a", "an", "in", "on", "at", "as", "it", "its", "this", "that", "these", "those", "there", "then", "though", "although", "when", "while",
    "with", "within", "without", "under", "until", "over", "after", "also", "during", "despite", "since", "before", "both", "but", "for", "from",
    "however", "some", "such", "today", "yet", "one", "only", "not", "no", "neither", "nor", "nearly", "more", "most", "many", "much", "what", "why",
    "how", "who", "whom", "whose", "where", "which", "if", "instead", "unknown", "fast", "just", "now", "rule", "civilians", "watching", "appointing",
    "whether", "his", "her", "their", "our", "we", "they", "he", "she", "i", "you", "my", "me", "us", "them", "by", "of", "to", "and", "or", "so",
    "even", "still", "all", "any", "each", "every", "other", "another", "here", "thus", "meanwhile", "moreover", "furthermore", "indeed",
    "because", "once", "later", "earlier", "first", "second", "third", "last", "next", "new", "according", "amid", "among", "about", "above",
    "below", "between", "into", "onto", "upon", "via", "per", "like", "unlike", "many", "several", "few", "few", "brief", "analysis", "summary",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "read", "see", "note", "notes", "recommended", "also", "policywatch", "militias", "militia", "is", "was", "are", "were", "be",
    "has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "should", "may", "might", "must", "let", "mr", "after",
];

/// Directions that prefix a place ("east Baghdad").
pub const DIRECTIONS: &[&str] = &[
    "east", "west", "north", "south", "eastern", "western", "northern", "southern", "central", "northeast", "northwest", "southeast", "southwest",
    "northeastern", "northwestern", "southeastern", "southwestern",
];

/// Nouns of a residence or official building: "Kadhimi's house".
pub const RESIDENCES: &[&str] = &["house", "home", "residence", "villa", "compound", "office", "headquarters", "farm", "palace"];

/// Lowercase group nouns that collective actors are named by ("Iran-backed militias").
pub const GROUP_NOUNS: &[&str] = &["militias", "militia", "groups", "factions", "proxies", "fighters", "gunmen", "forces"];

/// Institution nouns that a country name or demonym makes an organisation ("Iraq's security forces").
pub const INSTITUTIONS: &[&str] = &[
    "security forces", "armed forces", "army", "police", "judiciary", "government", "parliament", "military", "intelligence", "courts",
    "counterterrorism service", "federal police",
];

pub fn has(list: &[&str], word: &str) -> bool {
    list.contains(&word)
}
