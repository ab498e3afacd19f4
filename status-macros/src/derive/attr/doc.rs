//! The doc comment of an item, which the derive copies into the item's `Outcome`.

use syn::{Attribute, Expr, Lit};

/// The doc comment of an item, as the derive copies it into the item's `Outcome`.
pub enum Doc<'a> {
    /// Every `#[doc]` is a string literal: the text, dedented and trimmed.
    Text(String),
    /// Some `#[doc = …]` is another expression (`concat!(…)`, `include_str!(…)`): the parts in
    /// order, literal text dedented, for the compiler to concatenate.
    Parts(Vec<DocPart<'a>>),
}

/// One piece of a doc comment that is not a plain literal.
pub enum DocPart<'a> {
    Text(String),
    Expr(&'a Expr),
}

/// The doc comments among `attrs`, one line per `///` line, without the indentation they
/// share (the space after `///`, the indentation of a block comment).
pub fn doc_of(attrs: &[Attribute]) -> Doc<'_> {
    let mut values: Vec<(&Expr, Option<String>)> = Vec::new();
    for attr in attrs {
        if let syn::Meta::NameValue(pair) = &attr.meta
            && attr.path().is_ident("doc")
        {
            values.push((&pair.value, literal(&pair.value)));
        }
    }
    // Indentation is the spaces and tabs a line starts with, counted in characters; a
    // non-ASCII space is text, not indentation.
    let mut indent: Option<usize> = None;
    for (_, text) in &values {
        for line in text.as_deref().unwrap_or_default().split('\n') {
            if !line.trim().is_empty() {
                let blanks = leading_blanks(line, usize::MAX);
                indent = Some(indent.map_or(blanks, |indent| indent.min(blanks)));
            }
        }
    }
    let indent = indent.unwrap_or(0);
    let mut all_literal = true;
    for (_, text) in &values {
        all_literal &= text.is_some();
    }
    if all_literal {
        let mut text = String::new();
        for (index, (_, literal)) in values.iter().enumerate() {
            if index > 0 {
                text.push('\n');
            }
            text.push_str(&dedent(literal.as_deref().unwrap_or_default(), indent));
        }
        return Doc::Text(text.trim_ascii().to_owned());
    }
    let mut parts = Vec::new();
    for (index, (value, literal)) in values.into_iter().enumerate() {
        if index > 0 {
            parts.push(DocPart::Text("\n".to_owned()));
        }
        match literal {
            Some(text) => {
                let text = dedent(&text, indent);
                let text = if index == 0 {
                    text.trim_ascii_start().to_owned()
                } else {
                    text
                };
                parts.push(DocPart::Text(text));
            }
            None => parts.push(DocPart::Expr(value)),
        }
    }
    Doc::Parts(parts)
}

/// The text of a string literal `value`, or nothing for another expression.
fn literal(value: &Expr) -> Option<String> {
    match value {
        Expr::Lit(syn::ExprLit {
            lit: Lit::Str(text),
            ..
        }) => Some(text.value()),
        _ => None,
    }
}

/// `text` with each line's trailing whitespace removed and up to `indent` of the spaces and
/// tabs it starts with.
fn dedent(text: &str, indent: usize) -> String {
    let mut out = String::with_capacity(text.len());
    for (index, line) in text.split('\n').enumerate() {
        if index > 0 {
            out.push('\n');
        }
        let line = line.trim_end();
        out.push_str(&line[leading_blanks(line, indent)..]);
    }
    out
}

/// How many spaces and tabs `line` starts with, at most `max`. They are ASCII, so the count
/// is also their length in bytes.
fn leading_blanks(line: &str, max: usize) -> usize {
    let bytes = line.as_bytes();
    let mut count = 0;
    while count < max && count < bytes.len() && matches!(bytes[count], b' ' | b'\t') {
        count += 1;
    }
    count
}
