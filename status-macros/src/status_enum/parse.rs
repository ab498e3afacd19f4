//! Parsing `status_enum! { … }`.
//!
//! Grammar: `#[attr]* vis enum Name { member, … }` where a member is a variant name of
//! `StatusCode` (`NotFound` or `StatusCode::NotFound`), a registered code (`404`) or a class
//! (`4xx`, every code of the class that the registry does not mark unused).

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use syn::parse::{Parse, ParseStream};
use syn::{Attribute, Ident, LitInt, Path, Token, Visibility, braced};

/// The declaration written in `status_enum! { … }`.
pub struct Declaration {
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub name: Ident,
    pub members: Vec<Member>,
}

/// One member as written.
pub enum Member {
    /// `404`, or a class written `4xx`.
    Number(LitInt),
    /// `NotFound`.
    Name(Ident),
    /// `StatusCode::NotFound`, or another path, which is refused with advice.
    Path(Path),
}

impl Member {
    /// The member's tokens, for errors about it.
    pub fn tokens(&self) -> TokenStream {
        match self {
            Member::Number(lit) => lit.to_token_stream(),
            Member::Name(ident) => ident.to_token_stream(),
            Member::Path(path) => path.to_token_stream(),
        }
    }
}

impl Parse for Declaration {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let attrs = input.call(Attribute::parse_outer)?;
        let vis = input.parse()?;
        input.parse::<Token![enum]>()?;
        let name = input.parse()?;
        let body;
        braced!(body in input);
        let members = crate::comma::terminated(&body)?;
        Ok(Declaration {
            attrs,
            vis,
            name,
            members,
        })
    }
}

impl Parse for Member {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        if input.peek(Token![#]) {
            let attrs = input.call(Attribute::parse_outer)?;
            return Err(syn::Error::new_spanned(
                quote!(#(#attrs)*),
                "members take no attributes or doc comments: each variant's docs come from the registry; document the enum itself instead",
            ));
        }
        if input.peek(Token![-]) {
            let minus: Token![-] = input.parse()?;
            let number: LitInt = input.parse()?;
            return Err(syn::Error::new_spanned(
                quote!(#minus #number),
                "a status code is a positive number from 100 to 599, such as `404`",
            ));
        }
        let lookahead = input.lookahead1();
        if lookahead.peek(LitInt) {
            input.parse().map(Member::Number)
        } else if lookahead.peek(Ident) || lookahead.peek(Token![::]) {
            let path: Path = input.parse()?;
            Ok(match path.get_ident() {
                Some(ident) => Member::Name(ident.clone()),
                None => Member::Path(path),
            })
        } else {
            Err(syn::Error::new(
                input.span(),
                "expected a member: a status name such as `NotFound`, a code such as `404` or a class such as `4xx`",
            ))
        }
    }
}
