//! Pure splitting of a block's text into a tree of nested marks (evidence, link, strong, em,
//! date, mention), robust to overlapping, crossing, out-of-range and mid-character ranges.
//!
//! Every range boundary cuts the text into segments; each segment records, per layer, which
//! mark covers it; consecutive segments with the same mark on the outermost layer are grouped
//! into one element, recursively down the layers. Crossing ranges are split at the outer
//! boundaries instead of producing invalid nesting; nothing ever panics.

use std::ops::Range;

/// The layers, outermost first. The order decides which element nests inside which.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Layer {
    /// An event's evidence sentence.
    Evidence,
    /// A link span.
    Link,
    Strong,
    Em,
    /// A date expression of an event.
    Date,
    /// An entity mention.
    Mention,
}

const LAYERS: [Layer; 6] = [Layer::Evidence, Layer::Link, Layer::Strong, Layer::Em, Layer::Date, Layer::Mention];

/// One range to mark: `payload` is the caller's id (an event, a span, an entity index…),
/// `sub` a secondary one (which evidence item of the event, which mention of the entity).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    pub layer: Layer,
    pub start: usize,
    pub end: usize,
    pub payload: usize,
    pub sub: usize,
}

impl Mark {
    pub fn new(layer: Layer, start: usize, end: usize, payload: usize) -> Self {
        Mark { layer, start, end, payload, sub: 0 }
    }

    pub fn with_sub(mut self, sub: usize) -> Self {
        self.sub = sub;
        self
    }
}

/// A node of the rendered tree. `marks` of an element are indices into the (clamped) marks
/// the caller passed: for the evidence layer all events covering the group (a sentence can
/// hold two events), for the other layers exactly one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    Text(Range<usize>),
    Element { layer: Layer, marks: Vec<usize>, range: Range<usize>, children: Vec<Node> },
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Clamp a range to `text` and snap it to character boundaries; `None` when nothing is left.
pub fn clamp_range(text: &str, start: usize, end: usize) -> Option<Range<usize>> {
    if start >= end || start >= text.len() {
        return None;
    }
    let s = floor_boundary(text, start);
    let e = ceil_boundary(text, end);
    (s < e).then_some(s..e)
}

#[derive(Debug)]
struct Segment {
    range: Range<usize>,
    /// Per layer: the covering marks' indices (the key of that layer).
    keys: [Vec<usize>; 6],
}

/// Split `text` by `marks` into a tree. Marks out of range are clamped, empty ones skipped.
/// The returned tree covers the whole text in order, and the indices in `Node::Element::marks`
/// refer to `marks`.
pub fn segment(text: &str, marks: &[Mark]) -> Vec<Node> {
    if text.is_empty() {
        return Vec::new();
    }
    let clamped: Vec<Option<Range<usize>>> = marks.iter().map(|m| clamp_range(text, m.start, m.end)).collect();
    let mut cuts: Vec<usize> = vec![0, text.len()];
    for r in clamped.iter().flatten() {
        cuts.push(r.start);
        cuts.push(r.end);
    }
    atlas_core::sort::sort(&mut cuts);
    cuts.dedup();

    let segments: Vec<Segment> = cuts
        .windows(2)
        .map(|w| {
            let range = w[0]..w[1];
            let mut keys: [Vec<usize>; 6] = Default::default();
            for (li, layer) in LAYERS.iter().enumerate() {
                let covering = clamped.iter().enumerate().filter_map(|(i, r)| {
                    let r = r.as_ref()?;
                    (marks[i].layer == *layer && r.start <= range.start && range.end <= r.end).then_some(i)
                });
                keys[li] = match layer {
                    Layer::Evidence => {
                        let mut v: Vec<usize> = covering.collect();
                        atlas_core::sort::sort_by_key(&mut v, |&i| (marks[i].payload, i));
                        v
                    }
                    // One mark per layer: the longest, then the earliest, then the first given.
                    _ => covering
                        .max_by(|&a, &b| {
                            let (ra, rb) = (clamped[a].as_ref(), clamped[b].as_ref());
                            let la = ra.map_or(0, |r| r.len());
                            let lb = rb.map_or(0, |r| r.len());
                            la.cmp(&lb)
                                .then_with(|| {
                                    let sa = ra.map_or(0, |r| r.start);
                                    let sb = rb.map_or(0, |r| r.start);
                                    sb.cmp(&sa)
                                })
                                .then_with(|| b.cmp(&a))
                        })
                        .into_iter()
                        .collect(),
                };
            }
            Segment { range, keys }
        })
        .collect();
    build(&segments, 0)
}

fn build(segs: &[Segment], layer: usize) -> Vec<Node> {
    let mut out = Vec::new();
    if layer == LAYERS.len() {
        // Leaves: merge adjacent text.
        let (Some(first), Some(last)) = (segs.first(), segs.last()) else {
            return out;
        };
        out.push(Node::Text(first.range.start..last.range.end));
        return out;
    }
    let mut i = 0;
    while i < segs.len() {
        let key = &segs[i].keys[layer];
        let mut j = i + 1;
        while j < segs.len() && &segs[j].keys[layer] == key {
            j += 1;
        }
        let group = &segs[i..j];
        let children = build(group, layer + 1);
        if key.is_empty() {
            out.extend(children);
        } else {
            out.push(Node::Element {
                layer: LAYERS[layer],
                marks: key.clone(),
                range: group[0].range.start..group[group.len() - 1].range.end,
                children,
            });
        }
        i = j;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Render a tree as a compact string: `[L:text]` per element, layer initial.
    fn show(text: &str, nodes: &[Node]) -> String {
        let mut s = String::new();
        for n in nodes {
            match n {
                Node::Text(r) => s.push_str(&text[r.clone()]),
                Node::Element { layer, children, .. } => {
                    let tag = match layer {
                        Layer::Evidence => "V",
                        Layer::Link => "A",
                        Layer::Strong => "B",
                        Layer::Em => "I",
                        Layer::Date => "T",
                        Layer::Mention => "M",
                    };
                    s.push('[');
                    s.push_str(tag);
                    s.push(':');
                    s.push_str(&show(text, children));
                    s.push(']');
                }
            }
        }
        s
    }

    fn concat(text: &str, nodes: &[Node]) -> String {
        let mut s = String::new();
        for n in nodes {
            match n {
                Node::Text(r) => s.push_str(&text[r.clone()]),
                Node::Element { children, .. } => s.push_str(&concat(text, children)),
            }
        }
        s
    }

    #[test]
    fn no_marks_is_plain_text() {
        let t = "Hello world.";
        assert_eq!(show(t, &segment(t, &[])), t);
        assert!(segment("", &[Mark::new(Layer::Em, 0, 3, 0)]).is_empty());
    }

    #[test]
    fn nested_marks_nest_by_layer() {
        let t = "Militias struck KH in Baghdad.";
        let marks = [
            Mark::new(Layer::Evidence, 0, 30, 7),
            Mark::new(Layer::Link, 9, 15, 0),
            Mark::new(Layer::Mention, 16, 18, 1),
            Mark::new(Layer::Mention, 22, 29, 2),
        ];
        assert_eq!(show(t, &segment(t, &marks)), "[V:Militias [A:struck] [M:KH] in [M:Baghdad].]");
    }

    #[test]
    fn crossing_ranges_split_at_outer_boundaries() {
        let t = "abcdefghij";
        let marks = [Mark::new(Layer::Link, 2, 6, 0), Mark::new(Layer::Mention, 4, 8, 0)];
        assert_eq!(show(t, &segment(t, &marks)), "ab[A:cd[M:ef]][M:gh]ij");
    }

    #[test]
    fn overlapping_mentions_keep_the_longest() {
        let t = "Iraqi National Intelligence Service (INIS) said";
        let marks = [
            Mark::new(Layer::Mention, 0, 5, 0),
            Mark::new(Layer::Mention, 0, 42, 1),
            Mark::new(Layer::Mention, 37, 41, 2),
        ];
        let tree = segment(t, &marks);
        assert_eq!(tree.len(), 2);
        match &tree[0] {
            Node::Element { marks: m, range, .. } => {
                assert_eq!(m, &vec![1]);
                assert_eq!(range, &(0..42));
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn two_events_in_one_sentence_share_an_element() {
        let t = "They seized him and freed him.";
        let marks = [Mark::new(Layer::Evidence, 0, 30, 3), Mark::new(Layer::Evidence, 0, 30, 1)];
        match &segment(t, &marks)[0] {
            Node::Element { marks: m, .. } => assert_eq!(m, &vec![1, 0]),
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn bad_offsets_are_clamped_or_skipped() {
        let t = "كتائب حزب الله and KH";
        let marks = [
            Mark::new(Layer::Mention, 1, 3, 0),     // inside a two-byte character
            Mark::new(Layer::Mention, 500, 600, 1), // past the end
            Mark::new(Layer::Mention, 9, 4, 2),     // reversed
            Mark::new(Layer::Link, 31, 999, 3),     // runs past the end
            Mark::new(Layer::Em, 0, 0, 4),          // empty
        ];
        let tree = segment(t, &marks);
        assert_eq!(concat(t, &tree), t);
        let s = show(t, &tree);
        assert!(s.starts_with("[M:كت]"), "{s}");
        assert!(s.ends_with("[A:KH]"), "{s}");
    }

    #[test]
    fn every_byte_range_combination_is_safe() {
        let t = "aé—b😀c";
        for a in 0..=t.len() + 1 {
            for b in 0..=t.len() + 1 {
                let marks = [
                    Mark::new(Layer::Mention, a, b, 0),
                    Mark::new(Layer::Link, b / 2, a + 1, 1),
                    Mark::new(Layer::Evidence, a / 2, b, 2),
                ];
                assert_eq!(concat(t, &segment(t, &marks)), t);
            }
        }
    }
}
