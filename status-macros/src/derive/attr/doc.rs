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
    let values: Vec<&Expr> = attrs
        .iter()
        .filter(|attr| attr.path().is_ident("doc"))
        .filter_map(|attr| match &attr.meta {
            syn::Meta::NameValue(pair) => Some(&pair.value),
            _ => None,
        })
        .collect();
    let literal = |value: &Expr| match value {
        Expr::Lit(syn::ExprLit {
            lit: Lit::Str(text),
            ..
        }) => Some(text.value()),
        _ => None,
    };
    let lines: Vec<String> = values
        .iter()
        .filter_map(|value| literal(value))
        .flat_map(|text| {
            text.split('\n')
                .map(|line| line.trim_end().to_owned())
                .collect::<Vec<_>>()
        })
        .collect();
    // Indentation is the spaces and tabs a line starts with, counted in characters; a
    // non-ASCII space is text, not indentation.
    let indent = lines
        .iter()
        .filter(|line| !line.trim().is_empty())
        .map(|line| line.chars().take_while(|c| *c == ' ' || *c == '\t').count())
        .min()
        .unwrap_or(0);
    let dedent = |text: String| -> String {
        text.split('\n')
            .map(|line| {
                let line = line.trim_end();
                let skip = line
                    .chars()
                    .take(indent)
                    .take_while(|c| *c == ' ' || *c == '\t')
                    .count();
                line[skip..].to_owned()
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    if values.iter().all(|value| literal(value).is_some()) {
        let text: Vec<String> = values
            .iter()
            .filter_map(|value| literal(value))
            .map(dedent)
            .collect();
        let text = text.join("\n");
        return Doc::Text(
            text.trim_matches(|c: char| c.is_ascii_whitespace())
                .to_owned(),
        );
    }
    let mut parts = Vec::new();
    for (index, value) in values.into_iter().enumerate() {
        if index > 0 {
            parts.push(DocPart::Text("\n".to_owned()));
        }
        match literal(value) {
            Some(text) => {
                let text = dedent(text);
                let text = if index == 0 {
                    text.trim_start_matches(|c: char| c.is_ascii_whitespace())
                        .to_owned()
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
