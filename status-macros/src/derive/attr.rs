//! Parsing one `#[status(...)]` attribute into what it says, keeping its tokens for errors.

use proc_macro2::{Span, TokenStream};
use quote::ToTokens;
use syn::parse::{ParseStream, Parser as _};
use syn::punctuated::Punctuated;
use syn::spanned::Spanned as _;
use syn::{Attribute, Expr, Ident, Lit, LitInt, Path, Token};

use crate::errors::Errors;

/// What a `#[status(...)]` attribute asks for.
pub enum StatusArg {
    /// `#[status(404)]`: a number, checked against the registry.
    Code(LitInt),
    /// `#[status(NotFound)]`: an IANA variant name, checked against the registry.
    Name(Ident),
    /// `#[status(StatusCode::NotFound)]`, `#[status(Nginx::ClientClosedRequest)]` or any other
    /// path; the registry's own enums are checked, other paths are left to the type checker.
    Path(Path),
    /// `#[status(transparent)]`: the status of the only field.
    Transparent(Ident),
}

/// A parsed `#[status(...)]` attribute.
pub struct StatusAttr {
    /// The whole attribute, for errors about it.
    pub tokens: TokenStream,
    pub arg: StatusArg,
}

/// The `#[status(...)]` of one item.
pub enum Found {
    /// The item has no `#[status(...)]`.
    Absent,
    /// It has one, but it could not be parsed; the error is already recorded.
    Invalid,
    Present(StatusAttr),
}

/// Finds the `#[status(...)]` attributes among `attrs` and parses them. Every problem is
/// pushed to `errors`; a second attribute is reported at both places.
pub fn parse_status_attrs(attrs: &[Attribute], errors: &mut Errors) -> Found {
    let mut found = Found::Absent;
    let mut first: Option<&Attribute> = None;
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("status")) {
        if let Some(first) = first {
            errors.spanned(
                attr,
                "duplicate #[status(...)] attribute; keep one status per item",
            );
            errors.spanned(first, "first #[status(...)] is here");
            continue;
        }
        first = Some(attr);
        found = match parse_one(attr) {
            Ok(arg) => Found::Present(StatusAttr {
                tokens: attr.to_token_stream(),
                arg,
            }),
            Err(error) => {
                errors.push(error);
                Found::Invalid
            }
        };
    }
    found
}

/// One argument as written, before the count of arguments is checked.
enum Written {
    Arg(StatusArg),
    /// `key = value`, which `#[status]` does not take.
    KeyValue(Path),
    /// A literal that is not an integer.
    OtherLiteral(Lit),
    /// Something else that cannot be a status, with the error that explains why.
    Invalid(syn::Error),
}

fn parse_one(attr: &Attribute) -> syn::Result<StatusArg> {
    let syn::Meta::List(list) = &attr.meta else {
        return Err(syn::Error::new_spanned(
            attr,
            "expected a status in parentheses, such as `#[status(404)]`, `#[status(NotFound)]` or `#[status(transparent)]`",
        ));
    };
    let written = Punctuated::<Written, Token![,]>::parse_terminated
        .parse2(list.tokens.clone())
        .map_err(|error| {
            syn::Error::new(
                error.span(),
                format!("{error}; write a status such as `#[status(404)]`, `#[status(NotFound)]` or `#[status(transparent)]`"),
            )
        })?;
    let mut args = Vec::new();
    for item in written {
        match item {
            Written::Arg(arg) => args.push(arg),
            Written::KeyValue(key) => {
                let name = key.to_token_stream().to_string().replace(' ', "");
                return Err(syn::Error::new_spanned(
                    key,
                    format!(
                        "unknown key `{name}` in #[status(...)]; #[status] takes a status alone, such as `#[status(404)]`"
                    ),
                ));
            }
            Written::Invalid(error) => return Err(error),
            Written::OtherLiteral(literal) => {
                let hint = match &literal {
                    Lit::Str(text) => format!(
                        "; write the number without quotes: `#[status({})]`",
                        text.value()
                    ),
                    Lit::Float(float) => float
                        .base10_parse::<f64>()
                        .ok()
                        .filter(|value| value.fract() == 0.0 && (100.0..=599.0).contains(value))
                        .map(|_| {
                            let whole = float.base10_digits().split('.').next().unwrap_or_default();
                            format!("; write `#[status({whole})]`")
                        })
                        .unwrap_or_default(),
                    _ => String::new(),
                };
                return Err(syn::Error::new_spanned(
                    literal,
                    format!(
                        "expected a status code as an integer, such as `404`, or a status name{hint}"
                    ),
                ));
            }
        }
    }
    let mut args = args.into_iter();
    let (Some(first), second) = (args.next(), args.next()) else {
        return Err(syn::Error::new_spanned(
            attr,
            "empty #[status()]; write a status such as `#[status(404)]` or `#[status(transparent)]`",
        ));
    };
    match (first, second) {
        (arg, None) => Ok(arg),
        (StatusArg::Transparent(word), Some(_)) | (_, Some(StatusArg::Transparent(word))) => {
            Err(syn::Error::new_spanned(
                word,
                "`transparent` cannot be combined with a status: a transparent item takes the status of its field; remove one of them",
            ))
        }
        (_, Some(second)) => Err(syn::Error::new(
            arg_span(&second),
            "#[status(...)] takes one status; remove the extra one",
        )),
    }
}

fn arg_span(arg: &StatusArg) -> Span {
    match arg {
        StatusArg::Code(lit) => lit.span(),
        StatusArg::Name(ident) | StatusArg::Transparent(ident) => ident.span(),
        StatusArg::Path(path) => path.span(),
    }
}

impl syn::parse::Parse for Written {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let written = Self::parse_one(input)?;
        if !input.is_empty() && !input.peek(Token![,]) {
            let error = syn::Error::new(
                input.span(),
                "#[status(...)] takes a code, a name or a path, not an expression; compute the status in a `const` and write its path",
            );
            // Skip the rest of the argument, so that the error above is the only one.
            while !input.is_empty() && !input.peek(Token![,]) {
                input.parse::<proc_macro2::TokenTree>()?;
            }
            return Ok(Written::Invalid(error));
        }
        Ok(written)
    }
}

impl Written {
    fn parse_one(input: ParseStream<'_>) -> syn::Result<Self> {
        if input.peek(Token![-]) {
            let minus: Token![-] = input.parse()?;
            let number: Lit = input.parse()?;
            return Ok(Written::Invalid(syn::Error::new_spanned(
                quote::quote!(#minus #number),
                "a status code is a positive number from 100 to 599, such as `404`",
            )));
        }
        if input.peek(Lit) {
            return match input.parse::<Lit>()? {
                Lit::Int(int) => Ok(Written::Arg(StatusArg::Code(int))),
                other => Ok(Written::OtherLiteral(other)),
            };
        }
        let path: Path = input.parse()?;
        if input.peek(Token![=]) {
            input.parse::<Token![=]>()?;
            input.parse::<Expr>()?;
            return Ok(Written::KeyValue(path));
        }
        if let Some(ident) = path.get_ident() {
            if ident == "transparent" {
                return Ok(Written::Arg(StatusArg::Transparent(ident.clone())));
            }
            return Ok(Written::Arg(StatusArg::Name(ident.clone())));
        }
        Ok(Written::Arg(StatusArg::Path(path)))
    }
}

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

/// Reports every `#[status(...)]` written on a field: the attribute belongs on the type or
/// on a variant.
pub fn reject_on_fields(fields: &syn::Fields, errors: &mut Errors) {
    for field in fields {
        for attr in field
            .attrs
            .iter()
            .filter(|attr| attr.path().is_ident("status"))
        {
            errors.spanned(
                attr,
                "#[status(...)] goes on the enum, on a variant or on the struct, not on a field; for the status of a field's type, write #[status(transparent)] on its variant",
            );
        }
    }
}
