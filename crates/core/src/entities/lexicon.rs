//! Word lists the entity tagger classifies with: keyword heads, titles, demonyms, stop words.

use std::sync::LazyLock;

/// Last words that make a name an organisation.
pub static ORG_HEADS: WordSet = LazyLock::new(|| {
    [
        "service",
        "services",
        "forces",
        "force",
        "ministry",
        "council",
        "party",
        "movement",
        "army",
        "corps",
        "guard",
        "guards",
        "front",
        "state",
        "organization",
        "organisation",
        "committee",
        "court",
        "institute",
        "agency",
        "militia",
        "mobilization",
        "mobilisation",
        "units",
        "unit",
        "coalition",
        "union",
        "bank",
        "university",
        "parliament",
        "government",
        "assembly",
        "commission",
        "office",
        "directorate",
        "division",
        "battalion",
        "battalions",
        "brigade",
        "brigades",
        "regiment",
        "group",
        "police",
        "judiciary",
        "authority",
        "administration",
        "department",
        "command",
        "network",
        "alliance",
        "bloc",
        "company",
        "corporation",
        "association",
        "federation",
        "league",
        "nations",
        "foundation",
        "center",
        "centre",
        "houthis",
        "taliban",
        "hezbollah",
        "hizballah",
        "hamas",
        "qaeda",
        "daesh",
        "isis",
        "isil",
        "pmf",
        "cabinet",
        "senate",
        "congress",
        "tribunal",
        "commandos",
        "intelligence",
        "brotherhood",
        "navy",
        "gendarmerie",
    ]
    .into_iter()
    .collect()
});

/// Heads that are no organisation's last word but open one before "of"/"for": "Syrian Observatory
/// for Human Rights", "UN Panel of Experts on Yemen".
pub static ORG_JOINT_HEADS: WordSet =
    LazyLock::new(|| ["observatory", "panel", "board", "mission", "federation"].into_iter().collect());

/// Words anywhere in a name that make it an organisation (militia names).
pub static ORG_WORDS: WordSet = LazyLock::new(|| {
    [
        "kataib",
        "kata'ib",
        "asaib",
        "asa'ib",
        "harakat",
        "hezbollah",
        "hizballah",
        "hizbollah",
        "ansar",
        "saraya",
        "jaish",
        "hashd",
        "badr",
        "nujaba",
        "liwa",
        "hamas",
        "qaeda",
        "sadrist",
        "houthi",
        "houthis",
        "peshmerga",
        "sepah",
    ]
    .into_iter()
    .collect()
});

/// First words that make a name a place ("Villa Somalia", "Hotel Bahari", "Mount Sinjar").
pub static LEADING_PLACE_HEADS: WordSet = LazyLock::new(|| {
    ["villa", "hotel", "camp", "mount", "lake", "fort", "cape", "wadi", "jebel", "jabal"].into_iter().collect()
});

/// Last words that make a name a place.
pub static PLACE_HEADS: WordSet = LazyLock::new(|| {
    [
        "river",
        "street",
        "square",
        "bridge",
        "airport",
        "base",
        "dam",
        "guesthouse",
        "palace",
        "zone",
        "province",
        "governorate",
        "district",
        "camp",
        "mosque",
        "shrine",
        "hospital",
        "hotel",
        "gulf",
        "sea",
        "valley",
        "mountains",
        "mountain",
        "crossing",
        "desert",
        "plain",
        "island",
        "road",
        "embassy",
        "consulate",
        "prison",
        "stadium",
        "building",
        "hall",
        "field",
        "port",
        "refinery",
        "neighborhood",
        "neighbourhood",
        "basin",
        "city",
        "town",
        "village",
        "strait",
        "canal",
        "lake",
        "oilfield",
        "compound",
        "checkpoint",
        "gate",
    ]
    .into_iter()
    .collect()
});

/// Last words that make a name an "other" entity (programmes, weapons, platforms, publications).
pub static OTHER_HEADS: WordSet = LazyLock::new(|| {
    [
        "forum",
        "grenades",
        "grenade",
        "missile",
        "missiles",
        "rocket",
        "rockets",
        "drone",
        "drones",
        "program",
        "programme",
        "platform",
        "spotlight",
        "initiative",
        "agreement",
        "accord",
        "plan",
        "operation",
        "law",
        "act",
        "treaty",
        "protocol",
        "resolution",
        "conference",
        "summit",
        "report",
        "project",
        "doctrine",
        "deal",
        "strategy",
        "index",
        "fund",
        "podcast",
        "magazine",
        "journal",
        "newspaper",
        "post",
        "times",
        "channel",
        "tv",
    ]
    .into_iter()
    .collect()
});

/// Titles and roles that precede a person's name (never part of it).
pub static TITLES: WordSet = LazyLock::new(|| {
    [
        "prime",
        "minister",
        "president",
        "gen",
        "gen.",
        "general",
        "sheikh",
        "shaykh",
        "ayatollah",
        "grand",
        "mr",
        "mr.",
        "mrs",
        "ms",
        "dr",
        "dr.",
        "col",
        "col.",
        "colonel",
        "brig",
        "brig.",
        "brigadier",
        "commander",
        "lt",
        "lt.",
        "lieutenant",
        "maj",
        "maj.",
        "major",
        "speaker",
        "judge",
        "imam",
        "sayyed",
        "sayyid",
        "king",
        "prince",
        "emir",
        "crown",
        "foreign",
        "defense",
        "defence",
        "interior",
        "secretary",
        "deputy",
        "vice",
        "senator",
        "sen.",
        "rep.",
        "ambassador",
        "envoy",
        "chief",
        "leader",
        "head",
        "director",
        "chairman",
        "spokesman",
        "spokesperson",
        "cleric",
        "premier",
        "officer",
        "senior",
        "former",
        "late",
        "capt",
        "capt.",
        "captain",
        "sgt",
        "sergeant",
        "corporal",
        "commodore",
        "admiral",
        "commissioner",
        "mullah",
        "supreme",
        "governor",
        "mayor",
        "mp",
        "lawmaker",
        "staff",
        "u.s.",
        "us",
        "state",
    ]
    .into_iter()
    .collect()
});

/// Nationality adjectives and languages: descriptors, not names.
pub static DEMONYMS: WordSet = LazyLock::new(|| {
    [
        "iraqi",
        "iraqis",
        "iranian",
        "iranians",
        "syrian",
        "syrians",
        "american",
        "americans",
        "kurdish",
        "kurd",
        "kurds",
        "turkish",
        "israeli",
        "israelis",
        "lebanese",
        "saudi",
        "yemeni",
        "jordanian",
        "kuwaiti",
        "emirati",
        "qatari",
        "bahraini",
        "omani",
        "egyptian",
        "afghan",
        "pakistani",
        "russian",
        "chinese",
        "british",
        "french",
        "german",
        "european",
        "arab",
        "arabs",
        "arabic",
        "persian",
        "shia",
        "shiite",
        "shiites",
        "sunni",
        "sunnis",
        "yazidi",
        "yazidis",
        "christian",
        "christians",
        "christianity",
        "muslim",
        "muslims",
        "islamic",
        "western",
        "english",
        "old",
        "turkmen",
        "palestinian",
        "palestinians",
        "libyan",
        "libyans",
        "tunisian",
        "algerian",
        "moroccan",
        "sudanese",
        "somali",
        "ethiopian",
        "indian",
        "ukrainian",
        "armenian",
        "azerbaijani",
        "azeri",
        "baluch",
        "baloch",
        "alawite",
        "alawites",
        "druze",
        "maronite",
        "assyrian",
        "sabean",
        "bedouin",
        "latin",
        "asian",
        "african",
        "canadian",
        "australian",
        "japanese",
        "italian",
        "spanish",
        "dutch",
        "swedish",
        "belgian",
        "swiss",
        "norwegian",
        "danish",
        "polish",
        "greek",
        "cypriot",
        "saudis",
        "emiratis",
        "qataris",
        "yemenis",
        "jordanians",
        "egyptians",
        "turks",
        "russians",
        "europeans",
        "westerners",
        "gulf",
        "middle",
        "eastern",
        "northern",
        "southern",
    ]
    .into_iter()
    .collect()
});

/// Capitalised words that are not names: function words, months, days, discourse openers.
pub static STOP_WORDS: WordSet = LazyLock::new(|| {
    [
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "as",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "there",
        "then",
        "though",
        "although",
        "when",
        "while",
        "with",
        "within",
        "without",
        "under",
        "until",
        "over",
        "after",
        "also",
        "during",
        "despite",
        "since",
        "before",
        "both",
        "but",
        "for",
        "from",
        "however",
        "some",
        "such",
        "today",
        "yet",
        "one",
        "only",
        "not",
        "no",
        "neither",
        "nor",
        "nearly",
        "more",
        "most",
        "many",
        "much",
        "what",
        "why",
        "how",
        "who",
        "whom",
        "whose",
        "where",
        "which",
        "if",
        "instead",
        "unknown",
        "fast",
        "just",
        "now",
        "rule",
        "civilians",
        "watching",
        "appointing",
        "whether",
        "his",
        "her",
        "their",
        "our",
        "we",
        "they",
        "he",
        "she",
        "i",
        "you",
        "my",
        "me",
        "us",
        "them",
        "by",
        "of",
        "to",
        "and",
        "or",
        "so",
        "even",
        "still",
        "all",
        "any",
        "each",
        "every",
        "other",
        "another",
        "here",
        "thus",
        "meanwhile",
        "moreover",
        "furthermore",
        "indeed",
        "because",
        "once",
        "later",
        "earlier",
        "first",
        "second",
        "third",
        "last",
        "next",
        "new",
        "according",
        "amid",
        "among",
        "about",
        "above",
        "below",
        "between",
        "into",
        "onto",
        "upon",
        "via",
        "per",
        "like",
        "unlike",
        "many",
        "several",
        "few",
        "few",
        "brief",
        "analysis",
        "summary",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "read",
        "see",
        "note",
        "notes",
        "recommended",
        "also",
        "policywatch",
        "militias",
        "militia",
        "is",
        "was",
        "are",
        "were",
        "be",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
        "let",
        "mr",
        "after",
    ]
    .into_iter()
    .collect()
});

/// Directions that prefix a place ("east Baghdad").
pub static DIRECTIONS: WordSet = LazyLock::new(|| {
    [
        "east",
        "west",
        "north",
        "south",
        "eastern",
        "western",
        "northern",
        "southern",
        "central",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
    ]
    .into_iter()
    .collect()
});

/// Nouns of a residence or official building: "Kadhimi's house".
pub static RESIDENCES: WordSet = LazyLock::new(|| {
    ["house", "home", "residence", "villa", "compound", "office", "headquarters", "farm", "palace"]
        .into_iter()
        .collect()
});

/// Lowercase group nouns that collective actors are named by ("Iran-backed militias").
pub static GROUP_NOUNS: WordSet = LazyLock::new(|| {
    ["militias", "militia", "groups", "factions", "proxies", "fighters", "gunmen", "forces"].into_iter().collect()
});

/// Institution nouns that a country name or demonym makes an organisation ("Iraq's army", "the U.S.
/// embassy"). Not the ones an owner only describes ("the Iraqi government", "U.S. troops", "Syrian
/// intelligence", "Basra police", "Lebanon's parliament"): the golds never name them (0 of 37 found
/// on fixtures 01-102).
pub const INSTITUTIONS: &[&str] = &[
    "security forces",
    "armed forces",
    "partner forces",
    "interior ministry",
    "foreign ministry",
    "defense ministry",
    "defence ministry",
    "counterterrorism forces",
    "counterterrorism service",
    "federal police",
    "military police",
    "army intelligence",
    "state media",
    "provincial council",
    "security services",
    "special forces",
    "air force",
    "coast guard",
    "army",
    "judiciary",
    "courts",
    "council",
    "navy",
    "forces",
    "embassy",
    "authorities",
    "mission",
];

/// Institutions that the text names without an owner and that stand for the article's state
/// ("security forces arrested", "State media aired", "the interior ministry said"); see also "the coalition" in
/// `unowned_institution`. A bare "the government" or "parliament" is a common noun of
/// every article, not an entity (67 golds name it twice; the pipeline had found it 28 times).
pub const UNOWNED_INSTITUTIONS: &[&str] = &[
    "federal police",
    "counterterrorism forces",
    "counter-terrorism forces",
    "army intelligence",
    "military intelligence",
    "state media",
    "morality police",
    "revolutionary court",
    "interior ministry",
];

/// First words of [`UNOWNED_INSTITUTIONS`] and the other unowned institutions.
pub static UNOWNED_HEADS: WordSet = LazyLock::new(|| {
    UNOWNED_INSTITUTIONS.iter().filter_map(|inst| inst.split(' ').next()).chain(["coalition"]).collect()
});

/// Nouns after which a lowercase "coalition" is the military one ("coalition advisors", "a coalition hangar").
pub static COALITION_NOUNS: WordSet = LazyLock::new(|| {
    [
        "troops",
        "advisors",
        "advisers",
        "aircraft",
        "base",
        "bases",
        "hangar",
        "personnel",
        "strike",
        "strikes",
        "airstrikes",
        "jets",
        "warplanes",
        "convoy",
        "convoys",
        "headquarters",
        "spokesman",
        "officials",
        "soldiers",
    ]
    .into_iter()
    .collect()
});

/// First words of [`INSTITUTIONS`].
pub static INSTITUTION_HEADS: WordSet =
    LazyLock::new(|| INSTITUTIONS.iter().filter_map(|inst| inst.split(' ').next()).collect());

/// Lowercase heads that make a preceding name a place ("Qarchak prison", "Amil district").
pub static LOWER_PLACE_HEADS: WordSet = LazyLock::new(|| {
    [
        "district",
        "province",
        "governorate",
        "airport",
        "prison",
        "camp",
        "base",
        "field",
        "dam",
        "neighborhood",
        "neighbourhood",
        "crossing",
        "refinery",
        "port",
        "checkpoint",
        "square",
        "bridge",
        "street",
        "road",
        "subdistrict",
        "valley",
        "desert",
        "basin",
        "mosque",
        "shrine",
        "hospital",
        "lake",
        "hills",
        "mountains",
        "barracks",
        "intake",
    ]
    .into_iter()
    .collect()
});

/// Place heads of an area rather than a facility: "the province of Diyala" names Diyala, while
/// "the port of Beirut" names a port.
pub static AREA_HEADS: WordSet = LazyLock::new(|| {
    ["district", "province", "governorate", "neighborhood", "neighbourhood", "subdistrict", "valley", "desert", "basin"]
        .into_iter()
        .collect()
});

/// Lowercase words between a name and its place head: "Conoco gas field", "Nassib border crossing".
pub static FACILITY_MODIFIERS: WordSet =
    LazyLock::new(|| ["gas", "oil", "border", "air", "naval", "military", "detention", "water"].into_iter().collect());

/// Heads of a numbered military unit: "444 Brigade", "8th Division", "Unit 900".
pub static UNIT_HEADS: WordSet = LazyLock::new(|| {
    ["brigade", "division", "battalion", "regiment", "corps", "unit", "squadron", "fleet", "army"].into_iter().collect()
});

/// Words of motion before "to" that make the next name a destination: "a flight to Misrata".
pub static MOTION_WORDS: WordSet = LazyLock::new(|| {
    [
        "flight",
        "flights",
        "road",
        "route",
        "fled",
        "returned",
        "travelled",
        "traveled",
        "moved",
        "sail",
        "sailed",
        "headed",
        "deported",
        "transferred",
        "bound",
        "drove",
        "driven",
        "flown",
        "flew",
    ]
    .into_iter()
    .collect()
});

/// Verbs of saying after a name: "The Pentagon said".
pub static REPORTING_VERBS: WordSet = LazyLock::new(|| {
    [
        "said",
        "says",
        "announced",
        "claimed",
        "reported",
        "stated",
        "warned",
        "denied",
        "confirmed",
        "added",
        "insisted",
        "argued",
        "accused",
        "told",
        "declared",
        "acknowledged",
    ]
    .into_iter()
    .collect()
});

/// Members of a group, after its name: "Amal supporters", "Basij militiamen".
pub static MEMBER_NOUNS: WordSet = LazyLock::new(|| {
    ["supporters", "militiamen", "loyalists", "fighters", "militants", "operatives", "gunmen", "members"]
        .into_iter()
        .collect()
});

/// Media after their name: "a Telegram channel", "al-Masirah television".
pub static MEDIA_NOUNS: WordSet = LazyLock::new(|| {
    ["channel", "channels", "television", "newspaper", "website", "broadcaster", "app"].into_iter().collect()
});

/// Weapon nouns that a model or calibre names ("Katyusha rockets").
pub static WEAPON_NOUNS: WordSet = LazyLock::new(|| {
    ["rockets", "rocket", "missiles", "missile", "drones", "drone", "mortars", "shells"].into_iter().collect()
});

/// A word list, hashed once on first use.
pub type WordSet = LazyLock<crate::scan::WordSet>;

pub fn has(set: &crate::scan::WordSet, word: &str) -> bool {
    set.contains(word)
}
