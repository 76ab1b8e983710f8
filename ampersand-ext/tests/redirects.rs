//! The redirect policy on the wire: credentials never leave the origin they were configured
//! for, and a POST is never silently turned into a GET.

use ampersand_ext::RedirectRefusal;
use ampersand_ext::prelude::*;
use httpmock::{Method, MockServer};
use reqwest::StatusCode;
use serde_json::json;

mod common;

const KEY: &str = "amp-key-redirect-0123456789";

fn client(server: &MockServer) -> Client {
    common::client_with(server, KEY, RetryPolicy::none())
}

fn project() -> serde_json::Value {
    json!({"id": "p-1", "name": "mailmonkey", "appName": "MailMonkey", "orgId": "org-1",
           "createTime": "2024-01-01T00:00:00Z"})
}

fn create_body() -> serde_json::Value {
    json!({"name": "mailmonkey", "appName": "MailMonkey", "orgId": "org-1"})
}

#[tokio::test]
async fn a_cross_origin_302_is_not_followed_and_the_key_never_reaches_the_other_server() {
    let ours = MockServer::start_async().await;
    let other = MockServer::start_async().await;
    let target = format!("{}/projects", other.base_url());
    let redirect = ours.mock(|when, then| {
        when.method(Method::GET)
            .path("/projects")
            .header("x-api-key", KEY);
        then.status(302).header("location", &target);
    });
    let elsewhere = other.mock(|when, then| {
        when.any_request();
        then.status(200).json_body(json!([]));
    });

    let err = client(&ours).list_projects().send().await;

    redirect.assert_async().await;
    assert_eq!(
        elsewhere.calls_async().await,
        0,
        "the other origin saw a request"
    );
    let err = err.expect_err("a refused redirect");
    assert_eq!(
        err.kind(),
        ErrorKind::Redirect(RedirectRefusal::CrossOrigin),
        "{err:?}"
    );
    assert_eq!(err.status(), Some(StatusCode::FOUND));
    let headers = err.headers().unwrap();
    assert_eq!(headers["location"], target.as_str(), "where it pointed");
    assert_eq!(err.operation().map(|o| o.id), Some("listProjects"));
    assert!(!err.to_string().contains(&target), "{err}");
}

#[tokio::test]
async fn a_same_origin_302_on_a_get_is_followed_with_the_key() {
    let server = MockServer::start_async().await;
    let redirect = server.mock(|when, then| {
        when.method(Method::GET).path("/projects");
        then.status(302).header("location", "/moved/projects");
    });
    let moved = server.mock(|when, then| {
        when.method(Method::GET)
            .path("/moved/projects")
            .header("x-api-key", KEY);
        then.status(200)
            .header("content-type", "application/json")
            .json_body(json!([project()]));
    });

    let projects = client(&server)
        .list_projects()
        .send()
        .await
        .expect("followed")
        .into_inner();

    redirect.assert_async().await;
    moved.assert_async().await;
    assert_eq!(projects.len(), 1);
    assert_eq!(projects[0].id, "p-1");
}

#[tokio::test]
async fn a_302_on_a_post_is_not_turned_into_a_get() {
    let server = MockServer::start_async().await;
    let create = server.mock(|when, then| {
        when.method(Method::POST)
            .path("/projects")
            .json_body(create_body());
        then.status(302).header("location", "/projects/p-1");
    });
    let read = server.mock(|when, then| {
        when.method(Method::GET).path("/projects/p-1");
        then.status(200)
            .header("content-type", "application/json")
            .json_body(project());
    });

    let result = client(&server)
        .create_project()
        .body(serde_json::from_value::<types::CreateProjectBody>(create_body()).unwrap())
        .send()
        .await;

    create.assert_async().await;
    assert_eq!(read.calls_async().await, 0, "the POST became a GET");
    let err = result.expect_err("a create must not succeed through a redirect");
    assert_eq!(
        err.kind(),
        ErrorKind::Redirect(RedirectRefusal::ChangesMethod)
    );
    assert_eq!(err.status(), Some(StatusCode::FOUND));
}

#[tokio::test]
async fn a_same_origin_307_on_a_post_is_followed_with_method_body_and_key() {
    let server = MockServer::start_async().await;
    let redirect = server.mock(|when, then| {
        when.method(Method::POST).path("/projects");
        then.status(307).header("location", "/v2/projects");
    });
    let moved = server.mock(|when, then| {
        when.method(Method::POST)
            .path("/v2/projects")
            .header("authorization", format!("Bearer {}", common::JWT))
            .header("content-type", "application/json")
            .json_body(create_body());
        then.status(201)
            .header("content-type", "application/json")
            .json_body(project());
    });

    let created = client(&server)
        .create_project()
        .body(serde_json::from_value::<types::CreateProjectBody>(create_body()).unwrap())
        .send()
        .await
        .expect("followed")
        .into_inner();

    redirect.assert_async().await;
    moved.assert_async().await;
    assert_eq!(created.id, "p-1");
}

#[tokio::test]
async fn a_redirect_loop_stops_after_the_limit() {
    let server = MockServer::start_async().await;
    let again = server.mock(|when, then| {
        when.method(Method::GET).path("/projects");
        then.status(301).header("location", "/projects");
    });

    let result = client(&server).list_projects().send().await;

    assert_eq!(again.calls_async().await, ampersand_ext::MAX_REDIRECTS + 1);
    let err = result.expect_err("too many redirects");
    assert_eq!(err.kind(), ErrorKind::Redirect(RedirectRefusal::TooMany));
    assert_eq!(err.attempts(), 1, "redirect hops are not attempts");
}
