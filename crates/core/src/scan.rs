//! Scanning text into runs of characters: ASCII on a byte path, other characters decoded.

/// [`char::is_alphanumeric`] with the ASCII case inlined, and the General Punctuation block
/// (curly quotes, dashes, ellipses: common in articles, no letters or digits) answered without
/// the Unicode tables.
#[inline(always)]
pub(crate) fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        !('\u{2000}'..='\u{206F}').contains(&c) && c.is_alphanumeric()
    }
}

/// [`char::is_whitespace`] with the ASCII case inlined.
#[inline(always)]
pub(crate) fn is_whitespace(c: char) -> bool {
    matches!(c, ' ' | '\t'..='\r') || (!c.is_ascii() && c.is_whitespace())
}

/// Does `s` end with `tail`, ignoring ASCII case (with no lowercase copy of `s`): "… by the End
/// of" ends with "by the end of".
pub(crate) fn ends_with_ignore_ascii_case(s: &str, tail: &str) -> bool {
    let (s, tail) = (s.as_bytes(), tail.as_bytes());
    s.len() >= tail.len() && s[s.len() - tail.len()..].eq_ignore_ascii_case(tail)
}

/// [`str::to_lowercase`], on the byte path when only ASCII letters change: when `s` is ASCII, or
/// its other characters (curly quotes, dashes, "é") are their own lowercase.
pub(crate) fn to_lowercase(s: &str) -> String {
    if lowercase_changes_only_ascii(s) {
        s.to_ascii_lowercase()
    } else {
        s.to_lowercase()
    }
}

/// [`to_lowercase`], borrowing `s` when it is ASCII with no capital (nothing to change).
pub(crate) fn lowercase_cow(s: &str) -> std::borrow::Cow<'_, str> {
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(to_lowercase(s))
    }
}

/// Does [`str::to_lowercase`] change only ASCII letters of `s` (so that it is
/// [`str::to_ascii_lowercase`], with the same byte offsets)?
pub(crate) fn lowercase_changes_only_ascii(s: &str) -> bool {
    if s.is_ascii() {
        return true;
    }
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii() {
            i += 1;
            continue;
        }
        // General Punctuation (U+2000–U+206F: curly quotes, dashes, ellipses) has no case.
        if bytes[i] == 0xE2
            && (bytes.get(i + 1) == Some(&0x80)
                || (bytes.get(i + 1) == Some(&0x81) && bytes.get(i + 2).is_some_and(|&b| b <= 0xAF)))
        {
            i += 3;
            continue;
        }
        let c = s[i..].chars().next().unwrap_or(' ');
        let mut lower = c.to_lowercase();
        if lower.next() != Some(c) || lower.next().is_some() {
            return false;
        }
        i += c.len_utf8();
    }
    true
}

/// A set of characters to scan runs of: a table for ASCII bytes (most text), a test for the others.
pub(crate) struct Class {
    /// For each byte: 1 for an ASCII byte in the class, 0 for one out of it, [`NOT_ASCII`] for the
    /// others (asked of `other`).
    table: [u8; 256],
    other: fn(char) -> bool,
}

/// [`Class::table`]'s mark of a byte that is not ASCII.
const NOT_ASCII: u8 = 2;

impl Class {
    const fn of_ascii(ascii: [bool; 128], other: fn(char) -> bool) -> Class {
        let mut table = [NOT_ASCII; 256];
        let mut b = 0;
        while b < 128 {
            table[b] = ascii[b] as u8;
            b += 1;
        }
        Class { table, other }
    }

    /// ASCII letters and digits and the `extra` bytes; other characters as `other` says.
    const fn alphanumeric_and(extra: &[u8], other: fn(char) -> bool) -> Class {
        let mut ascii = [false; 128];
        let mut b = 0;
        while b < 128 {
            ascii[b] = (b as u8).is_ascii_alphanumeric();
            b += 1;
        }
        let mut i = 0;
        while i < extra.len() {
            ascii[extra[i] as usize] = true;
            i += 1;
        }
        Class::of_ascii(ascii, other)
    }

    /// Every ASCII byte but whitespace ([`is_whitespace`]) and the `extra` bytes; other characters
    /// as `other` says.
    const fn non_space_except(extra: &[u8], other: fn(char) -> bool) -> Class {
        let mut ascii = [true; 128];
        let mut b = 0;
        while b < 128 {
            ascii[b] = !matches!(b as u8, b' ' | b'\t'..=b'\r');
            b += 1;
        }
        let mut i = 0;
        while i < extra.len() {
            ascii[extra[i] as usize] = false;
            i += 1;
        }
        Class::of_ascii(ascii, other)
    }

    /// Is `c` in the class?
    #[inline(always)]
    pub(crate) fn contains(&self, c: char) -> bool {
        if c.is_ascii() {
            self.table[c as usize] == 1
        } else {
            (self.other)(c)
        }
    }
}

/// Letters and digits ([`is_alphanumeric`]).
pub(crate) const ALPHANUMERIC: Class = Class::alphanumeric_and(b"", is_alphanumeric);
/// Letters, digits, hyphens and apostrophes (straight and curly): the words of events.
pub(crate) const WORD: Class = Class::alphanumeric_and(b"-'", |c| c == '’' || is_alphanumeric(c));
/// [`WORD`] and full stops ("U.S."): the words of entities, trimmed afterwards.
pub(crate) const WORD_OR_DOT: Class = Class::alphanumeric_and(b"-'.", |c| c == '’' || is_alphanumeric(c));
/// Anything but whitespace.
pub(crate) const NON_SPACE: Class = Class::non_space_except(b"", |c| !is_whitespace(c));
/// Anything but whitespace, dashes and slashes: the words of dates ("2019–2020", "May/June").
pub(crate) const NON_SPACE_DASH_SLASH: Class =
    Class::non_space_except(b"/", |c| !(is_whitespace(c) || c == '—' || c == '–'));

/// Byte ranges `(start, end)` of the maximal runs of characters of `class`, in order.
pub(crate) fn runs<'a>(s: &'a str, class: &'a Class) -> Runs<'a> {
    Runs { s, at: 0, class }
}

pub(crate) struct Runs<'a> {
    s: &'a str,
    at: usize,
    class: &'a Class,
}

impl Runs<'_> {
    /// Is the non-ASCII character at byte `i` (a char boundary) in the class, and how long is it?
    fn other_at(&self, i: usize) -> (bool, usize) {
        let c = self.s[i..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER);
        (self.class.contains(c), c.len_utf8())
    }

    /// The first byte at or after `i` whose character is (`keep`) or is not (`!keep`) in the
    /// class, or the end; ASCII on the table alone.
    #[inline(always)]
    fn seek(&self, mut i: usize, keep: bool) -> usize {
        let bytes = self.s.as_bytes();
        let table = &self.class.table;
        // The ASCII bytes to pass over, in a tight loop that any other byte stops.
        let pass = u8::from(!keep);
        loop {
            while let Some(&b) = bytes.get(i) {
                if table[usize::from(b)] != pass {
                    break;
                }
                i += 1;
            }
            match bytes.get(i) {
                Some(&b) if !b.is_ascii() => {
                    let (is_in, n) = self.other_at(i);
                    if is_in == keep {
                        return i;
                    }
                    i += n;
                }
                _ => return i,
            }
        }
    }
}

impl Iterator for Runs<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        let start = self.seek(self.at, true);
        if start >= self.s.len() {
            self.at = start;
            return None;
        }
        self.at = self.seek(start, false);
        Some((start, self.at))
    }
}

/// A quick test of a word against a list: a bit for each length under 32, first byte and last
/// byte (each taken modulo 32) of a word of the list, which turns away most other words without
/// hashing them.
pub(crate) struct WordFilter {
    /// (On the heap: the lexicons are statics, which would otherwise each hold 4 KB in the binary.)
    bits: Box<[[u32; 32]; 32]>,
}

impl WordFilter {
    pub(crate) fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> WordFilter {
        let mut bits = Box::new([[0u32; 32]; 32]);
        for w in words {
            if let (Some(&first), Some(&last)) = (w.as_bytes().first(), w.as_bytes().last()) {
                if w.len() < 32 {
                    bits[w.len()][usize::from(first & 31)] |= 1 << (last & 31);
                }
            }
        }
        WordFilter { bits }
    }

    /// Could `w` be in the list? (Always yes for an empty word or one of 32 bytes or more.)
    #[inline]
    pub(crate) fn may_contain(&self, w: &str) -> bool {
        match (w.as_bytes().first(), w.as_bytes().last()) {
            (Some(&first), Some(&last)) if w.len() < 32 => {
                self.bits[w.len()][usize::from(first & 31)] >> (last & 31) & 1 != 0
            }
            _ => true,
        }
    }
}

/// A set of words (the lexicons), asked first of a [`WordFilter`].
pub struct WordSet {
    set: rustc_hash::FxHashSet<&'static str>,
    filter: WordFilter,
}

impl WordSet {
    /// Is `w` in the set?
    #[inline]
    pub fn contains(&self, w: &str) -> bool {
        self.filter.may_contain(w) && self.set.contains(w)
    }
}

impl FromIterator<&'static str> for WordSet {
    fn from_iter<I: IntoIterator<Item = &'static str>>(words: I) -> Self {
        let set: rustc_hash::FxHashSet<&'static str> = words.into_iter().collect();
        let filter = WordFilter::new(set.iter().copied());
        WordSet { set, filter }
    }
}

/// A set of words, to ask whether any occurs in a text as a substring in one pass over its
/// triples of bytes per 64 words of three bytes or more (words shorter than that are searched
/// for one by one).
pub(crate) struct Substrings {
    chunks: Vec<SubstringChunk>,
    short: Vec<&'static str>,
}

/// Up to 64 words of three bytes or more.
struct SubstringChunk {
    words: Vec<&'static str>,
    /// For each byte, the words whose first (`[0]`), second (`[1]`) or third (`[2]`) byte it is, a bit per word.
    table: [[u64; 256]; 3],
}

impl Substrings {
    pub(crate) fn new(words: &[&'static str]) -> Substrings {
        let (long, short): (Vec<&'static str>, Vec<&'static str>) = words.iter().partition(|w| w.len() >= 3);
        let chunks = long
            .chunks(64)
            .map(|words| {
                let mut table = [[0u64; 256]; 3];
                for (k, word) in words.iter().enumerate() {
                    for (pos, &b) in word.as_bytes().iter().take(3).enumerate() {
                        table[pos][usize::from(b)] |= 1 << k;
                    }
                }
                SubstringChunk { words: words.to_vec(), table }
            })
            .collect();
        Substrings { chunks, short }
    }

    /// Does any of the words occur in `hay`?
    pub(crate) fn any_in(&self, hay: &[u8]) -> bool {
        self.chunks.iter().any(|c| c.any_in(hay))
            || self.short.iter().any(|w| w.is_empty() || hay.windows(w.len()).any(|x| x == w.as_bytes()))
    }
}

impl SubstringChunk {
    fn any_in(&self, hay: &[u8]) -> bool {
        let [first, second, third] = &self.table;
        // Rolling over the bytes: the words whose first byte is the previous byte, and those
        // whose first two bytes are the two previous bytes.
        let (mut one, mut two) = (0u64, 0u64);
        for (end, &b) in hay.iter().enumerate() {
            let b = usize::from(b);
            let mut bits = two & third[b];
            while bits != 0 {
                let k = bits.trailing_zeros() as usize;
                if hay[end - 2..].starts_with(self.words[k].as_bytes()) {
                    return true;
                }
                bits &= bits - 1;
            }
            two = one & second[b];
            one = first[b];
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inlined_classes_agree_with_std() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_whitespace(c), c.is_whitespace(), "{c:?}");
        }
    }

    #[test]
    fn lowercase_agrees_with_std() {
        for s in [
            "",
            "Baghdad",
            "Kadhimi’s “house” — é",
            "İstanbul",
            "ΣΟΦΙΑ Σ",
            "ΌΣΟΣ",
            "Ǆemal ǅ",
            "ẞ straße",
            "ﬁ ﬀ",
            "Ḩamāh Ə",
            "قال ذلك",
            "\u{2028}A\u{a0}B",
        ] {
            assert_eq!(to_lowercase(s), s.to_lowercase(), "{s:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn lowercase_agrees_with_std_on_any_text(s in "\\PC{0,40}") {
            proptest::prop_assert_eq!(to_lowercase(&s), s.to_lowercase());
        }
    }

    #[test]
    fn classes_agree_with_their_tests() {
        // Each class and the closure test it stands for.
        type Expected = fn(char) -> bool;
        let classes: [(&Class, Expected); 5] = [
            (&ALPHANUMERIC, is_alphanumeric),
            (&WORD, |c| is_alphanumeric(c) || c == '-' || c == '\'' || c == '’'),
            (&WORD_OR_DOT, |c| is_alphanumeric(c) || c == '-' || c == '\'' || c == '’' || c == '.'),
            (&NON_SPACE, |c| !is_whitespace(c)),
            (&NON_SPACE_DASH_SLASH, |c| !(is_whitespace(c) || c == '—' || c == '–' || c == '/')),
        ];
        for (class, test) in classes {
            for c in (0..=0x10FFFF).filter_map(char::from_u32) {
                assert_eq!(class.contains(c), test(c), "{c:?}");
            }
        }
    }

    #[test]
    fn word_set_agrees_with_a_hash_set() {
        let words = ["", "a", "the", "thé", "İstanbul", "abcdefghijklmnopqrstuvwxyzabcdefgh", "x-y"];
        let set: WordSet = words.iter().copied().filter(|w| w.len() != 3).collect();
        for w in words.iter().copied().chain(["th", "thes", "b", "abcdefghijklmnopqrstuvwxyzabcdefg", "xay", "x-Y"]) {
            assert_eq!(set.contains(w), w.len() != 3 && words.contains(&w), "{w:?}");
        }
    }

    #[test]
    fn substrings_agree_with_contains() {
        const WORDS: &[&str] = &["a", "ab", "", "abc", "red line", "will pay", "xyz", "act of war", "b1", "c10", "c33"];
        let hays = ["", "a", "zb", "they will pay", "an act of war", "c33", "xc34y", "zzz", "zzzz", "qqab", "b1x"];
        // More words than one pass asks: "w00x" … "w99x".
        let many: Vec<&'static str> = (0..100).map(|k| &*Box::leak(format!("w{k:02}x").into_boxed_str())).collect();
        let hays = hays.into_iter().chain(["w00x", "aw63xb", "w64x", "w99", "w99x"]);
        for words in [WORDS, &WORDS[3..], &WORDS[5..8], &many, &many[60..]] {
            let set = Substrings::new(words);
            for hay in hays.clone() {
                let expected = words.iter().any(|w| hay.contains(w));
                assert_eq!(set.any_in(hay.as_bytes()), expected, "{hay:?} in {words:?}");
            }
        }
    }

    #[test]
    fn runs_of_word_chars() {
        let s = "  Al-Kadhimi’s house, 2021—now ";
        let words: Vec<&str> = runs(s, &WORD).map(|(a, b)| &s[a..b]).collect();
        assert_eq!(words, vec!["Al-Kadhimi’s", "house", "2021", "now"]);
        assert_eq!(runs("", &ALPHANUMERIC).count(), 0);
        assert_eq!(runs("é", &ALPHANUMERIC).collect::<Vec<_>>(), vec![(0, 2)]);
    }
}
