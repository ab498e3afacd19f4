//! What the impls need from the type's generics: `where` clauses, and whether a type names a
//! parameter.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};

/// `where` with the type's own predicates and `added`, or nothing when there are none: an
/// empty `where` is not written.
pub fn where_tokens(
    clause: Option<&syn::WhereClause>,
    added: impl IntoIterator<Item = TokenStream>,
) -> TokenStream {
    let own = clause
        .into_iter()
        .flat_map(|clause| clause.predicates.iter().map(ToTokens::to_token_stream));
    let all: Vec<TokenStream> = own.chain(added).collect();
    if all.is_empty() {
        TokenStream::new()
    } else {
        quote!(where #(#all,)*)
    }
}

/// Whether `ty` names one of the generic parameters `params`.
pub fn mentions_any(ty: &dyn ToTokens, params: &[String]) -> bool {
    fn walk(tokens: TokenStream, params: &[String]) -> bool {
        tokens.into_iter().any(|token| match token {
            proc_macro2::TokenTree::Ident(ident) => params.iter().any(|param| ident == param),
            proc_macro2::TokenTree::Group(group) => walk(group.stream(), params),
            _ => false,
        })
    }
    walk(ty.to_token_stream(), params)
}
