//! Scanning text into runs of characters: ASCII on a byte path, other characters decoded.

/// [`char::is_alphanumeric`] with the ASCII case inlined.
#[inline(always)]
pub(crate) fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

/// [`char::is_whitespace`] with the ASCII case inlined.
#[inline(always)]
pub(crate) fn is_whitespace(c: char) -> bool {
    matches!(c, ' ' | '\t'..='\r') || (!c.is_ascii() && c.is_whitespace())
}

/// [`str::to_lowercase`], on the byte path when only ASCII letters change: when `s` is ASCII, or
/// its other characters (curly quotes, dashes, "é") are their own lowercase.
pub(crate) fn to_lowercase(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii() {
            i += 1;
            continue;
        }
        let c = s[i..].chars().next().unwrap_or(' ');
        let mut lower = c.to_lowercase();
        if lower.next() != Some(c) || lower.next().is_some() {
            return s.to_lowercase();
        }
        i += c.len_utf8();
    }
    s.to_ascii_lowercase()
}

/// Byte ranges `(start, end)` of the maximal runs of characters for which `keep` holds, in order.
pub(crate) fn runs<F: Fn(char) -> bool>(s: &str, keep: F) -> Runs<'_, F> {
    Runs { s, at: 0, keep }
}

pub(crate) struct Runs<'a, F> {
    s: &'a str,
    at: usize,
    keep: F,
}

impl<F: Fn(char) -> bool> Runs<'_, F> {
    /// The character at byte `i` (a char boundary) and its length.
    #[inline(always)]
    fn char_at(&self, i: usize) -> (char, usize) {
        let b = self.s.as_bytes()[i];
        if b.is_ascii() {
            (char::from(b), 1)
        } else {
            let c = self.s[i..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER);
            (c, c.len_utf8())
        }
    }
}

impl<F: Fn(char) -> bool> Iterator for Runs<'_, F> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        let len = self.s.len();
        while self.at < len {
            let (c, n) = self.char_at(self.at);
            if (self.keep)(c) {
                break;
            }
            self.at += n;
        }
        if self.at >= len {
            return None;
        }
        let start = self.at;
        while self.at < len {
            let (c, n) = self.char_at(self.at);
            if !(self.keep)(c) {
                break;
            }
            self.at += n;
        }
        Some((start, self.at))
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
    fn runs_of_word_chars() {
        let s = "  Al-Kadhimi’s house, 2021—now ";
        let words: Vec<&str> =
            runs(s, |c| c.is_alphanumeric() || c == '-' || c == '’').map(|(a, b)| &s[a..b]).collect();
        assert_eq!(words, vec!["Al-Kadhimi’s", "house", "2021", "now"]);
        assert_eq!(runs("", char::is_alphanumeric).count(), 0);
        assert_eq!(runs("é", char::is_alphanumeric).collect::<Vec<_>>(), vec![(0, 2)]);
    }
}
