//! Where each entry of the project's registry sits in `status_core::REGISTRY`, and how its
//! origins are named. `status-core` and every `status_enum!` use this one layout, so an index
//! computed by one expansion is right in the other.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::registry::model::{Origin, Registry, Status};

pub use crate::registry::model::IANA;

/// The project's registry as `status_core` lays it out.
pub struct CoreLayout<'r> {
    /// The origins, IANA first (tag 0), then the others in file order.
    pub origins: Vec<&'r Origin>,
    /// Every status, sorted by code and then by origin tag: `status_core::REGISTRY`.
    pub table: Vec<&'r Status>,
}

impl<'r> CoreLayout<'r> {
    /// The layout of `registry`, or `None` when it declares no IANA origin.
    pub fn of(registry: &'r Registry) -> Option<Self> {
        let iana = registry.iana()?;
        let mut origins: Vec<&Origin> = vec![iana];
        for origin in &registry.origins {
            if origin.id != IANA {
                origins.push(origin);
            }
        }
        // By code, then by origin in tag order: a bucket per code, filled origin by origin,
        // rather than a generic sort, which would cost the macro crate more to compile.
        let mut buckets: Vec<Vec<&Status>> = vec![Vec::new(); 500];
        for origin in &origins {
            for status in registry.statuses_of(&origin.id) {
                if let Some(bucket) = buckets.get_mut(usize::from(status.code.wrapping_sub(100))) {
                    bucket.push(status);
                }
            }
        }
        let mut table = Vec::new();
        for bucket in buckets {
            table.extend(bucket);
        }
        Some(CoreLayout { origins, table })
    }

    /// The statuses of origin `id`, in code order, each with its index in the table.
    pub fn statuses_of(&self, id: &str) -> Vec<(&'r Status, usize)> {
        let mut statuses = Vec::new();
        for (index, status) in self.table.iter().enumerate() {
            if status.origin == id {
                statuses.push((*status, index));
            }
        }
        statuses
    }

    /// The origin declared with `id`.
    pub fn origin(&self, id: &str) -> Option<&'r Origin> {
        self.origins.iter().copied().find(|origin| origin.id == id)
    }
}

/// The name of an origin's constant on `status_core::Origin`: `nginx` gives `NGINX`.
pub fn origin_const(origin: &Origin) -> Ident {
    Ident::new(
        &origin.id.to_ascii_uppercase().replace('-', "_"),
        Span::call_site(),
    )
}

/// `::status_core::Origin::NGINX`.
pub fn origin_path(origin: &Origin) -> TokenStream {
    let name = origin_const(origin);
    quote!(::status_core::Origin::#name)
}

/// How a registry enum is named from the crate root: `StatusCode`, `vendor::Nginx`.
pub fn core_type_name(origin: &Origin) -> String {
    if origin.id == IANA {
        origin.enum_name.clone()
    } else {
        format!("vendor::{}", origin.enum_name)
    }
}
