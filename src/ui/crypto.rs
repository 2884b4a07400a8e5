//! Passphrase protection of links with the browser's Web Crypto API: AES-GCM-256 with a key from
//! PBKDF2-SHA256 (600 000 iterations, random 16-byte salt), random 12-byte IV. The passphrase and
//! the key never leave the page.

use crate::codec::{encrypted_fragment, encrypted_parts, PBKDF2_ITERATIONS};
use crate::model::Error;
use js_sys::{Array, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AesDerivedKeyParams, AesGcmParams, CryptoKey, Pbkdf2Params};

fn crypto() -> Result<web_sys::Crypto, JsValue> {
    web_sys::window().ok_or("ingen window")?.crypto()
}

fn random(n: usize) -> Result<Vec<u8>, JsValue> {
    let mut bytes = vec![0u8; n];
    crypto()?.get_random_values_with_u8_array(&mut bytes)?;
    Ok(bytes)
}

async fn key(passphrase: &str, salt: &[u8]) -> Result<CryptoKey, JsValue> {
    let subtle = crypto()?.subtle();
    let raw = Uint8Array::from(passphrase.as_bytes());
    let base: CryptoKey =
        JsFuture::from(subtle.import_key_with_str("raw", &raw, "PBKDF2", false, &Array::of1(&"deriveKey".into()))?)
            .await?
            .dyn_into()?;
    let params = Pbkdf2Params::new("PBKDF2", &JsValue::from_str("SHA-256"), PBKDF2_ITERATIONS, &Uint8Array::from(salt));
    let aes = AesDerivedKeyParams::new("AES-GCM", 256);
    let usages = Array::of2(&"encrypt".into(), &"decrypt".into());
    JsFuture::from(subtle.derive_key_with_object_and_object(&params, &base, &aes, false, &usages)?).await?.dyn_into()
}

/// Encrypts an (unencrypted) fragment into a `1e.` fragment.
pub async fn encrypt(fragment: &str, passphrase: &str) -> Result<String, JsValue> {
    let (salt, iv) = (random(16)?, random(12)?);
    let key = key(passphrase, &salt).await?;
    let params = AesGcmParams::new("AES-GCM", &Uint8Array::from(iv.as_slice()));
    let plain = fragment.as_bytes().to_vec();
    let out = JsFuture::from(crypto()?.subtle().encrypt_with_object_and_u8_array(&params, &key, &plain)?).await?;
    Ok(encrypted_fragment(&salt, &iv, &Uint8Array::new(&out).to_vec()))
}

/// Decrypts a `1e.` fragment to the inner fragment. A wrong passphrase gives a clear message
/// ([`Error::WrongPassphrase`], in both languages).
pub async fn decrypt(fragment: &str, passphrase: &str) -> Result<String, Error> {
    let parts = encrypted_parts(fragment).ok_or(Error::NotEncrypted)??;
    let (salt, iv, data) = (parts.salt, parts.iv, parts.ciphertext);
    let inner = async {
        let key = key(passphrase, &salt).await?;
        let params = AesGcmParams::new("AES-GCM", &Uint8Array::from(iv.as_slice()));
        JsFuture::from(crypto()?.subtle().decrypt_with_object_and_u8_array(&params, &key, &data)?).await
    };
    let plain = inner.await.map_err(|_: JsValue| Error::WrongPassphrase)?;
    String::from_utf8(Uint8Array::new(&plain).to_vec()).map_err(|_| Error::EncryptedLinkDamaged)
}
