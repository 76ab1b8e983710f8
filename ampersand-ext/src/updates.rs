//! The setters of each update endpoint: one per allowed mask path, so the mask is derived from
//! the calls made. (Installation objects, keyed by name, are in `installations.rs`.)

use ampersand_client::types;
use serde::Serialize;

use crate::update_mask::MaskedUpdate;

/// Setters on `MaskedUpdate<$ty>`: `name(value) => "mask.path" [segments]`, with a compiled
/// example per setter. `$ctor` is the constructor call the example uses.
macro_rules! setters {
    ($ty:ty, $ctor:literal {
        $( $name:ident($($param:ident: $pty:ty)?) $value:tt => $path:literal [$($seg:literal),+] sample $sample:literal ),* $(,)?
    }) => {
        impl<'a> MaskedUpdate<'a, $ty> { $(
            #[doc = concat!("Sets `", $path, "` (and adds it to the mask).")]
            #[doc = ""]
            #[doc = "```"]
            #[doc = "use ampersand_ext::prelude::*;"]
            #[doc = "# fn run(client: &ampersand_ext::Client) {"]
            #[doc = concat!("let body = client.", $ctor)]
            #[doc = concat!("    .", stringify!($name), "(", $sample, ")")]
            #[doc = "    .body()"]
            #[doc = "    .unwrap();"]
            #[doc = concat!("assert_eq!(body[\"updateMask\"], serde_json::json!([\"", $path, "\"]));")]
            #[doc = "# }"]
            #[doc = "```"]
            pub fn $name(self $(, $param: $pty)?) -> Self {
                self.set(&[$($seg),+], setters!(@value $value $($param)?))
            }
        )* }
    };
    (@value (into) $param:ident) => {{ let value: String = $param.into(); value }};
    (@value (as_is) $param:ident) => { $param };
}

setters!(types::Project, "update_project_fields(\"p\")" {
    app_name(value: impl Into<String>) (into) => "appName" ["appName"] sample "\"My App\"",
    name(value: impl Into<String>) (into) => "name" ["name"] sample "\"my-project\"",
});

setters!(types::ProviderApp, "update_provider_app_fields(\"p\", \"app\")" {
    external_ref(value: impl Into<String>) (into) => "externalRef" ["externalRef"] sample "\"ext-1\"",
    client_id(value: impl Into<String>) (into) => "clientId" ["clientId"] sample "\"client-1\"",
    client_secret(value: impl Into<String>) (into) => "clientSecret" ["clientSecret"] sample "\"s3cr3t\"",
    provider(value: impl Into<String>) (into) => "provider" ["provider"] sample "\"salesforce\"",
    scopes(value: impl Serialize) (as_is) => "scopes" ["scopes"] sample "[\"crm.read\"]",
    metadata(value: impl Serialize) (as_is) => "metadata" ["metadata"] sample "serde_json::json!({})",
});

setters!(types::ApiKey, "update_api_key_fields(\"p\", \"key\")" {
    active(value: bool) (as_is) => "active" ["active"] sample "false",
    label(value: impl Into<String>) (into) => "label" ["label"] sample "\"ci\"",
    scopes(value: impl Serialize) (as_is) => "scopes" ["scopes"] sample "[\"read\"]",
});

setters!(types::Connection, "update_connection_fields(\"p\", \"conn\")" {
    provider_workspace_ref(value: impl Into<String>) (into) => "providerWorkspaceRef" ["providerWorkspaceRef"] sample "\"ws-1\"",
    provider_metadata(value: impl Serialize) (as_is) => "providerMetadata" ["providerMetadata"] sample "serde_json::json!({})",
    api_key(value: impl Into<String>) (into) => "apiKey" ["apiKey"] sample "\"new-key\"",
    basic_auth(value: impl Serialize) (as_is) => "basicAuth" ["basicAuth"] sample "serde_json::json!({\"username\": \"u\", \"password\": \"p\"})",
    oauth2_client_credentials(value: impl Serialize) (as_is) => "oauth2ClientCredentials" ["oauth2ClientCredentials"] sample "serde_json::json!({})",
    oauth2_password_credentials(value: impl Serialize) (as_is) => "oauth2PasswordCredentials" ["oauth2PasswordCredentials"] sample "serde_json::json!({})",
});

setters!(types::Destination, "update_destination_fields(\"p\", \"dest\")" {
    name(value: impl Into<String>) (into) => "name" ["name"] sample "\"hook\"",
    url(value: impl Into<String>) (into) => "metadata.url" ["metadata", "url"] sample "\"https://example.com/hook\"",
    headers(value: impl Serialize) (as_is) => "metadata.headers" ["metadata", "headers"] sample "serde_json::json!({\"x-env\": \"prod\"})",
    region(value: impl Into<String>) (into) => "metadata.region" ["metadata", "region"] sample "\"us-east-1\"",
    stream_name(value: impl Into<String>) (into) => "metadata.streamName" ["metadata", "streamName"] sample "\"events\"",
    endpoint_url(value: impl Into<String>) (into) => "metadata.endpointUrl" ["metadata", "endpointUrl"] sample "\"https://kinesis.example.com\"",
    partition_key_template(value: impl Into<String>) (into) => "metadata.partitionKeyTemplate" ["metadata", "partitionKeyTemplate"] sample "\"{{.objectName}}\"",
    aws_key_id(value: impl Into<String>) (into) => "secrets.awsKeyId" ["secrets", "awsKeyId"] sample "\"AKIA\"",
    aws_secret_key(value: impl Into<String>) (into) => "secrets.awsSecretKey" ["secrets", "awsSecretKey"] sample "\"secret\"",
    aws_session_token(value: impl Into<String>) (into) => "secrets.awsSessionToken" ["secrets", "awsSessionToken"] sample "\"token\"",
});

setters!(types::Org, "update_org_fields(\"org\")" {
    label(value: impl Into<String>) (into) => "label" ["label"] sample "\"Acme\"",
});

setters!(types::JwtKey, "update_jwt_key_fields(\"p\", \"key\")" {
    active(value: bool) (as_is) => "active" ["active"] sample "true",
    label(value: impl Into<String>) (into) => "label" ["label"] sample "\"prod signer\"",
});
