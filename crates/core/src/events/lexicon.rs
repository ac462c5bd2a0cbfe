//! Event triggers and the cue words that cancel them (negation, modality, genericity), in the manner of NegEx.

use crate::model::EventKind;
use rustc_hash::FxHashMap;
use std::sync::LazyLock;
use EventKind::*;

/// Past-tense and past-participle verb triggers.
pub static PAST: KindMap = LazyLock::new(|| {
    [
        ("attacked", Attack),
        ("struck", Attack),
        ("bombed", Attack),
        ("shelled", Attack),
        ("targeted", Attack),
        ("stormed", Attack),
        ("raided", Attack),
        ("ambushed", Attack),
        ("rocketed", Attack),
        ("detonated", Attack),
        ("exploded", Attack),
        ("wounded", Attack),
        ("injured", Attack),
        ("burned", Attack),
        ("torched", Attack),
        ("bombarded", Attack),
        ("assaulted", Attack),
        ("overran", Attack),
        ("overrun", Attack),
        ("retook", Attack),
        ("recaptured", Attack),
        ("captured", Arrest),
        ("stabbed", Attack),
        ("sabotaged", Attack),
        ("beheaded", Assassination),
        ("battled", Confrontation),
        ("sank", Attack),
        ("hijacked", Kidnapping),
        ("boarded", Kidnapping),
        ("swarmed", Confrontation),
        ("assassinated", Assassination),
        ("killed", Assassination),
        ("murdered", Assassination),
        ("slain", Assassination),
        ("arrested", Arrest),
        ("rearrested", Arrest),
        ("re-arrested", Arrest),
        ("detained", Arrest),
        ("apprehended", Arrest),
        ("jailed", Arrest),
        ("imprisoned", Arrest),
        ("released", Release),
        ("freed", Release),
        ("pardoned", Release),
        ("kidnapped", Kidnapping),
        ("abducted", Kidnapping),
        ("seized", Kidnapping),
        ("surrounded", Confrontation),
        ("besieged", Confrontation),
        ("clashed", Confrontation),
        ("confronted", Confrontation),
        ("shadowed", Confrontation),
        ("blocked", Confrontation),
        ("harassed", Confrontation),
        ("encircled", Confrontation),
        ("blockaded", Confrontation),
        ("threatened", Threat),
        ("warned", Threat),
        ("vowed", Threat),
        ("offered", Offer),
        ("proposed", Offer),
        ("appointed", Appointment),
        ("elected", Appointment),
        ("re-elected", Appointment),
        ("nominated", Appointment),
        ("chose", Appointment),
        ("picked", Appointment),
        ("selected", Appointment),
        ("voted", Election),
        ("resigned", Other),
        ("sentenced", Other),
        ("protested", Other),
    ]
    .into_iter()
    .collect()
});

/// Base forms that count after "did" ("did become") or as an infinitive after a narrative verb ("took the opportunity to seize").
pub static BASE: KindMap = LazyLock::new(|| {
    [
        ("attack", Attack),
        ("strike", Attack),
        ("bomb", Attack),
        ("assassinate", Assassination),
        ("kill", Assassination),
        ("arrest", Arrest),
        ("detain", Arrest),
        ("release", Release),
        ("free", Release),
        ("kidnap", Kidnapping),
        ("abduct", Kidnapping),
        ("seize", Kidnapping),
        ("surround", Confrontation),
        ("confront", Confrontation),
        ("threaten", Threat),
        ("warn", Threat),
        ("offer", Offer),
        ("appoint", Appointment),
        ("name", Appointment),
        ("become", Appointment),
    ]
    .into_iter()
    .collect()
});

/// Nouns naming an event ("the November 7 drone attack", "an altercation").
pub static NOUNS: KindMap = LazyLock::new(|| {
    [
        ("attack", Attack),
        ("attacks", Attack),
        ("strike", Attack),
        ("strikes", Attack),
        ("airstrike", Attack),
        ("airstrikes", Attack),
        ("bombing", Attack),
        ("bombings", Attack),
        ("ambush", Attack),
        ("raid", Attack),
        ("assault", Attack),
        ("assaults", Attack),
        ("assassination", Assassination),
        ("assassinations", Assassination),
        ("killing", Assassination),
        ("murder", Assassination),
        ("arrest", Arrest),
        ("arrests", Arrest),
        ("detention", Arrest),
        ("release", Release),
        ("kidnapping", Kidnapping),
        ("kidnappings", Kidnapping),
        ("abduction", Kidnapping),
        ("seizure", Kidnapping),
        ("expulsion", Other),
        ("closure", Other),
        ("confrontation", Confrontation),
        ("altercation", Confrontation),
        ("standoff", Confrontation),
        ("stand-off", Confrontation),
        ("clash", Confrontation),
        ("clashes", Confrontation),
        ("siege", Confrontation),
        ("threat", Threat),
        ("threats", Threat),
        ("ultimatum", Threat),
        ("offer", Offer),
        ("election", Election),
        ("elections", Election),
        ("by-election", Election),
        ("by-elections", Election),
        ("vote", Election),
        ("polls", Election),
        ("runoff", Election),
        ("runoffs", Election),
        ("run-off", Election),
        ("run-offs", Election),
        ("referendum", Election),
        ("appointment", Appointment),
        ("replacement", Appointment),
        ("protests", Other),
        ("uprising", Other),
        ("ceasefire", Other),
        ("ceasefires", Other),
        ("truce", Other),
    ]
    .into_iter()
    .collect()
});

/// Verbs after which an infinitive reports what happened ("stood to offer", "took the opportunity to seize").
pub const NARRATIVE_LEADS: &[&str] =
    &["took", "stood", "moved", "went", "came", "rushed", "managed", "proceeded", "used", "tried", "sent", "returned"];

/// Gerunds/verbs that make an attack with a weapon object ("throwing unarmed drones at the houses").
pub const LAUNCH_VERBS: &[&str] = &[
    "threw",
    "thrown",
    "throwing",
    "fired",
    "firing",
    "launched",
    "launching",
    "dropped",
    "dropping",
    "sent",
    "flew",
    "flying",
    "drove",
    "rammed",
    "lobbed",
    "hurled",
    "tossed",
];
pub const WEAPONS: &[&str] = &[
    "firebombs",
    "firebomb",
    "explosives",
    "molotov",
    "drones",
    "drone",
    "rockets",
    "rocket",
    "missiles",
    "missile",
    "bombs",
    "bomb",
    "mortars",
    "mortar",
    "grenades",
    "grenade",
    "ieds",
    "ied",
    "quadcopters",
    "quadcopter",
    "shells",
];

/// What a force opens or launches that makes an attack ("opened their long push on Marib").
pub const OFFENSIVES: &[&str] =
    &["offensive", "assault", "push", "incursion", "onslaught", "counteroffensive", "counter-offensive"];

/// Vessels and aircraft boarded or landed on: a seizure ("landed by helicopter on the tanker").
pub const VESSELS: &[&str] = &["tanker", "ship", "vessel", "freighter", "dhow", "boat", "yacht", "ferry", "carrier"];

/// Nouns sent against someone that make a confrontation ("sent another convoy of armed trucks to his house").
pub const FORCE_NOUNS: &[&str] =
    &["convoy", "convoys", "fighters", "gunmen", "militiamen", "trucks", "vehicles", "forces", "troops"];

/// Role nouns that make "became X" an appointment.
pub const ROLES: &[&str] = &[
    "premier",
    "prime",
    "president",
    "minister",
    "speaker",
    "leader",
    "head",
    "chief",
    "commander",
    "governor",
    "mayor",
    "ambassador",
    "consul",
    "trustee",
    "director",
    "chairman",
    "supervisor",
    "qaimaqam",
    "mukhtar",
    "administrator",
    "envoy",
    "deputy",
    "secretary",
    "spokesman",
    "coordinator",
    "representative",
    "superintendent",
    "warden",
    "prosecutor",
    "commissioner",
    "chair",
    "chairwoman",
    "chairperson",
    "inspector",
    "adviser",
    "advisor",
    "emir",
    "mufti",
    "rector",
];

/// Words before a trigger (same clause) that negate it.
pub const NEGATIONS: &[&str] = &[
    "not", "never", "no", "n't", "neither", "nor", "without", "failed", "refused", "denied", "didn't", "did't",
    "wasn't", "weren't", "hasn't", "haven't", "cannot", "denies", "deny", "nothing", "none", "nobody",
];

/// Words before a trigger (same clause) that make it hypothetical.
pub const MODALS: &[&str] = &[
    "would",
    "could",
    "might",
    "may",
    "can",
    "will",
    "should",
    "shall",
    "must",
    "if",
    "unless",
    "whether",
    "ready",
    "risk",
    "want",
    "wants",
    "wanted",
    "plan",
    "plans",
    "planned",
    "intend",
    "intends",
    "expected",
    "scheduled",
    "threatening",
    "threatened",
    "prevent",
    "avoid",
    "deter",
];

/// Sentence cues of generic, habitual or explanatory statements.
pub const GENERIC_CUES: &[&str] = &[
    "sometimes",
    " often",
    "routinely",
    " usually",
    " regularly",
    " frequently",
    "typically",
    "generally",
    "whenever",
    "every time",
    "this is why",
    "that is why",
    "which is why",
    // (Words apart, " usually" and not "unusually", " tend to" and not "did not intend to"; a
    // cue that opens the sentence is matched without its space.)
    " tend to",
    " tends to",
    "in general",
    "repeatedly",
    "again and again",
    "time and again",
    "time after time",
    "long warned",
    // "every raid like Daliyah's recruits for them": one of a class, in general.
    "after every",
    "each time",
    "every raid",
    "every attack",
    "every strike",
    "every killing",
    "every arrest",
    "every abduction",
    "every bombing",
];

/// Trigger words and the kind each reports, hashed once on first use.
pub type KindMap = LazyLock<FxHashMap<&'static str, EventKind>>;

pub fn lookup(map: &FxHashMap<&'static str, EventKind>, w: &str) -> Option<EventKind> {
    map.get(w).copied()
}

/// The family a kind belongs to (the scorer's grouping too): violence, legal, coercion, politics, other.
pub fn family(k: EventKind) -> u8 {
    match k {
        Attack | Assassination | Kidnapping => 0,
        Arrest | Release => 1,
        Threat | Confrontation | Offer => 2,
        Election | Appointment => 3,
        Other => 4,
    }
}
