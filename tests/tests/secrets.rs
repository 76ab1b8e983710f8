//! Secrets follow the schema: a destination answered with every field of the spec's schema
//! set, the secret ones included, shows none of its secrets in `Debug`, in traces or in the
//! text of an error, and keeps each one for the caller. Which fields are secret is read from
//! the prepared spec (the strings it types `x-ampersand-secret`), never from a list, so a
//! newer spec's secret fields are covered with no edit.

use ampersand_ext::prelude::*;
use ampersand_tests::contract::{self, Api};
use httpmock::MockServer;
use serde_json::{Map, Value, json};

// the capture the ext tests use, which loses no event to tracing's process-wide cache
#[path = "../../ampersand-ext/tests/common/capture.rs"]
mod capture;

/// A value of `schema` with every property set (and one entry in each list and map): strings
/// of no format are unique markers, pushed to `secret` when the schema types them as secrets,
/// to `plain` otherwise.
fn full(api: &Api, schema: &Value, secret: &mut Vec<String>, plain: &mut Vec<String>) -> Value {
    let schema = api.resolve(schema);
    if let Some(parts) = schema.get("allOf").and_then(Value::as_array) {
        let mut merged = Map::new();
        for part in parts {
            if let Value::Object(m) = full(api, part, secret, plain) {
                merged.extend(m);
            }
        }
        return Value::Object(merged);
    }
    for key in ["oneOf", "anyOf"] {
        if let Some(first) = schema.get(key).and_then(|v| v.get(0)) {
            return full(api, first, secret, plain);
        }
    }
    if let Some(first) = schema.get("enum").and_then(|v| v.get(0)) {
        return first.clone();
    }
    match schema.get("type").and_then(Value::as_str) {
        Some("string") => match schema.get("format").and_then(Value::as_str) {
            Some("x-ampersand-secret") => {
                let marker = format!("s3cr3t-{}-value", secret.len());
                secret.push(marker.clone());
                json!(marker)
            }
            Some(_) => api.sample(schema),
            None => {
                let marker = format!("plain-{}-value", plain.len());
                plain.push(marker.clone());
                json!(marker)
            }
        },
        Some("integer") | Some("number") | Some("boolean") => api.sample(schema),
        Some("array") => json!([full(api, &schema["items"], secret, plain)]),
        _ => {
            let mut out = Map::new();
            for (name, prop) in schema
                .get("properties")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                out.insert(name.clone(), full(api, prop, secret, plain));
            }
            if let Some(extra) = schema.get("additionalProperties").filter(|e| e.is_object()) {
                out.insert("entry1".into(), full(api, extra, secret, plain));
            }
            Value::Object(out)
        }
    }
}

fn client(server: &MockServer) -> Client {
    ampersand_tests::client(&server.base_url())
}

fn assert_clean(what: &str, text: &str, secret: &[String]) {
    for s in secret {
        assert!(!text.contains(s.as_str()), "{what} shows {s}:\n{text}");
    }
}

#[tokio::test]
async fn a_destination_with_every_field_set_shows_no_secret() {
    let api = contract::api();
    let op = api.op("get_destination");
    let schema = api.success_schema(op);
    let (mut secret, mut plain) = (Vec::new(), Vec::new());
    let destination = full(api, &schema, &mut secret, &mut plain);
    assert!(
        !secret.is_empty(),
        "the spec's destination has secret fields: {destination}"
    );
    // independently of the preparation rules: every string the raw spec puts under the
    // destination's `secrets` is one of the secret markers
    let raw = &ampersand_tests::apis()[0].bundled;
    let raw_schema = raw
        .pointer("/paths/~1projects~1{projectIdOrName}~1destinations~1{destination}/get/responses/200/content/application~1json/schema")
        .unwrap()
        .clone();
    let resolve = |mut node: Value| {
        while let Some(r) = node.get("$ref").and_then(Value::as_str) {
            node = raw.pointer(r.trim_start_matches('#')).unwrap().clone();
        }
        node
    };
    let secrets = resolve(resolve(raw_schema)["properties"]["secrets"].clone());
    let in_secrets: Vec<&String> = secrets["properties"].as_object().unwrap().keys().collect();
    assert!(!in_secrets.is_empty());
    for name in in_secrets {
        let value = destination["secrets"][name].as_str().unwrap_or_default();
        assert!(
            secret.iter().any(|s| s == value),
            "secrets.{name} is typed as a secret"
        );
    }

    let server = MockServer::start_async().await;
    let ok = server.mock(|when, then| {
        when.method("GET")
            .path("/projects/p/destinations/d")
            .query_param("includeSecrets", "true");
        then.status(200)
            .header("content-type", "application/json")
            .json_body(destination.clone());
    });
    let (captured, _guard) = capture::capturing(tracing::Level::TRACE);
    let got = client(&server)
        .get_destination()
        .project_id_or_name("p")
        .destination("d")
        .include_secrets(true)
        .send()
        .await
        .unwrap()
        .into_inner();
    ok.assert();
    tracing::info!(destination = ?got, "fetched");
    let debug = format!("{got:?} {got:#?}");
    assert_clean("Debug", &debug, &secret);
    // the plain fields are shown: the check above reads real output
    assert!(plain.iter().any(|p| debug.contains(p.as_str())), "{debug}");
    // and each secret is kept for the caller, whole
    let back = serde_json::to_string(&got).unwrap();
    for s in &secret {
        assert!(back.contains(s.as_str()), "{s} kept");
    }
    let logs = captured.text();
    assert!(logs.contains("fetched"), "{logs}");
    assert_clean("traces", &logs, &secret);

    // the same body in the text of an error: a 500 that echoes it, and a 200 that does not
    // decode (its createTime is no time)
    let mut broken = destination.clone();
    broken["createTime"] = json!("not a time");
    for (status, body) in [(500, destination.clone()), (200, broken)] {
        let server = MockServer::start_async().await;
        server.mock(|when, then| {
            when.method("GET").path("/projects/p/destinations/d");
            then.status(status)
                .header("content-type", "application/json")
                .json_body(body);
        });
        let e = client(&server)
            .get_destination()
            .project_id_or_name("p")
            .destination("d")
            .send()
            .await
            .unwrap_err();
        let text = format!(
            "{e} {e:?} {} {}",
            e.body().map(|b| b.excerpt()).unwrap_or_default(),
            e.decode_error().map(|d| d.to_string()).unwrap_or_default()
        );
        assert_clean(&format!("error of a {status}"), &text, &secret);
    }
    let logs = captured.text();
    assert_clean("traces of the errors", &logs, &secret);
}

#[tokio::test]
async fn an_api_key_in_the_path_leaves_no_trace_in_a_transport_error() {
    const IN_PATH: &str = "amp-path-key-do-not-print";
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base_url = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    let client = ampersand_tests::client(&base_url);
    let e = client
        .delete_api_key()
        .project_id_or_name("p")
        .api_key(IN_PATH)
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        e.kind(),
        ErrorKind::Transport(ampersand_ext::TransportKind::Connect)
    );
    let mut chain = Vec::new();
    let mut source: Option<&dyn std::error::Error> = Some(&e);
    while let Some(s) = source {
        chain.push(format!("{s} | {s:?}"));
        source = s.source();
    }
    assert!(chain.len() > 1, "the transport error is the source");
    let text = format!("{e} {e:?} {e:#?} {}", chain.join(" <- "));
    assert_clean("a transport error", &text, &[IN_PATH.to_string()]);
    // the operation names the path template
    assert_eq!(
        e.operation().map(|o| o.path),
        Some("/projects/{projectIdOrName}/api-keys/{apiKey}")
    );
}

#[tokio::test]
async fn a_secret_given_to_an_update_builder_is_never_quoted_when_it_is_refused() {
    let server = MockServer::start_async().await;
    let any = server.mock(|_, then| {
        then.status(200);
    });
    const PASSWORD: &str = "correct-horse-battery";
    let basic = types::ConnectionRequestBasicAuth::builder().password(PASSWORD);
    let e = client(&server)
        .update_connection_fields()
        .api_key(PASSWORD)
        // no username: the value does not convert
        .basic_auth(basic)
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidRequest);
    assert!(e.to_string().contains("basicAuth"), "{e}");
    assert_clean(
        "a refused update",
        &format!("{e} {e:?} {e:#?}"),
        &[PASSWORD.to_string()],
    );
    any.assert_calls(0);
}

#[tokio::test]
async fn secrets_the_server_echoes_back_are_redacted_by_field_name_and_by_value() {
    // credentials that do not look like tokens, so only their exact value can find them
    const KEY: &str = "my-api-key-1";
    const JWT: &str = "my-jwt-2";
    // every secret field the schema knows, and the credential headers of its security schemes
    let mut names: Vec<String> = ampersand_ext::client::SECRET_FIELDS
        .iter()
        .map(|s| s.to_string())
        .collect();
    let raw = &ampersand_tests::apis()[0].bundled;
    for scheme in raw["components"]["securitySchemes"]
        .as_object()
        .unwrap()
        .values()
    {
        if scheme["in"] == "header" {
            names.push(scheme["name"].as_str().unwrap().to_string());
        }
    }
    names.push("config.providerApp.clientSecret".into());
    assert!(names.len() > 5, "{names:?}");
    let mut echoed: Vec<String> = vec![KEY.into(), JWT.into()];
    let issues: Vec<Value> = names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let value = format!("echoed-{i}-value");
            echoed.push(value.clone());
            json!({"name": name, "value": value, "detail": "is not accepted"})
        })
        .collect();
    let problem = json!({
        "title": "bad credentials",
        "detail": format!("the key {KEY} and the token {JWT} are revoked"),
        "issues": issues,
        "context": {"apiKey": KEY, "note": format!("sent {KEY}")},
    });
    let html = format!("<html><body>key {KEY} refused, token {JWT}</body></html>");
    for (status, content_type, body) in [
        (400, "application/problem+json", problem.to_string()),
        (502, "text/html", html),
    ] {
        let server = MockServer::start_async().await;
        server.mock(|when, then| {
            when.method("GET").path("/projects");
            then.status(status)
                .header("content-type", content_type)
                .body(body.clone());
        });
        let client = ClientBuilder::new()
            .api_key(KEY)
            .bearer_token(JWT)
            .base_url(server.base_url())
            .retry_policy(RetryPolicy::none())
            .build()
            .unwrap();
        let e = client.list_projects().send().await.unwrap_err();
        let text = format!(
            "{e} {e:?} {e:#?} {:?} {}",
            e.problem(),
            e.body().map(|b| b.excerpt()).unwrap_or_default()
        );
        assert_clean(&format!("a {status} that echoes secrets"), &text, &echoed);
        if status == 400 {
            assert_eq!(e.issues().len(), names.len());
            assert!(e.to_string().contains("bad credentials"), "{e}");
            assert!(text.contains("[redacted]"), "{text}");
        }
    }
}
