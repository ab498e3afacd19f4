//! Problems found in a codes file, located by line and column.
//!
//! The loader never stops at the first problem: it pushes every one it finds into a
//! [`Diagnostics`] collector, and the caller reports them all together.

use std::fmt;
use std::ops::Range;

/// A line and column in a codes file, both counted from 1; the column counts characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Location {
    pub line: usize,
    pub column: usize,
}

impl Location {
    /// Finds the line and column of byte `offset` in `source`.
    pub fn of_offset(source: &str, offset: usize) -> Self {
        let mut offset = offset.min(source.len());
        while !source.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &source[..offset];
        let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
        Location {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }
}

/// One problem in a codes file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub location: Location,
    pub message: String,
}

/// Every problem found in one codes file, in file order.
#[derive(Debug)]
pub struct Diagnostics<'s> {
    path: String,
    source: &'s str,
    items: Vec<Diagnostic>,
}

impl<'s> Diagnostics<'s> {
    /// An empty collector for `source`, the file at `path` (used only in messages).
    pub fn new(path: &str, source: &'s str) -> Self {
        Diagnostics {
            path: path.to_owned(),
            source,
            items: Vec::new(),
        }
    }

    /// Records a problem at the start of the byte range `span` of the source.
    pub fn push(&mut self, span: &Range<usize>, message: impl Into<String>) {
        self.items.push(Diagnostic {
            location: Location::of_offset(self.source, span.start),
            message: message.into(),
        });
    }

    /// Records a problem at an already computed location.
    pub fn push_at(&mut self, location: Location, message: impl Into<String>) {
        self.items.push(Diagnostic {
            location,
            message: message.into(),
        });
    }

    /// Whether no problem was recorded.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Puts the problems into file order and detaches them from the source.
    pub fn finish(mut self) -> LoadError {
        // An insertion sort, stable: the problems arrive almost in order, and the macro crate
        // compiles faster without a generic sort.
        for index in 1..self.items.len() {
            let mut at = index;
            while at > 0 && self.items[at - 1].location > self.items[at].location {
                self.items.swap(at - 1, at);
                at -= 1;
            }
        }
        LoadError {
            path: self.path,
            diagnostics: self.items,
        }
    }
}

/// Why a codes file could not be loaded: every problem in it, in file order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    pub path: String,
    pub diagnostics: Vec<Diagnostic>,
}

impl fmt::Display for LoadError {
    /// One `path:line:column: message` line per problem.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, item) in self.diagnostics.iter().enumerate() {
            if index > 0 {
                f.write_str("\n")?;
            }
            write!(
                f,
                "{}:{}:{}: {}",
                self.path, item.location.line, item.location.column, item.message
            )?;
        }
        Ok(())
    }
}
