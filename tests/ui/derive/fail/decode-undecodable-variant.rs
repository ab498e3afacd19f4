use status_core::HttpStatus;

#[derive(Debug, thiserror::Error, HttpStatus)]
#[respond(decode)]
enum ApiError {
    #[error("no item {0}")]
    #[status(404)]
    NoSuchItem(#[problem(extension = "id")] u64),
    #[error("the item {name} is locked by {owner}")]
    #[status(423)]
    Locked { name: String, owner: String },
    #[error("storage failed")]
    #[status(500)]
    Storage(#[from] std::io::Error),
}

fn main() {}
