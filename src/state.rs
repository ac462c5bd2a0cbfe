//! The one app state: the analysis being shown plus selection, filters and view choices,
//! changed only through named [`Action`]s (`yew::Reducible`). Pure and natively tested.

use std::cmp::Ordering;
use std::fmt;
use std::rc::Rc;

use atlas_core::{Analysis, Correction, Event, EventKind};
use yew::Reducible;

use crate::derive::Derived;
use crate::format::date_bounds;

/// The views of the mobile layout (on wide screens all are shown side by side).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Tab {
    #[default]
    Reader,
    Map,
    Timeline,
}

impl Tab {
    pub const ALL: [Tab; 3] = [Tab::Reader, Tab::Map, Tab::Timeline];

    pub fn label(self) -> &'static str {
        match self {
            Tab::Reader => "Reader",
            Tab::Map => "Map",
            Tab::Timeline => "Timeline",
        }
    }

    /// Stable id fragment: `tab-reader`, `panel-reader`.
    pub fn slug(self) -> &'static str {
        match self {
            Tab::Reader => "reader",
            Tab::Map => "map",
            Tab::Timeline => "timeline",
        }
    }

    /// The neighbour for arrow-key navigation (wraps around).
    pub fn step(self, delta: isize) -> Tab {
        let n = Self::ALL.len() as isize;
        let i = Self::ALL.iter().position(|t| *t == self).unwrap_or(0) as isize;
        Self::ALL[(i + delta).rem_euclid(n) as usize]
    }
}

/// What the correction editor has open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Editing {
    Event(String),
    Entity(String),
}

/// Columns the events table sorts by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SortKey {
    /// Order of appearance in the text.
    #[default]
    Order,
    Date,
    Kind,
    Place,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Sort {
    pub key: SortKey,
    pub descending: bool,
}

/// Every change to the state, by name.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Show another analysis; clears selection and filters.
    Load(Rc<Analysis>),
    /// Select an event by id (or clear with `None`); every view follows.
    SelectEvent(Option<String>),
    /// Select an entity by id (or clear): highlights its mentions, filters events to it.
    SelectEntity(Option<String>),
    SetTab(Tab),
    /// Hide or show the events of one kind.
    ToggleKind(EventKind),
    /// Show every kind again.
    ShowAllKinds,
    /// Keep only events overlapping `from..=to` (`YYYY-MM-DD`), or clear.
    SetDateRange(Option<(String, String)>),
    /// Sort the events table by a column; the same column again flips the direction.
    SortBy(SortKey),
    /// Clear kind, entity and date filters (not the selected event).
    ClearFilters,
    /// Restore a shareable view (from the URL hash); unknown ids are dropped.
    ApplyView(View),
    /// Apply a correction to the analysis (kept as a layer; see `atlas_core::corrections`).
    /// A refused one leaves everything as it was and sets `correction_error`.
    Correct(Correction),
    /// Take back the last correction (it can be redone).
    Undo,
    /// Make the last undone correction again.
    Redo,
    /// Open the correction editor on an event or entity (or close it).
    Edit(Option<Editing>),
    /// Wait for a click on the map to set this event's place (or stop waiting).
    PickPlace(Option<String>),
}

/// A set of event kinds (the hidden ones), one bit per kind: what a `BTreeSet<EventKind>` would
/// hold, in the same order, without compiling a B-tree into the wasm for eleven kinds.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
pub struct KindSet(u16);

impl KindSet {
    fn bit(kind: EventKind) -> u16 {
        1 << kind as u16
    }

    pub fn contains(&self, kind: &EventKind) -> bool {
        self.0 & Self::bit(*kind) != 0
    }

    /// Adds `kind`; `false` if it was in already.
    pub fn insert(&mut self, kind: EventKind) -> bool {
        let added = !self.contains(&kind);
        self.0 |= Self::bit(kind);
        added
    }

    /// Takes `kind` out; `false` if it was not in.
    pub fn remove(&mut self, kind: &EventKind) -> bool {
        let removed = self.contains(kind);
        self.0 &= !Self::bit(*kind);
        removed
    }

    pub fn clear(&mut self) {
        self.0 = 0;
    }

    pub fn is_empty(&self) -> bool {
        self.0 == 0
    }

    pub fn len(&self) -> usize {
        self.0.count_ones() as usize
    }

    /// The kinds in the set, in the kinds' order (as a `BTreeSet` gives them).
    pub fn iter(&self) -> impl Iterator<Item = EventKind> + '_ {
        EventKind::ALL.into_iter().filter(|kind| self.contains(kind))
    }
}

impl Extend<EventKind> for KindSet {
    fn extend<I: IntoIterator<Item = EventKind>>(&mut self, kinds: I) {
        for kind in kinds {
            self.insert(kind);
        }
    }
}

impl FromIterator<EventKind> for KindSet {
    fn from_iter<I: IntoIterator<Item = EventKind>>(kinds: I) -> Self {
        let mut set = KindSet::default();
        set.extend(kinds);
        set
    }
}

impl fmt::Debug for KindSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

/// The shareable part of the state, kept in the URL hash:
/// `#event=ev-3&entity=ent-2&tab=map&hide=attack,threat&from=2020-01-01&to=2021-12-31`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct View {
    pub event: Option<String>,
    pub entity: Option<String>,
    pub tab: Tab,
    pub hidden_kinds: KindSet,
    pub date_range: Option<(String, String)>,
}

/// Percent-encode everything but unreserved characters.
fn encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        match (bytes[i], bytes.get(i + 1), bytes.get(i + 2)) {
            (b'%', Some(&h), Some(&l)) if hex(h).is_some() && hex(l).is_some() => {
                out.push((hex(h).unwrap_or(0) * 16 + hex(l).unwrap_or(0)) as u8);
                i += 3;
            }
            (b'+', _, _) => {
                out.push(b' ');
                i += 1;
            }
            (c, _, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn kind_from_str(s: &str) -> Option<EventKind> {
    EventKind::ALL.iter().copied().find(|k| k.as_str() == s)
}

impl View {
    /// The hash for this view, `""` for the default view, else starting with `#`.
    pub fn to_hash(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if let Some(e) = &self.event {
            parts.push(format!("event={}", encode(e)));
        }
        if let Some(e) = &self.entity {
            parts.push(format!("entity={}", encode(e)));
        }
        if self.tab != Tab::default() {
            parts.push(format!("tab={}", self.tab.slug()));
        }
        if !self.hidden_kinds.is_empty() {
            let kinds: Vec<&str> = self.hidden_kinds.iter().map(|k| k.as_str()).collect();
            parts.push(format!("hide={}", kinds.join(",")));
        }
        if let Some((from, to)) = &self.date_range {
            parts.push(format!("from={}&to={}", encode(from), encode(to)));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("#{}", parts.join("&"))
        }
    }

    /// Read a hash written by [`View::to_hash`]. `None` when it is not one of ours (an
    /// in-page anchor such as `#source-2`); the empty hash is the default view.
    pub fn parse(hash: &str) -> Option<View> {
        let h = hash.strip_prefix('#').unwrap_or(hash);
        let mut view = View::default();
        if h.is_empty() {
            return Some(view);
        }
        if !h.contains('=') {
            return None;
        }
        let (mut from, mut to) = (None, None);
        for pair in h.split('&') {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let v = decode(v);
            match k {
                "event" if !v.is_empty() => view.event = Some(v),
                "entity" if !v.is_empty() => view.entity = Some(v),
                "tab" => view.tab = Tab::ALL.iter().copied().find(|t| t.slug() == v).unwrap_or_default(),
                "hide" => view.hidden_kinds = v.split(',').filter_map(kind_from_str).collect(),
                "from" if !v.is_empty() => from = Some(v),
                "to" if !v.is_empty() => to = Some(v),
                _ => {}
            }
        }
        view.date_range = match (from, to) {
            (Some(a), Some(b)) => Some(if a <= b { (a, b) } else { (b, a) }),
            _ => None,
        };
        Some(view)
    }
}

#[derive(Debug, Clone)]
pub struct AppState {
    pub analysis: Rc<Analysis>,
    pub derived: Rc<Derived>,
    pub selected_event: Option<String>,
    pub selected_entity: Option<String>,
    pub tab: Tab,
    pub hidden_kinds: KindSet,
    pub date_range: Option<(String, String)>,
    pub sort: Sort,
    /// Bumped on every event selection (even of the same event) so views can scroll or fly
    /// to it again.
    pub reveal: u32,
    /// Corrections undone in this session, the next to redo last.
    pub redo: Vec<Correction>,
    /// Bumped whenever corrections change the analysis, so it gets saved.
    pub revision: u32,
    /// Why the last correction was refused, for the editor to show.
    pub correction_error: Option<String>,
    pub editing: Option<Editing>,
    /// The event whose place the next click on the map sets.
    pub picking_place: Option<String>,
}

/// Equal states, as the app context compares them on every render of a provider: the analysis and
/// what is derived from it are first compared by identity (the usual case, and a book-length
/// analysis takes milliseconds to compare item by item), then by value.
impl PartialEq for AppState {
    fn eq(&self, other: &Self) -> bool {
        fn same<T: PartialEq>(a: &Rc<T>, b: &Rc<T>) -> bool {
            Rc::ptr_eq(a, b) || **a == **b
        }
        let AppState {
            analysis,
            derived,
            selected_event,
            selected_entity,
            tab,
            hidden_kinds,
            date_range,
            sort,
            reveal,
            redo,
            revision,
            correction_error,
            editing,
            picking_place,
        } = self;
        same(analysis, &other.analysis)
            && same(derived, &other.derived)
            && *selected_event == other.selected_event
            && *selected_entity == other.selected_entity
            && *tab == other.tab
            && *hidden_kinds == other.hidden_kinds
            && *date_range == other.date_range
            && *sort == other.sort
            && *reveal == other.reveal
            && *redo == other.redo
            && *revision == other.revision
            && *correction_error == other.correction_error
            && *editing == other.editing
            && *picking_place == other.picking_place
    }
}

impl AppState {
    pub fn new(analysis: Rc<Analysis>) -> Self {
        let derived = Rc::new(Derived::new(&analysis));
        AppState {
            analysis,
            derived,
            selected_event: None,
            selected_entity: None,
            tab: Tab::default(),
            hidden_kinds: KindSet::default(),
            date_range: None,
            sort: Sort::default(),
            reveal: 0,
            redo: Vec::new(),
            revision: 0,
            correction_error: None,
            editing: None,
            picking_place: None,
        }
    }

    /// Show `analysis` (a corrected version of the current one) keeping the view; a selection
    /// whose event or entity is gone is dropped.
    fn corrected(&self, analysis: Analysis, redo: Vec<Correction>) -> AppState {
        let analysis = Rc::new(analysis);
        let derived = Rc::new(Derived::new(&analysis));
        let mut next = AppState {
            analysis,
            derived,
            redo,
            revision: self.revision.wrapping_add(1),
            correction_error: None,
            ..self.clone()
        };
        if next.selected_event.as_deref().is_some_and(|id| next.event_index(id).is_none()) {
            next.selected_event = None;
        }
        if next.selected_entity.as_deref().is_some_and(|id| next.entity_index(id).is_none()) {
            next.selected_entity = None;
        }
        let gone = match &next.editing {
            Some(Editing::Event(id)) => next.event_index(id).is_none(),
            Some(Editing::Entity(id)) => next.entity_index(id).is_none(),
            None => false,
        };
        if gone {
            next.editing = None;
        }
        next
    }

    /// What Undo would take back, for its label.
    pub fn undo_label(&self) -> Option<String> {
        self.analysis.correction_log().last().map(|c| c.describe())
    }

    /// What Redo would make again, for its label.
    pub fn redo_label(&self) -> Option<String> {
        self.redo.last().map(|c| c.describe())
    }

    /// The shareable part of the state.
    pub fn view(&self) -> View {
        View {
            event: self.selected_event.clone(),
            entity: self.selected_entity.clone(),
            tab: self.tab,
            hidden_kinds: self.hidden_kinds,
            date_range: self.date_range.clone(),
        }
    }

    pub fn event_index(&self, id: &str) -> Option<usize> {
        self.derived.event_by_id.get(id).copied()
    }

    pub fn entity_index(&self, id: &str) -> Option<usize> {
        self.derived.entity_by_id.get(id).copied()
    }

    pub fn selected_event_index(&self) -> Option<usize> {
        self.selected_event.as_deref().and_then(|id| self.event_index(id))
    }

    pub fn selected_entity_index(&self) -> Option<usize> {
        self.selected_entity.as_deref().and_then(|id| self.entity_index(id))
    }

    /// Whether any filter (kind, entity, date range) is active.
    pub fn is_filtered(&self) -> bool {
        !self.hidden_kinds.is_empty() || self.selected_entity.is_some() || self.date_range.is_some()
    }

    /// Whether event `i` passes the kind, entity and date-range filters.
    pub fn event_visible(&self, i: usize) -> bool {
        let Some(ev) = self.analysis.events.get(i) else {
            return false;
        };
        if self.hidden_kinds.contains(&ev.kind) {
            return false;
        }
        if let Some(n) = self.selected_entity_index() {
            if !self.derived.event_entities.get(i).is_some_and(|ents| ents.contains(&n)) {
                return false;
            }
        }
        if let Some((from, to)) = &self.date_range {
            let Some(d) = &ev.date else {
                return false;
            };
            let (lo, hi) = date_bounds(d);
            if hi < *from || lo > *to {
                return false;
            }
        }
        true
    }

    /// Indices of the events passing the filters, in text order.
    pub fn visible_events(&self) -> Vec<usize> {
        (0..self.analysis.events.len()).filter(|&i| self.event_visible(i)).collect()
    }

    /// Visible events in the events table's sort order. Undated and unplaced events sort
    /// last in ascending order; ties keep text order.
    pub fn sorted_visible_events(&self) -> Vec<usize> {
        let events = &self.analysis.events;
        let mut v = self.visible_events();
        let key = self.sort.key;
        atlas_core::sort::sort_by(&mut v, |&a, &b| {
            let (ea, eb) = (&events[a], &events[b]);
            let desc = self.sort.descending;
            compare(key, desc, ea, eb).then_with(|| if key == SortKey::Order && desc { b.cmp(&a) } else { a.cmp(&b) })
        });
        v
    }
}

/// Compare two events by `key`; events without the value always sort last.
fn compare(key: SortKey, descending: bool, a: &Event, b: &Event) -> Ordering {
    let dir = |o: Ordering| if descending { o.reverse() } else { o };
    let some_first = |a: Option<_>, b: Option<_>| -> Ordering {
        match (a, b) {
            (Some(x), Some(y)) => dir(Ord::cmp(&x, &y)),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        }
    };
    match key {
        SortKey::Order => Ordering::Equal,
        SortKey::Date => {
            some_first(a.date.as_ref().map(|d| date_bounds(d).0), b.date.as_ref().map(|d| date_bounds(d).0))
        }
        SortKey::Kind => dir(a.kind.as_str().cmp(b.kind.as_str())),
        SortKey::Place => {
            some_first(a.place.as_ref().map(|p| p.name.to_lowercase()), b.place.as_ref().map(|p| p.name.to_lowercase()))
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Load(analysis) => {
                let mut fresh = AppState::new(analysis);
                fresh.tab = self.tab;
                fresh.sort = self.sort;
                return Rc::new(fresh);
            }
            Action::SelectEvent(id) => {
                if let Some(id) = &id {
                    if self.event_index(id).is_none() {
                        return self;
                    }
                }
                next.selected_event = id;
                next.reveal = self.reveal.wrapping_add(1);
            }
            Action::SelectEntity(id) => {
                if let Some(id) = &id {
                    if self.entity_index(id).is_none() {
                        return self;
                    }
                }
                if next.selected_entity == id {
                    return self;
                }
                next.selected_entity = id;
            }
            Action::SetTab(tab) => {
                if self.tab == tab {
                    return self;
                }
                next.tab = tab;
            }
            Action::ToggleKind(kind) => {
                if !next.hidden_kinds.remove(&kind) {
                    next.hidden_kinds.insert(kind);
                }
            }
            Action::ShowAllKinds => {
                if self.hidden_kinds.is_empty() {
                    return self;
                }
                next.hidden_kinds.clear();
            }
            Action::SetDateRange(range) => {
                let range = range.map(|(a, b)| if a <= b { (a, b) } else { (b, a) });
                if self.date_range == range {
                    return self;
                }
                next.date_range = range;
            }
            Action::SortBy(key) => {
                next.sort = if self.sort.key == key {
                    Sort { key, descending: !self.sort.descending }
                } else {
                    Sort { key, descending: false }
                };
            }
            Action::ClearFilters => {
                if !self.is_filtered() {
                    return self;
                }
                next.hidden_kinds.clear();
                next.selected_entity = None;
                next.date_range = None;
            }
            Action::ApplyView(view) => {
                let event = view.event.filter(|id| self.event_index(id).is_some());
                let entity = view.entity.filter(|id| self.entity_index(id).is_some());
                let view = View { event, entity, ..view };
                if self.view() == view {
                    return self;
                }
                if view.event.is_some() && view.event != self.selected_event {
                    next.reveal = self.reveal.wrapping_add(1);
                }
                next.selected_event = view.event;
                next.selected_entity = view.entity;
                next.tab = view.tab;
                next.hidden_kinds = view.hidden_kinds;
                next.date_range = view.date_range;
            }
            Action::Correct(correction) => {
                let adds = matches!(correction, Correction::AddEvent { .. });
                return Rc::new(match self.analysis.correct(correction) {
                    Ok(analysis) => {
                        let added = match analysis.correction_log().last() {
                            Some(Correction::AddEvent { event }) if adds => Some(event.id.clone()),
                            _ => None,
                        };
                        let mut next = self.corrected(analysis, Vec::new());
                        // A new event is selected and opened for its kind, date and place.
                        if let Some(id) = added {
                            next.selected_event = Some(id.clone());
                            next.reveal = next.reveal.wrapping_add(1);
                            next.editing = Some(Editing::Event(id));
                        }
                        next
                    }
                    Err(e) => AppState { correction_error: Some(e.to_string()), ..(*self).clone() },
                });
            }
            Action::Undo => {
                let Some((analysis, undone)) = self.analysis.undo_correction() else {
                    return self;
                };
                let mut redo = self.redo.clone();
                redo.push(undone);
                return Rc::new(self.corrected(analysis, redo));
            }
            Action::Redo => {
                let mut redo = self.redo.clone();
                let Some(again) = redo.pop() else {
                    return self;
                };
                return Rc::new(match self.analysis.correct(again) {
                    Ok(analysis) => self.corrected(analysis, redo),
                    Err(e) => AppState { correction_error: Some(e.to_string()), redo, ..(*self).clone() },
                });
            }
            Action::Edit(editing) => {
                next.editing = editing;
                next.correction_error = None;
                next.picking_place = None;
            }
            Action::PickPlace(event) => {
                if let Some(id) = &event {
                    if self.event_index(id).is_none() {
                        return self;
                    }
                    next.editing = None;
                    next.tab = Tab::Map;
                } else if let Some(id) = self.picking_place.clone() {
                    // Back to the form it came from.
                    next.editing = Some(Editing::Event(id));
                }
                next.picking_place = event;
            }
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::sample_analysis;

    fn state() -> Rc<AppState> {
        Rc::new(AppState::new(Rc::new(sample_analysis())))
    }

    #[test]
    fn a_kind_set_is_the_set_of_its_kinds_in_their_order() {
        let mut set = KindSet::default();
        let mut model = std::collections::BTreeSet::new();
        let kinds = EventKind::ALL.iter().rev().chain(EventKind::ALL.iter().step_by(3));
        for (i, kind) in kinds.enumerate() {
            if i % 4 == 3 {
                assert_eq!(set.remove(kind), model.remove(kind));
            } else {
                assert_eq!(set.insert(*kind), model.insert(*kind));
            }
            assert_eq!(set.iter().collect::<Vec<_>>(), model.iter().copied().collect::<Vec<_>>());
            assert_eq!((set.len(), set.is_empty()), (model.len(), model.is_empty()));
            assert_eq!(format!("{set:?}"), format!("{model:?}"));
        }
        set.clear();
        assert!(set.is_empty() && set == KindSet::default());
    }

    #[test]
    fn selecting_an_event_bumps_reveal_and_ignores_unknown_ids() {
        let s = state();
        let s = s.reduce(Action::SelectEvent(Some("ev-2".into())));
        assert_eq!(s.selected_event.as_deref(), Some("ev-2"));
        assert_eq!(s.selected_event_index(), Some(1));
        assert_eq!(s.reveal, 1);
        let s = s.reduce(Action::SelectEvent(Some("ev-2".into())));
        assert_eq!(s.reveal, 2, "re-selecting reveals again");
        let before = s.clone();
        let s = s.reduce(Action::SelectEvent(Some("nope".into())));
        assert!(Rc::ptr_eq(&before, &s));
        let s = s.reduce(Action::SelectEvent(None));
        assert_eq!(s.selected_event, None);
    }

    #[test]
    fn corrections_undo_and_redo_keep_the_view() {
        let s = state().reduce(Action::SelectEvent(Some("ev-2".into()))).reduce(Action::ToggleKind(EventKind::Threat));
        let s = s.reduce(Action::Correct(Correction::EventKind { event: "ev-2".into(), kind: EventKind::Arrest }));
        assert_eq!(s.analysis.events[1].kind, EventKind::Arrest);
        assert!(s.analysis.events[1].corrected);
        assert_eq!(s.selected_event.as_deref(), Some("ev-2"), "the selection stays");
        assert!(s.hidden_kinds.contains(&EventKind::Threat), "the filters stay");
        assert_eq!(s.revision, 1);
        assert_eq!(s.undo_label().as_deref(), Some("kind of ev-2"));

        let s = s.reduce(Action::Correct(Correction::DeleteEvent { event: "ev-2".into() }));
        assert_eq!(s.selected_event, None, "a deleted event is no longer selected");
        assert_eq!(s.analysis.events.len(), 3);

        let s = s.reduce(Action::Undo);
        assert_eq!(s.analysis.events.len(), 4);
        assert_eq!(s.redo_label().as_deref(), Some("deletion of ev-2"));
        let s = s.reduce(Action::Undo);
        assert_eq!(*s.analysis, sample_analysis(), "undoing everything gives the original back");
        let before = s.clone();
        assert!(Rc::ptr_eq(&before, &s.clone().reduce(Action::Undo)), "nothing left to undo");
        let s = s.reduce(Action::Redo).reduce(Action::Redo);
        assert_eq!(s.analysis.events.len(), 3);
        assert!(s.redo.is_empty());

        // A new correction clears redo; a refused one says why and changes nothing.
        let s = s.reduce(Action::Undo).reduce(Action::Correct(Correction::DeleteEvent { event: "ev-1".into() }));
        assert!(s.redo.is_empty());
        let refused = s.clone().reduce(Action::Correct(Correction::DeleteEvent { event: "ev-9".into() }));
        assert_eq!(refused.correction_error.as_deref(), Some("There is no event ev-9 in this article."));
        assert_eq!(refused.analysis, s.analysis);
    }

    #[test]
    fn kind_filter_toggles() {
        let s = state().reduce(Action::ToggleKind(EventKind::Attack));
        assert_eq!(s.visible_events(), vec![1, 2, 3]);
        assert!(s.is_filtered());
        let s = s.reduce(Action::ToggleKind(EventKind::Attack));
        assert_eq!(s.visible_events(), vec![0, 1, 2, 3]);
        let s = s
            .reduce(Action::ToggleKind(EventKind::Threat))
            .reduce(Action::ToggleKind(EventKind::Attack))
            .reduce(Action::ShowAllKinds);
        assert!(!s.is_filtered());
    }

    #[test]
    fn entity_selection_filters_events() {
        let s = state().reduce(Action::SelectEntity(Some("ent-2".into())));
        // Kataib Hezbollah: actor of the confrontation and the threat.
        assert_eq!(s.visible_events(), vec![1, 3]);
        let same = s.clone().reduce(Action::SelectEntity(Some("ent-2".into())));
        assert!(Rc::ptr_eq(&s, &same));
        let s = s.reduce(Action::ClearFilters);
        assert_eq!(s.selected_entity, None);
        assert_eq!(s.visible_events().len(), 4);
    }

    #[test]
    fn date_range_keeps_overlapping_and_drops_undated() {
        let s = state().reduce(Action::SetDateRange(Some(("2021-12-31".into(), "2020-04-15".into()))));
        assert_eq!(s.date_range, Some(("2020-04-15".into(), "2021-12-31".into())), "reversed bounds are put in order");
        // April 2020 overlaps mid-April; the undated threat is dropped.
        assert_eq!(s.visible_events(), vec![0, 1, 2]);
        let s = s.reduce(Action::SetDateRange(Some(("2021-01-01".into(), "2021-06-30".into()))));
        assert_eq!(s.visible_events(), vec![2]);
    }

    #[test]
    fn sorting_by_date_and_direction() {
        let s = state().reduce(Action::SortBy(SortKey::Date));
        assert_eq!(s.sorted_visible_events(), vec![1, 2, 0, 3]);
        let s = s.reduce(Action::SortBy(SortKey::Date));
        assert!(s.sort.descending);
        assert_eq!(s.sorted_visible_events(), vec![0, 2, 1, 3], "undated stays last");
        let s = s.reduce(Action::SortBy(SortKey::Kind));
        assert!(!s.sort.descending);
        // assassination, attack, confrontation, threat
        assert_eq!(s.sorted_visible_events(), vec![2, 0, 1, 3]);
        let s = s.reduce(Action::SortBy(SortKey::Place));
        // Baghdad (0), Baghdad (1), Mansour (2), no place (3)
        assert_eq!(s.sorted_visible_events(), vec![0, 1, 2, 3]);
    }

    #[test]
    fn tabs_step_and_wrap() {
        assert_eq!(Tab::Reader.step(1), Tab::Map);
        assert_eq!(Tab::Reader.step(-1), Tab::Timeline);
        assert_eq!(Tab::Timeline.step(1), Tab::Reader);
        let s = state().reduce(Action::SetTab(Tab::Map));
        assert_eq!(s.tab, Tab::Map);
    }

    #[test]
    fn views_round_trip_through_the_hash() {
        let view = View {
            event: Some("ev 3/é".into()),
            entity: Some("ent-2".into()),
            tab: Tab::Map,
            hidden_kinds: [EventKind::Threat, EventKind::Attack].into_iter().collect(),
            date_range: Some(("2020-01-01".into(), "2021-12-31".into())),
        };
        let hash = view.to_hash();
        assert_eq!(
            hash,
            "#event=ev%203%2F%C3%A9&entity=ent-2&tab=map&hide=attack,threat&from=2020-01-01&to=2021-12-31"
        );
        assert_eq!(View::parse(&hash), Some(view));
        assert_eq!(View::default().to_hash(), "");
        assert_eq!(View::parse(""), Some(View::default()));
        assert_eq!(View::parse("#"), Some(View::default()));
        assert_eq!(View::parse("#source-2"), None, "in-page anchors are not views");
        let odd = View::parse("#tab=nope&hide=attack,bogus&from=2021&event=").expect("ours");
        assert_eq!(odd.tab, Tab::Reader);
        assert_eq!(odd.hidden_kinds.len(), 1);
        assert_eq!(odd.date_range, None, "a range needs both ends");
        assert_eq!(odd.event, None);
    }

    #[test]
    fn applying_a_view_drops_unknown_ids_and_reveals() {
        let s = state();
        let view = View::parse("#event=ev-3&entity=ent-99&tab=timeline").expect("ours");
        let s = s.reduce(Action::ApplyView(view.clone()));
        assert_eq!(s.selected_event.as_deref(), Some("ev-3"));
        assert_eq!(s.selected_entity, None);
        assert_eq!(s.tab, Tab::Timeline);
        assert_eq!(s.reveal, 1);
        let again = s.clone().reduce(Action::ApplyView(View { entity: None, ..view }));
        assert!(Rc::ptr_eq(&s, &again), "the same view changes nothing");
        let s = s.reduce(Action::ApplyView(View::default()));
        assert_eq!(s.view(), View::default());
    }

    #[test]
    fn load_resets_selection_but_keeps_view() {
        let s = state()
            .reduce(Action::SetTab(Tab::Timeline))
            .reduce(Action::SelectEvent(Some("ev-1".into())))
            .reduce(Action::ToggleKind(EventKind::Attack))
            .reduce(Action::Load(Rc::new(sample_analysis())));
        assert_eq!(s.tab, Tab::Timeline);
        assert_eq!(s.selected_event, None);
        assert!(s.hidden_kinds.is_empty());
    }
}
