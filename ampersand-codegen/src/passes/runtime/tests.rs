use super::*;

fn module(send_body: &str) -> syn::File {
    syn::parse_str(&format!(
        r#"
        pub use progenitor_client::{{ByteStream, ClientInfo, Error, ResponseValue}};
        use progenitor_client::{{encode_path, ClientHooks, OperationInfo, RequestBuilderExt}};
        impl Client {{
            pub fn new(baseurl: &str, inner: crate::CallSettings) -> Self {{ todo!() }}
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
    let mut request = client.client.get(url).build()?;
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
fn the_imports_resolve_to_the_runtime_and_send_bodies_are_kept_whole() {
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
    assert!(code.contains("-> Result < ResponseValue < types :: Thing > , crate :: Error >"));
    let mut with_meta = before.clone();
    OperationInfoMeta(3, 0).visit_block_mut(&mut with_meta);
    let kept = quote!(#with_meta).to_string();
    assert!(
        kept.contains(
            "OperationInfo { operation_id : \"get_thing\" , operation : & super :: OPERATIONS [3usize] }"
        ),
        "{kept}"
    );
    assert!(
        code.contains(&format!(
            "crate :: runtime :: operation (& super :: OPERATIONS [3usize] , async move {kept}) . await"
        )),
        "{code}"
    );
    assert!(code.contains("crate :: call :: http_client ()"));
    assert!(!code.contains("progenitor_client ::"), "{code}");
}

#[test]
fn a_query_parameter_goes_through_the_runtimes_query_param() {
    let with_query = PROGENITORS.replace(
        ".get(url).build()?",
        ".get(url).query(&progenitor_client::QueryParam::new(\"groupRef\", &group_ref)).query(&pairs).build()?",
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
