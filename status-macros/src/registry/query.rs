//! The questions every generator asks of a registry, answered in one place so that no caller
//! filters the list of statuses itself.

use super::model::{IANA, Origin, Registry, Status};

impl Registry {
    /// The origin declared with `id`.
    pub fn origin(&self, id: &str) -> Option<&Origin> {
        self.origins.iter().find(|origin| origin.id == id)
    }

    /// The IANA origin, whose enum is `StatusCode`.
    pub fn iana(&self) -> Option<&Origin> {
        self.origin(IANA)
    }

    /// The origin whose enum is named `enum_name`.
    pub fn origin_by_enum(&self, enum_name: &str) -> Option<&Origin> {
        self.origins
            .iter()
            .find(|origin| origin.enum_name == enum_name)
    }

    /// The statuses `keep` accepts, in file order (a `dyn` test: one copy of the loop for
    /// every caller).
    fn select(&self, keep: &dyn Fn(&Status) -> bool) -> Vec<&Status> {
        let mut statuses = Vec::new();
        for status in &self.statuses {
            if keep(status) {
                statuses.push(status);
            }
        }
        statuses
    }

    /// The statuses of origin `id`, in file order.
    pub fn statuses_of<'r>(&'r self, id: &str) -> Vec<&'r Status> {
        self.select(&|status| status.origin == id)
    }

    /// The statuses of the origins other than IANA, in file order.
    pub fn vendor_statuses(&self) -> Vec<&Status> {
        self.select(&|status| status.origin != IANA)
    }

    /// The statuses of every origin whose variant is `name`, in file order.
    pub fn named<'r>(&'r self, name: &str) -> Vec<&'r Status> {
        self.select(&|status| status.name == name)
    }

    /// The status of origin `id` with `code`.
    pub fn find_code<'r>(&'r self, id: &str, code: u16) -> Option<&'r Status> {
        self.statuses
            .iter()
            .find(|status| status.origin == id && status.code == code)
    }

    /// The status of origin `id` whose variant is `name`.
    pub fn find_name<'r>(&'r self, id: &str, name: &str) -> Option<&'r Status> {
        self.statuses
            .iter()
            .find(|status| status.origin == id && status.name == name)
    }

    /// The statuses of origin `id`, in code order.
    pub fn statuses_of_by_code<'r>(&'r self, id: &str) -> Vec<&'r Status> {
        in_code_order(&self.statuses_of(id))
    }

    /// Every header field name the registry's statuses mention, customary or required, in
    /// the order first met.
    pub fn header_names(&self) -> Vec<&str> {
        let mut names: Vec<&str> = Vec::new();
        for status in &self.statuses {
            for name in status.headers.iter().chain(&status.required_headers) {
                if !names.contains(&name.as_str()) {
                    names.push(name);
                }
            }
        }
        names
    }

    /// The origin that defines `status`.
    pub fn owner(&self, status: &Status) -> Option<&Origin> {
        self.origin(&status.origin)
    }

    /// How a user names `status` in Rust, from the enum of its origin: `StatusCode::NotFound`,
    /// `Nginx::ClientClosedRequest`.
    pub fn rust_path(&self, status: &Status) -> String {
        let enum_name = self
            .owner(status)
            .map_or(status.origin.as_str(), |origin| origin.enum_name.as_str());
        format!("{enum_name}::{}", status.name)
    }
}

/// `statuses` in code order, keeping their order among equal codes. A bucket per code rather
/// than a sort: the macro crate compiles faster without a generic sort. (A code outside
/// 100..=599, which the loader reports, is left out.)
fn in_code_order<'r>(statuses: &[&'r Status]) -> Vec<&'r Status> {
    let mut buckets: Vec<Vec<&Status>> = vec![Vec::new(); 500];
    for status in statuses {
        if let Some(bucket) = buckets.get_mut(usize::from(status.code.wrapping_sub(100))) {
            bucket.push(status);
        }
    }
    let mut ordered = Vec::with_capacity(statuses.len());
    for bucket in buckets {
        ordered.extend(bucket);
    }
    ordered
}
