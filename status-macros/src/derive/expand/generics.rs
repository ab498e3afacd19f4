//! What the impls need from the type's generics: `where` clauses, and whether a type names a
//! parameter.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};

/// `where` with the type's own predicates and `added`, or nothing when there are none: an
/// empty `where` is not written.
pub fn where_tokens(clause: Option<&syn::WhereClause>, added: Vec<TokenStream>) -> TokenStream {
    let mut all: Vec<TokenStream> = Vec::new();
    if let Some(clause) = clause {
        for predicate in &clause.predicates {
            all.push(predicate.to_token_stream());
        }
    }
    all.extend(added);
    if all.is_empty() {
        TokenStream::new()
    } else {
        quote!(where #(#all,)*)
    }
}

/// The names of the type parameters of `generics`.
pub fn type_param_names(generics: &syn::Generics) -> Vec<String> {
    let mut names = Vec::new();
    for param in generics.type_params() {
        names.push(param.ident.to_string());
    }
    names
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
