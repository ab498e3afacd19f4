//! The syntax of `#[status(...)]`: what one attribute says, with its tokens kept for errors.

use proc_macro2::{Span, TokenStream};
use quote::ToTokens;
use syn::parse::{ParseStream, Parser as _};
use syn::spanned::Spanned as _;
use syn::{Attribute, Expr, Ident, Lit, LitInt, Path, Token};

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

/// Parses one `#[status(...)]` attribute.
pub fn parse(attr: &Attribute) -> syn::Result<StatusAttr> {
    parse_arg(attr).map(|arg| StatusAttr {
        tokens: attr.to_token_stream(),
        arg,
    })
}

fn parse_arg(attr: &Attribute) -> syn::Result<StatusArg> {
    let syn::Meta::List(list) = &attr.meta else {
        return Err(syn::Error::new_spanned(
            attr,
            "expected a status in parentheses, such as `#[status(404)]`, `#[status(NotFound)]` or `#[status(transparent)]`",
        ));
    };
    let written = crate::comma::terminated::<Written>
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
