//! How the helpers send what they built: through the generated builders, so through the one
//! request path, with the typed body checked to serialise to exactly the JSON the helper
//! built (nothing the caller set dropped, nothing they did not set added).

use ampersand_client::{types, Client};
use futures_util::future::BoxFuture;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use crate::Error;

/// `body` as the typed body of `method`, refused unless it serialises back to `body` exactly.
pub(crate) fn exact<B: DeserializeOwned + Serialize>(
    method: &str,
    body: &Value,
    sent: impl FnOnce(&B) -> Result<Value, String>,
) -> Result<B, Error> {
    let typed: B = serde_json::from_value(body.clone())
        .map_err(|e| Error::invalid_request(format!("{method}: the body does not fit: {e}")))?;
    match sent(&typed) {
        Ok(back) if &back == body => Ok(typed),
        Ok(back) => Err(Error::invalid_request(format!(
            "{method}: the typed body would send {} instead of {}",
            crate::client::redacted(&back),
            crate::client::redacted(body)
        ))),
        Err(e) => Err(Error::invalid_request(format!("{method}: {e}"))),
    }
}

/// A type an update helper answers with: it knows which generated operation updates it.
pub trait UpdateTarget: Sized + Send {
    /// Sends the update `body` with the path parameters `params`, in the order of the path.
    fn send_update<'a>(
        client: &'a Client,
        params: &'a [String],
        body: &'a Value,
    ) -> BoxFuture<'a, Result<Self, Error>>;
}

macro_rules! update_target {
    ($ty:ident, $method:ident, $body:ident, [$($param:ident),+]) => {
        impl UpdateTarget for types::$ty {
            fn send_update<'a>(
                client: &'a Client,
                params: &'a [String],
                body: &'a Value,
            ) -> BoxFuture<'a, Result<Self, Error>> {
                Box::pin(async move {
                    let method = stringify!($method);
                    // what the generated builder sends: the body through its typify builder
                    let body: types::$body = exact(method, body, |typed: &types::$body| {
                        let built = types::$body::try_from(types::builder::$body::from(typed.clone()))
                            .map_err(|e| e.to_string())?;
                        serde_json::to_value(&built).map_err(|e| e.to_string())
                    })?;
                    let [$($param),+] = params else {
                        return Err(Error::invalid_request(format!(
                            "{method}: {} path parameter(s) given", params.len()
                        )));
                    };
                    let answer = client.$method()$(.$param($param.clone()))+.body(body).send().await?;
                    Ok(answer.into_inner())
                })
            }
        }
    };
}

update_target!(
    Project,
    update_project,
    UpdateProjectBody,
    [project_id_or_name]
);
update_target!(
    ProviderApp,
    update_provider_app,
    UpdateProviderAppBody,
    [project_id_or_name, provider_app_id]
);
update_target!(
    Installation,
    update_installation,
    UpdateInstallationBody,
    [project_id_or_name, integration_id, installation_id]
);
update_target!(
    ApiKey,
    update_api_key,
    PatchApiKeyRequest,
    [project_id_or_name, api_key]
);
update_target!(
    Connection,
    update_connection,
    UpdateConnectionRequest,
    [project_id_or_name, connection_id]
);
update_target!(
    Destination,
    update_destination,
    UpdateDestinationBody,
    [project_id_or_name, destination]
);
update_target!(Org, update_org, UpdateOrgBody, [org_id]);
update_target!(
    JwtKey,
    update_jwt_key,
    PatchJwtKeyRequest,
    [project_id_or_name, key_id]
);
