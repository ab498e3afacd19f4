//! Fuzzes `FromStr` of every status type and of `StatusClass`: any text is parsed or rejected,
//! never a panic; an accepted text is the value's code, or the value as it prints (ASCII case
//! aside), and what the value prints parses back to it; a rejection has a message.

#![no_main]

use std::fmt::{Debug, Display};
use std::str::FromStr;

use libfuzzer_sys::fuzz_target;
use status_core::{HttpStatus, Status, StatusClass, StatusCode, StatusError, vendor};

fn check<T>(text: &str, code: fn(T) -> u16)
where
    T: FromStr<Err = StatusError> + Display + PartialEq + Debug + Copy + HttpStatus,
{
    match text.parse::<T>() {
        Ok(value) => {
            let printed = value.to_string();
            let bare = format!("{:03}", code(value));
            if text != bare {
                // Otherwise the code, one space and a reason phrase or alias of the value.
                let phrase = text.strip_prefix(&bare).and_then(|rest| rest.strip_prefix(' '));
                let meaning = value.status_meaning();
                let named = phrase.zip(meaning).is_some_and(|(phrase, meaning)| {
                    meaning.reason.eq_ignore_ascii_case(phrase)
                        || meaning.aliases.iter().any(|alias| alias.eq_ignore_ascii_case(phrase))
                });
                assert!(named, "{text:?} parsed as {printed:?}");
            }
            assert_eq!(printed.parse::<T>(), Ok(value), "{printed:?}");
        }
        Err(error) => {
            let message = error.to_string();
            assert!(!message.is_empty() && !message.ends_with('.'), "{message}");
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    check::<Status>(text, Status::code);
    check::<StatusCode>(text, StatusCode::code);
    check::<vendor::Nginx>(text, vendor::Nginx::code);
    check::<vendor::Cloudflare>(text, vendor::Cloudflare::code);
    check::<vendor::Microsoft>(text, vendor::Microsoft::code);
    check::<vendor::Esri>(text, vendor::Esri::code);
    check::<vendor::Apache>(text, vendor::Apache::code);
    check::<vendor::Google>(text, vendor::Google::code);
    match text.parse::<StatusClass>() {
        Ok(class) => {
            assert_eq!(text.to_ascii_lowercase(), format!("{}xx", class.digit()));
            assert!(class.range().contains(&(u16::from(class.digit()) * 100 + 99)));
        }
        Err(error) => assert!(!error.to_string().is_empty()),
    }
});
