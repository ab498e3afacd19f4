use status_core::HttpStatus;

#[derive(Debug, HttpStatus)]
enum ItemError {
    /// Items cannot be replaced.
    #[status(405)]
    Immutable {
        #[header(allow = "GET")]
        methods: Vec<&'static str>,
    },
}

fn main() {}
