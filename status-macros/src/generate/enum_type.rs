//! One status enum: its variants with their docs, and one call to status-core's
//! `__private::status_enum!` with the enum's data, which writes the methods and trait impls
//! every status enum shares (`PartialOrd`, `Ord` and `Hash` by code, and `Debug` from the
//! registry's variant names, among them: cheaper to compile than derived).

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

use super::docs;
use crate::registry::model::{Origin, Status};

/// What the generator needs to write one enum.
pub struct EnumSpec<'r> {
    /// The enum's outer attributes, its doc comment among them.
    pub attrs: TokenStream,
    /// The enum's visibility.
    pub vis: TokenStream,
    /// The enum's name.
    pub name: Ident,
    /// How the enum is named in error messages: `StatusCode`, `vendor::Nginx`, `ApiStatus`.
    pub type_name: String,
    /// The origin whose codes the enum lists, for the variants' docs.
    pub origin: &'r Origin,
    /// An expression of type `status_core::Origin` for that origin.
    pub origin_expr: TokenStream,
    /// The path of the static `[Meaning; N]` that holds the enum's registry entries.
    pub table: TokenStream,
    /// The enum's codes in code order, each with its index in `table`.
    pub statuses: Vec<(&'r Status, usize)>,
    /// The doc comment of the `status()` method: what a `Status` made from this enum keeps.
    pub status_doc: String,
    /// Whether lookups by code go through a table of every code, made once where the enum is
    /// declared: for status-core's own enums, whose lookups are hot and compiled once.
    pub lookup_table: bool,
}

/// Writes the enum and the call that gives it its methods and trait impls.
pub fn expand(spec: &EnumSpec<'_>) -> TokenStream {
    let EnumSpec {
        attrs,
        vis,
        name,
        type_name,
        origin_expr,
        table,
        status_doc,
        lookup_table,
        ..
    } = spec;
    let mut variants: Vec<TokenStream> = Vec::with_capacity(spec.statuses.len());
    let mut rows: Vec<Literal> = Vec::with_capacity(spec.statuses.len());
    for (status, row) in &spec.statuses {
        let variant = Ident::new(&status.name, Span::call_site());
        let code = Literal::u16_unsuffixed(status.code);
        let doc = docs::variant(status, spec.origin);
        let code_alias = status.code.to_string();
        let phrase_aliases = &status.aliases;
        variants.push(quote! {
            #[doc = #doc]
            #[doc(alias = #code_alias)]
            #(#[doc(alias = #phrase_aliases)])*
            #variant = #code,
        });
        rows.push(Literal::u16_unsuffixed(
            u16::try_from(*row).unwrap_or(u16::MAX),
        ));
    }
    let all = variant_names(&spec.statuses);
    let (members, before) = members(&spec.statuses);
    let lookup = Ident::new(
        if *lookup_table { "table" } else { "members" },
        Span::call_site(),
    );

    quote! {
        #attrs
        #[derive(
            ::core::clone::Clone,
            ::core::marker::Copy,
            ::core::cmp::PartialEq,
            ::core::cmp::Eq,
        )]
        #[repr(u16)]
        #vis enum #name {
            #(#variants)*
        }

        ::status_core::__private::status_enum! {
            enum: #name,
            type_name: #type_name,
            origin: #origin_expr,
            meanings: #table,
            all: [#(#all),*],
            rows: [#(#rows),*],
            members: [#(#members),*],
            before: [#(#before),*],
            lookup: #lookup,
            status_doc: #status_doc,
        }
    }
}

/// The variant names of `statuses`, in their order.
pub fn variant_names(statuses: &[(&Status, usize)]) -> Vec<Ident> {
    let mut names = Vec::with_capacity(statuses.len());
    for (status, _) in statuses {
        names.push(Ident::new(&status.name, Span::call_site()));
    }
    names
}

/// The arguments of `status_core::__private::Members::new` for the codes of `statuses` (from
/// 100 to 599): bit `code - 100` of the eight words set for each code, and for each word the
/// number of codes in the words before it.
fn members(statuses: &[(&Status, usize)]) -> ([Literal; 8], [Literal; 8]) {
    let mut bits = [0_u64; 8];
    for (status, _) in statuses {
        let code = status.code;
        if !(100..600).contains(&code) {
            continue;
        }
        let offset = usize::from(code - 100);
        bits[offset / 64] |= 1 << (offset % 64);
    }
    let mut before = [0_u16; 8];
    for word in 1..8 {
        // At most 500 codes: the count fits.
        before[word] = before[word - 1] + u16::try_from(bits[word - 1].count_ones()).unwrap_or(0);
    }
    (
        bits.map(Literal::u64_unsuffixed),
        before.map(Literal::u16_unsuffixed),
    )
}
