//! Signing and checking reviews with the browser's Web Crypto API (ECDSA P-256, SHA-256).
//! Only the full module reaches this, through `ui::Extras`.
//!
//! The supervisor's key pair is made once in their browser and kept in its localStorage
//! under [`KEY`], as the private key's JWK with the raw public key beside it. It is kept
//! extractable so that it can be stored there (a non-extractable key would need IndexedDB):
//! anything that runs on this site's origin in that browser could read it. The README says so.

use crate::domain::records::review::hex;
use js_sys::{Object, Promise, Reflect, Uint8Array, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, SubtleCrypto};

/// Where the supervisor's key pair is kept.
pub const KEY: &str = "stepwise:review-key";

/// The supervisor's signing key, with its public key and fingerprint (hex).
#[derive(Clone)]
pub struct SigningKey {
    private: CryptoKey,
    pub public: String,
    pub fingerprint: String,
}

fn subtle() -> Result<SubtleCrypto, String> {
    let crypto = web_sys::window()
        .ok_or("no window")?
        .crypto()
        .map_err(|_| "this browser has no Web Crypto")?;
    Ok(crypto.subtle())
}

fn object(pairs: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        // Setting a member of a new plain object cannot fail.
        let _ = Reflect::set(&o, &(*k).into(), v);
    }
    o
}

fn ecdsa() -> Object {
    object(&[("name", "ECDSA".into()), ("namedCurve", "P-256".into())])
}

fn usages(list: &[&str]) -> JsValue {
    list.iter()
        .map(|u| JsValue::from_str(u))
        .collect::<js_sys::Array>()
        .into()
}

async fn wait(promise: Result<Promise, JsValue>) -> Result<JsValue, String> {
    JsFuture::from(promise.map_err(super::describe)?)
        .await
        .map_err(super::describe)
}

fn bytes_of(value: &JsValue) -> Vec<u8> {
    Uint8Array::new(value).to_vec()
}

/// SHA-256 of `bytes`, hex.
pub async fn sha256(bytes: &[u8]) -> Result<String, String> {
    let digest = wait(subtle()?.digest_with_str_and_u8_array("SHA-256", bytes)).await?;
    Ok(hex(&bytes_of(&digest)))
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The key pair kept in this browser, made and kept first if there is none.
pub async fn signing_key() -> Result<SigningKey, String> {
    let subtle = subtle()?;
    let kept = storage()
        .and_then(|s| s.get_item(KEY).ok().flatten())
        .and_then(|text| JSON::parse(&text).ok());
    if let Some(kept) = kept {
        let jwk = Reflect::get(&kept, &"jwk".into()).map_err(super::describe)?;
        let public = Reflect::get(&kept, &"public".into())
            .ok()
            .and_then(|p| p.as_string());
        if let (Some(jwk), Some(public)) = (jwk.dyn_ref::<Object>(), public) {
            let private =
                wait(subtle.import_key_with_object("jwk", jwk, &ecdsa(), true, &usages(&["sign"])))
                    .await?;
            let key_bytes = crate::domain::records::review::unhex(&public).unwrap_or_default();
            return Ok(SigningKey {
                private: private.unchecked_into(),
                fingerprint: sha256(&key_bytes).await?,
                public,
            });
        }
    }
    let pair =
        wait(subtle.generate_key_with_object(&ecdsa(), true, &usages(&["sign", "verify"]))).await?;
    let private: CryptoKey = Reflect::get(&pair, &"privateKey".into())
        .map_err(super::describe)?
        .unchecked_into();
    let public: CryptoKey = Reflect::get(&pair, &"publicKey".into())
        .map_err(super::describe)?
        .unchecked_into();
    let raw = bytes_of(&wait(subtle.export_key("raw", &public)).await?);
    let jwk = wait(subtle.export_key("jwk", &private)).await?;
    let public = hex(&raw);
    let kept = object(&[("jwk", jwk), ("public", public.clone().into())]);
    let text = JSON::stringify(&kept)
        .map(String::from)
        .map_err(super::describe)?;
    storage()
        .ok_or("this browser is not letting Stepwise keep a signing key")?
        .set_item(KEY, &text)
        .map_err(|_| "this browser is not letting Stepwise keep a signing key")?;
    Ok(SigningKey {
        private,
        fingerprint: sha256(&raw).await?,
        public,
    })
}

fn signing() -> Object {
    object(&[
        ("name", "ECDSA".into()),
        ("hash", object(&[("name", "SHA-256".into())]).into()),
    ])
}

/// Signs `bytes`; the signature as hex (r‖s, 64 bytes).
pub async fn sign(key: &SigningKey, bytes: &str) -> Result<String, String> {
    let signature =
        wait(subtle()?.sign_with_object_and_u8_array(&signing(), &key.private, bytes.as_bytes()))
            .await?;
    Ok(hex(&bytes_of(&signature)))
}

/// Whether `signature` over `bytes` was made with the key whose raw public point is `key`,
/// and `fingerprint` is that key's. Any change to what was signed makes it false.
pub async fn verify(
    key: &[u8],
    fingerprint: &str,
    signature: &[u8],
    bytes: &str,
) -> Result<bool, String> {
    if sha256(key).await? != fingerprint.to_ascii_lowercase() {
        return Ok(false);
    }
    let subtle = subtle()?;
    let public = wait(subtle.import_key_with_object(
        "raw",
        &Uint8Array::from(key),
        &ecdsa(),
        true,
        &usages(&["verify"]),
    ))
    .await?;
    let ok = wait(subtle.verify_with_object_and_u8_array_and_u8_array(
        &signing(),
        &public.unchecked_into(),
        signature,
        bytes.as_bytes(),
    ))
    .await?;
    Ok(ok.as_bool().unwrap_or(false))
}
