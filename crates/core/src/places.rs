//! Places (SPEC §1 step 6): resolve place mentions to coordinates with a precision, via the bundled gazetteer.
//!
//! Heuristics after CLIFF-CLAVIN: exact gazetteer names only, a stop-list of words that
//! are also towns ("hit"), the most specific place in the sentence wins, and what the
//! text only implies (a residence, a government building) falls back to the capital of
//! the article's dominant country, flagged `inferred`.

use crate::entities::MentionIndex;
use crate::gazetteer::{gazetteer, is_ambiguous_key, normalize, GazPlace, PlaceKind};
use crate::model::{Entity, EntityKind, GeoPrecision, Mention, Place};
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::cell::RefCell;

/// Gazetteer match of a name as written, or None for unknown names and false friends.
///
/// Names recur through an article ("Baghdad", "Kadhimi"), so answers are remembered per
/// name (a pure function of the name and the bundled data); the memory is bounded.
pub fn lookup(name: &str) -> Option<&'static GazPlace> {
    /// Names remembered before the memory starts over.
    const MEMO_LIMIT: usize = 1 << 14;
    thread_local! {
        static MEMO: RefCell<FxHashMap<Box<str>, Option<&'static GazPlace>>> = RefCell::default();
    }
    MEMO.with(|memo| {
        if let Some(&hit) = memo.borrow().get(name) {
            return hit;
        }
        let hit = lookup_uncached(name);
        let mut memo = memo.borrow_mut();
        if memo.len() >= MEMO_LIMIT {
            memo.clear();
        }
        memo.insert(name.into(), hit);
        hit
    })
}

fn lookup_uncached(name: &str) -> Option<&'static GazPlace> {
    let n = name.trim().trim_end_matches("’s").trim_end_matches("'s");
    if n.len() < 3 {
        return None;
    }
    let key = normalize(n);
    if !n.contains(' ') && is_ambiguous_key(n, &key) {
        return None;
    }
    gazetteer().best_key(&key)
}

/// Gazetteer match without the false-friend guard, for a capitalised word right after "in", "near"…
pub fn lookup_unguarded(name: &str) -> Option<&'static GazPlace> {
    gazetteer().best(name.trim().trim_end_matches("’s").trim_end_matches("'s"))
}

fn precision_of(p: &GazPlace) -> GeoPrecision {
    p.precision
}

pub fn specificity(p: GeoPrecision) -> u8 {
    match p {
        GeoPrecision::Exact => 5,
        GeoPrecision::District => 4,
        GeoPrecision::City => 3,
        GeoPrecision::Region => 2,
        GeoPrecision::Country => 1,
    }
}

/// A place from a gazetteer entry.
pub fn place_of(p: &GazPlace, text: Option<String>, inferred: bool) -> Place {
    let name = match &p.parent {
        Some(parent) if !p.name.contains(parent.as_str()) => format!("{}, {}", p.name, parent),
        _ => p.name.clone(),
    };
    Place { name, text, lat: p.lat, lon: p.lon, precision: precision_of(p), inferred }
}

/// A town the gazetteer holds with no population figure (a district seat of the core countries'
/// detail, a town added by its GeoNames id): a name that is often something else abroad.
fn small_town(p: &GazPlace) -> bool {
    p.kind == PlaceKind::City && !p.capital && p.population == 0
}

/// Place-related facts of the whole article, computed once.
#[derive(Debug, Clone, Default)]
pub struct Geography {
    /// ISO code of the country the article is mostly about.
    pub country: Option<String>,
    capital: Option<&'static GazPlace>,
    country_entry: Option<&'static GazPlace>,
    /// Countries the article names by a place that is not a [`small_town`]: the country itself, a
    /// capital, a city with a population.
    named_countries: Vec<String>,
    /// Names whose best match lies in a country the article does not name, and the namesake
    /// in one it does: the best match's position, and the entry to use instead ("Tripoli" in a
    /// piece about Lebanon). See [`Geography::local`].
    namesakes: Vec<((u64, u64), &'static GazPlace)>,
    /// [`Geography::fits`] of the districts and landmarks asked so far, by coordinates: the answer
    /// takes a pass over the whole gazetteer, and an article names the same places again and again.
    fits_by_position: RefCell<FxHashMap<(u64, u64), bool>>,
}

impl Geography {
    pub fn new(entities: &[Entity]) -> Self {
        let mut counts: Vec<(String, usize)> = Vec::new();
        let mut named_countries: Vec<String> = Vec::new();
        let mut namesakes = Vec::new();
        let places: Vec<(&Entity, &GazPlace)> = entities
            .iter()
            .filter(|e| e.kind == EntityKind::Place)
            // ("Afrin district", "Hermel road": the place by its stem when the whole name is unknown.)
            .filter_map(|e| Some((e, lookup(&e.name).or_else(|| e.aliases.iter().find_map(|a| lookup(a)))?)))
            .collect();
        // The countries the article names as such.
        let countries: Vec<&str> =
            places.iter().filter(|(_, p)| p.kind == PlaceKind::Country).map(|(_, p)| p.country.as_str()).collect();
        for &(e, best) in &places {
            // "Tripoli" in a piece that names Lebanon is Lebanon's, whatever the name's best match.
            let p = if best.kind != PlaceKind::Country && !countries.contains(&best.country.as_str()) {
                gazetteer()
                    .lookup(&e.name)
                    .into_iter()
                    .find(|q| q.kind != PlaceKind::Country && countries.contains(&q.country.as_str()))
                    .unwrap_or(best)
            } else {
                best
            };
            if !std::ptr::eq(p, best) {
                namesakes.push(((best.lat.to_bits(), best.lon.to_bits()), p));
            }
            if !small_town(p) && !named_countries.contains(&p.country) {
                named_countries.push(p.country.clone());
            }
            // The story happens in towns and districts; a country is often named as an actor
            // ("Israeli strikes", "Iran's envoy"), so its name weighs less than a place in a
            // country the article names ("Tripoli" in a piece that names Lebanon, not Libya).
            let weight = e.mentions.len()
                * match p.kind {
                    PlaceKind::Country => 2,
                    _ if countries.contains(&p.country.as_str()) => 3,
                    _ => 1,
                };
            match counts.iter_mut().find(|(c, _)| *c == p.country) {
                Some(c) => c.1 += weight,
                None => counts.push((p.country.clone(), weight)),
            }
        }
        crate::sort::sort_by_key(&mut counts, |c| std::cmp::Reverse(c.1));
        let country = counts.first().map(|c| c.0.clone());
        let code = country.as_deref().unwrap_or("");
        let capital = gazetteer().places().iter().find(|p| p.capital && p.kind == PlaceKind::City && p.country == code);
        Geography {
            capital,
            country_entry: gazetteer().country(code),
            country,
            named_countries,
            namesakes,
            fits_by_position: RefCell::default(),
        }
    }

    /// The place as this article means it: a name's best match swapped for its namesake in a
    /// country the article names ("Tripoli" in a piece about Lebanon), else the place itself.
    pub fn local(&self, place: Place) -> Place {
        let key = (place.lat.to_bits(), place.lon.to_bits());
        match self.namesakes.iter().find(|(at, _)| *at == key) {
            Some((_, entry)) => place_of(entry, place.text, place.inferred),
            None => place,
        }
    }

    /// Does a place found in the text fit the article? A district or landmark (the curated city
    /// districts) only in an article about its country: "Yarmouk" in a piece about Syria is not
    /// the Baghdad district.
    pub fn fits(&self, place: &Place) -> bool {
        let Some(country) = self.country.as_deref() else {
            return true;
        };
        if specificity(place.precision) < specificity(GeoPrecision::City) {
            return true;
        }
        let city = specificity(place.precision) == specificity(GeoPrecision::City);
        *self.fits_by_position.borrow_mut().entry((place.lat.to_bits(), place.lon.to_bits())).or_insert_with(|| {
            if city {
                // A town with no population figure abroad ("Radaa", a Yemeni district seat, in a
                // piece about Libya whose "Radaa" is a militia) fits only when the article names
                // its country.
                let town = entries_at(place).find(|p| small_town(p));
                return town.is_none_or(|p| p.country == country || self.named_countries.contains(&p.country));
            }
            gazetteer().nearest(place.lat, place.lon, 1.0).is_none_or(|p| p.country == country)
        })
    }

    /// The capital of the dominant country, as an inferred city.
    pub fn capital(&self, text: Option<String>) -> Option<Place> {
        self.capital.map(|p| place_of(p, text, true))
    }

    /// The dominant country itself, inferred.
    pub fn country_place(&self) -> Option<Place> {
        self.country_entry.map(|p| place_of(p, None, true))
    }
}

/// Nouns that make a possessive place a location: "in Basra's Jaza'ir district", "Iran's capital".
const AREA_NOUNS: &[&str] = &[
    "district",
    "neighbourhood",
    "neighborhood",
    "quarter",
    "suburb",
    "suburbs",
    "province",
    "governorate",
    "region",
    "outskirts",
    "countryside",
    "capital",
    "port",
    "area",
    "border",
    "coast",
    "desert",
    "valley",
];

/// Is the place mention a possessive that names an owner ("Iran's Revolutionary Guard"), not a location?
/// "Basra's Jaza'ir district" and "Iran's capital" are locations: capitalised words, then an area noun.
fn owner_possessive(block_text: &str, m: &Mention) -> bool {
    let Some(rest) = block_text.get(m.end..).and_then(|t| t.strip_prefix("’s").or_else(|| t.strip_prefix("'s")))
    else {
        return false;
    };
    let mut words = rest.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    // "Mekelle's Romanat Square": a name the owner's possessive locates ends in a place noun.
    let mut named = None;
    let head = words.find(|w| {
        let upper = w.chars().next().is_some_and(char::is_uppercase);
        if upper {
            named = Some(*w);
        }
        !upper
    });
    let noun = |w: &str| {
        let w = crate::scan::to_lowercase(w);
        AREA_NOUNS.contains(&w.as_str()) || OWNED_SITES.contains(&w.as_str())
    };
    if head.is_some_and(noun) || named.is_some_and(|n| OWNED_SITES.contains(&crate::scan::to_lowercase(n).as_str())) {
        return false;
    }
    // Past an adjective or two: "Bosaso's central market", "Mosul's old city".
    if named.is_none() {
        let mut lower = rest.split_whitespace().take(3).take_while(|w| w.starts_with(|c: char| c.is_lowercase()));
        if lower.any(|w| noun(w.trim_end_matches(|c: char| !c.is_alphanumeric()))) {
            return false;
        }
    }
    !post_of(block_text, m)
}

/// Is the mention the place a post is over: "named him as Khuzestan's deputy governor"?
fn post_of(block_text: &str, m: &Mention) -> bool {
    block_text.get(..m.start).unwrap_or("").split_whitespace().next_back() == Some("as")
        && office_possessive(block_text, m) == Some(true)
}

/// If the mention is a possessive, does an office title follow within four words ("Diyala's
/// police chief")? `None` when it is no possessive.
fn office_possessive(block_text: &str, m: &Mention) -> Option<bool> {
    let rest = block_text.get(m.end..)?;
    let rest = rest.strip_prefix("’s").or_else(|| rest.strip_prefix("'s"))?;
    Some(rest.split_whitespace().take(4).any(|w| is_office_title(&crate::scan::to_lowercase(w))))
}

/// Sites that a town's possessive locates in the town: "at Mekelle's airport", "a rally in
/// Mekelle's Romanat Square", "Aden's streets".
const OWNED_SITES: &[&str] = &["airport", "square", "streets", "street", "market", "souk", "bazaar", "corniche"];

/// The capital of a country named as an owner in `range` ("Niger's defence ministry"), inferred.
pub fn owner_capital(
    index: &MentionIndex,
    block_text: &str,
    block: usize,
    range: (usize, usize),
    text: Option<String>,
) -> Option<Place> {
    let building = crate::scan::to_lowercase(text.as_deref()?);
    // The building is the owner's own noun phrase: "Niger's defence ministry", not "the Iraqi
    // Foreign Ministry summoned Iran's ambassador".
    let owns = |m: &Mention| {
        let after = block_text.get(m.end..).unwrap_or("");
        let words: Vec<String> = after.split_whitespace().skip(1).take(3).map(crate::scan::to_lowercase).collect();
        words.iter().any(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()) == building)
    };
    let (_, e) = index.within(block, range.0, range.1).find(|(m, e)| {
        e.kind == EntityKind::Place
            && owner_possessive(block_text, m)
            && owns(m)
            && lookup(&e.name).is_some_and(|p| p.kind == PlaceKind::Country)
    })?;
    let code = lookup(&e.name)?.country.as_str();
    let capital = gazetteer().places().iter().find(|p| p.capital && p.kind == PlaceKind::City && p.country == code)?;
    Some(place_of(capital, text, true))
}

/// Words that introduce where something happened ("in", "near", "outside" …).
/// Past a "the": "at his house in the Rahimawa neighborhood".
fn locative_before(block_text: &str, at: usize) -> bool {
    let mut words = block_text.get(..at).unwrap_or("").split_whitespace().rev().map(crate::scan::to_lowercase);
    let mut before = words.next().unwrap_or_default();
    if before == "the" {
        before = words.next().unwrap_or_default();
    }
    if matches!(before.as_str(), "in" | "near" | "outside" | "at" | "inside" | "off") {
        return true;
    }
    // "as security chief for Latakia province", "a new police commander for Cabo Delgado": the
    // place an office is over.
    matches!(before.as_str(), "for" | "of") && words.next().is_some_and(|w| is_office_title(&w))
}

/// A title whose `of` or `for` names the place the office is over: "governor of North Sinai",
/// "security chief for Latakia", "police commander for Cabo Delgado".
fn is_office_title(word: &str) -> bool {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric());
    matches!(w, "governor" | "mayor" | "chief" | "director" | "commander" | "head" | "administrator" | "envoy")
}

/// The last place inside `range` that a locative introduces ("…, an engineer who worked at Umm Qasr,
/// outside his home in Nabatieh"): the location of a clause whose own words name none, before
/// falling back to an inferred place. Appositives and relative clauses come first, the adjunct last.
pub fn locative_place_in(index: &MentionIndex, block_text: &str, block: usize, range: (usize, usize)) -> Option<Place> {
    index
        .within(block, range.0, range.1)
        .filter(|(m, e)| e.kind == EntityKind::Place && !owner_possessive(block_text, m))
        .filter(|(m, _)| {
            (locative_before(block_text, m.start) || post_to(block_text, m) || post_of(block_text, m))
                && !quoted(block_text, 0, m.start)
                && !en_route(block_text, m)
                && !about_someone(block_text, m)
        })
        .filter_map(|(m, e)| {
            let written = block_text.get(m.start..m.end).unwrap_or(&e.name).to_string();
            resolve_mention(e, m, block_text, written)
        })
        .last()
}

/// Is `at` inside a quotation opened after `from` (the block's start: a clause may begin inside it): "told a rally in Sabeen Square that \"every one of
/// its ships in the Red Sea is a target\"" speaks of the Red Sea, it is not where the rally was.
fn quoted(block_text: &str, from: usize, at: usize) -> bool {
    let span = block_text.get(from.min(at)..at).unwrap_or("");
    let straight = span.matches('"').count();
    let (open, close) = (span.matches('“').count(), span.matches('”').count());
    straight % 2 == 1 || open > close
}

/// Nouns of settlements and areas whose `of` introduces a place: "the border village of Ramyeh",
/// "the outskirts of Khiam".
const SETTLEMENT_NOUNS: &[&str] = &[
    "village",
    "town",
    "city",
    "hamlet",
    "outskirts",
    "district",
    "neighbourhood",
    "neighborhood",
    "suburb",
    "quarter",
    "camp",
    "area",
    "province",
    "governorate",
    "region",
    "valley",
    "villages",
    "towns",
];

/// Is the mention written as a location: after "in", "near"… (past a "the"), after "village of",
/// "outskirts of"…, "governor of", or before an area noun ("the Azadi district")?
fn written_as_location(block_text: &str, m: &Mention) -> bool {
    let before: Vec<Cow<str>> = block_text
        .get(..m.start)
        .unwrap_or("")
        .split_whitespace()
        .rev()
        .take(3)
        .map(|w| crate::scan::lowercase_cow(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .collect();
    // Past "the" and a direction: "in the north of", "in northeastern Jordan".
    let mut words = before.iter().map(|w| w.as_ref()).skip_while(|w| *w == "the").peekable();
    if words.peek().is_some_and(|w| crate::entities::lexicon::DIRECTIONS.contains(w))
        && before.get(1).is_some_and(|w| matches!(w.as_ref(), "in" | "near" | "inside"))
    {
        words.next();
    }
    let prep = words.next().unwrap_or("");
    let head = words.next().unwrap_or("");
    let next_word = block_text.get(m.end..).unwrap_or("").split_whitespace().next().unwrap_or("");
    let next = crate::scan::lowercase_cow(next_word.trim_end_matches(|c: char| !c.is_alphabetic()));
    matches!(prep, "in" | "near" | "outside" | "inside" | "at" | "off")
        || (prep == "of" && SETTLEMENT_NOUNS.contains(&head))
        // "as governor of North Sinai", "police chief of Deir al-Zour province".
        || (matches!(prep, "of" | "for") && is_office_title(head))
        // "the desert east of Ithriya", "20 kilometres north of Sukhnah".
        || (prep == "of" && crate::entities::lexicon::DIRECTIONS.contains(head))
        // "at the departure gate of Mitiga International Airport", "the entrance to Chamchamal".
        || (matches!(prep, "of" | "to")
            && matches!(
                head,
                "gate" | "gates" | "entrance" | "edge" | "outskirts" | "terminal" | "perimeter" | "walls" | "heart"
                    | "centre" | "center" | "runway" | "exit"
            ))
        || (next_word.starts_with(|c: char| c.is_lowercase()) && SETTLEMENT_NOUNS.contains(&next.as_ref()))
}

/// A place named inside `range` that the gazetteer does not know ("a house in Aita al-Shaab", "the
/// border village of Ramyeh"), as written: the first one written as a location, with the known
/// place that contains it when the text says so right after ("Shaab, in Syria's Suwayda
/// province", "Petelkolé in Niger").
pub fn unlocated_place_in(
    index: &MentionIndex,
    block_text: &str,
    block: usize,
    range: (usize, usize),
) -> Option<(String, Option<Place>)> {
    let (m, written) = index
        .within(block, range.0, range.1)
        .filter(|(m, e)| e.kind == EntityKind::Place && !owner_possessive(block_text, m) && !en_route(block_text, m))
        .filter(|(m, _)| written_as_location(block_text, m))
        .find_map(|(m, e)| {
            let written = block_text.get(m.start..m.end).unwrap_or(&e.name).to_string();
            resolve_mention(e, m, block_text, written.clone()).is_none().then_some((m, written))
        })?;
    let container = index
        .within(block, m.end, block_text.len())
        .find(|(_, e)| e.kind == EntityKind::Place)
        .filter(|(next, _)| {
            let gap = block_text.get(m.end..next.start).unwrap_or(".");
            !gap.contains(['.', ';', ':'])
                && gap.split_whitespace().count() <= 2
                && gap.split_whitespace().any(|w| w == "in")
        })
        .and_then(|(next, e)| {
            resolve_mention(e, next, block_text, block_text.get(next.start..next.end).unwrap_or(&e.name).to_string())
        });
    Some((written, container))
}

/// A place the gazetteer does not know, named as written with its country ("Ramyeh, Lebanon") and
/// located only to the country: the country of `container` (a place that holds it, or the story's
/// last place), else the article's.
pub fn unlocated(name: String, container: Option<&Place>, geo: &Geography) -> Option<Place> {
    let container = container.map(|c| geo.local(c.clone()));
    let container = container.as_ref();
    let country = container.and_then(country_of).or(geo.country_entry)?;
    // "the Bekaa town of Brital": located to its region when the text names one.
    if let Some(region) = container.filter(|c| c.precision == GeoPrecision::Region && !c.inferred) {
        let region_name = region.name.split(", ").next().unwrap_or(&region.name);
        return Some(Place {
            name: format!("{name}, {region_name}, {}", country.name),
            text: Some(name),
            lat: region.lat,
            lon: region.lon,
            precision: GeoPrecision::Region,
            inferred: true,
        });
    }
    Some(Place {
        name: format!("{name}, {}", country.name),
        text: Some(name),
        lat: country.lat,
        lon: country.lon,
        precision: GeoPrecision::Country,
        inferred: true,
    })
}

/// The gazetteer entries at the point a place was made from.
fn entries_at(place: &Place) -> impl Iterator<Item = &'static GazPlace> + '_ {
    gazetteer().at(place.lat, place.lon)
}

/// The country a place lies in, from the gazetteer entry it was made from (a sea says none).
fn country_of(place: &Place) -> Option<&'static GazPlace> {
    let entry = entries_at(place).find(|p| !p.country.is_empty())?;
    gazetteer().country(&entry.country)
}

/// Verbs that move people, things or information somewhere: "flew the three men to the compound",
/// "were transferred to Baghdad", "passing coordinates to Israel". The place after their `to` is a
/// destination.
const TRANSFER_VERBS: &[&str] = &[
    "flew",
    "flown",
    "transferred",
    "transported",
    "moved",
    "taken",
    "took",
    "brought",
    "sent",
    "deported",
    "driven",
    "drove",
    "evacuated",
    "airlifted",
    "handed",
    "extradited",
    "returned",
    "passing",
    "passed",
    "leaking",
    "leaked",
    "smuggling",
    "smuggled",
    "hauling",
    "carrying",
    "selling",
    "sold",
    "back",
    "go",
];

/// Words that say the sentence is about aircraft, whose `over X` is a flight path: "jets flying over
/// the Golan Heights struck a warehouse at Damascus airport".
const AIRCRAFT_WORDS: &[&str] =
    &["flying", "flew", "jets", "jet", "aircraft", "planes", "warplanes", "drones", "drone", "helicopters", "overflew"];

/// Is the mention an origin, a flight path or a destination rather than where the event happened?
/// `from X` ("crossed from al-Qaim into Albu Kamal", "fighters, most of them from Basra"), `over X`
/// of aircraft, `to X` after a transfer verb ("flew the three men to the compound").
fn en_route(block_text: &str, m: &Mention) -> bool {
    let before = block_text.get(..m.start).unwrap_or("");
    let mut words: Vec<Cow<str>> = Vec::with_capacity(8);
    words.extend(
        before
            .split_whitespace()
            .rev()
            .take(8)
            .map(|w| crate::scan::lowercase_cow(w.trim_matches(|c: char| !c.is_alphanumeric()))),
    );
    // The preposition, past an article ("from the Golan", "over the Golan Heights").
    let mut it = words.iter().enumerate().skip_while(|(_, w)| matches!(w.as_ref(), "the" | "al"));
    let Some((i, prep)) = it.next() else {
        return false;
    };
    let earlier = &words[i + 1..];
    if from_phrase(before) {
        return true;
    }
    match prep.as_ref() {
        "from" => true,
        // "the highway between Kirkuk and Erbil at Altun Kupri": the ends of a road or a front.
        "between" => true,
        // "most of them from Basra and Maysan": the second of a pair of origins.
        // "drones flying over Nawa and Tasil": the second of a flight path's pair.
        "and" | "or" => earlier
            .iter()
            .take(4)
            .position(|w| {
                matches!(
                    w.as_ref(),
                    "from" | "in" | "at" | "near" | "into" | "to" | "on" | "outside" | "between" | "over"
                )
            })
            .is_some_and(|k| match earlier[k].as_ref() {
                "over" => earlier[k + 1..].iter().take(4).any(|w| AIRCRAFT_WORDS.contains(&w.as_ref())),
                w => w == "from" || w == "between",
            }),
        "over" => earlier.iter().take(4).any(|w| AIRCRAFT_WORDS.contains(&w.as_ref())),
        // "sent Brig. Gen. X to Tabriz as police chief": the post's place, not a destination.
        "to" if after_is_as(block_text, m) => false,
        // "pulled him off a flight to Addis Ababa": where the flight was going.
        "to" => {
            earlier.iter().take(5).any(|w| TRANSFER_VERBS.contains(&w.as_ref()))
                || earlier
                    .first()
                    .is_some_and(|w| matches!(w.as_ref(), "flight" | "flights" | "plane" | "bus" | "minibus"))
        }
        _ => false,
    }
}

/// The last town (or finer) named as a location inside `range` of `block`: the town a paragraph is
/// in, for a building that the sentence does not place ("… in Nasiriyah. … reached the door of his
/// family's house").
pub fn last_town_in(index: &MentionIndex, block_text: &str, block: usize, range: (usize, usize)) -> Option<Place> {
    index
        .within(block, range.0, range.1)
        .filter(|(_, e)| e.kind == EntityKind::Place)
        .filter(|(m, e)| {
            !RIVERS.contains(&e.name.as_str())
                && !quoted(block_text, 0, m.start)
                && !en_route(block_text, m)
                && !about_someone(block_text, m)
        })
        .filter_map(|(m, e)| {
            let written = block_text.get(m.start..m.end).unwrap_or(&e.name).to_string();
            resolve_mention(e, m, block_text, written)
        })
        .filter(|p| !p.inferred && specificity(p.precision) >= specificity(GeoPrecision::City))
        .last()
}

/// The place a post is over, in the sentence of an appointment (`range` of `block`): "as governor of
/// Gilan", "replaced Karbala's police chief", "as head of General Security in Manbij", "commander
/// of its First Naval District in Bandar Abbas". Not where the appointing body sits ("the cabinet
/// in Benghazi named …") nor the appointee's past ("…, a former commander in Idlib, …"). The most
/// specific such place; the first on a tie.
pub fn post_place_in(index: &MentionIndex, block_text: &str, block: usize, range: (usize, usize)) -> Option<Place> {
    let mut best: Option<Place> = None;
    for (m, e) in index.within(block, range.0, range.1).filter(|(_, e)| e.kind == EntityKind::Place) {
        if quoted(block_text, range.0, m.start) || about_someone(block_text, m) || !over_a_post(block_text, m) {
            continue;
        }
        let written = block_text.get(m.start..m.end).unwrap_or(&e.name).to_string();
        let Some(p) = resolve_mention(e, m, block_text, written) else {
            continue;
        };
        if best.as_ref().is_none_or(|b| specificity(p.precision) > specificity(b.precision)) {
            best = Some(p);
        }
    }
    best
}

/// Does the mention name the place of an office: its possessive ("Diyala's police chief") or the
/// `of` / `for` / `in` phrase of an office title a few words before, within one clause ("governor
/// of Gilan", "director of security for Derna", "commander of the Dhi Qar police")?
fn over_a_post(block_text: &str, m: &Mention) -> bool {
    if let Some(office) = office_possessive(block_text, m) {
        return office;
    }
    let before = block_text.get(..m.start).unwrap_or("");
    let mut words = before.split_whitespace().rev().skip_while(|w| matches!(*w, "the" | "The"));
    if !words.next().is_some_and(|w| matches!(w, "of" | "for" | "in" | "at")) {
        return false;
    }
    for w in words.take(6) {
        if w.ends_with([',', ';', ':', '.', ')']) {
            return false;
        }
        if is_office_title(&crate::scan::to_lowercase(w)) {
            return true;
        }
    }
    false
}

/// Is the mention the place of a post someone is sent to: "to Tabriz as the new police chief"?
fn post_to(block_text: &str, m: &Mention) -> bool {
    block_text.get(..m.start).unwrap_or("").split_whitespace().next_back() == Some("to") && after_is_as(block_text, m)
}

/// Does the word after the mention introduce a role ("to Tabriz as the new police chief")?
fn after_is_as(block_text: &str, m: &Mention) -> bool {
    block_text.get(m.end..).unwrap_or("").split_whitespace().next() == Some("as")
}

/// Verbs of a relative clause that tell who someone is, not what happened: "the governor, who
/// lives in the capital", "X, who had run the police academy in Tehran since 2022".
const BACKGROUND_VERBS: &[&str] = &[
    "lives",
    "lived",
    "live",
    "living",
    "works",
    "worked",
    "work",
    "run",
    "ran",
    "runs",
    "served",
    "serves",
    "sat",
    "sits",
    "studied",
    "taught",
    "teaches",
    "grew",
    "born",
    "based",
    "heads",
    "headed",
    "owns",
    "owned",
    "represents",
    "represented",
    "comes",
    "came",
    "hails",
    "hailed",
    "trained",
    "spent",
];

/// Is the mention in a clause about a person rather than about the event: a relative clause of
/// background ("who lives in Sanaa", "who had run the police academy in Tehran"), or where someone
/// was reached ("reached by phone in Baghdad")? Only up to the nearest comma or clause mark.
fn about_someone(block_text: &str, m: &Mention) -> bool {
    let before = block_text.get(..m.start).unwrap_or("");
    let clause = before.rsplit([',', ';', ':', '.', '(', '"', '“', '—']).next().unwrap_or("");
    let words: Vec<Cow<str>> = clause
        .split_whitespace()
        .rev()
        .take(12)
        .map(|w| crate::scan::lowercase_cow(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .collect();
    if words.len() >= 3 && words[0] == "in" && words[1] == "phone" && words[2] == "by" {
        return true;
    }
    // "the men held in Samawah", "a man born in Basra": a participle that says where some people
    // are or were, not where the event was.
    if words.len() >= 3
        && matches!(words[0].as_ref(), "in" | "at")
        && HELD_PARTICIPLES.contains(&words[1].as_ref())
        && PEOPLE_NOUNS.contains(&words[2].as_ref())
    {
        return true;
    }
    // "a tanker flying the flag of Comoros": the flag's country, not where the ship was.
    if words.len() >= 2 && words[0] == "of" && matches!(words[1].as_ref(), "flag" | "flags") {
        return true;
    }
    if background_apposition(clause, block_text.get(m.end..).unwrap_or("")) {
        return true;
    }
    let Some(who) = words.iter().position(|w| matches!(w.as_ref(), "who" | "whose")) else {
        return false;
    };
    // The relative clause's verb, past an auxiliary or an adverb: "who had run", "who until last year sat".
    words[..who].iter().rev().take(5).any(|w| BACKGROUND_VERBS.contains(&w.as_ref()))
}

/// Is a place in an apposition that tells who someone was, not what happened: the clause before it
/// opens on a past ("…, a former commander in Idlib, as head of security for Tartus", "…, until
/// then in charge of security at Beirut's airport, to head …"), or the place says where someone
/// comes from ("…, a Daraa native who …", "…, a native of Ramadi …")?
fn background_apposition(clause: &str, after: &str) -> bool {
    let clause = clause.trim_start();
    let opens = |prefix: &str| {
        clause.len() > prefix.len()
            && clause.is_char_boundary(prefix.len())
            && clause[..prefix.len()].eq_ignore_ascii_case(prefix)
            && clause.as_bytes()[prefix.len()] == b' '
    };
    if ["a former", "the former", "an ex-", "a native of", "until then", "until now", "until recently", "formerly"]
        .iter()
        .any(|p| opens(p))
    {
        return true;
    }
    // "a Daraa native": the article right before the place, "native" right after it.
    let native = after.split_whitespace().next().is_some_and(|w| w.trim_end_matches([',', '.']) == "native");
    native && matches!(clause.split_whitespace().next_back(), Some("a" | "an" | "A" | "An"))
}

/// Participles after a noun of people that say where they are or were ("the men held in Samawah").
const HELD_PARTICIPLES: &[&str] = &["held", "detained", "jailed", "imprisoned", "born", "based", "kept", "living"];

/// Nouns of people that a place name before them says the origin of: "one of the two Makhmour men".
const PEOPLE_NOUNS: &[&str] =
    &["men", "man", "residents", "natives", "fighters", "youths", "families", "tribesmen", "detainees", "workers"];

/// Verbs of a government or its spokesmen: a place that is their subject stands for its
/// government ("Cairo also moved to change the faces on the ground", "Baghdad insisted").
const GOVERNMENT_VERBS: &[&str] = &[
    "said",
    "says",
    "moved",
    "sent",
    "announced",
    "accused",
    "insisted",
    "responded",
    "refused",
    "agreed",
    "wants",
    "demanded",
    "denied",
    "warned",
    "urged",
    "blamed",
    "condemned",
    "retaliated",
    "replied",
    "protested",
    "ordered",
];

/// Does the mention name people or a government rather than a place: "the two Makhmour men",
/// "Cairo also moved to …", or a country used as an adjective after an article ("a U.S. logistics
/// outpost", "the U.S. garrison at the al-Omar oil field")?
fn stands_for_people(block_text: &str, m: &Mention, country: bool) -> bool {
    let mut next = block_text
        .get(m.end..)
        .unwrap_or("")
        .split_whitespace()
        .map(|w| crate::scan::lowercase_cow(w.trim_end_matches(|c: char| !c.is_alphanumeric())));
    let mut after = next.next().unwrap_or_default();
    if PEOPLE_NOUNS.contains(&after.as_ref()) {
        return true;
    }
    while matches!(after.as_ref(), "also" | "then" | "quickly" | "soon" | "promptly" | "has" | "had") {
        after = next.next().unwrap_or_default();
    }
    if GOVERNMENT_VERBS.contains(&after.as_ref()) {
        return true;
    }
    let raw_next = block_text.get(m.end..).unwrap_or("").trim_start();
    let mut before = block_text.get(..m.start).unwrap_or("").split_whitespace().rev();
    let article = before.next().is_some_and(|w| matches!(w, "a" | "an" | "the" | "A" | "An" | "The"));
    let located = before.next().is_some_and(|w| matches!(w, "in" | "at" | "inside" | "near" | "to" | "into"));
    country && article && !located && raw_next.starts_with(|c: char| c.is_lowercase())
}

/// Nouns of a `from` phrase whose place is where people or fire came from: "most of them from
/// villages around Salamiyah", "back from a deployment in Nuwaidrat", "fired from one bank of the
/// Tigris". Not a home, a prison or an office: "abducted from his home in Nabatieh" happened there.
const ORIGIN_NOUNS: &[&str] = &[
    "village",
    "villages",
    "town",
    "towns",
    "city",
    "cities",
    "area",
    "areas",
    "region",
    "regions",
    "province",
    "provinces",
    "district",
    "districts",
    "neighbourhood",
    "neighbourhoods",
    "neighborhood",
    "neighborhoods",
    "countryside",
    "outskirts",
    "suburbs",
    "parts",
    "side",
    "bank",
    "deployment",
    "base",
    "positions",
    "families",
    "tribes",
    "clans",
];

/// Verbs whose `from` phrase is where someone or something set out: "as he returned from a
/// conference in Berlin", "a drone launched from the desert west of Mayadin".
const MOTION_VERBS: &[&str] = &[
    "returned",
    "returning",
    "back",
    "arrived",
    "arriving",
    "launched",
    "fired",
    "flown",
    "travelling",
    "traveling",
    "travelled",
    "traveled",
    "fled",
    "fleeing",
    "came",
    "coming",
];

/// Is the text before a place (ending right before it) a `from` phrase whose noun is an origin:
/// `from` + up to four lowercase words, one of them an [`ORIGIN_NOUNS`], + the preposition before
/// the place ("from villages around Salamiyah", "from a deployment in Nuwaidrat")? No clause or
/// comma may come between.
fn from_phrase(before: &str) -> bool {
    let mut raw = before.split_whitespace().rev();
    let mut prep = raw.next().unwrap_or("");
    if matches!(prep, "the" | "The" | "al") {
        prep = raw.next().unwrap_or("");
    }
    if !matches!(prep, "in" | "near" | "around" | "of" | "outside" | "at" | "on") {
        return false;
    }
    let mut origin = false;
    let words: Vec<&str> = raw.take(6).collect();
    for (i, w) in words.iter().take(5).enumerate() {
        if w.ends_with([',', ';', ':', '.', '"', '”', ')']) || !w.starts_with(|c: char| c.is_lowercase()) {
            return false;
        }
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if w == "from" {
            let verb = words.get(i + 1).map_or("", |v| v.trim_matches(|c: char| !c.is_alphanumeric()));
            return origin || MOTION_VERBS.contains(&verb);
        }
        if matches!(
            w,
            "to" | "and" | "or" | "but" | "when" | "who" | "which" | "that" | "where" | "was" | "were" | "had" | "has"
        ) {
            return false;
        }
        origin |= ORIGIN_NOUNS.contains(&w);
    }
    false
}

/// The most specific place among entity mentions inside `range` of `block` (with the text around them
/// for directions). Origins, flight paths and destinations ("from X", "over X" of aircraft, "flew
/// them to X") count only when the range names no other place.
pub fn place_in(index: &MentionIndex, block_text: &str, block: usize, range: (usize, usize)) -> Option<Place> {
    ranked_place_in(index, block_text, block, range).map(|(p, _)| p)
}

/// [`place_in`], saying whether the place found is only an origin, a flight path or a destination.
/// Rivers the gazetteer holds (as their course through one city).
const RIVERS: &[&str] = &["Tigris"];

pub fn ranked_place_in(
    index: &MentionIndex,
    block_text: &str,
    block: usize,
    range: (usize, usize),
) -> Option<(Place, bool)> {
    // Ranked by: where it happened (not en route), how specific, named rather than inferred, and
    // written as a location ("a U.S. outpost in northeastern Jordan" is in Jordan); first wins ties.
    let mut best: Option<((bool, u8, bool, bool), Place)> = None;
    let possessive = |m: &Mention| owner_possessive(block_text, m);
    for (m, e) in index.within(block, range.0, range.1).filter(|(m, e)| e.kind == EntityKind::Place && !possessive(m)) {
        let written = block_text.get(m.start..m.end).unwrap_or(&e.name).to_string();
        let Some(c) = resolve_mention(e, m, block_text, written) else {
            continue;
        };
        // "told a rally in Mekelle that anyone who 'opens the door to Asmara' …": a place in the
        // words quoted is not where the telling was.
        // A river runs past many towns ("on the Tigris near Balad"): it places the event only when
        // nothing else in the sentence does.
        let here = !en_route(block_text, m)
            && !RIVERS.contains(&e.name.as_str())
            && !quoted(block_text, range.0, m.start)
            && !about_someone(block_text, m)
            && !stands_for_people(block_text, m, c.precision == GeoPrecision::Country && c.text.is_some());
        // (Whether it is written as a location decides only a tie with the best so far.)
        let head = (here, specificity(c.precision), !c.inferred);
        if best.as_ref().is_some_and(|((h, s, n, _), _)| head < (*h, *s, *n)) {
            continue;
        }
        let rank = (head.0, head.1, head.2, written_as_location(block_text, m));
        if best.as_ref().is_none_or(|(b, _)| rank > *b) {
            best = Some((rank, c));
        }
    }
    best.map(|((here, ..), p)| (p, !here))
}

fn resolve_mention(e: &Entity, m: &Mention, block_text: &str, written: String) -> Option<Place> {
    let before_word =
        crate::scan::lowercase_cow(block_text.get(..m.start).unwrap_or("").trim_end().rsplit(' ').next().unwrap_or(""));
    let locative = matches!(before_word.as_ref(), "in" | "near" | "outside" | "from" | "at" | "inside");
    // "the Daur tribe", "the Leysan clan": a people named after a place, not the place.
    let next_word = block_text.get(m.end..).unwrap_or("").split_whitespace().next().unwrap_or("");
    if matches!(
        crate::scan::lowercase_cow(next_word.trim_end_matches(|c: char| !c.is_alphabetic())).as_ref(),
        "tribe" | "tribes" | "clan" | "clans" | "tribesmen"
    ) {
        return None;
    }
    // "close to the Niger border": a country that qualifies a border says where the border
    // leads, not where the event is. "Middle Juba", "Lower Shabelle": a region named after a
    // river or town, not the town.
    let border = matches!(
        crate::scan::lowercase_cow(next_word).trim_end_matches(|c: char| !c.is_alphabetic()),
        "border" | "borders" | "frontier"
    );
    let prev_word = block_text.get(..m.start).unwrap_or("").trim_end().rsplit(' ').next().unwrap_or("");
    if matches!(prev_word, "Middle" | "Lower" | "Upper") {
        return None;
    }
    // "Mocímboa da Praia", "Ciudad del Este": a name after a lowercase particle is the tail of a
    // longer name, not the place of its own ("Praia", the capital of Cape Verde).
    if matches!(prev_word, "da" | "das" | "dos" | "de" | "del" | "di") {
        return None;
    }
    // "Sanaa airport", "Hodeidah port", "Cairo International Airport": a facility the gazetteer
    // lacks is in the town it is named after.
    let stem = written
        .rsplit_once(' ')
        .filter(|(_, head)| {
            head.starts_with(|c: char| c.is_lowercase()) && crate::entities::lexicon::LOWER_PLACE_HEADS.contains(head)
        })
        .map(|(stem, _)| stem)
        .or_else(|| {
            [" International Airport", " Airport", " Air Base", " Airbase"]
                .iter()
                .find_map(|head| written.strip_suffix(head))
                .filter(|stem| !stem.is_empty())
        });
    let found = lookup(&written).or_else(|| lookup(&e.name)).or_else(|| stem.and_then(lookup)).or_else(|| {
        if locative {
            lookup_unguarded(&written)
        } else {
            None
        }
    });
    if border && found.is_some_and(|p| p.kind == PlaceKind::Country) {
        return None;
    }
    // "the governor of Kurdistan province" (Iran) is not the "Kurdistan Region" (Iraq): a name
    // written as a province is not an area the gazetteer calls a region by another name.
    let province = matches!(next_word.trim_end_matches(|c: char| !c.is_alphabetic()), "province" | "governorate")
        || written.ends_with(" province")
        || written.ends_with(" governorate");
    if province && found.is_some_and(|p| p.name.ends_with(" Region") && !written.ends_with(" Region")) {
        return None;
    }
    // "U.S. forces would face …", "Turkish-backed … Iranian officials": a country naming whose
    // forces or officials they are says nothing of where they are (unless "in U.S. forces' …").
    let agents = matches!(
        crate::scan::lowercase_cow(next_word).trim_end_matches(|c: char| !c.is_alphabetic()),
        "forces"
            | "troops"
            | "soldiers"
            | "officials"
            | "military"
            | "personnel"
            | "diplomats"
            | "contractors"
            | "warships"
            | "aircraft"
            | "jets"
            | "drones"
            | "navy"
            | "army"
            | "nationals"
            | "citizens"
    );
    if agents && !locative && found.is_some_and(|p| p.kind == PlaceKind::Country) {
        return None;
    }
    if let Some(p) = found {
        // "east Baghdad": a direction in front makes a city a district-level place.
        let before = block_text.get(..m.start).unwrap_or("").trim_end();
        let dir = crate::scan::lowercase_cow(before.rsplit(' ').next().unwrap_or(""));
        if p.kind == PlaceKind::City && crate::entities::lexicon::DIRECTIONS.contains(dir.as_ref()) {
            let phrase = format!("{dir} {}", p.name);
            if let Some(d) = lookup(&phrase) {
                return Some(place_of(d, Some(phrase), false));
            }
            let mut pl = place_of(p, Some(phrase.clone()), false);
            pl.name = phrase;
            return Some(pl);
        }
        return Some(place_of(p, Some(written), false));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_and_false_friends() {
        assert_eq!(lookup("Baghdad").map(|p| p.kind), Some(PlaceKind::City));
        assert!(lookup("Hit").is_none());
        assert_eq!(lookup("Iraq").map(|p| p.kind), Some(PlaceKind::Country));
        // Remembered answers are the same answers.
        for name in ["Baghdad", "Hit", "Iraq", "Nowhere", "the Tigris", "Kadhimi’s", ""] {
            assert_eq!(lookup(name), lookup_uncached(name), "{name:?}");
            assert_eq!(lookup(name), lookup_uncached(name), "{name:?}");
        }
    }

    /// The first mention of `name` in `text`.
    fn mention_of(text: &str, name: &str) -> Mention {
        let start = text.find(name).expect("in text");
        Mention { block: 0, start, end: start + name.len() }
    }

    /// Resolves the place entity `name`, mentioned once in `text`.
    fn resolve_named_place(text: &str, name: &str) -> Option<Place> {
        let m = mention_of(text, name);
        let e = Entity {
            id: "ent-1".into(),
            name: name.into(),
            kind: EntityKind::Place,
            aliases: vec![],
            acronym: None,
            mentions: vec![m],
            corrected: false,
        };
        resolve_mention(&e, &m, text, name.to_string())
    }

    #[test]
    fn people_held_somewhere_and_a_flags_country_do_not_locate_the_event() {
        let someone = |text: &str, name: &str| about_someone(text, &mention_of(text, name));
        let text = "Gunmen from the clan of one of the men held in Samawah exchanged fire in al-Hamza.";
        assert!(someone(text, "Samawah"));
        assert!(!someone(text, "al-Hamza"));
        let text = "The navy seized a tanker flying the flag of Comoros off the island of Qeshm.";
        assert!(someone(text, "Comoros"));
        assert!(!someone(text, "Qeshm"));
        // The event's own passive keeps its place: "two men were held in Basra".
        assert!(!someone("On May 2, two men were held in Basra.", "Basra"));
    }

    #[test]
    fn facilities_and_tribes() {
        let text = "He was held at Sanaa airport by the Daur tribe.";
        let index_place = |name: &str| resolve_named_place(text, name);
        let airport = index_place("Sanaa airport").expect("the town of the airport");
        assert_eq!(airport.name, "Sanaa");
        assert_eq!(airport.text.as_deref(), Some("Sanaa airport"));
        assert!(index_place("Daur").is_none(), "a tribe is not the town");
        let text = "Gunmen raided a town close to the Niger border in Middle Juba.";
        let at = |name: &str| resolve_named_place(text, name);
        assert!(at("Niger").is_none(), "a border's country is not the place");
        assert!(at("Juba").is_none(), "Middle Juba is not Juba");
        let text = "Insurgents raided Mocímboa da Praia again.";
        assert!(resolve_named_place(text, "Praia").is_none(), "the tail of a longer name");
        assert_eq!(
            resolve_named_place(text, "Mocímboa da Praia").map(|p| p.name).as_deref(),
            Some("Mocimboa da Praia")
        );
        assert_eq!(
            resolve_named_place("They held him in Radaa.", "Radaa").map(|p| p.lat),
            lookup("Radā‘").map(|p| p.lat)
        );
        assert!(
            resolve_named_place("He warned that U.S. forces would leave.", "U.S.").is_none(),
            "whose forces, not where"
        );
    }

    #[test]
    fn names_standing_for_people_or_governments() {
        let people = |text: &str, name: &str, country: bool| stands_for_people(text, &mention_of(text, name), country);
        assert!(people("The Asayish released one of the two Makhmour men.", "Makhmour", false));
        assert!(people("Cairo also moved to change the governor.", "Cairo", false));
        assert!(people("A drone hit a U.S. logistics outpost in Jordan.", "U.S.", true));
        assert!(!people("A drone hit a U.S. logistics outpost in Jordan.", "Jordan", true));
        assert!(!people("Rockets fell on Cairo overnight.", "Cairo", false));
        assert!(!people("He was held in the United States for a year.", "United States", true));
        let airport = resolve_named_place(
            "He was arrested at Nasiriyah International Airport.",
            "Nasiriyah International Airport",
        );
        assert_eq!(airport.map(|p| p.name).as_deref(), Some("Nasiriyah"), "a named airport is in its town");
    }

    #[test]
    fn origins_flight_paths_and_destinations_are_en_route() {
        let route = |text: &str, name: &str| en_route(text, &mention_of(text, name));
        let text = "Officers arrested him at Cairo airport as he returned from a conference in Berlin.";
        assert!(route(text, "Berlin"), "where he came back from");
        let text = "A drone launched from the desert west of Mayadin was shot down.";
        assert!(route(text, "Mayadin"), "where it was launched");
        let text = "Militiamen crossed from Tikrit into Samarra and shelled a checkpoint in Baiji.";
        assert!(route(text, "Tikrit"), "an origin");
        assert!(!route(text, "Samarra") && !route(text, "Baiji"));
        let text = "Protesters, most of them from Najaf and Karbala, blocked a bridge in Kirkuk.";
        assert!(route(text, "Najaf") && route(text, "Karbala"), "a pair of origins");
        assert!(!route(text, "Kirkuk"));
        let text = "Drones flying over the Nineveh Plains struck a depot at Mosul airport.";
        assert!(route(text, "Nineveh Plains"), "a flight path");
        assert!(!route("Fighting raged over Mosul for weeks.", "Mosul"), "over, but no aircraft");
        let text = "Gatherers, most of them from villages around Salamiyah, were killed east of Ithriya.";
        assert!(route(text, "Salamiyah"), "the place of an origin noun after from");
        assert!(!route(text, "Ithriya"));
        let text = "A bomb hit a bus back from a deployment in Nuwaidrat near Sitra.";
        assert!(route(text, "Nuwaidrat") && !route(text, "Sitra"));
        assert!(route("Rockets were fired from one bank of the Tigris to the other.", "Tigris"));
        let text = "Gunmen abducted him from his home in Nabatieh.";
        assert!(!route(text, "Nabatieh"), "taken from a home there happened there");
        assert!(!route("Police came from Baghdad, and in Basra they arrested two men.", "Basra"));
        let text = "Protesters blocked the highway between Kirkuk and Erbil at Altun Kupri.";
        assert!(route(text, "Kirkuk") && route(text, "Erbil"), "the ends of a road");
        assert!(!route(text, "Altun Kupri"));
        let text = "Agents seized two men in Hilla and flew them to Erbil.";
        assert!(route(text, "Erbil"), "a destination after a transfer verb");
        assert!(!route(text, "Hilla"));
        assert!(!route("Gunmen opened fire on a convoy heading to Ramadi.", "Ramadi"), "no transfer verb");
        let text = "Its aircraft dropped leaflets over Nawa and Tasil.";
        assert!(route(text, "Nawa") && route(text, "Tasil"), "a flight path's pair");
        let text = "Police at Mekelle's airport pulled him off a flight to Addis Ababa.";
        assert!(route(text, "Addis Ababa"), "where a flight was going");
    }

    #[test]
    fn a_towns_site_locates_and_a_quote_is_not_the_scene() {
        let text = "Police at Mekelle's airport held him. A rally in Mekelle's Romanat Square met. Iran's Revolutionary Guard said so.";
        assert!(!owner_possessive(text, &mention_of(text, "Mekelle")), "Mekelle's airport");
        let second = text.rfind("Mekelle").unwrap();
        assert!(
            !owner_possessive(text, &Mention { block: 0, start: second, end: second + 7 }),
            "Mekelle's Romanat Square"
        );
        assert!(owner_possessive(text, &mention_of(text, "Iran")));
        let text = "The chairman told a rally in Mekelle that anyone who \"opens the door to Asmara\" would answer.";
        assert!(quoted(text, 0, text.find("Asmara").unwrap()) && !quoted(text, 0, text.find("Mekelle").unwrap()));
    }

    #[test]
    fn a_province_named_like_a_smaller_town_is_the_province() {
        // "the governor-general of Golestan": the province, not the town of Golestan near Tehran.
        assert_eq!(lookup("Golestan").map(|p| p.precision), Some(GeoPrecision::Region));
        assert_eq!(lookup("Khuzestan").map(|p| p.name.as_str()), Some("Khuzestan"));
    }

    #[test]
    fn a_province_is_not_a_region_of_another_name() {
        let text = "On Saturday, the governor of Kurdistan province offered to reopen the market.";
        assert!(resolve_named_place(text, "Kurdistan").is_none());
        // Iran's province is in the gazetteer under its own name.
        let province = resolve_named_place(text, "Kurdistan province").map(|p| p.name);
        assert_eq!(province.as_deref(), Some("Kurdistan Province"));
        let text = "The governor of Kurdistan met the KRG.";
        assert!(resolve_named_place(text, "Kurdistan").is_some());
    }

    #[test]
    fn unknown_places_are_named_and_located_to_their_country() {
        let at = |text: &str, name: &str| written_as_location(text, &mention_of(text, name));
        assert!(at("residents of the border village of Ramyeh blocked a patrol", "Ramyeh"));
        assert!(at("detained her at her home in the Azadi district", "Azadi"));
        assert!(at("a strike destroyed a house in Aita al-Shaab", "Aita al-Shaab"));
        assert!(at("gunmen surrounded their camp in the desert east of Ithriya", "Ithriya"), "a direction of");
        assert!(at("the coast guard intercepted a boat off Ras Hayan", "Ras Hayan"));
        assert!(locative_before("at his house in the Rahimawa neighborhood", 20), "in, past a the");
        assert!(!locative_before("the border of the Rahimawa neighborhood", 18));
        let text = "He told a rally in Sabeen Square that \"its ships in the Red Sea are a target.\"";
        assert!(quoted(text, 0, text.find("Red Sea").expect("in text")), "a place inside a quotation");
        assert!(!quoted(text, 0, text.find("Sabeen").expect("in text")));
        assert!(quoted("a “ship in the Red Sea”", 0, 17) && !quoted("a “ship” in the Red Sea", 0, 20));
        assert!(!at("a spokesman of Ramyeh said", "Ramyeh"), "of after a person is not a location");
        assert!(!at("Ramyeh residents blocked a patrol", "Ramyeh"));
        let tyre = place_of(lookup("Tyre").expect("a Lebanese city"), None, false);
        let lebanon = place_of(lookup("Lebanon").expect("a country"), None, false);
        assert_eq!(
            unlocated("Khiam".into(), Some(&lebanon), &Geography::default()).map(|p| p.name).as_deref(),
            Some("Khiam, Lebanon")
        );
        let about_israel =
            Geography { country: Some("IL".into()), country_entry: gazetteer().country("IL"), ..Geography::default() };
        let p = unlocated("Ramyeh".into(), Some(&tyre), &about_israel).expect("located to a country");
        assert_eq!(p.name, "Ramyeh, Lebanon", "the story's country, not the article's");
        assert_eq!((p.precision, p.inferred), (GeoPrecision::Country, true));
        let p = unlocated("Shlomi".into(), None, &about_israel).expect("the article's country");
        assert_eq!(p.name, "Shlomi, Israel");
        assert!(unlocated("Ramyeh".into(), None, &Geography::default()).is_none(), "no country to say");
    }

    #[test]
    fn the_place_an_office_is_over() {
        let at = |text: &str, name: &str| written_as_location(text, &mention_of(text, name));
        assert!(at("appointed a new police commander for Cabo Delgado, Commissioner Ernesto", "Cabo Delgado"));
        assert!(at("named him governor of Wasit", "Wasit"));
        let text =
            "the ministry named Colonel Ali Ali, who had served in Idlib, as security chief for Latakia province";
        assert!(locative_before(text, text.find("Latakia").expect("in text")), "a title's for");
        let text = "who fought in the 2017 campaign for Tal Afar";
        assert!(!locative_before(text, text.find("Tal Afar").expect("in text")), "for after no title");
        assert!(!at("the fighting for Tal Afar", "Tal Afar"));
    }

    #[test]
    fn the_articles_country_reads_stems_and_the_named_countrys_namesake() {
        let country = |text: &str| {
            let a = crate::analyze(text);
            Geography::new(&a.entities).country
        };
        // "Tripoli" in a piece that names Lebanon once is Lebanon's Tripoli.
        let text = "A Test\n\nJun 14, 2022\n\nBrief Analysis\n\nA summary.\n\nThe old front line in Tripoli woke again. Gunmen in Tripoli fired on Jabal Mohsen. Tripoli's clerics met. Tripoli is poor. The army in Tripoli deployed; officials in Beirut and across Lebanon worried.\n";
        assert_eq!(country(text).as_deref(), Some("LB"));
        // "Afrin district" counts as Afrin, in Syria, above the Turkish actors.
        let text = "A Test\n\nJun 14, 2022\n\nBrief Analysis\n\nA summary.\n\nFactions rule the Afrin district. In the Afrin district, Turkey's allies seized homes. The Afrin district is tense, and Turkey is silent about the Afrin district of Syria.\n";
        assert_eq!(country(text).as_deref(), Some("SY"));
    }

    #[test]
    fn an_events_place_is_the_namesake_in_the_articles_country() {
        let text = "A Test\n\nJun 14, 2022\n\nBrief Analysis\n\nA summary.\n\nOn June 2, gunmen in Tripoli shot dead a sheikh. On June 3, soldiers arrested two men outside Jabal Mohsen, in Tripoli. Officials in Beirut and across Lebanon worried.\n";
        let a = crate::analyze(text);
        let places: Vec<(String, f64)> =
            a.events.iter().filter_map(|e| e.place.as_ref()).map(|p| (p.name.clone(), p.lat)).collect();
        assert!(!places.is_empty(), "{places:?}");
        // (Lebanon's Tripoli lies near 34.4° N, Libya's near 32.9° N.)
        assert!(places.iter().all(|(name, lat)| *lat > 33.5 && !name.contains("Libya")), "{places:?}");
    }

    #[test]
    fn a_town_with_no_population_abroad_fits_only_when_its_country_is_named() {
        let radaa = place_of(lookup("Radaa").expect("a Yemeni district seat"), None, false);
        let tripoli = place_of(lookup("Tripoli").expect("a city"), None, false);
        let about = |code: &str, named: &[&str]| Geography {
            country: Some(code.to_string()),
            named_countries: named.iter().map(|c| c.to_string()).collect(),
            ..Geography::default()
        };
        assert!(about("YE", &["YE"]).fits(&radaa));
        assert!(!about("LY", &["LY"]).fits(&radaa), "Libya's Radaa militia is not the Yemeni town");
        assert!(about("LY", &["LY", "YE"]).fits(&radaa), "an article that names Yemen");
        assert!(about("YE", &["YE"]).fits(&tripoli), "a city with a population fits anywhere");
    }

    #[test]
    fn a_district_fits_only_an_article_about_its_country() {
        let mansour = place_of(lookup("Mansour").expect("a curated Baghdad district"), None, false);
        let baghdad = place_of(lookup("Baghdad").expect("a city"), None, false);
        let about = |code: &str| Geography { country: Some(code.to_string()), ..Geography::default() };
        assert!(about("IQ").fits(&mansour));
        assert!(!about("SY").fits(&mansour), "a Baghdad district in a piece about Syria");
        assert!(about("SY").fits(&baghdad), "a city elsewhere is still that city");
        assert!(Geography::default().fits(&mansour));
    }
}
