use crate::domain::records::review::signed::Signed;
use crate::web::review_crypto;
use std::rc::Rc;
use yew::prelude::*;

/// Where checking a reviewed file's signature has got to.
#[derive(Clone, Debug, PartialEq)]
pub enum SignatureCheck {
    /// No review to check.
    Nothing,
    Checking,
    /// Unchanged since it was signed.
    Intact,
    /// Not what the supervisor signed.
    Changed,
    /// Web Crypto could not check it here, and why.
    Failed(String),
}

/// Checks the signature of `signed` with Web Crypto, again whenever it changes: a review
/// read from a report or from this browser's storage, where anyone with the file or the
/// device could have edited it since it was first checked.
#[hook]
pub fn use_signature_check(signed: Option<Rc<Signed>>) -> SignatureCheck {
    let check = use_state(|| SignatureCheck::Nothing);
    {
        let check = check.clone();
        use_effect_with(signed, move |signed| {
            let Some(s) = signed.clone() else {
                check.set(SignatureCheck::Nothing);
                return;
            };
            check.set(SignatureCheck::Checking);
            wasm_bindgen_futures::spawn_local(async move {
                let checked =
                    review_crypto::verify(&s.key, &s.review.fingerprint, &s.signature, &s.bytes)
                        .await;
                check.set(match checked {
                    Ok(true) => SignatureCheck::Intact,
                    Ok(false) => SignatureCheck::Changed,
                    Err(reason) => SignatureCheck::Failed(reason),
                });
            });
        });
    }
    (*check).clone()
}
