use status_core::{HttpStatus, Outcome, Status, StatusContract};

#[derive(HttpStatus)]
enum Never {}

fn status_of(never: &Never) -> Status {
    never.status()
}

fn main() {
    let mut count = 0;
    Never::visit_statuses(&mut |_: &Outcome| count += 1);
    assert_eq!(count, 0);
    let _ = status_of;
}
