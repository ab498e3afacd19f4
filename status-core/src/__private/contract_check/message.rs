//! The messages of the contract check, written into a fixed buffer in `const` evaluation:
//! who is at fault (the variant, then where its field leads), the contract's members, the
//! nearest one, and how to fix it.

use super::search::{self, Leaf, Outside};
use super::{Code, Declarer, Entry, Read};
use crate::rules::eq;

/// A compile-time message: text written into a fixed buffer, cut short with `…` when it
/// does not fit.
pub struct Message {
    bytes: [u8; Self::CAPACITY],
    len: usize,
}

impl Message {
    pub(super) const CAPACITY: usize = 1536;

    pub(super) const fn new() -> Self {
        Message {
            bytes: [0; Self::CAPACITY],
            len: 0,
        }
    }

    /// The message for a contract `names` that does not state all its statuses.
    pub(super) const fn unreadable(names: &[&str]) -> Self {
        let mut message = Message::new();
        message.push("the contract ");
        message.push_names(names, ", ");
        message.push(
            " does not state all its statuses at compile time; name status enums (`status_enum!`, `include_codes!`, `StatusCode`, the vendor enums) or types whose every variant has a registered status",
        );
        message
    }

    /// The message for `outside`, found outside the contract `names` (whose table is
    /// `contract`).
    pub(super) const fn outside(names: &[&str], contract: &[Entry], outside: Outside) -> Self {
        let mut message = Message::new();
        if message.push_subject(outside)
            && let Leaf::Status(code, _) = outside.leaf
        {
            message.push_advice(names, contract, &code);
        }
        message
    }

    /// The text written so far.
    #[must_use]
    pub const fn as_str(&self) -> &str {
        let (written, _) = self.bytes.split_at(self.len);
        match core::str::from_utf8(written) {
            Ok(text) => text,
            Err(_) => "a status is outside the contract",
        }
    }

    pub(super) const fn push(&mut self, text: &str) {
        const ELLIPSIS: &[u8] = "…".as_bytes();
        let bytes = text.as_bytes();
        // Room is kept for the ellipsis; a cut never splits a character.
        let room = Self::CAPACITY - ELLIPSIS.len();
        let mut index = 0;
        while index < bytes.len() {
            if self.len + 1 > room {
                while self.len > 0 && (self.bytes[self.len - 1] & 0xC0) == 0x80 {
                    self.len -= 1;
                }
                if self.len > 0 && self.bytes[self.len - 1] >= 0xC0 {
                    self.len -= 1;
                }
                let mut tail = 0;
                while tail < ELLIPSIS.len() {
                    self.bytes[self.len] = ELLIPSIS[tail];
                    self.len += 1;
                    tail += 1;
                }
                return;
            }
            self.bytes[self.len] = bytes[index];
            self.len += 1;
            index += 1;
        }
    }

    #[allow(clippy::cast_possible_truncation)] // a digit
    const fn push_number(&mut self, number: u16) {
        let mut digits = [0u8; 5];
        let mut count = 0;
        let mut rest = number;
        loop {
            digits[4 - count] = b'0' + (rest % 10) as u8;
            count += 1;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        let (_, written) = digits.split_at(5 - count);
        match core::str::from_utf8(written) {
            Ok(text) => self.push(text),
            Err(_) => self.push("?"),
        }
    }

    /// `404 Not Found`, with the origin unless it is IANA: `499 Token Required (esri)`.
    const fn push_status(&mut self, code: &Code) {
        self.push_number(code.number);
        if !code.reason.is_empty() {
            self.push(" ");
            self.push(code.reason);
        }
        if !eq(code.origin, "iana") && !code.origin.is_empty() {
            self.push(" (");
            self.push(code.origin);
            self.push(")");
        }
    }

    /// `names`, each in backticks, separated by `separator`.
    const fn push_names(&mut self, names: &[&str], separator: &str) {
        let mut index = 0;
        while index < names.len() {
            if index > 0 {
                self.push(separator);
            }
            self.push("`");
            self.push(names[index]);
            self.push("`");
            index += 1;
        }
    }

    /// `` `ApiError::Internal` `` and the like.
    const fn push_declarer(&mut self, declarer: Declarer) {
        match declarer {
            Declarer::Variant(type_name, variant) | Declarer::Member(type_name, variant) => {
                self.push("`");
                self.push(type_name);
                self.push("::");
                self.push(variant);
                self.push("`");
            }
            Declarer::Struct(type_name) => {
                self.push("`");
                self.push(type_name);
                self.push("`");
            }
            Declarer::Default(type_name) => {
                self.push("the default #[status(...)] of `");
                self.push(type_name);
                self.push("`");
            }
        }
    }
}

impl Message {
    /// Writes who is at fault, as the user wrote it: the variant, then where its field
    /// leads. Returns whether the message goes on with the contract's members (a status was
    /// found); otherwise it is complete.
    const fn push_subject(&mut self, outside: Outside) -> bool {
        if let Some((declarer, field_type)) = outside.through {
            self.push_declarer(declarer);
            self.push(" is transparent, and its field's type `");
            self.push(field_type);
            self.push("` ");
            return match outside.leaf {
                Leaf::Status(code, leaf) => {
                    self.push("can have ");
                    self.push_status(&code);
                    self.push(" (");
                    self.push_declarer(leaf);
                    self.push(")");
                    true
                }
                Leaf::Opaque(leaf, path) => {
                    self.push("gives ");
                    self.push_declarer(leaf);
                    self.push(" the status of `");
                    self.push(path);
                    self.push(
                        "`, which cannot be read at compile time: bind that type to a contract too, with #[contract(...)], so that its statuses are read as it compiles",
                    );
                    false
                }
                Leaf::Unstated => {
                    self.push(
                        "does not state its statuses at compile time: derive `HttpStatus` for it, or give the variant a status of its own",
                    );
                    false
                }
            };
        }
        match outside.leaf {
            Leaf::Status(code, declarer) => {
                self.push_declarer(declarer);
                self.push(" has ");
                self.push_status(&code);
                true
            }
            // The derive reads every value path of a type with a contract: kept for
            // completeness.
            Leaf::Opaque(declarer, path) => {
                self.push_declarer(declarer);
                self.push(" takes its status from `");
                self.push(path);
                self.push("`, which cannot be read at compile time");
                false
            }
            Leaf::Unstated => {
                self.push("a status cannot be read at compile time");
                false
            }
        }
    }

    /// Writes what the contract `names` holds instead of `code`, and how to fix it.
    const fn push_advice(&mut self, names: &[&str], contract: &[Entry], code: &Code) {
        if names.len() == 1 {
            self.push(", which is not in the contract ");
        } else {
            self.push(", which is in none of the contract's types ");
        }
        self.push_names(names, ", ");
        if let Some(origin) = search::search(contract, code).other_origin {
            self.push(" (its ");
            self.push_number(code.number);
            self.push(" is the status of `");
            self.push(origin);
            self.push("`, another origin)");
        }
        self.push("; its members are ");
        let mut first = true;
        self.push_members(contract, &mut first);
        if let Some(near) = search::nearest(contract, code, None) {
            self.push("; the nearest is ");
            self.push_status(&near);
        }
        if !eq(code.origin, "iana") {
            // A vendor's or an application's code joins a contract with its enum.
            self.push(". Map it to a member, or add its origin's enum to the contract");
            return;
        }
        self.push(". Map it to a member, or add ");
        self.push_number(code.number);
        if names.len() == 1 {
            self.push(" to ");
            self.push_names(names, "");
        } else {
            self.push(" to one of them");
        }
    }

    /// Writes the contract's codes in order of appearance, each once.
    const fn push_members(&mut self, contract: &[Entry], first: &mut bool) {
        let mut index = 0;
        while index < contract.len() {
            match contract[index].read() {
                Read::Status(member, _) => {
                    if !search::appears_before(contract, index, member.number) {
                        if !*first {
                            self.push(", ");
                        }
                        *first = false;
                        self.push_number(member.number);
                    }
                }
                Read::Inner(entries) => self.push_members(entries, first),
                Read::Opaque(..) | Read::Unstated => {}
            }
            index += 1;
        }
    }
}
