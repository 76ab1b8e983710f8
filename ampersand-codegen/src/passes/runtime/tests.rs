use super::*;

fn module(send_body: &str) -> syn::File {
    syn::parse_str(&format!(
        r#"
        pub use progenitor_client::{{ByteStream, ClientInfo, Error, ResponseValue}};
        use progenitor_client::{{encode_path, ClientHooks, OperationInfo, RequestBuilderExt}};
        pub struct Client {{
            pub(crate) baseurl: String,
            pub(crate) client: reqwest::Client,
            pub(crate) inner: crate::CallSettings,
        }}
        impl Client {{
            pub fn new(baseurl: &str, inner: crate::CallSettings) -> Self {{ todo!() }}
            pub fn new_with_client(
                baseurl: &str,
                client: reqwest::Client,
                inner: crate::CallSettings,
            ) -> Self {{
                Self {{ baseurl: baseurl.to_string(), client, inner }}
            }}
        }}
        pub mod builder {{
            use super::{{types, Error, ResponseValue}};
            impl<'a> GetThing<'a> {{
                pub async fn send(self) -> Result<ResponseValue<types::Thing>, Error<types::Problem>> {{
                    {send_body}
                }}
            }}
        }}
        "#
    ))
    .unwrap()
}

const PROGENITORS: &str = r#"
    let Self { client, id } = self;
    let id = id.map_err(Error::InvalidRequest)?;
    let url = format!("{}/things/{}", client.baseurl, encode_path(&id.to_string()));
    let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
    header_map.append(
        ::reqwest::header::HeaderName::from_static("api-version"),
        ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
    );
    let mut request = client
        .client
        .get(url)
        .header(
            ::reqwest::header::ACCEPT,
            ::reqwest::header::HeaderValue::from_static("application/json"),
        )
        .headers(header_map)
        .build()?;
    let info = OperationInfo { operation_id: "get_thing" };
    client.pre(&mut request, &info).await?;
    let result = client.exec(request, &info).await;
    client.post(&result, &info).await?;
    let response = result?;
    match response.status().as_u16() {
        200u16 => ResponseValue::from_response(response).await,
        400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::from_response(response).await?)),
        _ => Err(Error::UnexpectedResponse(response)),
    }
"#;

fn operations() -> Operations {
    [("get_thing".to_string(), 3)].into_iter().collect()
}

#[test]
fn the_imports_resolve_to_the_runtime_and_send_bodies_keep_their_steps() {
    let mut file = module(PROGENITORS);
    let before: syn::Block = syn::parse_str(&format!("{{{PROGENITORS}}}")).unwrap();
    apply(&mut file, &operations()).unwrap();
    let code = quote!(#file).to_string();
    assert!(
        code.contains("pub use crate :: runtime :: { ByteStream , ClientInfo , ResponseValue } ;"),
        "{code}"
    );
    assert!(code.contains("use crate :: runtime :: Error ;"), "{code}");
    assert!(code.contains(
        "use crate :: runtime :: { encode_path , ClientHooks , OperationInfo , RequestBuilderExt } ;"
    ));
    assert!(code.contains(
        "pub fn send (self) -> impl :: std :: future :: Future < Output = Result < \
         ResponseValue < types :: Thing > , crate :: Error > >"
    ));
    assert!(!code.contains("async fn"), "{code}");
    let mut with_meta = before.clone();
    info::made_static(&mut with_meta, 3).unwrap();
    request::trim(&mut with_meta);
    url::from_base(&mut with_meta).unwrap();
    hooks::exec_alone(&mut with_meta).unwrap();
    build::in_closure(&mut with_meta).unwrap();
    assert_eq!(answer::unawaited(&mut with_meta), 2);
    let kept = quote!(#with_meta).to_string();
    assert!(
        kept.contains(
            "static INFO : OperationInfo = OperationInfo { operation_id : \"get_thing\" , \
             operation : & super :: OPERATIONS [3usize] , accept : :: reqwest :: header :: \
             HeaderValue :: from_static (super :: OPERATIONS [3usize] . accept) , api_version \
             : :: reqwest :: header :: HeaderValue :: from_static (super :: API_VERSION) } ;"
        ),
        "{kept}"
    );
    let made = checked::before_the_future(&with_meta, 3).unwrap();
    let made = quote!(#made).to_string();
    assert!(code.contains(&made), "{code}");
    // the statements after the checks are the future's, as the rewrites left them
    let after_checks = kept
        .split_once("let id = id . map_err (Error :: InvalidRequest) ? ;")
        .unwrap()
        .1
        .trim_end_matches('}')
        .trim();
    assert!(
        made.contains(&format!("Either :: Left (async move {{ {after_checks}")),
        "{made}"
    );
    assert!(code.contains("crate :: call :: http_client ()"));
    assert!(!code.contains("progenitor_client ::"), "{code}");
}

#[test]
fn the_request_is_built_with_less_work_and_the_same_facts() {
    let mut file = module(PROGENITORS);
    apply(&mut file, &operations()).unwrap();
    let code = quote!(#file).to_string();
    // the path parameter encoded as it is displayed, with no `String` of its own, after the
    // base URL parsed once
    assert!(
        code.contains(
            "let url = client . baseurl . url (format_args ! (\"/things/{}\" , encode_path (& id))) ?"
        ),
        "{code}"
    );
    assert!(
        code.contains("pub (crate) baseurl : crate :: runtime :: BaseUrl"),
        "{code}"
    );
    assert!(
        code.contains("baseurl : crate :: runtime :: BaseUrl :: new (baseurl)"),
        "{code}"
    );
    // Accept and api-version are the request path's, from the values `OperationInfo`
    // carries: progenitor's map, holding nothing else, goes
    for gone in ["ACCEPT", "api-version", "header_map", "to_string"] {
        assert!(!code.contains(gone), "{gone}: {code}");
    }
    assert!(code.contains(". get (url) . build () ?"), "{code}");
    // the request made by a closure the request path calls again for a retry or a redirect
    assert!(
        code.contains(
            "let response = client . exec (| | -> :: std :: result :: Result < :: reqwest :: \
             Request , crate :: Error > { let url = client . baseurl . url (format_args ! \
             (\"/things/{}\" , encode_path (& id))) ? ; let mut request = client . client . \
             get (url) . build () ? ; Ok (request) } , & info) . await ? ;"
        ),
        "{code}"
    );

    // another header parameter keeps the map, one smaller
    let other = PROGENITORS.replace(
        "    let mut request = client",
        "    if let Some(v) = &key { header_map.append(\"x-key\", v.to_string().try_into()?); }\n    let mut request = client",
    );
    let other = other.replace("with_capacity(1usize)", "with_capacity(2usize)");
    let mut file = module(&other);
    apply(&mut file, &operations()).unwrap();
    let code = quote!(#file).to_string();
    assert!(
        code.contains("HeaderMap :: with_capacity (1usize)"),
        "{code}"
    );
    assert!(code.contains("header_map . append (\"x-key\""), "{code}");
    assert!(code.contains(". headers (header_map)"), "{code}");
    assert!(!code.contains("api-version"), "{code}");

    // an Accept that is not progenitor's fixed media type is the caller's: it stays
    let chosen = PROGENITORS.replace(
        "::reqwest::header::HeaderValue::from_static(\"application/json\")",
        "accept_value",
    );
    let mut file = module(&chosen);
    apply(&mut file, &operations()).unwrap();
    let code = quote!(#file).to_string();
    assert!(
        code.contains(". header (:: reqwest :: header :: ACCEPT , accept_value"),
        "{code}"
    );
}

#[test]
fn a_query_parameter_goes_through_the_runtimes_query_param() {
    let with_query = PROGENITORS.replace(
        ".get(url)",
        ".get(url).query(&progenitor_client::QueryParam::new(\"groupRef\", &group_ref)).query(&pairs)",
    );
    let mut file = module(&with_query);
    apply(&mut file, &operations()).unwrap();
    let code = quote!(#file).to_string();
    assert!(
        code.contains(
            ". query_param (& progenitor_client :: QueryParam :: new (\"groupRef\" , & group_ref))"
        ),
        "{code}"
    );
    // any other argument stays with reqwest's own `query`
    assert!(code.contains(". query (& pairs)"), "{code}");
}

#[test]
fn a_construct_the_runtime_does_not_provide_fails_naming_it() {
    let changed = PROGENITORS.replace("Error::UnexpectedResponse", "Error::Unexpected");
    let err = apply(&mut module(&changed), &operations()).unwrap_err();
    assert!(err.to_string().contains("`Error::Unexpected`"), "{err}");

    let hooks = PROGENITORS.replace("client.post(&result, &info).await?;", "");
    let err = apply(&mut module(&hooks), &operations()).unwrap_err();
    assert!(err.to_string().contains(r#"["pre", "exec"]"#), "{err}");

    let unknown = module(PROGENITORS);
    let mut text = quote!(#unknown).to_string();
    text = text.replace("RequestBuilderExt", "RequestBuilderExt , Upgraded");
    let mut file: syn::File = syn::parse_str(&text).unwrap();
    let err = apply(&mut file, &operations()).unwrap_err();
    assert!(
        err.to_string().contains("progenitor_client::Upgraded"),
        "{err}"
    );

    let err = apply(&mut module(PROGENITORS), &Operations::new()).unwrap_err();
    assert!(
        err.to_string().contains("get_thing is not in OPERATIONS"),
        "{err}"
    );
}

#[test]
fn of_the_three_hooks_exec_alone_stays_and_the_other_statements_too() {
    let mut block: syn::Block = syn::parse_str(&format!("{{{PROGENITORS}}}")).unwrap();
    let before = quote!(#block).to_string();
    hooks::exec_alone(&mut block).unwrap();
    let after = quote!(#block).to_string();
    let exec = "let response = client . exec (request , & info) . await ? ;";
    assert!(after.contains(exec), "{after}");
    for gone in ["client . pre", "client . post", "let result", "result ?"] {
        assert!(
            before.contains(gone) && !after.contains(gone),
            "{gone}: {after}"
        );
    }
    // everything else is as progenitor wrote it
    let (head, tail) = after.split_once(exec).unwrap();
    assert!(before.starts_with(head), "{after}");
    assert!(before.ends_with(tail), "{after}");
}

#[test]
fn a_send_whose_hooks_are_of_another_shape_is_refused_saying_what_is_missing() {
    let without_post = PROGENITORS.replace("client.post(&result, &info).await?;", "");
    let mut block: syn::Block = syn::parse_str(&format!("{{{without_post}}}")).unwrap();
    let err = hooks::exec_alone(&mut block).unwrap_err();
    assert!(err.contains("not 2"), "{err}");
    let result_kept =
        PROGENITORS.replace("let response = result?;", "let response = result.unwrap();");
    let mut block: syn::Block = syn::parse_str(&format!("{{{result_kept}}}")).unwrap();
    let err = hooks::exec_alone(&mut block).unwrap_err();
    assert!(err.contains("result?"), "{err}");
}

#[test]
fn a_url_made_otherwise_fails_the_generation_naming_it() {
    for (made, why) in [
        (
            "let url = format!(\"{}/things/{}\", client.baseurl, encode_path(&id.to_string()));",
            None,
        ),
        (
            "let url = format!(\"/things/{}\", encode_path(&id.to_string()));",
            Some("is not `format!(\"{}…\", client.baseurl, …)`"),
        ),
        (
            "let url = format!(\"{}/things/{}\", other.baseurl, encode_path(&id.to_string()));",
            Some("is not `format!(\"{}…\", client.baseurl, …)`"),
        ),
        (
            "let url = client.baseurl.clone();",
            Some("`let url` is not a `format!(…)`"),
        ),
        (
            "let path = 1;",
            Some("0 `let url = format!(…)` in send(), not one"),
        ),
    ] {
        let body = PROGENITORS.replace(
            "let url = format!(\"{}/things/{}\", client.baseurl, encode_path(&id.to_string()));",
            made,
        );
        let mut file = module(&body);
        match (apply(&mut file, &operations()), why) {
            (Ok(()), None) => {}
            (Err(e), Some(why)) => assert!(e.to_string().contains(why), "{made}: {e}"),
            (got, _) => panic!("{made}: {got:?}"),
        }
    }
}

#[test]
fn a_request_used_after_it_is_handed_over_fails_the_generation_naming_it() {
    for (changed, why) in [
        (
            "let response = result?;",
            "let response = result?; drop(request);",
        ),
        (
            "let response = result?;",
            "let response = result?; drop(url);",
        ),
        (
            "let result = client.exec(request, &info).await;",
            "let result = client.exec(other, &info).await; drop(request);",
        ),
    ] {
        let body = PROGENITORS.replace(changed, why);
        let mut file = module(&body);
        let e = apply(&mut file, &operations()).unwrap_err().to_string();
        assert!(
            e.contains("is used after the request is built") || e.contains("no `client.exec"),
            "{why}: {e}"
        );
    }
}
