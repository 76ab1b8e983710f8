//! No credential from a body reaches an error's `Display`, `Debug` or body excerpt, on any
//! error path: OAuth tokens, API keys, client secrets, destination secrets.

use std::sync::Arc;

use ampersand_ext::prelude::*;
use serde_json::json;

mod common;
use common::loopback::{Loopback, Step};

const ACCESS_TOKEN: &str = "ya29.a0AfH6SMBxSECRETaccess";
const REFRESH_TOKEN: &str = "1//0gSECRETrefreshTokenXyz";
const API_KEY: &str = "amp-key-5ecr3t-0123456789abcdef";
const CLIENT_SECRET: &str = "cs-Secret-9f8e7d6c5b4a";
const AWS_SECRET: &str = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
const SECRETS: [&str; 5] = [
    ACCESS_TOKEN,
    REFRESH_TOKEN,
    API_KEY,
    CLIENT_SECRET,
    AWS_SECRET,
];

fn secrets_json() -> serde_json::Value {
    json!({
        "accessToken": {"token": ACCESS_TOKEN}, "refreshToken": {"token": REFRESH_TOKEN},
        "apiKey": API_KEY, "clientSecret": CLIENT_SECRET,
        "secrets": {"awsSecretKey": AWS_SECRET}, "note": format!("echo {ACCESS_TOKEN}"),
    })
}

async fn error_for(step: Step) -> Error {
    let server = Loopback::start(vec![step]).await;
    ClientBuilder::new()
        .api_key("k")
        .base_url(&server.base_url)
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap()
        .list_projects()
        .send()
        .await
        .unwrap_err()
}

fn assert_clean(path: &str, e: &Error) {
    let shown = [
        e.to_string(),
        format!("{e:?}"),
        e.body().map(|b| b.excerpt()).unwrap_or_default(),
        e.decode_error().map(|d| d.to_string()).unwrap_or_default(),
    ];
    for text in shown {
        for secret in SECRETS {
            assert!(!text.contains(secret), "{path}: {secret} shown in:\n{text}");
        }
    }
}

#[tokio::test]
async fn no_error_path_shows_a_credential() {
    // a success that does not decode: the token is the value serde quotes, and the body
    let mut body = vec![json!(ACCESS_TOKEN)];
    body.push(secrets_json());
    let e = error_for(Step::json(200, &json!(body))).await;
    assert_eq!(e.kind(), ErrorKind::Decode);
    assert_clean("decode", &e);
    assert!(e.decode_error().unwrap().message.contains("[redacted]"));

    // a problem document with credentials in its context and its detail
    let mut problem = json!({"title": "Bad token", "status": 401,
                             "detail": format!("the token {ACCESS_TOKEN} expired")});
    problem["context"] = secrets_json();
    let e = error_for(Step::problem(401, &problem, &[])).await;
    assert_eq!(e.kind(), ErrorKind::Api);
    assert_clean("problem", &e);

    // an error page that quotes them
    let page = format!(
        "<html>token={ACCESS_TOKEN} clientSecret: {CLIENT_SECRET} key {API_KEY} aws {AWS_SECRET}</html>"
    );
    let e = error_for(Step::raw(502, "text/html", page.as_bytes())).await;
    assert_eq!(e.kind(), ErrorKind::Api);
    assert!(e.problem().is_none());
    assert_clean("error page", &e);

    // an undeclared status with a JSON body
    let e = error_for(Step::json(202, &secrets_json())).await;
    assert_eq!(e.kind(), ErrorKind::UnexpectedStatus);
    assert_clean("unexpected status", &e);

    // a response header that echoes a credential
    let e = error_for(Step::Respond(
        500,
        vec![
            ("set-cookie", format!("session={ACCESS_TOKEN}")),
            ("x-echo", API_KEY.into()),
        ],
        Arc::new(b"{}".to_vec()),
    ))
    .await;
    assert_clean("headers", &e);
    assert_eq!(
        e.headers().unwrap()["x-echo"],
        API_KEY,
        "the headers themselves stay as received"
    );
}
