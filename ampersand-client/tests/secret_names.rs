//! One rule of secret names: what the generator types `Secret` and what the client redacts
//! at run time agree, name for name (the rule is emitted into the client by the generator).

use ampersand_client::{SECRET_FIELDS, is_secret_name};
use ampersand_codegen::prepare::is_secret_property;

const NAMES: &[&str] = &[
    "clientSecret",
    "client_secret",
    "clientsecret",
    "password",
    "dbPassword",
    "passphrase",
    "token",
    "accessToken",
    "refreshToken",
    "awsSessionToken",
    "webhookSigningToken",
    "nextPageToken",
    "pageToken",
    "tokenURL",
    "tokenType",
    "apiKey",
    "apikey",
    "X-Api-Key",
    "x-api-key",
    "accessKey",
    "privateKey",
    "publicKey",
    "partitionKey",
    "primaryKey",
    "idempotencyKey",
    "key",
    "credentials",
    "connectionString",
    "connectionId",
    "label",
    "name",
    "authorization",
    "cookie",
    "sessionId",
    "",
];

#[test]
fn the_generator_and_the_client_judge_every_name_alike() {
    for name in NAMES {
        let typed = is_secret_property(name) || SECRET_FIELDS.contains(name);
        assert_eq!(is_secret_name(name), typed, "{name}");
    }
    // a page token is a cursor for both (it was a secret for one of them once)
    assert!(!is_secret_name("nextPageToken") && !is_secret_property("nextPageToken"));
    // every field the spec's schemas make secret is one at run time
    for field in SECRET_FIELDS {
        assert!(is_secret_name(field), "{field}");
    }
}
