//! Bodies that are not what they should be: problem fields that do not parse, control
//! characters, a gzip body with a bad checksum, a text answer that is not UTF-8.

use super::*;

/// Every property of the spec's problem schema (`InputValidationProblem`, through its
/// `allOf`): its name, a valid value (the spec's sampler) and a malformed one (a value of
/// another JSON type, or a string that is not a date-time where one is declared).
fn problem_fields() -> Vec<(String, serde_json::Value, serde_json::Value)> {
    use serde_json::Value;
    fn collect(
        sampler: &ampersand_spec::sample::Sampler<'_>,
        schema: &Value,
        out: &mut Vec<(String, Value, Value)>,
    ) {
        let schema = sampler.resolve(schema);
        for part in schema
            .get("allOf")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            collect(sampler, part, out);
        }
        for (name, prop) in schema
            .get("properties")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            let prop = sampler.resolve(prop);
            let bad = match prop.get("type").and_then(Value::as_str) {
                Some("string")
                    if prop.get("format").and_then(Value::as_str) == Some("date-time") =>
                {
                    json!("not a time")
                }
                Some("string") => json!(5),
                Some("integer" | "number" | "boolean") => json!("soon"),
                Some("array") => json!("x"),
                Some("object") => json!(7),
                _ => continue,
            };
            out.push((name.clone(), sampler.sample(prop), bad));
        }
    }
    let spec = common::spec();
    let sampler = ampersand_spec::sample::Sampler::new(spec);
    let mut out = Vec::new();
    collect(
        &sampler,
        &json!({"$ref": "#/components/schemas/InputValidationProblem"}),
        &mut out,
    );
    out
}

/// The error of listing projects against a server that answers `status` with `problem`,
/// without retries.
async fn problem_error(status: u16, problem: &serde_json::Value) -> Error {
    let server = Loopback::start(vec![Step::problem(status, problem, &[])]).await;
    let client = builder(&server)
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap();
    list(&client).await.unwrap_err()
}

#[tokio::test]
async fn each_problem_field_that_does_not_parse_is_absent_and_named_and_the_rest_is_kept() {
    let fields = problem_fields();
    let names: Vec<&str> = fields.iter().map(|(n, _, _)| n.as_str()).collect();
    for expected in [
        "title",
        "detail",
        "requestId",
        "retryable",
        "retryAfter",
        "time",
        "issues",
    ] {
        assert!(names.contains(&expected), "{expected} in {names:?}");
    }
    let full: serde_json::Map<String, serde_json::Value> = fields
        .iter()
        .map(|(n, v, _)| (n.clone(), v.clone()))
        .collect();
    let whole = problem_error(422, &full.clone().into()).await;
    assert!(whole.unreadable_problem_fields().is_empty(), "{whole:?}");
    let baseline = serde_json::to_value(whole.problem().expect("the sample decodes")).unwrap();
    for (name, _, bad) in &fields {
        let mut body = full.clone();
        body.insert(name.clone(), bad.clone());
        let e = problem_error(422, &body.into()).await;
        assert_eq!(
            e.unreadable_problem_fields(),
            std::slice::from_ref(name),
            "{name}"
        );
        let got = serde_json::to_value(e.problem().expect("the rest decodes")).unwrap();
        for other in &names {
            if other == name {
                assert_eq!(got.get(*other), None, "{name} malformed is absent");
            } else {
                assert_eq!(
                    got.get(*other),
                    baseline.get(*other),
                    "{other} kept when {name} is malformed"
                );
            }
        }
        if name != "requestId" {
            assert_eq!(e.request_id(), full["requestId"].as_str(), "{name}");
        }
    }
}

#[tokio::test]
async fn control_characters_from_the_server_are_escaped_in_every_message() {
    let nasty = "ok\r\n2026-01-01T00:00:00Z INFO forged\u{1b}[31m red\0 \u{202e}gnp.exe\u{2028}";
    let html = format!("<html><h1>{nasty}</h1></html>");
    let steps = [
        Step::problem(
            500,
            &json!({"title": nasty, "detail": nasty, "requestId": nasty,
                    "issues": [{"name": nasty, "detail": nasty}]}),
            &[],
        ),
        Step::raw(502, "text/html", html.as_bytes()),
        Step::raw(302, "text/plain", nasty.as_bytes()),
    ];
    for step in steps {
        let server = Loopback::start(vec![step]).await;
        let client = builder(&server)
            .retry_policy(RetryPolicy::none())
            .build()
            .unwrap();
        let e = list(&client).await.unwrap_err();
        for shown in [
            e.to_string(),
            e.body().map(|b| b.excerpt()).unwrap_or_default(),
        ] {
            let unsafe_char = shown
                .chars()
                .find(|c| c.is_control() || ('\u{2028}'..='\u{202e}').contains(c));
            assert_eq!(unsafe_char, None, "{shown}");
        }
        assert!(e.to_string().contains(r"ok\r\n2026"), "{e}");
    }
}

/// CRC-32 (IEEE), for a gzip member.
fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for byte in data {
        crc ^= u32::from(*byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// `data` as one gzip member (a stored deflate block) whose trailer carries `crc`.
fn gzip(data: &[u8], crc: u32) -> Vec<u8> {
    let mut out = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff, 1];
    let len = u16::try_from(data.len()).unwrap();
    out.extend(len.to_le_bytes());
    out.extend((!len).to_le_bytes());
    out.extend(data);
    out.extend(crc.to_le_bytes());
    out.extend(u32::try_from(data.len()).unwrap().to_le_bytes());
    out
}

#[tokio::test]
async fn a_gzip_body_with_a_bad_checksum_is_a_decode_error_not_a_cut_connection() {
    let body = json!([{"id": "p-1", "name": "mm", "appName": "MailMonkey", "orgId": "org-1",
                       "createTime": "2024-01-01T00:00:00Z"}])
    .to_string();
    let answer = |crc: u32| {
        Step::Respond(
            200,
            vec![
                ("content-type", "application/json".into()),
                ("content-encoding", "gzip".into()),
            ],
            std::sync::Arc::new(gzip(body.as_bytes(), crc)),
        )
    };
    // the member is right: it decodes
    let server = Loopback::start(vec![answer(crc32(body.as_bytes()))]).await;
    assert_eq!(list(&client(&server)).await.unwrap()[0].id, "p-1");
    // the same with a wrong checksum: the bytes all came, and would come again
    let server = Loopback::start(vec![answer(crc32(body.as_bytes()) ^ 1), projects()]).await;
    let e = list(&client(&server)).await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Decode, "{e:?}");
    assert_eq!((e.attempts(), server.seen().len()), (1, 1));
    assert!(!e.is_retryable());
    // and it says why: the coding, and the decoder's own words
    let said = e.to_string();
    assert!(
        said.contains("does not decode from its Content-Encoding: "),
        "{said}"
    );
    assert!(
        said.to_lowercase().contains("checksum") || said.to_lowercase().contains("crc"),
        "{said}"
    );
}

/// oauthConnect's body, sampled from its schema in the spec.
fn oauth_connect_body() -> types::OauthConnectBody {
    let schema = common::spec()
        .pointer("/paths/~1oauth-connect/post/requestBody/content/application~1json/schema")
        .expect("oauthConnect takes a JSON body");
    let sample = ampersand_spec::sample::Sampler::new(common::spec()).sample(schema);
    serde_json::from_value(sample).unwrap()
}

#[tokio::test]
async fn a_text_answer_is_a_string_and_one_that_is_not_utf8_is_a_decode_error() {
    let url = "https://login.example.com/oauth/authorize?client_id=abc&state=xyz";
    let server = Loopback::start(vec![Step::raw(200, "text/plain", url.as_bytes())]).await;
    let answer = client(&server)
        .oauth_connect()
        .body(oauth_connect_body())
        .send()
        .await
        .unwrap();
    let text: String = answer.into_inner();
    assert_eq!(text, url);
    let seen = server.seen();
    assert!(seen[0].headers.contains(&(
        "accept".into(),
        "text/plain, application/problem+json".into()
    )));

    let server = Loopback::start(vec![Step::raw(200, "text/plain", b"https://x/\xff\xfe")]).await;
    let e = client(&server)
        .oauth_connect()
        .body(oauth_connect_body())
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Decode, "{e:?}");
    assert_eq!(e.attempts(), 1);
    assert!(e.to_string().contains("not UTF-8 from byte 10"), "{e}");

    let server = Loopback::start(vec![Step::raw(200, "text/plain", url.as_bytes())]).await;
    let limited = builder(&server).max_response_bytes(8).build().unwrap();
    let e = limited
        .oauth_connect()
        .body(oauth_connect_body())
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::BodyTooLarge, "{e:?}");
}
