pub mod operations {
    //! [`When`](::httpmock::When) and [`Then`](::httpmock::Then)
    //! wrappers for each operation. Each can be converted to
    //! its inner type with a call to `into_inner()`. This can
    //! be used to explicitly deviate from permitted values.
    use ampersand_client::*;
    pub struct OauthConnectWhen(::httpmock::When);
    impl OauthConnectWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/oauth-connect$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::OauthConnectBody) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct OauthConnectThen(::httpmock::Then);
    impl OauthConnectThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: ::serde_json::Value) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body(value),
            )
        }
        pub fn bad_request(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct OauthUpdateWhen(::httpmock::When);
    impl OauthUpdateWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/connections/[^/]*:oauth-update$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/{}/connections/.*:oauth-update$", value.to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn connection_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/connections/{}:oauth-update$", value.to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct OauthUpdateThen(::httpmock::Then);
    impl OauthUpdateThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: ::serde_json::Value) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body(value),
            )
        }
        pub fn bad_request(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ListProjectsWhen(::httpmock::When);
    impl ListProjectsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/projects$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
    }
    pub struct ListProjectsThen(::httpmock::Then);
    impl ListProjectsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &::std::vec::Vec<types::Project>) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct CreateProjectWhen(::httpmock::When);
    impl CreateProjectWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/projects$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreateProjectBody) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateProjectThen(::httpmock::Then);
    impl CreateProjectThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::Project) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unprocessable_entity(
            self,
            value: &types::InputValidationProblem,
        ) -> Self {
            Self(
                self
                    .0
                    .status(422u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct GetProjectWhen(::httpmock::When);
    impl GetProjectWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/projects/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/projects/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn include_entitlements<T>(self, value: T) -> Self
        where
            T: Into<Option<bool>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("includeEntitlements", value.to_string()))
            } else {
                Self(self.0.query_param_missing("includeEntitlements"))
            }
        }
    }
    pub struct GetProjectThen(::httpmock::Then);
    impl GetProjectThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Project) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct UpdateProjectWhen(::httpmock::When);
    impl UpdateProjectWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(regex::Regex::new("^/projects/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/projects/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateProjectBody) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateProjectThen(::httpmock::Then);
    impl UpdateProjectThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Project) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ListProviderAppsWhen(::httpmock::When);
    impl ListProviderAppsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/provider-apps$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/provider-apps$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct ListProviderAppsThen(::httpmock::Then);
    impl ListProviderAppsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &::std::vec::Vec<types::ProviderApp>) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unprocessable_entity(
            self,
            value: &types::InputValidationProblem,
        ) -> Self {
            Self(
                self
                    .0
                    .status(422u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct CreateProviderAppWhen(::httpmock::When);
    impl CreateProviderAppWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/provider-apps$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/provider-apps$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::CreateProviderAppBody) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateProviderAppThen(::httpmock::Then);
    impl CreateProviderAppThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ProviderApp) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unprocessable_entity(
            self,
            value: &types::InputValidationProblem,
        ) -> Self {
            Self(
                self
                    .0
                    .status(422u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct DeleteProviderAppWhen(::httpmock::When);
    impl DeleteProviderAppWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/provider-apps/[^/]*$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/provider-apps/.*$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn provider_app_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/.*/provider-apps/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteProviderAppThen(::httpmock::Then);
    impl DeleteProviderAppThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn no_content(self) -> Self {
            Self(self.0.status(204u16))
        }
        pub fn unprocessable_entity(
            self,
            value: &types::InputValidationProblem,
        ) -> Self {
            Self(
                self
                    .0
                    .status(422u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct UpdateProviderAppWhen(::httpmock::When);
    impl UpdateProviderAppWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/provider-apps/[^/]*$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/provider-apps/.*$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn provider_app_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/.*/provider-apps/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateProviderAppBody) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateProviderAppThen(::httpmock::Then);
    impl UpdateProviderAppThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ProviderApp) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ListIntegrationsWhen(::httpmock::When);
    impl ListIntegrationsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/integrations$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/integrations$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct ListIntegrationsThen(::httpmock::Then);
    impl ListIntegrationsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &::std::vec::Vec<types::Integration>) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unprocessable_entity(
            self,
            value: &types::InputValidationProblem,
        ) -> Self {
            Self(
                self
                    .0
                    .status(422u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct CreateIntegrationWhen(::httpmock::When);
    impl CreateIntegrationWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/integrations$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/integrations$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::CreateIntegrationBody) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateIntegrationThen(::httpmock::Then);
    impl CreateIntegrationThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self) -> Self {
            Self(self.0.status(201u16))
        }
        pub fn bad_request(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unprocessable_entity(
            self,
            value: &types::InputValidationProblem,
        ) -> Self {
            Self(
                self
                    .0
                    .status(422u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct GetIntegrationWhen(::httpmock::When);
    impl GetIntegrationWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/integrations/[^/]*$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/integrations/.*$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn integration_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/.*/integrations/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetIntegrationThen(::httpmock::Then);
    impl GetIntegrationThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Integration) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct DeleteIntegrationWhen(::httpmock::When);
    impl DeleteIntegrationWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/integrations/[^/]*$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/integrations/.*$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn integration_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/.*/integrations/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteIntegrationThen(::httpmock::Then);
    impl DeleteIntegrationThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn no_content(self) -> Self {
            Self(self.0.status(204u16))
        }
        pub fn not_found(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unprocessable_entity(
            self,
            value: &types::InputValidationProblem,
        ) -> Self {
            Self(
                self
                    .0
                    .status(422u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct BatchUpsertIntegrationsWhen(::httpmock::When);
    impl BatchUpsertIntegrationsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PUT)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/integrations:batch$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/integrations:batch$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn destructive<T>(self, value: T) -> Self
        where
            T: Into<Option<bool>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("destructive", value.to_string()))
            } else {
                Self(self.0.query_param_missing("destructive"))
            }
        }
        pub fn body(self, value: &types::BatchUpsertIntegrationsBody) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct BatchUpsertIntegrationsThen(::httpmock::Then);
    impl BatchUpsertIntegrationsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &::std::vec::Vec<types::Integration>) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unprocessable_entity(
            self,
            value: &types::InputValidationProblem,
        ) -> Self {
            Self(
                self
                    .0
                    .status(422u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct CreateRevisionWhen(::httpmock::When);
    impl CreateRevisionWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/integrations/[^/]*/revisions$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/{}/integrations/.*/revisions$", value.to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn integration_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/integrations/{}/revisions$", value.to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn destructive<T>(self, value: T) -> Self
        where
            T: Into<Option<bool>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("destructive", value.to_string()))
            } else {
                Self(self.0.query_param_missing("destructive"))
            }
        }
        pub fn body(self, value: &types::CreateRevisionBody) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateRevisionThen(::httpmock::Then);
    impl CreateRevisionThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self) -> Self {
            Self(self.0.status(201u16))
        }
        pub fn bad_request(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unprocessable_entity(
            self,
            value: &types::InputValidationProblem,
        ) -> Self {
            Self(
                self
                    .0
                    .status(422u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct GetHydratedRevisionWhen(::httpmock::When);
    impl GetHydratedRevisionWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/integrations/[^/]*/revisions/[^/]*:hydrate$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/{}/integrations/.*/revisions/.*:hydrate$", value
                        .to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn integration_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/integrations/{}/revisions/.*:hydrate$", value
                        .to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn revision_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/integrations/.*/revisions/{}:hydrate$", value
                        .to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn connection_id(self, value: &str) -> Self {
            Self(self.0.query_param("connectionId", value.to_string()))
        }
    }
    pub struct GetHydratedRevisionThen(::httpmock::Then);
    impl GetHydratedRevisionThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::HydratedRevision) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ListInstallationsWhen(::httpmock::When);
    impl ListInstallationsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/integrations/[^/]*/installations$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/{}/integrations/.*/installations$", value.to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn integration_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/integrations/{}/installations$", value.to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn group_ref<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("groupRef", value.to_string()))
            } else {
                Self(self.0.query_param_missing("groupRef"))
            }
        }
    }
    pub struct ListInstallationsThen(::httpmock::Then);
    impl ListInstallationsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &::std::vec::Vec<types::Installation>) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct CreateInstallationWhen(::httpmock::When);
    impl CreateInstallationWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/integrations/[^/]*/installations$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/{}/integrations/.*/installations$", value.to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn integration_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/integrations/{}/installations$", value.to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::CreateInstallationBody) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateInstallationThen(::httpmock::Then);
    impl CreateInstallationThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::Installation) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unprocessable_entity(
            self,
            value: &types::InputValidationProblem,
        ) -> Self {
            Self(
                self
                    .0
                    .status(422u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct GetInstallationWhen(::httpmock::When);
    impl GetInstallationWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/integrations/[^/]*/installations/[^/]*$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/{}/integrations/.*/installations/.*$", value
                        .to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn integration_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/integrations/{}/installations/.*$", value
                        .to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn installation_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/integrations/.*/installations/{}$", value
                        .to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetInstallationThen(::httpmock::Then);
    impl GetInstallationThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Installation) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct DeleteInstallationWhen(::httpmock::When);
    impl DeleteInstallationWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/integrations/[^/]*/installations/[^/]*$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/{}/integrations/.*/installations/.*$", value
                        .to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn integration_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/integrations/{}/installations/.*$", value
                        .to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn installation_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/integrations/.*/installations/{}$", value
                        .to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteInstallationThen(::httpmock::Then);
    impl DeleteInstallationThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn no_content(self) -> Self {
            Self(self.0.status(204u16))
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct UpdateInstallationWhen(::httpmock::When);
    impl UpdateInstallationWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/integrations/[^/]*/installations/[^/]*$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/{}/integrations/.*/installations/.*$", value
                        .to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn integration_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/integrations/{}/installations/.*$", value
                        .to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn installation_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/integrations/.*/installations/{}$", value
                        .to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateInstallationBody) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateInstallationThen(::httpmock::Then);
    impl UpdateInstallationThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Installation) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct PatchObjectConfigContentWhen(::httpmock::When);
    impl PatchObjectConfigContentWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/integrations/[^/]*/objects/[^/]*/config-content$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/{}/integrations/.*/objects/.*/config-content$", value
                        .to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn integration_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/integrations/{}/objects/.*/config-content$", value
                        .to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn object_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/integrations/.*/objects/{}/config-content$", value
                        .to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::PatchObjectConfigContentBody) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct PatchObjectConfigContentThen(::httpmock::Then);
    impl PatchObjectConfigContentThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Installation) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct GetObjectMetadataForInstallationWhen(::httpmock::When);
    impl GetObjectMetadataForInstallationWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/integrations/[^/]*/objects/[^/]*/metadata$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/{}/integrations/.*/objects/.*/metadata$", value
                        .to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn integration_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/integrations/{}/objects/.*/metadata$", value
                        .to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn object_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/integrations/.*/objects/{}/metadata$", value
                        .to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn exclude_read_only<T>(self, value: T) -> Self
        where
            T: Into<Option<bool>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("excludeReadOnly", value.to_string()))
            } else {
                Self(self.0.query_param_missing("excludeReadOnly"))
            }
        }
        pub fn group_ref(self, value: &str) -> Self {
            Self(self.0.query_param("groupRef", value.to_string()))
        }
    }
    pub struct GetObjectMetadataForInstallationThen(::httpmock::Then);
    impl GetObjectMetadataForInstallationThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ObjectMetadata) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ListInstallationsForProjectWhen(::httpmock::When);
    impl ListInstallationsForProjectWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/installations$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/installations$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn group_ref<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("groupRef", value.to_string()))
            } else {
                Self(self.0.query_param_missing("groupRef"))
            }
        }
    }
    pub struct ListInstallationsForProjectThen(::httpmock::Then);
    impl ListInstallationsForProjectThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &::std::vec::Vec<types::Installation>) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct GetObjectMetadataForConnectionWhen(::httpmock::When);
    impl GetObjectMetadataForConnectionWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/providers/[^/]*/objects/[^/]*/metadata$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/{}/providers/.*/objects/.*/metadata$", value
                        .to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn provider(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/providers/{}/objects/.*/metadata$", value
                        .to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn object_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/providers/.*/objects/{}/metadata$", value
                        .to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn exclude_read_only<T>(self, value: T) -> Self
        where
            T: Into<Option<bool>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("excludeReadOnly", value.to_string()))
            } else {
                Self(self.0.query_param_missing("excludeReadOnly"))
            }
        }
        pub fn group_ref(self, value: &str) -> Self {
            Self(self.0.query_param("groupRef", value.to_string()))
        }
    }
    pub struct GetObjectMetadataForConnectionThen(::httpmock::Then);
    impl GetObjectMetadataForConnectionThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ObjectMetadata) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct UpsertMetadataForInstallationWhen(::httpmock::When);
    impl UpsertMetadataForInstallationWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PUT)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/integrations/[^/]*/object-metadata$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/{}/integrations/.*/object-metadata$", value
                        .to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn integration_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/integrations/{}/object-metadata$", value
                        .to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpsertMetadataRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpsertMetadataForInstallationThen(::httpmock::Then);
    impl UpsertMetadataForInstallationThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::UpsertMetadataResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn forbidden(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(403u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn internal_server_error(
            self,
            value: &types::InputValidationProblem,
        ) -> Self {
            Self(
                self
                    .0
                    .status(500u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct UpsertMetadataForConnectionWhen(::httpmock::When);
    impl UpsertMetadataForConnectionWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PUT)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/providers/[^/]*/object-metadata$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/{}/providers/.*/object-metadata$", value.to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn provider(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/providers/{}/object-metadata$", value.to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpsertMetadataRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpsertMetadataForConnectionThen(::httpmock::Then);
    impl UpsertMetadataForConnectionThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::UpsertMetadataResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn forbidden(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(403u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn internal_server_error(
            self,
            value: &types::InputValidationProblem,
        ) -> Self {
            Self(
                self
                    .0
                    .status(500u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ListOperationsWhen(::httpmock::When);
    impl ListOperationsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/integrations/[^/]*/installations/[^/]*/operations$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/{}/integrations/.*/installations/.*/operations$",
                        value.to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn integration_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/integrations/{}/installations/.*/operations$",
                        value.to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn installation_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/integrations/.*/installations/{}/operations$",
                        value.to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn page_size<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("pageSize", value.to_string()))
            } else {
                Self(self.0.query_param_missing("pageSize"))
            }
        }
        pub fn page_token<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("pageToken", value.to_string()))
            } else {
                Self(self.0.query_param_missing("pageToken"))
            }
        }
    }
    pub struct ListOperationsThen(::httpmock::Then);
    impl ListOperationsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListOperationsResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unprocessable_entity(
            self,
            value: &types::InputValidationProblem,
        ) -> Self {
            Self(
                self
                    .0
                    .status(422u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct GetBackfillProgressWhen(::httpmock::When);
    impl GetBackfillProgressWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/integrations/[^/]*/installations/[^/]*/objects/[^/]*/backfill-progress$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/{}/integrations/.*/installations/.*/objects/.*/backfill-progress$",
                        value.to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn integration_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/integrations/{}/installations/.*/objects/.*/backfill-progress$",
                        value.to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn installation_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/integrations/.*/installations/{}/objects/.*/backfill-progress$",
                        value.to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn object_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/integrations/.*/installations/.*/objects/{}/backfill-progress$",
                        value.to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetBackfillProgressThen(::httpmock::Then);
    impl GetBackfillProgressThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::BackfillProgress) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct GetOperationWhen(::httpmock::When);
    impl GetOperationWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/operations/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/operations/.*$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn operation_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/.*/operations/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetOperationThen(::httpmock::Then);
    impl GetOperationThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Operation) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ListOperationLogsWhen(::httpmock::When);
    impl ListOperationLogsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/operations/[^/]*/logs$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/operations/.*/logs$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn operation_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/.*/operations/{}/logs$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct ListOperationLogsThen(::httpmock::Then);
    impl ListOperationLogsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &::std::vec::Vec<types::Log>) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unprocessable_entity(
            self,
            value: &types::InputValidationProblem,
        ) -> Self {
            Self(
                self
                    .0
                    .status(422u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ListProvidersWhen(::httpmock::When);
    impl ListProvidersWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/providers$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
    }
    pub struct ListProvidersThen(::httpmock::Then);
    impl ListProvidersThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CatalogType) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct GetProviderWhen(::httpmock::When);
    impl GetProviderWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/providers/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn provider(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/providers/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetProviderThen(::httpmock::Then);
    impl GetProviderThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ProviderInfo) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ListApiKeysWhen(::httpmock::When);
    impl ListApiKeysWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/api-keys$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/api-keys$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn active<T>(self, value: T) -> Self
        where
            T: Into<Option<bool>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("active", value.to_string()))
            } else {
                Self(self.0.query_param_missing("active"))
            }
        }
    }
    pub struct ListApiKeysThen(::httpmock::Then);
    impl ListApiKeysThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &::std::vec::Vec<types::ApiKey>) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct CreateApiKeyWhen(::httpmock::When);
    impl CreateApiKeyWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/api-keys$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/api-keys$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::ApiKeyRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateApiKeyThen(::httpmock::Then);
    impl CreateApiKeyThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::ApiKey) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct GetApiKeyWhen(::httpmock::When);
    impl GetApiKeyWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/api-keys/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/api-keys/.*$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn api_key(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/.*/api-keys/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetApiKeyThen(::httpmock::Then);
    impl GetApiKeyThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn not_found(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn ok(self, value: &types::ApiKey) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct DeleteApiKeyWhen(::httpmock::When);
    impl DeleteApiKeyWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/api-keys/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/api-keys/.*$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn api_key(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/.*/api-keys/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteApiKeyThen(::httpmock::Then);
    impl DeleteApiKeyThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn not_found(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn no_content(self) -> Self {
            Self(self.0.status(204u16))
        }
    }
    pub struct UpdateApiKeyWhen(::httpmock::When);
    impl UpdateApiKeyWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/api-keys/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/api-keys/.*$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn api_key(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/.*/api-keys/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::PatchApiKeyRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateApiKeyThen(::httpmock::Then);
    impl UpdateApiKeyThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ApiKey) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unprocessable_entity(
            self,
            value: &types::InputValidationProblem,
        ) -> Self {
            Self(
                self
                    .0
                    .status(422u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ListConnectionsWhen(::httpmock::When);
    impl ListConnectionsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/connections$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/connections$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn consumer_ref<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("consumerRef", value.to_string()))
            } else {
                Self(self.0.query_param_missing("consumerRef"))
            }
        }
        pub fn group_ref<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("groupRef", value.to_string()))
            } else {
                Self(self.0.query_param_missing("groupRef"))
            }
        }
        pub fn provider<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("provider", value.to_string()))
            } else {
                Self(self.0.query_param_missing("provider"))
            }
        }
    }
    pub struct ListConnectionsThen(::httpmock::Then);
    impl ListConnectionsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &::std::vec::Vec<types::Connection>) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct GenerateConnectionWhen(::httpmock::When);
    impl GenerateConnectionWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/connections:generate$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/connections:generate$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::GenerateConnectionRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct GenerateConnectionThen(::httpmock::Then);
    impl GenerateConnectionThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::Connection) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unprocessable_entity(
            self,
            value: &types::InputValidationProblem,
        ) -> Self {
            Self(
                self
                    .0
                    .status(422u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct GetConnectionWhen(::httpmock::When);
    impl GetConnectionWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/connections/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/connections/.*$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn connection_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/.*/connections/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn include_creds<T>(self, value: T) -> Self
        where
            T: Into<Option<bool>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("includeCreds", value.to_string()))
            } else {
                Self(self.0.query_param_missing("includeCreds"))
            }
        }
        pub fn include_refresh_token<T>(self, value: T) -> Self
        where
            T: Into<Option<bool>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("includeRefreshToken", value.to_string()))
            } else {
                Self(self.0.query_param_missing("includeRefreshToken"))
            }
        }
        pub fn refresh<T>(self, value: T) -> Self
        where
            T: Into<Option<types::GetConnectionRefresh>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("refresh", value.to_string()))
            } else {
                Self(self.0.query_param_missing("refresh"))
            }
        }
    }
    pub struct GetConnectionThen(::httpmock::Then);
    impl GetConnectionThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Connection) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct DeleteConnectionWhen(::httpmock::When);
    impl DeleteConnectionWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/connections/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/connections/.*$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn connection_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/.*/connections/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteConnectionThen(::httpmock::Then);
    impl DeleteConnectionThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn no_content(self) -> Self {
            Self(self.0.status(204u16))
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct UpdateConnectionWhen(::httpmock::When);
    impl UpdateConnectionWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/connections/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/connections/.*$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn connection_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/.*/connections/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateConnectionRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateConnectionThen(::httpmock::Then);
    impl UpdateConnectionThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Connection) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ListDestinationsWhen(::httpmock::When);
    impl ListDestinationsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/destinations$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/destinations$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct ListDestinationsThen(::httpmock::Then);
    impl ListDestinationsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &::std::vec::Vec<types::Destination>) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct CreateDestinationWhen(::httpmock::When);
    impl CreateDestinationWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/destinations$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/destinations$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::CreateDestinationBody) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateDestinationThen(::httpmock::Then);
    impl CreateDestinationThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::Destination) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unprocessable_entity(
            self,
            value: &types::InputValidationProblem,
        ) -> Self {
            Self(
                self
                    .0
                    .status(422u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct GetDestinationWhen(::httpmock::When);
    impl GetDestinationWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/destinations/[^/]*$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/destinations/.*$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn destination(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/.*/destinations/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn include_secrets<T>(self, value: T) -> Self
        where
            T: Into<Option<bool>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("includeSecrets", value.to_string()))
            } else {
                Self(self.0.query_param_missing("includeSecrets"))
            }
        }
        pub fn rotate<T>(self, value: T) -> Self
        where
            T: Into<Option<bool>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("rotate", value.to_string()))
            } else {
                Self(self.0.query_param_missing("rotate"))
            }
        }
    }
    pub struct GetDestinationThen(::httpmock::Then);
    impl GetDestinationThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn not_found(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn ok(self, value: &types::DestinationWithSecrets) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct DeleteDestinationWhen(::httpmock::When);
    impl DeleteDestinationWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/destinations/[^/]*$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/destinations/.*$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn destination(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/.*/destinations/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteDestinationThen(::httpmock::Then);
    impl DeleteDestinationThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn no_content(self) -> Self {
            Self(self.0.status(204u16))
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct UpdateDestinationWhen(::httpmock::When);
    impl UpdateDestinationWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/destinations/[^/]*$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/destinations/.*$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn destination(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/.*/destinations/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateDestinationBody) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateDestinationThen(::httpmock::Then);
    impl UpdateDestinationThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn not_found(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unprocessable_entity(
            self,
            value: &types::InputValidationProblem,
        ) -> Self {
            Self(
                self
                    .0
                    .status(422u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn ok(self, value: &types::Destination) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct GenerateUploadUrlWhen(::httpmock::When);
    impl GenerateUploadUrlWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/generate-upload-url$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
    }
    pub struct GenerateUploadUrlThen(::httpmock::Then);
    impl GenerateUploadUrlThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::SignedUrl) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unprocessable_entity(
            self,
            value: &types::InputValidationProblem,
        ) -> Self {
            Self(
                self
                    .0
                    .status(422u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct CreateOrgWhen(::httpmock::When);
    impl CreateOrgWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/orgs$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreateOrgBody) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateOrgThen(::httpmock::Then);
    impl CreateOrgThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::Org) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct GetOrgWhen(::httpmock::When);
    impl GetOrgWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/orgs/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn org_id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/orgs/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetOrgThen(::httpmock::Then);
    impl GetOrgThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Org) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct UpdateOrgWhen(::httpmock::When);
    impl UpdateOrgWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(regex::Regex::new("^/orgs/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn org_id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/orgs/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateOrgBody) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateOrgThen(::httpmock::Then);
    impl UpdateOrgThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Org) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ListOrgBuildersWhen(::httpmock::When);
    impl ListOrgBuildersWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/orgs/[^/]*/builders$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn org_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/orgs/{}/builders$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct ListOrgBuildersThen(::httpmock::Then);
    impl ListOrgBuildersThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &::std::vec::Vec<types::Builder>) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ListOrgInvitesWhen(::httpmock::When);
    impl ListOrgInvitesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/orgs/[^/]*/invites$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn org_id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/orgs/{}/invites$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct ListOrgInvitesThen(::httpmock::Then);
    impl ListOrgInvitesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &::std::vec::Vec<types::Invite>) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct CreateOrgInviteWhen(::httpmock::When);
    impl CreateOrgInviteWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/orgs/[^/]*/invites$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn org_id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/orgs/{}/invites$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::CreateOrgInviteBody) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateOrgInviteThen(::httpmock::Then);
    impl CreateOrgInviteThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::Invite) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct GetOrgInviteWhen(::httpmock::When);
    impl GetOrgInviteWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/orgs/[^/]*/invites/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn org_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/orgs/{}/invites/.*$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn invite_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/orgs/.*/invites/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetOrgInviteThen(::httpmock::Then);
    impl GetOrgInviteThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Invite) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct DeleteOrgInviteWhen(::httpmock::When);
    impl DeleteOrgInviteWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new("^/orgs/[^/]*/invites/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn org_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/orgs/{}/invites/.*$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn invite_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/orgs/.*/invites/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteOrgInviteThen(::httpmock::Then);
    impl DeleteOrgInviteThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn no_content(self) -> Self {
            Self(self.0.status(204u16))
        }
        pub fn bad_request(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct AddUserToOrgWhen(::httpmock::When);
    impl AddUserToOrgWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/orgs/[^/]*/memberships$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn org_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/orgs/{}/memberships$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::AddUserToOrgBody) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct AddUserToOrgThen(::httpmock::Then);
    impl AddUserToOrgThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self) -> Self {
            Self(self.0.status(201u16))
        }
        pub fn bad_request(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn forbidden(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(403u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct GetMyInfoWhen(::httpmock::When);
    impl GetMyInfoWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/my-info$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
    }
    pub struct GetMyInfoThen(::httpmock::Then);
    impl GetMyInfoThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::BuilderInfo) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct AcceptInviteWhen(::httpmock::When);
    impl AcceptInviteWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/invites:accept$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::AcceptInviteBody) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct AcceptInviteThen(::httpmock::Then);
    impl AcceptInviteThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::BuilderInfo) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct GetOrgBillingAccountWhen(::httpmock::When);
    impl GetOrgBillingAccountWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/orgs/[^/]*/billingAccount$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn org_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/orgs/{}/billingAccount$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetOrgBillingAccountThen(::httpmock::Then);
    impl GetOrgBillingAccountThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::BillingAccount) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct CreateBillingAccountSessionWhen(::httpmock::When);
    impl CreateBillingAccountSessionWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/billingAccounts/[^/]*/portalSession$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn billing_account_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/billingAccounts/{}/portalSession$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::CreateBillingAccountSessionBody) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateBillingAccountSessionThen(::httpmock::Then);
    impl CreateBillingAccountSessionThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CreateBillingAccountSessionResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ListTopicsWhen(::httpmock::When);
    impl ListTopicsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/projects/[^/]*/topics$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/topics$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct ListTopicsThen(::httpmock::Then);
    impl ListTopicsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &::std::vec::Vec<types::Topic>) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct CreateTopicWhen(::httpmock::When);
    impl CreateTopicWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/projects/[^/]*/topics$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/topics$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::CreateTopicBody) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateTopicThen(::httpmock::Then);
    impl CreateTopicThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::Topic) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unprocessable_entity(
            self,
            value: &types::InputValidationProblem,
        ) -> Self {
            Self(
                self
                    .0
                    .status(422u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn conflict(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(409u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct DeleteTopicWhen(::httpmock::When);
    impl DeleteTopicWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/topics/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/topics/.*$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn topic_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/.*/topics/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteTopicThen(::httpmock::Then);
    impl DeleteTopicThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn no_content(self) -> Self {
            Self(self.0.status(204u16))
        }
        pub fn not_found(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct UpdateTopicWhen(::httpmock::When);
    impl UpdateTopicWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/topics/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/topics/.*$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn topic_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/.*/topics/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateTopicBody) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateTopicThen(::httpmock::Then);
    impl UpdateTopicThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Topic) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unprocessable_entity(
            self,
            value: &types::InputValidationProblem,
        ) -> Self {
            Self(
                self
                    .0
                    .status(422u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn conflict(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(409u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ListEventTopicRoutesWhen(::httpmock::When);
    impl ListEventTopicRoutesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/notification-event-topic-routes$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/{}/notification-event-topic-routes$", value
                        .to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn event_type<T>(self, value: T) -> Self
        where
            T: Into<Option<types::NotificationEventType>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("eventType", value.to_string()))
            } else {
                Self(self.0.query_param_missing("eventType"))
            }
        }
        pub fn topic_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("topicId", value.to_string()))
            } else {
                Self(self.0.query_param_missing("topicId"))
            }
        }
    }
    pub struct ListEventTopicRoutesThen(::httpmock::Then);
    impl ListEventTopicRoutesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(
            self,
            value: &::std::vec::Vec<types::NotificationEventTopicRoute>,
        ) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct CreateEventTopicRouteWhen(::httpmock::When);
    impl CreateEventTopicRouteWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/notification-event-topic-routes$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/{}/notification-event-topic-routes$", value
                        .to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::CreateEventTopicRouteBody) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateEventTopicRouteThen(::httpmock::Then);
    impl CreateEventTopicRouteThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::NotificationEventTopicRoute) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unprocessable_entity(
            self,
            value: &types::InputValidationProblem,
        ) -> Self {
            Self(
                self
                    .0
                    .status(422u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct DeleteEventTopicRouteWhen(::httpmock::When);
    impl DeleteEventTopicRouteWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/notification-event-topic-routes/[^/]*$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/{}/notification-event-topic-routes/.*$", value
                        .to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn route_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/notification-event-topic-routes/{}$", value
                        .to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteEventTopicRouteThen(::httpmock::Then);
    impl DeleteEventTopicRouteThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn no_content(self) -> Self {
            Self(self.0.status(204u16))
        }
        pub fn not_found(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ListTopicDestinationRoutesWhen(::httpmock::When);
    impl ListTopicDestinationRoutesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/topic-destination-routes$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/{}/topic-destination-routes$", value.to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn destination_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("destinationId", value.to_string()))
            } else {
                Self(self.0.query_param_missing("destinationId"))
            }
        }
        pub fn topic_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("topicId", value.to_string()))
            } else {
                Self(self.0.query_param_missing("topicId"))
            }
        }
    }
    pub struct ListTopicDestinationRoutesThen(::httpmock::Then);
    impl ListTopicDestinationRoutesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &::std::vec::Vec<types::TopicDestinationRoute>) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct CreateTopicDestinationRouteWhen(::httpmock::When);
    impl CreateTopicDestinationRouteWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/topic-destination-routes$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/{}/topic-destination-routes$", value.to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::CreateTopicDestinationRouteBody) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateTopicDestinationRouteThen(::httpmock::Then);
    impl CreateTopicDestinationRouteThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::TopicDestinationRoute) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unprocessable_entity(
            self,
            value: &types::InputValidationProblem,
        ) -> Self {
            Self(
                self
                    .0
                    .status(422u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct DeleteTopicDestinationRouteWhen(::httpmock::When);
    impl DeleteTopicDestinationRouteWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new(
                                "^/projects/[^/]*/topic-destination-routes/[^/]*$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/{}/topic-destination-routes/.*$", value.to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn route_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/projects/.*/topic-destination-routes/{}$", value.to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteTopicDestinationRouteThen(::httpmock::Then);
    impl DeleteTopicDestinationRouteThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn no_content(self) -> Self {
            Self(self.0.status(204u16))
        }
        pub fn not_found(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ListJwtKeysWhen(::httpmock::When);
    impl ListJwtKeysWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/jwt-keys$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/jwt-keys$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn active<T>(self, value: T) -> Self
        where
            T: Into<Option<bool>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("active", value.to_string()))
            } else {
                Self(self.0.query_param_missing("active"))
            }
        }
    }
    pub struct ListJwtKeysThen(::httpmock::Then);
    impl ListJwtKeysThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &::std::vec::Vec<types::JwtKey>) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn internal_server_error(
            self,
            value: &types::InputValidationProblem,
        ) -> Self {
            Self(
                self
                    .0
                    .status(500u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct CreateJwtKeyWhen(::httpmock::When);
    impl CreateJwtKeyWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/jwt-keys$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/jwt-keys$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::CreateJwtKeyRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateJwtKeyThen(::httpmock::Then);
    impl CreateJwtKeyThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::JwtKeyResponse) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn internal_server_error(
            self,
            value: &types::InputValidationProblem,
        ) -> Self {
            Self(
                self
                    .0
                    .status(500u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct GetJwtKeyWhen(::httpmock::When);
    impl GetJwtKeyWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/jwt-keys/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/jwt-keys/.*$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn key_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/.*/jwt-keys/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetJwtKeyThen(::httpmock::Then);
    impl GetJwtKeyThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::JwtKey) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn internal_server_error(
            self,
            value: &types::InputValidationProblem,
        ) -> Self {
            Self(
                self
                    .0
                    .status(500u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct DeleteJwtKeyWhen(::httpmock::When);
    impl DeleteJwtKeyWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/jwt-keys/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/jwt-keys/.*$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn key_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/.*/jwt-keys/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteJwtKeyThen(::httpmock::Then);
    impl DeleteJwtKeyThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn no_content(self) -> Self {
            Self(self.0.status(204u16))
        }
        pub fn not_found(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn internal_server_error(
            self,
            value: &types::InputValidationProblem,
        ) -> Self {
            Self(
                self
                    .0
                    .status(500u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct UpdateJwtKeyWhen(::httpmock::When);
    impl UpdateJwtKeyWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(
                        regex::Regex::new("^/projects/[^/]*/jwt-keys/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn project_id_or_name(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/{}/jwt-keys/.*$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn key_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/projects/.*/jwt-keys/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::PatchJwtKeyRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateJwtKeyThen(::httpmock::Then);
    impl UpdateJwtKeyThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::JwtKey) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unprocessable_entity(
            self,
            value: &types::InputValidationProblem,
        ) -> Self {
            Self(
                self
                    .0
                    .status(422u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn internal_server_error(
            self,
            value: &types::InputValidationProblem,
        ) -> Self {
            Self(
                self
                    .0
                    .status(500u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct CheckClaimedDomainWhen(::httpmock::When);
    impl CheckClaimedDomainWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/claimed-domains$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn domain(self, value: &str) -> Self {
            Self(self.0.query_param("domain", value.to_string()))
        }
    }
    pub struct CheckClaimedDomainThen(::httpmock::Then);
    impl CheckClaimedDomainThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ClaimedDomainResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ClaimDomainWhen(::httpmock::When);
    impl ClaimDomainWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/claimed-domains$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::ClaimDomainBody) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct ClaimDomainThen(::httpmock::Then);
    impl ClaimDomainThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self) -> Self {
            Self(self.0.status(201u16))
        }
        pub fn bad_request(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn conflict(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(409u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ListOrgClaimedDomainsWhen(::httpmock::When);
    impl ListOrgClaimedDomainsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/orgs/[^/]*/claimed-domains$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn org_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/orgs/{}/claimed-domains$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct ListOrgClaimedDomainsThen(::httpmock::Then);
    impl ListOrgClaimedDomainsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &::std::vec::Vec<types::ClaimedDomainResponse>) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::InputValidationProblem) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(
            self,
            status: u16,
            value: &types::InputValidationProblem,
        ) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
}
/// An extension trait for [`MockServer`](::httpmock::MockServer) that
/// adds a method for each operation. These are the equivalent of
/// type-checked [`mock()`](::httpmock::MockServer::mock) calls.
pub trait MockServerExt {
    fn oauth_connect<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::OauthConnectWhen, operations::OauthConnectThen);
    fn oauth_update<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::OauthUpdateWhen, operations::OauthUpdateThen);
    fn list_projects<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListProjectsWhen, operations::ListProjectsThen);
    fn create_project<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateProjectWhen, operations::CreateProjectThen);
    fn get_project<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetProjectWhen, operations::GetProjectThen);
    fn update_project<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateProjectWhen, operations::UpdateProjectThen);
    fn list_provider_apps<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListProviderAppsWhen, operations::ListProviderAppsThen);
    fn create_provider_app<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateProviderAppWhen, operations::CreateProviderAppThen);
    fn delete_provider_app<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteProviderAppWhen, operations::DeleteProviderAppThen);
    fn update_provider_app<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateProviderAppWhen, operations::UpdateProviderAppThen);
    fn list_integrations<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListIntegrationsWhen, operations::ListIntegrationsThen);
    fn create_integration<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateIntegrationWhen, operations::CreateIntegrationThen);
    fn get_integration<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetIntegrationWhen, operations::GetIntegrationThen);
    fn delete_integration<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteIntegrationWhen, operations::DeleteIntegrationThen);
    fn batch_upsert_integrations<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::BatchUpsertIntegrationsWhen,
            operations::BatchUpsertIntegrationsThen,
        );
    fn create_revision<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateRevisionWhen, operations::CreateRevisionThen);
    fn get_hydrated_revision<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetHydratedRevisionWhen,
            operations::GetHydratedRevisionThen,
        );
    fn list_installations<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListInstallationsWhen, operations::ListInstallationsThen);
    fn create_installation<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateInstallationWhen,
            operations::CreateInstallationThen,
        );
    fn get_installation<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetInstallationWhen, operations::GetInstallationThen);
    fn delete_installation<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteInstallationWhen,
            operations::DeleteInstallationThen,
        );
    fn update_installation<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateInstallationWhen,
            operations::UpdateInstallationThen,
        );
    fn patch_object_config_content<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::PatchObjectConfigContentWhen,
            operations::PatchObjectConfigContentThen,
        );
    fn get_object_metadata_for_installation<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetObjectMetadataForInstallationWhen,
            operations::GetObjectMetadataForInstallationThen,
        );
    fn list_installations_for_project<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListInstallationsForProjectWhen,
            operations::ListInstallationsForProjectThen,
        );
    fn get_object_metadata_for_connection<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetObjectMetadataForConnectionWhen,
            operations::GetObjectMetadataForConnectionThen,
        );
    fn upsert_metadata_for_installation<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpsertMetadataForInstallationWhen,
            operations::UpsertMetadataForInstallationThen,
        );
    fn upsert_metadata_for_connection<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpsertMetadataForConnectionWhen,
            operations::UpsertMetadataForConnectionThen,
        );
    fn list_operations<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListOperationsWhen, operations::ListOperationsThen);
    fn get_backfill_progress<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetBackfillProgressWhen,
            operations::GetBackfillProgressThen,
        );
    fn get_operation<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetOperationWhen, operations::GetOperationThen);
    fn list_operation_logs<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListOperationLogsWhen, operations::ListOperationLogsThen);
    fn list_providers<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListProvidersWhen, operations::ListProvidersThen);
    fn get_provider<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetProviderWhen, operations::GetProviderThen);
    fn list_api_keys<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListApiKeysWhen, operations::ListApiKeysThen);
    fn create_api_key<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateApiKeyWhen, operations::CreateApiKeyThen);
    fn get_api_key<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetApiKeyWhen, operations::GetApiKeyThen);
    fn delete_api_key<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteApiKeyWhen, operations::DeleteApiKeyThen);
    fn update_api_key<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateApiKeyWhen, operations::UpdateApiKeyThen);
    fn list_connections<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListConnectionsWhen, operations::ListConnectionsThen);
    fn generate_connection<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GenerateConnectionWhen,
            operations::GenerateConnectionThen,
        );
    fn get_connection<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetConnectionWhen, operations::GetConnectionThen);
    fn delete_connection<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteConnectionWhen, operations::DeleteConnectionThen);
    fn update_connection<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateConnectionWhen, operations::UpdateConnectionThen);
    fn list_destinations<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListDestinationsWhen, operations::ListDestinationsThen);
    fn create_destination<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateDestinationWhen, operations::CreateDestinationThen);
    fn get_destination<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetDestinationWhen, operations::GetDestinationThen);
    fn delete_destination<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteDestinationWhen, operations::DeleteDestinationThen);
    fn update_destination<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateDestinationWhen, operations::UpdateDestinationThen);
    fn generate_upload_url<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GenerateUploadUrlWhen, operations::GenerateUploadUrlThen);
    fn create_org<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateOrgWhen, operations::CreateOrgThen);
    fn get_org<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetOrgWhen, operations::GetOrgThen);
    fn update_org<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateOrgWhen, operations::UpdateOrgThen);
    fn list_org_builders<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListOrgBuildersWhen, operations::ListOrgBuildersThen);
    fn list_org_invites<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListOrgInvitesWhen, operations::ListOrgInvitesThen);
    fn create_org_invite<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateOrgInviteWhen, operations::CreateOrgInviteThen);
    fn get_org_invite<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetOrgInviteWhen, operations::GetOrgInviteThen);
    fn delete_org_invite<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteOrgInviteWhen, operations::DeleteOrgInviteThen);
    fn add_user_to_org<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::AddUserToOrgWhen, operations::AddUserToOrgThen);
    fn get_my_info<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetMyInfoWhen, operations::GetMyInfoThen);
    fn accept_invite<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::AcceptInviteWhen, operations::AcceptInviteThen);
    fn get_org_billing_account<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetOrgBillingAccountWhen,
            operations::GetOrgBillingAccountThen,
        );
    fn create_billing_account_session<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateBillingAccountSessionWhen,
            operations::CreateBillingAccountSessionThen,
        );
    fn list_topics<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListTopicsWhen, operations::ListTopicsThen);
    fn create_topic<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateTopicWhen, operations::CreateTopicThen);
    fn delete_topic<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteTopicWhen, operations::DeleteTopicThen);
    fn update_topic<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateTopicWhen, operations::UpdateTopicThen);
    fn list_event_topic_routes<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListEventTopicRoutesWhen,
            operations::ListEventTopicRoutesThen,
        );
    fn create_event_topic_route<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateEventTopicRouteWhen,
            operations::CreateEventTopicRouteThen,
        );
    fn delete_event_topic_route<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteEventTopicRouteWhen,
            operations::DeleteEventTopicRouteThen,
        );
    fn list_topic_destination_routes<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListTopicDestinationRoutesWhen,
            operations::ListTopicDestinationRoutesThen,
        );
    fn create_topic_destination_route<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateTopicDestinationRouteWhen,
            operations::CreateTopicDestinationRouteThen,
        );
    fn delete_topic_destination_route<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteTopicDestinationRouteWhen,
            operations::DeleteTopicDestinationRouteThen,
        );
    fn list_jwt_keys<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListJwtKeysWhen, operations::ListJwtKeysThen);
    fn create_jwt_key<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateJwtKeyWhen, operations::CreateJwtKeyThen);
    fn get_jwt_key<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetJwtKeyWhen, operations::GetJwtKeyThen);
    fn delete_jwt_key<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteJwtKeyWhen, operations::DeleteJwtKeyThen);
    fn update_jwt_key<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateJwtKeyWhen, operations::UpdateJwtKeyThen);
    fn check_claimed_domain<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CheckClaimedDomainWhen,
            operations::CheckClaimedDomainThen,
        );
    fn claim_domain<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ClaimDomainWhen, operations::ClaimDomainThen);
    fn list_org_claimed_domains<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListOrgClaimedDomainsWhen,
            operations::ListOrgClaimedDomainsThen,
        );
}
impl MockServerExt for ::httpmock::MockServer {
    fn oauth_connect<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::OauthConnectWhen, operations::OauthConnectThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::OauthConnectWhen::new(when),
                operations::OauthConnectThen::new(then),
            )
        })
    }
    fn oauth_update<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::OauthUpdateWhen, operations::OauthUpdateThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::OauthUpdateWhen::new(when),
                operations::OauthUpdateThen::new(then),
            )
        })
    }
    fn list_projects<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListProjectsWhen, operations::ListProjectsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListProjectsWhen::new(when),
                operations::ListProjectsThen::new(then),
            )
        })
    }
    fn create_project<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateProjectWhen, operations::CreateProjectThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateProjectWhen::new(when),
                operations::CreateProjectThen::new(then),
            )
        })
    }
    fn get_project<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetProjectWhen, operations::GetProjectThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetProjectWhen::new(when),
                operations::GetProjectThen::new(then),
            )
        })
    }
    fn update_project<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateProjectWhen, operations::UpdateProjectThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateProjectWhen::new(when),
                operations::UpdateProjectThen::new(then),
            )
        })
    }
    fn list_provider_apps<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListProviderAppsWhen, operations::ListProviderAppsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListProviderAppsWhen::new(when),
                operations::ListProviderAppsThen::new(then),
            )
        })
    }
    fn create_provider_app<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateProviderAppWhen, operations::CreateProviderAppThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateProviderAppWhen::new(when),
                operations::CreateProviderAppThen::new(then),
            )
        })
    }
    fn delete_provider_app<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteProviderAppWhen, operations::DeleteProviderAppThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteProviderAppWhen::new(when),
                operations::DeleteProviderAppThen::new(then),
            )
        })
    }
    fn update_provider_app<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateProviderAppWhen, operations::UpdateProviderAppThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateProviderAppWhen::new(when),
                operations::UpdateProviderAppThen::new(then),
            )
        })
    }
    fn list_integrations<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListIntegrationsWhen, operations::ListIntegrationsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListIntegrationsWhen::new(when),
                operations::ListIntegrationsThen::new(then),
            )
        })
    }
    fn create_integration<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateIntegrationWhen, operations::CreateIntegrationThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateIntegrationWhen::new(when),
                operations::CreateIntegrationThen::new(then),
            )
        })
    }
    fn get_integration<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetIntegrationWhen, operations::GetIntegrationThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetIntegrationWhen::new(when),
                operations::GetIntegrationThen::new(then),
            )
        })
    }
    fn delete_integration<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteIntegrationWhen, operations::DeleteIntegrationThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteIntegrationWhen::new(when),
                operations::DeleteIntegrationThen::new(then),
            )
        })
    }
    fn batch_upsert_integrations<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::BatchUpsertIntegrationsWhen,
            operations::BatchUpsertIntegrationsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::BatchUpsertIntegrationsWhen::new(when),
                operations::BatchUpsertIntegrationsThen::new(then),
            )
        })
    }
    fn create_revision<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateRevisionWhen, operations::CreateRevisionThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateRevisionWhen::new(when),
                operations::CreateRevisionThen::new(then),
            )
        })
    }
    fn get_hydrated_revision<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetHydratedRevisionWhen,
            operations::GetHydratedRevisionThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetHydratedRevisionWhen::new(when),
                operations::GetHydratedRevisionThen::new(then),
            )
        })
    }
    fn list_installations<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListInstallationsWhen, operations::ListInstallationsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListInstallationsWhen::new(when),
                operations::ListInstallationsThen::new(then),
            )
        })
    }
    fn create_installation<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateInstallationWhen,
            operations::CreateInstallationThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateInstallationWhen::new(when),
                operations::CreateInstallationThen::new(then),
            )
        })
    }
    fn get_installation<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetInstallationWhen, operations::GetInstallationThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetInstallationWhen::new(when),
                operations::GetInstallationThen::new(then),
            )
        })
    }
    fn delete_installation<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteInstallationWhen,
            operations::DeleteInstallationThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteInstallationWhen::new(when),
                operations::DeleteInstallationThen::new(then),
            )
        })
    }
    fn update_installation<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateInstallationWhen,
            operations::UpdateInstallationThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateInstallationWhen::new(when),
                operations::UpdateInstallationThen::new(then),
            )
        })
    }
    fn patch_object_config_content<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::PatchObjectConfigContentWhen,
            operations::PatchObjectConfigContentThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::PatchObjectConfigContentWhen::new(when),
                operations::PatchObjectConfigContentThen::new(then),
            )
        })
    }
    fn get_object_metadata_for_installation<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetObjectMetadataForInstallationWhen,
            operations::GetObjectMetadataForInstallationThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetObjectMetadataForInstallationWhen::new(when),
                operations::GetObjectMetadataForInstallationThen::new(then),
            )
        })
    }
    fn list_installations_for_project<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListInstallationsForProjectWhen,
            operations::ListInstallationsForProjectThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListInstallationsForProjectWhen::new(when),
                operations::ListInstallationsForProjectThen::new(then),
            )
        })
    }
    fn get_object_metadata_for_connection<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetObjectMetadataForConnectionWhen,
            operations::GetObjectMetadataForConnectionThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetObjectMetadataForConnectionWhen::new(when),
                operations::GetObjectMetadataForConnectionThen::new(then),
            )
        })
    }
    fn upsert_metadata_for_installation<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpsertMetadataForInstallationWhen,
            operations::UpsertMetadataForInstallationThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpsertMetadataForInstallationWhen::new(when),
                operations::UpsertMetadataForInstallationThen::new(then),
            )
        })
    }
    fn upsert_metadata_for_connection<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpsertMetadataForConnectionWhen,
            operations::UpsertMetadataForConnectionThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpsertMetadataForConnectionWhen::new(when),
                operations::UpsertMetadataForConnectionThen::new(then),
            )
        })
    }
    fn list_operations<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListOperationsWhen, operations::ListOperationsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListOperationsWhen::new(when),
                operations::ListOperationsThen::new(then),
            )
        })
    }
    fn get_backfill_progress<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetBackfillProgressWhen,
            operations::GetBackfillProgressThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetBackfillProgressWhen::new(when),
                operations::GetBackfillProgressThen::new(then),
            )
        })
    }
    fn get_operation<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetOperationWhen, operations::GetOperationThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetOperationWhen::new(when),
                operations::GetOperationThen::new(then),
            )
        })
    }
    fn list_operation_logs<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListOperationLogsWhen, operations::ListOperationLogsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListOperationLogsWhen::new(when),
                operations::ListOperationLogsThen::new(then),
            )
        })
    }
    fn list_providers<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListProvidersWhen, operations::ListProvidersThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListProvidersWhen::new(when),
                operations::ListProvidersThen::new(then),
            )
        })
    }
    fn get_provider<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetProviderWhen, operations::GetProviderThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetProviderWhen::new(when),
                operations::GetProviderThen::new(then),
            )
        })
    }
    fn list_api_keys<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListApiKeysWhen, operations::ListApiKeysThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListApiKeysWhen::new(when),
                operations::ListApiKeysThen::new(then),
            )
        })
    }
    fn create_api_key<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateApiKeyWhen, operations::CreateApiKeyThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateApiKeyWhen::new(when),
                operations::CreateApiKeyThen::new(then),
            )
        })
    }
    fn get_api_key<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetApiKeyWhen, operations::GetApiKeyThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetApiKeyWhen::new(when),
                operations::GetApiKeyThen::new(then),
            )
        })
    }
    fn delete_api_key<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteApiKeyWhen, operations::DeleteApiKeyThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteApiKeyWhen::new(when),
                operations::DeleteApiKeyThen::new(then),
            )
        })
    }
    fn update_api_key<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateApiKeyWhen, operations::UpdateApiKeyThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateApiKeyWhen::new(when),
                operations::UpdateApiKeyThen::new(then),
            )
        })
    }
    fn list_connections<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListConnectionsWhen, operations::ListConnectionsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListConnectionsWhen::new(when),
                operations::ListConnectionsThen::new(then),
            )
        })
    }
    fn generate_connection<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GenerateConnectionWhen,
            operations::GenerateConnectionThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GenerateConnectionWhen::new(when),
                operations::GenerateConnectionThen::new(then),
            )
        })
    }
    fn get_connection<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetConnectionWhen, operations::GetConnectionThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetConnectionWhen::new(when),
                operations::GetConnectionThen::new(then),
            )
        })
    }
    fn delete_connection<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteConnectionWhen, operations::DeleteConnectionThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteConnectionWhen::new(when),
                operations::DeleteConnectionThen::new(then),
            )
        })
    }
    fn update_connection<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateConnectionWhen, operations::UpdateConnectionThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateConnectionWhen::new(when),
                operations::UpdateConnectionThen::new(then),
            )
        })
    }
    fn list_destinations<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListDestinationsWhen, operations::ListDestinationsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListDestinationsWhen::new(when),
                operations::ListDestinationsThen::new(then),
            )
        })
    }
    fn create_destination<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateDestinationWhen, operations::CreateDestinationThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateDestinationWhen::new(when),
                operations::CreateDestinationThen::new(then),
            )
        })
    }
    fn get_destination<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetDestinationWhen, operations::GetDestinationThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetDestinationWhen::new(when),
                operations::GetDestinationThen::new(then),
            )
        })
    }
    fn delete_destination<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteDestinationWhen, operations::DeleteDestinationThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteDestinationWhen::new(when),
                operations::DeleteDestinationThen::new(then),
            )
        })
    }
    fn update_destination<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateDestinationWhen, operations::UpdateDestinationThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateDestinationWhen::new(when),
                operations::UpdateDestinationThen::new(then),
            )
        })
    }
    fn generate_upload_url<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GenerateUploadUrlWhen, operations::GenerateUploadUrlThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GenerateUploadUrlWhen::new(when),
                operations::GenerateUploadUrlThen::new(then),
            )
        })
    }
    fn create_org<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateOrgWhen, operations::CreateOrgThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateOrgWhen::new(when),
                operations::CreateOrgThen::new(then),
            )
        })
    }
    fn get_org<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetOrgWhen, operations::GetOrgThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetOrgWhen::new(when),
                operations::GetOrgThen::new(then),
            )
        })
    }
    fn update_org<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateOrgWhen, operations::UpdateOrgThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateOrgWhen::new(when),
                operations::UpdateOrgThen::new(then),
            )
        })
    }
    fn list_org_builders<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListOrgBuildersWhen, operations::ListOrgBuildersThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListOrgBuildersWhen::new(when),
                operations::ListOrgBuildersThen::new(then),
            )
        })
    }
    fn list_org_invites<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListOrgInvitesWhen, operations::ListOrgInvitesThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListOrgInvitesWhen::new(when),
                operations::ListOrgInvitesThen::new(then),
            )
        })
    }
    fn create_org_invite<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateOrgInviteWhen, operations::CreateOrgInviteThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateOrgInviteWhen::new(when),
                operations::CreateOrgInviteThen::new(then),
            )
        })
    }
    fn get_org_invite<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetOrgInviteWhen, operations::GetOrgInviteThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetOrgInviteWhen::new(when),
                operations::GetOrgInviteThen::new(then),
            )
        })
    }
    fn delete_org_invite<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteOrgInviteWhen, operations::DeleteOrgInviteThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteOrgInviteWhen::new(when),
                operations::DeleteOrgInviteThen::new(then),
            )
        })
    }
    fn add_user_to_org<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::AddUserToOrgWhen, operations::AddUserToOrgThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::AddUserToOrgWhen::new(when),
                operations::AddUserToOrgThen::new(then),
            )
        })
    }
    fn get_my_info<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetMyInfoWhen, operations::GetMyInfoThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetMyInfoWhen::new(when),
                operations::GetMyInfoThen::new(then),
            )
        })
    }
    fn accept_invite<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::AcceptInviteWhen, operations::AcceptInviteThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::AcceptInviteWhen::new(when),
                operations::AcceptInviteThen::new(then),
            )
        })
    }
    fn get_org_billing_account<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetOrgBillingAccountWhen,
            operations::GetOrgBillingAccountThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetOrgBillingAccountWhen::new(when),
                operations::GetOrgBillingAccountThen::new(then),
            )
        })
    }
    fn create_billing_account_session<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateBillingAccountSessionWhen,
            operations::CreateBillingAccountSessionThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateBillingAccountSessionWhen::new(when),
                operations::CreateBillingAccountSessionThen::new(then),
            )
        })
    }
    fn list_topics<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListTopicsWhen, operations::ListTopicsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListTopicsWhen::new(when),
                operations::ListTopicsThen::new(then),
            )
        })
    }
    fn create_topic<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateTopicWhen, operations::CreateTopicThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateTopicWhen::new(when),
                operations::CreateTopicThen::new(then),
            )
        })
    }
    fn delete_topic<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteTopicWhen, operations::DeleteTopicThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteTopicWhen::new(when),
                operations::DeleteTopicThen::new(then),
            )
        })
    }
    fn update_topic<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateTopicWhen, operations::UpdateTopicThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateTopicWhen::new(when),
                operations::UpdateTopicThen::new(then),
            )
        })
    }
    fn list_event_topic_routes<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListEventTopicRoutesWhen,
            operations::ListEventTopicRoutesThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListEventTopicRoutesWhen::new(when),
                operations::ListEventTopicRoutesThen::new(then),
            )
        })
    }
    fn create_event_topic_route<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateEventTopicRouteWhen,
            operations::CreateEventTopicRouteThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateEventTopicRouteWhen::new(when),
                operations::CreateEventTopicRouteThen::new(then),
            )
        })
    }
    fn delete_event_topic_route<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteEventTopicRouteWhen,
            operations::DeleteEventTopicRouteThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteEventTopicRouteWhen::new(when),
                operations::DeleteEventTopicRouteThen::new(then),
            )
        })
    }
    fn list_topic_destination_routes<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListTopicDestinationRoutesWhen,
            operations::ListTopicDestinationRoutesThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListTopicDestinationRoutesWhen::new(when),
                operations::ListTopicDestinationRoutesThen::new(then),
            )
        })
    }
    fn create_topic_destination_route<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateTopicDestinationRouteWhen,
            operations::CreateTopicDestinationRouteThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateTopicDestinationRouteWhen::new(when),
                operations::CreateTopicDestinationRouteThen::new(then),
            )
        })
    }
    fn delete_topic_destination_route<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteTopicDestinationRouteWhen,
            operations::DeleteTopicDestinationRouteThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteTopicDestinationRouteWhen::new(when),
                operations::DeleteTopicDestinationRouteThen::new(then),
            )
        })
    }
    fn list_jwt_keys<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListJwtKeysWhen, operations::ListJwtKeysThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListJwtKeysWhen::new(when),
                operations::ListJwtKeysThen::new(then),
            )
        })
    }
    fn create_jwt_key<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateJwtKeyWhen, operations::CreateJwtKeyThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateJwtKeyWhen::new(when),
                operations::CreateJwtKeyThen::new(then),
            )
        })
    }
    fn get_jwt_key<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetJwtKeyWhen, operations::GetJwtKeyThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetJwtKeyWhen::new(when),
                operations::GetJwtKeyThen::new(then),
            )
        })
    }
    fn delete_jwt_key<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteJwtKeyWhen, operations::DeleteJwtKeyThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteJwtKeyWhen::new(when),
                operations::DeleteJwtKeyThen::new(then),
            )
        })
    }
    fn update_jwt_key<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateJwtKeyWhen, operations::UpdateJwtKeyThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateJwtKeyWhen::new(when),
                operations::UpdateJwtKeyThen::new(then),
            )
        })
    }
    fn check_claimed_domain<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CheckClaimedDomainWhen,
            operations::CheckClaimedDomainThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CheckClaimedDomainWhen::new(when),
                operations::CheckClaimedDomainThen::new(then),
            )
        })
    }
    fn claim_domain<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ClaimDomainWhen, operations::ClaimDomainThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ClaimDomainWhen::new(when),
                operations::ClaimDomainThen::new(then),
            )
        })
    }
    fn list_org_claimed_domains<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListOrgClaimedDomainsWhen,
            operations::ListOrgClaimedDomainsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListOrgClaimedDomainsWhen::new(when),
                operations::ListOrgClaimedDomainsThen::new(then),
            )
        })
    }
}
/// The types and operations of `api/read.yaml` (see the crate docs), with the `data-plane` feature (a default one).
#[cfg(feature = "data-plane")]
pub mod read {
    pub mod operations {
        //! [`When`](::httpmock::When) and [`Then`](::httpmock::Then)
        //! wrappers for each operation. Each can be converted to
        //! its inner type with a call to `into_inner()`. This can
        //! be used to explicitly deviate from permitted values.
        use ampersand_client::read::*;
        pub struct TriggerReadWhen(::httpmock::When);
        impl TriggerReadWhen {
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(
                            regex::Regex::new(
                                    "^/projects/[^/]*/integrations/[^/]*/objects/[^/]*$",
                                )
                                .unwrap(),
                        ),
                )
            }
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            pub fn project_id_or_name(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!(
                            "^/projects/{}/integrations/.*/objects/.*$", value
                            .to_string()
                        ),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            pub fn integration_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!(
                            "^/projects/.*/integrations/{}/objects/.*$", value
                            .to_string()
                        ),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            pub fn object_name(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!(
                            "^/projects/.*/integrations/.*/objects/{}$", value
                            .to_string()
                        ),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            pub fn body(self, value: &types::ReadRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct TriggerReadThen(::httpmock::Then);
        impl TriggerReadThen {
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            pub fn created(self, value: &types::ReadResultAsync) -> Self {
                Self(
                    self
                        .0
                        .status(201u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
            pub fn bad_request(self, value: &types::InputValidationProblem) -> Self {
                Self(
                    self
                        .0
                        .status(400u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
            pub fn internal_server_error(
                self,
                value: &types::InputValidationProblem,
            ) -> Self {
                Self(
                    self
                        .0
                        .status(500u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
            pub fn client_error(
                self,
                status: u16,
                value: &types::InputValidationProblem,
            ) -> Self {
                assert_eq!(status / 100u16, 4u16);
                Self(
                    self
                        .0
                        .status(status)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
            pub fn server_error(
                self,
                status: u16,
                value: &types::InputValidationProblem,
            ) -> Self {
                assert_eq!(status / 100u16, 5u16);
                Self(
                    self
                        .0
                        .status(status)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct PauseReadsWhen(::httpmock::When);
        impl PauseReadsWhen {
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(
                            regex::Regex::new(
                                    "^/projects/[^/]*/integrations/[^/]*/installations/[^/]*:pause$",
                                )
                                .unwrap(),
                        ),
                )
            }
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            pub fn project_id_or_name(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!(
                            "^/projects/{}/integrations/.*/installations/.*:pause$",
                            value.to_string()
                        ),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            pub fn integration_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!(
                            "^/projects/.*/integrations/{}/installations/.*:pause$",
                            value.to_string()
                        ),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            pub fn installation_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!(
                            "^/projects/.*/integrations/.*/installations/{}:pause$",
                            value.to_string()
                        ),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            pub fn body(self, value: &types::PauseReadsBody) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct PauseReadsThen(::httpmock::Then);
        impl PauseReadsThen {
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            pub fn no_content(self) -> Self {
                Self(self.0.status(204u16))
            }
            pub fn bad_request(self, value: &types::InputValidationProblem) -> Self {
                Self(
                    self
                        .0
                        .status(400u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
            pub fn client_error(
                self,
                status: u16,
                value: &types::InputValidationProblem,
            ) -> Self {
                assert_eq!(status / 100u16, 4u16);
                Self(
                    self
                        .0
                        .status(status)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
            pub fn server_error(
                self,
                status: u16,
                value: &types::InputValidationProblem,
            ) -> Self {
                assert_eq!(status / 100u16, 5u16);
                Self(
                    self
                        .0
                        .status(status)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct UnpauseReadsWhen(::httpmock::When);
        impl UnpauseReadsWhen {
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(
                            regex::Regex::new(
                                    "^/projects/[^/]*/integrations/[^/]*/installations/[^/]*:unpause$",
                                )
                                .unwrap(),
                        ),
                )
            }
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            pub fn project_id_or_name(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!(
                            "^/projects/{}/integrations/.*/installations/.*:unpause$",
                            value.to_string()
                        ),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            pub fn integration_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!(
                            "^/projects/.*/integrations/{}/installations/.*:unpause$",
                            value.to_string()
                        ),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            pub fn installation_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!(
                            "^/projects/.*/integrations/.*/installations/{}:unpause$",
                            value.to_string()
                        ),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            pub fn body(self, value: &types::UnpauseReadsBody) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct UnpauseReadsThen(::httpmock::Then);
        impl UnpauseReadsThen {
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            pub fn no_content(self) -> Self {
                Self(self.0.status(204u16))
            }
            pub fn bad_request(self, value: &types::InputValidationProblem) -> Self {
                Self(
                    self
                        .0
                        .status(400u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
            pub fn client_error(
                self,
                status: u16,
                value: &types::InputValidationProblem,
            ) -> Self {
                assert_eq!(status / 100u16, 4u16);
                Self(
                    self
                        .0
                        .status(status)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
            pub fn server_error(
                self,
                status: u16,
                value: &types::InputValidationProblem,
            ) -> Self {
                assert_eq!(status / 100u16, 5u16);
                Self(
                    self
                        .0
                        .status(status)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct DeliverResultsWhen(::httpmock::When);
        impl DeliverResultsWhen {
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(
                            regex::Regex::new(
                                    "^/projects/[^/]*/integrations/[^/]*/objects/[^/]*:deliverResults$",
                                )
                                .unwrap(),
                        ),
                )
            }
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            pub fn project_id_or_name(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!(
                            "^/projects/{}/integrations/.*/objects/.*:deliverResults$",
                            value.to_string()
                        ),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            pub fn integration_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!(
                            "^/projects/.*/integrations/{}/objects/.*:deliverResults$",
                            value.to_string()
                        ),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            pub fn object_name(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!(
                            "^/projects/.*/integrations/.*/objects/{}:deliverResults$",
                            value.to_string()
                        ),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            pub fn body(self, value: &types::ResultDeliveryRequestBody) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct DeliverResultsThen(::httpmock::Then);
        impl DeliverResultsThen {
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            pub fn no_content(self) -> Self {
                Self(self.0.status(204u16))
            }
            pub fn bad_request(self, value: &types::InputValidationProblem) -> Self {
                Self(
                    self
                        .0
                        .status(400u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
            pub fn internal_server_error(
                self,
                value: &types::InputValidationProblem,
            ) -> Self {
                Self(
                    self
                        .0
                        .status(500u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
            pub fn client_error(
                self,
                status: u16,
                value: &types::InputValidationProblem,
            ) -> Self {
                assert_eq!(status / 100u16, 4u16);
                Self(
                    self
                        .0
                        .status(status)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
            pub fn server_error(
                self,
                status: u16,
                value: &types::InputValidationProblem,
            ) -> Self {
                assert_eq!(status / 100u16, 5u16);
                Self(
                    self
                        .0
                        .status(status)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
    }
    /// An extension trait for [`MockServer`](::httpmock::MockServer) that
    /// adds a method for each operation. These are the equivalent of
    /// type-checked [`mock()`](::httpmock::MockServer::mock) calls.
    pub trait MockServerExt {
        fn trigger_read<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::TriggerReadWhen, operations::TriggerReadThen);
        fn pause_reads<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::PauseReadsWhen, operations::PauseReadsThen);
        fn unpause_reads<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::UnpauseReadsWhen, operations::UnpauseReadsThen);
        fn deliver_results<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::DeliverResultsWhen, operations::DeliverResultsThen);
    }
    impl MockServerExt for ::httpmock::MockServer {
        fn trigger_read<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::TriggerReadWhen, operations::TriggerReadThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::TriggerReadWhen::new(when),
                    operations::TriggerReadThen::new(then),
                )
            })
        }
        fn pause_reads<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::PauseReadsWhen, operations::PauseReadsThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::PauseReadsWhen::new(when),
                    operations::PauseReadsThen::new(then),
                )
            })
        }
        fn unpause_reads<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::UnpauseReadsWhen, operations::UnpauseReadsThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::UnpauseReadsWhen::new(when),
                    operations::UnpauseReadsThen::new(then),
                )
            })
        }
        fn deliver_results<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::DeliverResultsWhen, operations::DeliverResultsThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::DeliverResultsWhen::new(when),
                    operations::DeliverResultsThen::new(then),
                )
            })
        }
    }
}
/// The types and operations of `api/write.yaml` (see the crate docs), with the `data-plane` feature (a default one).
#[cfg(feature = "data-plane")]
pub mod write {
    pub mod operations {
        //! [`When`](::httpmock::When) and [`Then`](::httpmock::Then)
        //! wrappers for each operation. Each can be converted to
        //! its inner type with a call to `into_inner()`. This can
        //! be used to explicitly deviate from permitted values.
        use ampersand_client::write::*;
        pub struct WriteRecordsWhen(::httpmock::When);
        impl WriteRecordsWhen {
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(
                            regex::Regex::new(
                                    "^/projects/[^/]*/integrations/[^/]*/objects/[^/]*$",
                                )
                                .unwrap(),
                        ),
                )
            }
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            pub fn project_id_or_name(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!(
                            "^/projects/{}/integrations/.*/objects/.*$", value
                            .to_string()
                        ),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            pub fn integration_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!(
                            "^/projects/.*/integrations/{}/objects/.*$", value
                            .to_string()
                        ),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            pub fn object_name(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!(
                            "^/projects/.*/integrations/.*/objects/{}$", value
                            .to_string()
                        ),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            pub fn body(self, value: &types::WriteRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct WriteRecordsThen(::httpmock::Then);
        impl WriteRecordsThen {
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            pub fn ok(self, value: &types::WriteRecordsResponse) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
            pub fn bad_request(self, value: &types::InputValidationProblem) -> Self {
                Self(
                    self
                        .0
                        .status(400u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
            pub fn unprocessable_entity(
                self,
                value: &types::InputValidationProblem,
            ) -> Self {
                Self(
                    self
                        .0
                        .status(422u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
            pub fn client_error(
                self,
                status: u16,
                value: &types::InputValidationProblem,
            ) -> Self {
                assert_eq!(status / 100u16, 4u16);
                Self(
                    self
                        .0
                        .status(status)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
            pub fn server_error(
                self,
                status: u16,
                value: &types::InputValidationProblem,
            ) -> Self {
                assert_eq!(status / 100u16, 5u16);
                Self(
                    self
                        .0
                        .status(status)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
    }
    /// An extension trait for [`MockServer`](::httpmock::MockServer) that
    /// adds a method for each operation. These are the equivalent of
    /// type-checked [`mock()`](::httpmock::MockServer::mock) calls.
    pub trait MockServerExt {
        fn write_records<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::WriteRecordsWhen, operations::WriteRecordsThen);
    }
    impl MockServerExt for ::httpmock::MockServer {
        fn write_records<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::WriteRecordsWhen, operations::WriteRecordsThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::WriteRecordsWhen::new(when),
                    operations::WriteRecordsThen::new(then),
                )
            })
        }
    }
}
/// The types and operations of `api/search.yaml` (see the crate docs), with the `data-plane` feature (a default one).
#[cfg(feature = "data-plane")]
pub mod search {
    pub mod operations {
        //! [`When`](::httpmock::When) and [`Then`](::httpmock::Then)
        //! wrappers for each operation. Each can be converted to
        //! its inner type with a call to `into_inner()`. This can
        //! be used to explicitly deviate from permitted values.
        use ampersand_client::search::*;
        pub struct SearchRecordsWhen(::httpmock::When);
        impl SearchRecordsWhen {
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(
                            regex::Regex::new("^/projects/[^/]*/integrations/[^/]*$")
                                .unwrap(),
                        ),
                )
            }
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            pub fn project_id_or_name(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/projects/{}/integrations/.*$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            pub fn integration_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/projects/.*/integrations/{}$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            pub fn group_ref(self, value: &str) -> Self {
                Self(self.0.query_param("groupRef", value.to_string()))
            }
            pub fn body(self, value: &types::SearchRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct SearchRecordsThen(::httpmock::Then);
        impl SearchRecordsThen {
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            pub fn ok(self, value: &types::SearchResponse) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
            pub fn bad_request(self, value: &types::InputValidationProblem) -> Self {
                Self(
                    self
                        .0
                        .status(400u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
            pub fn internal_server_error(
                self,
                value: &types::InputValidationProblem,
            ) -> Self {
                Self(
                    self
                        .0
                        .status(500u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
            pub fn client_error(
                self,
                status: u16,
                value: &types::InputValidationProblem,
            ) -> Self {
                assert_eq!(status / 100u16, 4u16);
                Self(
                    self
                        .0
                        .status(status)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
            pub fn server_error(
                self,
                status: u16,
                value: &types::InputValidationProblem,
            ) -> Self {
                assert_eq!(status / 100u16, 5u16);
                Self(
                    self
                        .0
                        .status(status)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
    }
    /// An extension trait for [`MockServer`](::httpmock::MockServer) that
    /// adds a method for each operation. These are the equivalent of
    /// type-checked [`mock()`](::httpmock::MockServer::mock) calls.
    pub trait MockServerExt {
        fn search_records<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::SearchRecordsWhen, operations::SearchRecordsThen);
    }
    impl MockServerExt for ::httpmock::MockServer {
        fn search_records<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::SearchRecordsWhen, operations::SearchRecordsThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::SearchRecordsWhen::new(when),
                    operations::SearchRecordsThen::new(then),
                )
            })
        }
    }
}
