//! Reading the keys of one TOML table, every problem located and recorded.
//!
//! The reader remembers each key it is asked for, so the keys a table may have are exactly
//! the keys the schema reads: [`Fields::finish`] reports the others as unknown (with the
//! closest known one), and a key that is missing because it was misspelt is reported once,
//! as the misspelling.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeString, DeTable, DeValue};

use super::diagnostic::{Diagnostics, Location};
use super::model::Keyword;
use super::validate;

/// A string value with the byte range it was read from.
pub type Located = (String, Range<usize>);

/// The keys of one table as they are read. Every type problem is recorded, and the key then
/// reads as absent.
pub struct Fields<'t, 'i, 'd, 's> {
    table: &'t DeTable<'i>,
    span: Range<usize>,
    /// How the table is written, for messages: `[[status]]`.
    what: &'static str,
    source: &'s str,
    diagnostics: &'d mut Diagnostics<'s>,
    /// Every key asked for so far: the keys this kind of table may have.
    read: Vec<&'static str>,
    /// Required keys found missing, reported by `finish` unless they were misspelt.
    missing: Vec<&'static str>,
}

impl<'t, 'i, 'd, 's> Fields<'t, 'i, 'd, 's> {
    /// A reader of `table`, whose header spans `span` of `source`.
    pub fn new(
        table: &'t DeTable<'i>,
        span: Range<usize>,
        what: &'static str,
        source: &'s str,
        diagnostics: &'d mut Diagnostics<'s>,
    ) -> Self {
        Fields {
            table,
            span,
            what,
            source,
            diagnostics,
            read: Vec::new(),
            missing: Vec::new(),
        }
    }

    /// Where the table starts: its `[[…]]` header, or the `{` of an inline table.
    pub fn location(&self) -> Location {
        Location::of_offset(self.source, self.header_start())
    }

    pub fn location_of(&self, span: &Range<usize>) -> Location {
        Location::of_offset(self.source, span.start)
    }

    /// The byte offset where the table starts: `toml` spans a `[[…]]` table by its header and
    /// an inline table by its braces. (Looking back for `[[` would find one in an earlier
    /// comment or string when the table is inline.)
    fn header_start(&self) -> usize {
        self.span.start.min(self.source.len())
    }

    /// Records a problem at the start of `span`.
    pub fn error(&mut self, span: &Range<usize>, message: impl Into<String>) {
        self.diagnostics.push(span, message);
    }

    /// The raw value of `key`, which becomes a known key of the table.
    pub fn get(&mut self, key: &'static str) -> Option<&'t Spanned<DeValue<'i>>> {
        if !self.read.contains(&key) {
            self.read.push(key);
        }
        self.table.get(key)
    }

    fn wrong_type(&mut self, key: &str, expected: &str, found: &Spanned<DeValue<'i>>) {
        self.diagnostics.push(
            &found.span(),
            format!(
                "`{key}` must be {expected}, found {}",
                found.get_ref().type_str()
            ),
        );
    }

    pub fn optional_str(&mut self, key: &'static str) -> Option<Located> {
        let value = self.get(key)?;
        if let DeValue::String(text) = value.get_ref() {
            Some((text.to_string(), value.span()))
        } else {
            self.wrong_type(key, "a string", value);
            None
        }
    }

    pub fn required_str(&mut self, key: &'static str) -> Option<Located> {
        if self.get(key).is_none() {
            self.missing.push(key);
            return None;
        }
        self.optional_str(key)
    }

    pub fn optional_bool(&mut self, key: &'static str) -> Option<bool> {
        let value = self.get(key)?;
        if let DeValue::Boolean(flag) = value.get_ref() {
            Some(*flag)
        } else {
            self.wrong_type(key, "`true` or `false`", value);
            None
        }
    }

    pub fn optional_str_array(&mut self, key: &'static str) -> Vec<Located> {
        let Some(value) = self.get(key) else {
            return Vec::new();
        };
        let DeValue::Array(items) = value.get_ref() else {
            self.wrong_type(key, "an array of strings", value);
            return Vec::new();
        };
        let mut strings = Vec::new();
        for item in items {
            match item.get_ref() {
                DeValue::String(text) => strings.push((text.to_string(), item.span())),
                other => {
                    let message =
                        format!("`{key}` must hold only strings, found {}", other.type_str());
                    self.diagnostics.push(&item.span(), message);
                }
            }
        }
        strings
    }

    /// A value written as one word of `T`'s fixed set, e.g. `state = "unused"`.
    pub fn optional_keyword<T: Keyword>(&mut self, key: &'static str) -> Option<T> {
        let mut words: Vec<&str> = Vec::with_capacity(T::KEYWORDS.len());
        let mut index = 0;
        while index < T::KEYWORDS.len() {
            words.push(T::KEYWORDS[index].0);
            index += 1;
        }
        let index = self.optional_word(key, &words)?;
        Some(T::KEYWORDS[index].1)
    }

    /// The index in `words` of the word `key` holds; an unknown word is reported. Apart from
    /// [`Fields::optional_keyword`] so that one copy of it serves every keyword type.
    fn optional_word(&mut self, key: &'static str, words: &[&str]) -> Option<usize> {
        let (word, span) = self.optional_str(key)?;
        let found = words.iter().position(|known| *known == word);
        if found.is_none() {
            let mut known: Vec<String> = Vec::with_capacity(words.len());
            for word in words {
                known.push(format!("`{word}`"));
            }
            self.error(
                &span,
                format!(
                    "unknown {key} `{word}`; expected one of {}",
                    known.join(", ")
                ),
            );
        }
        found
    }

    /// The required status code of a `[[status]]` table, from 100 to 599.
    pub fn required_code(&mut self) -> Option<u16> {
        let Some(value) = self.get("code") else {
            self.missing.push("code");
            return None;
        };
        let DeValue::Integer(integer) = value.get_ref() else {
            self.wrong_type("code", "an integer such as `404`", value);
            return None;
        };
        let number = i64::from_str_radix(integer.as_str(), integer.radix()).ok();
        if let Some(code @ 100..=599) = number.and_then(|number| u16::try_from(number).ok()) {
            Some(code)
        } else {
            self.error(
                &value.span(),
                format!("status code `{integer}` is outside 100..=599; an HTTP status code is three digits whose first is 1 to 5 (RFC 9110 §15)"),
            );
            None
        }
    }

    /// Reports the missing keys and every key of the table that was never read, with the
    /// closest known key if any. A missing key that an unknown one looks like a misspelling
    /// of is reported once, as the misspelling.
    pub fn finish(self) {
        let known = self.read;
        let unknown: Vec<(&Spanned<DeString<'i>>, Option<&'static str>)> = self
            .table
            .keys()
            .filter(|key| !known.contains(&key.get_ref().as_ref()))
            .map(|key| (key, validate::closest(key.get_ref(), &known)))
            .collect();
        let at = self.span.start.min(self.source.len());
        for key in self.missing {
            if !unknown.iter().any(|(_, close)| *close == Some(key)) {
                self.diagnostics.push(
                    &(at..at),
                    format!("missing `{key}` in this `{}` table", self.what),
                );
            }
        }
        for (key, close) in unknown {
            let hint = close
                .map(|close| format!("; did you mean `{close}`?"))
                .unwrap_or_default();
            self.diagnostics.push(
                &key.span(),
                format!(
                    "unknown key `{}` in a `{}` table{hint}",
                    key.get_ref(),
                    self.what
                ),
            );
        }
    }
}
