//! A problem details body read once for decoding, without building a [`Problem`]: the
//! standard members as text borrowed from the body (or unescaped copies), the extension
//! members as raw JSON slices, each read into its field's type only when a variant asks for
//! it. It reads what [`Problem::from_json_with_limit`] reads, with the same rules (a standard
//! member of the wrong type is ignored, a member that appears twice keeps its last value), so
//! that the problem an [`Undecoded`](super::Undecoded) keeps is the one a client would read.

use alloc::borrow::{Cow, ToOwned};
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use serde_core::de::{self, DeserializeOwned, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;
use serde_json::{Map, Value};

use crate::problem::{Lenient, Problem, ProblemError};

/// A problem details body, read for decoding.
#[derive(Debug, Default)]
pub(crate) struct Wire<'de> {
    pub type_uri: Option<Cow<'de, str>>,
    pub title: Option<Cow<'de, str>>,
    pub status: Option<u16>,
    pub detail: Option<Cow<'de, str>>,
    pub instance: Option<Cow<'de, str>>,
    /// Every other member, in the body's order.
    pub extensions: Vec<(Cow<'de, str>, &'de RawValue)>,
}

impl<'de> Wire<'de> {
    /// Reads `body`, already known to be within the caller's limit.
    pub fn read(body: &'de [u8]) -> Result<Self, ProblemError> {
        let classify = |error: serde_json::Error| {
            if error.is_data() {
                ProblemError::NotAnObject(error)
            } else {
                ProblemError::NotJson(error)
            }
        };
        let mut deserializer = serde_json::Deserializer::from_slice(body);
        let wire = deserializer
            .deserialize_map(WireVisitor)
            .map_err(classify)?;
        deserializer.end().map_err(classify)?;
        Ok(wire)
    }

    /// The raw value of the extension member `name`, the last when it appears twice.
    pub fn extension(&self, name: &str) -> Option<&'de RawValue> {
        self.extensions
            .iter()
            .rev()
            .find(|(member, _)| member == name)
            .map(|(_, raw)| *raw)
    }

    /// The extension member `name` read as a `T`; an absent member reads as `null`.
    pub fn read_extension<T: DeserializeOwned>(&self, name: &str) -> Option<T> {
        let text = self.extension(name).map_or("null", RawValue::get);
        serde_json::from_str(text).ok()
    }

    /// The problem the body is, as [`Problem::from_json`] reads it.
    pub fn to_problem(&self) -> Problem {
        let text = |text: &Option<Cow<'de, str>>| text.as_deref().map(ToOwned::to_owned);
        let mut extensions = Map::new();
        for (name, raw) in &self.extensions {
            // Read once already: it is JSON.
            let value = serde_json::from_str(raw.get()).unwrap_or(Value::Null);
            extensions.insert(String::from(&**name), value);
        }
        Problem {
            type_uri: text(&self.type_uri),
            title: text(&self.title),
            status: self.status,
            detail: text(&self.detail),
            instance: text(&self.instance),
            extensions,
        }
    }
}

/// Reads the members of a problem object.
struct WireVisitor;

impl<'de> Visitor<'de> for WireVisitor {
    type Value = Wire<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a problem details object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Wire<'de>, A::Error> {
        let mut wire = Wire::default();
        while let Some(name) = map.next_key_seed(Name)? {
            match &*name {
                "type" => wire.type_uri = map.next_value::<Lenient<'de>>()?.text(),
                "title" => wire.title = map.next_value::<Lenient<'de>>()?.text(),
                "status" => wire.status = map.next_value::<Lenient<'de>>()?.number(),
                "detail" => wire.detail = map.next_value::<Lenient<'de>>()?.text(),
                "instance" => wire.instance = map.next_value::<Lenient<'de>>()?.text(),
                _ => {
                    let raw = map.next_value::<&'de RawValue>()?;
                    wire.extensions.push((name, raw));
                }
            }
        }
        Ok(wire)
    }
}

/// Reads a member's name, borrowed from the body unless it has escapes.
struct Name;

impl<'de> DeserializeSeed<'de> for Name {
    type Value = Cow<'de, str>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(NameVisitor)
    }
}

struct NameVisitor;

impl<'de> Visitor<'de> for NameVisitor {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a member name")
    }

    fn visit_borrowed_str<E: de::Error>(self, name: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(name))
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(name.to_owned()))
    }

    fn visit_string<E: de::Error>(self, name: String) -> Result<Self::Value, E> {
        Ok(Cow::Owned(name))
    }
}
