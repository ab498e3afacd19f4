//! The README quotes `tests/data/acme-codes.toml` in a `toml` code block, and its doc test
//! includes that file: the quote must stay the file's exact text, or the README shows a file
//! nobody compiles.

const README: &str = include_str!("../../README.md");
const ACME_CODES: &str = include_str!("../data/acme-codes.toml");

/// The text of the first `toml` code block after the README links `link`.
fn toml_block_after(link: &str) -> Option<&'static str> {
    let after_link = &README[README.find(link)? + link.len()..];
    let body = &after_link[after_link.find("\n```toml\n")? + "\n```toml\n".len()..];
    // The closing fence starts a line; the block keeps the newline that ends its last line.
    Some(&body[..=body.find("\n```\n")?])
}

#[test]
fn readme_quotes_the_acme_codes_file_byte_for_byte() {
    let block = toml_block_after("(tests/data/acme-codes.toml)")
        .expect("README.md links tests/data/acme-codes.toml, then quotes it in a ```toml block");
    assert!(
        block == ACME_CODES,
        "the README's ```toml block differs from tests/data/acme-codes.toml; \
         copy the file into the block\n--- README\n{block}--- file\n{ACME_CODES}"
    );
}
