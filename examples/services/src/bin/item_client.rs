//! `item_client`: the typed client of the item service ([`item_services::client`]) against a
//! running service, each route once, each answer printed as the value it reads back as.
//!
//! ```text
//! cargo run -p item-services --bin axum_service      # prints `listening on http://ADDR`
//! cargo run -p item-services --bin item_client -- http://ADDR
//! ```

use item_services::client::ItemClient;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "http://127.0.0.1:8080".to_owned());
    let client = ItemClient::new(base)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        println!("GET /items/1      {:?}", client.get(1).await);
        println!("GET /items/999    {:?}", client.get(999).await);
        println!("POST /items       {:?}", client.create("").await);
        println!("POST /items       {:?}", client.create("first").await);
        println!("PUT /items/1      {:?}", client.replace(1, "renamed").await);
        println!("GET /admin        {:?}", client.text("/admin").await);
        println!("GET /limited      {:?}", client.text("/limited").await);
        println!("GET /upstream     {:?}", client.upstream().await);
        println!("GET /boom         {:?}", client.text("/boom").await);
    });
    Ok(())
}
