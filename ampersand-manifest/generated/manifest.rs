/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`AssociationChangeEvent`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct AssociationChangeEvent {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enabled: ::std::option::Option<AssociationChangeEventEnabled>,
        #[serde(
            rename = "includeFullRecords",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub include_full_records: ::std::option::Option<bool>,
        /// Fields the spec does not list, kept as the service sent them so that
        /// serialising the value back does not lose them.
        #[serde(flatten)]
        pub unknown_fields: crate::UnknownFields,
    }
    impl AssociationChangeEvent {
        pub fn builder() -> builder::AssociationChangeEvent {
            Default::default()
        }
    }
    ///`AssociationChangeEventEnabled`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[non_exhaustive]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub enum AssociationChangeEventEnabled {
        #[serde(rename = "always")]
        Always,
        /// A value the spec this client was generated from does not list (the service is
        /// newer); it reads back with `as_str()` and serialises unchanged.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`Backfill`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct Backfill {
        #[serde(rename = "defaultPeriod")]
        pub default_period: DefaultPeriod,
        /// Fields the spec does not list, kept as the service sent them so that
        /// serialising the value back does not lose them.
        #[serde(flatten)]
        pub unknown_fields: crate::UnknownFields,
    }
    impl Backfill {
        pub fn builder() -> builder::Backfill {
            Default::default()
        }
    }
    ///`CreateEvent`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct CreateEvent {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enabled: ::std::option::Option<CreateEventEnabled>,
        /// Fields the spec does not list, kept as the service sent them so that
        /// serialising the value back does not lose them.
        #[serde(flatten)]
        pub unknown_fields: crate::UnknownFields,
    }
    impl CreateEvent {
        pub fn builder() -> builder::CreateEvent {
            Default::default()
        }
    }
    ///`CreateEventEnabled`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[non_exhaustive]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub enum CreateEventEnabled {
        #[serde(rename = "always")]
        Always,
        /// A value the spec this client was generated from does not list (the service is
        /// newer); it reads back with `as_str()` and serialises unchanged.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`DefaultPeriod`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct DefaultPeriod {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub days: ::std::option::Option<u64>,
        #[serde(
            rename = "fullHistory",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub full_history: ::std::option::Option<bool>,
        /// Fields the spec does not list, kept as the service sent them so that
        /// serialising the value back does not lose them.
        #[serde(flatten)]
        pub unknown_fields: crate::UnknownFields,
    }
    impl DefaultPeriod {
        pub fn builder() -> builder::DefaultPeriod {
            Default::default()
        }
    }
    ///`DeleteEvent`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct DeleteEvent {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enabled: ::std::option::Option<DeleteEventEnabled>,
        /// Fields the spec does not list, kept as the service sent them so that
        /// serialising the value back does not lose them.
        #[serde(flatten)]
        pub unknown_fields: crate::UnknownFields,
    }
    impl DeleteEvent {
        pub fn builder() -> builder::DeleteEvent {
            Default::default()
        }
    }
    ///`DeleteEventEnabled`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[non_exhaustive]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub enum DeleteEventEnabled {
        #[serde(rename = "always")]
        Always,
        /// A value the spec this client was generated from does not list (the service is
        /// newer); it reads back with `as_str()` and serialises unchanged.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`Delivery`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct Delivery {
        ///Default: `"auto"`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mode: ::std::option::Option<DeliveryMode>,
        #[serde(
            rename = "pageSize",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub page_size: ::std::option::Option<i64>,
        /// Fields the spec does not list, kept as the service sent them so that
        /// serialising the value back does not lose them.
        #[serde(flatten)]
        pub unknown_fields: crate::UnknownFields,
    }
    impl Delivery {
        pub fn builder() -> builder::Delivery {
            Default::default()
        }
    }
    ///Default: `"auto"`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[non_exhaustive]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub enum DeliveryMode {
        #[serde(rename = "onRequest")]
        OnRequest,
        #[serde(rename = "auto")]
        Auto,
        /// A value the spec this client was generated from does not list (the service is
        /// newer); it reads back with `as_str()` and serialises unchanged.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`FieldChangedEvent`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct FieldChangedEvent {
        pub enabled: FieldChangedEventEnabled,
        /// Fields the spec does not list, kept as the service sent them so that
        /// serialising the value back does not lose them.
        #[serde(flatten)]
        pub unknown_fields: crate::UnknownFields,
    }
    impl FieldChangedEvent {
        pub fn builder() -> builder::FieldChangedEvent {
            Default::default()
        }
    }
    ///`FieldChangedEventEnabled`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[non_exhaustive]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub enum FieldChangedEventEnabled {
        #[serde(rename = "always")]
        Always,
        /// A value the spec this client was generated from does not list (the service is
        /// newer); it reads back with `as_str()` and serialises unchanged.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`FieldCreatedEvent`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct FieldCreatedEvent {
        pub enabled: FieldCreatedEventEnabled,
        /// Fields the spec does not list, kept as the service sent them so that
        /// serialising the value back does not lose them.
        #[serde(flatten)]
        pub unknown_fields: crate::UnknownFields,
    }
    impl FieldCreatedEvent {
        pub fn builder() -> builder::FieldCreatedEvent {
            Default::default()
        }
    }
    ///`FieldCreatedEventEnabled`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[non_exhaustive]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub enum FieldCreatedEventEnabled {
        #[serde(rename = "always")]
        Always,
        /// A value the spec this client was generated from does not list (the service is
        /// newer); it reads back with `as_str()` and serialises unchanged.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`FieldDeletedEvent`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct FieldDeletedEvent {
        pub enabled: FieldDeletedEventEnabled,
        /// Fields the spec does not list, kept as the service sent them so that
        /// serialising the value back does not lose them.
        #[serde(flatten)]
        pub unknown_fields: crate::UnknownFields,
    }
    impl FieldDeletedEvent {
        pub fn builder() -> builder::FieldDeletedEvent {
            Default::default()
        }
    }
    ///`FieldDeletedEventEnabled`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[non_exhaustive]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub enum FieldDeletedEventEnabled {
        #[serde(rename = "always")]
        Always,
        /// A value the spec this client was generated from does not list (the service is
        /// newer); it reads back with `as_str()` and serialises unchanged.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///Metadata of one field in the SaaS instance.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct FieldMetadata {
        #[serde(rename = "displayName")]
        pub display_name: ::std::string::String,
        #[serde(rename = "fieldName")]
        pub field_name: ::std::string::String,
        #[serde(
            rename = "isCustom",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_custom: ::std::option::Option<bool>,
        #[serde(
            rename = "isRequired",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_required: ::std::option::Option<bool>,
        #[serde(
            rename = "providerType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub provider_type: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "readOnly",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub read_only: ::std::option::Option<bool>,
        #[serde(
            rename = "referenceTo",
            default,
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub reference_to: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        #[serde(
            rename = "valueType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub value_type: ::std::option::Option<FieldMetadataValueType>,
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub values: ::std::option::Option<::std::vec::Vec<FieldValue>>,
        /// Fields the spec does not list, kept as the service sent them so that
        /// serialising the value back does not lose them.
        #[serde(flatten)]
        pub unknown_fields: crate::UnknownFields,
    }
    impl FieldMetadata {
        pub fn builder() -> builder::FieldMetadata {
            Default::default()
        }
    }
    ///`FieldMetadataValueType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[non_exhaustive]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub enum FieldMetadataValueType {
        #[serde(rename = "string")]
        String,
        #[serde(rename = "boolean")]
        Boolean,
        #[serde(rename = "singleSelect")]
        SingleSelect,
        #[serde(rename = "multiSelect")]
        MultiSelect,
        #[serde(rename = "date")]
        Date,
        #[serde(rename = "datetime")]
        Datetime,
        #[serde(rename = "int")]
        Int,
        #[serde(rename = "float")]
        Float,
        #[serde(rename = "reference")]
        Reference,
        #[serde(rename = "other")]
        Other,
        /// A value the spec this client was generated from does not list (the service is
        /// newer); it reads back with `as_str()` and serialises unchanged.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`FieldValue`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct FieldValue {
        #[serde(rename = "displayValue")]
        pub display_value: ::std::string::String,
        pub value: ::std::string::String,
        /// Fields the spec does not list, kept as the service sent them so that
        /// serialising the value back does not lose them.
        #[serde(flatten)]
        pub unknown_fields: crate::UnknownFields,
    }
    impl FieldValue {
        pub fn builder() -> builder::FieldValue {
            Default::default()
        }
    }
    ///An integration enriched with live field metadata from the connected SaaS instance.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct HydratedIntegration {
        #[serde(
            rename = "displayName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub display_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub module: ::std::option::Option<::std::string::String>,
        pub name: ::std::string::String,
        pub provider: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub proxy: ::std::option::Option<HydratedIntegrationProxy>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub read: ::std::option::Option<HydratedIntegrationRead>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub write: ::std::option::Option<HydratedIntegrationWrite>,
        /// Fields the spec does not list, kept as the service sent them so that
        /// serialising the value back does not lose them.
        #[serde(flatten)]
        pub unknown_fields: crate::UnknownFields,
    }
    impl HydratedIntegration {
        pub fn builder() -> builder::HydratedIntegration {
            Default::default()
        }
    }
    ///`HydratedIntegrationField`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    #[non_exhaustive]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub enum HydratedIntegrationField {
        HydratedIntegrationFieldExistent(HydratedIntegrationFieldExistent),
        IntegrationFieldMapping(IntegrationFieldMapping),
    }
    impl ::std::convert::From<HydratedIntegrationFieldExistent>
    for HydratedIntegrationField {
        fn from(value: HydratedIntegrationFieldExistent) -> Self {
            Self::HydratedIntegrationFieldExistent(value)
        }
    }
    impl ::std::convert::From<IntegrationFieldMapping> for HydratedIntegrationField {
        fn from(value: IntegrationFieldMapping) -> Self {
            Self::IntegrationFieldMapping(value)
        }
    }
    ///`HydratedIntegrationFieldExistent`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct HydratedIntegrationFieldExistent {
        #[serde(rename = "displayName")]
        pub display_name: ::std::string::String,
        #[serde(rename = "fieldName")]
        pub field_name: ::std::string::String,
        #[serde(
            rename = "mapToDisplayName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub map_to_display_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "mapToName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub map_to_name: ::std::option::Option<::std::string::String>,
        /// Fields the spec does not list, kept as the service sent them so that
        /// serialising the value back does not lose them.
        #[serde(flatten)]
        pub unknown_fields: crate::UnknownFields,
    }
    impl HydratedIntegrationFieldExistent {
        pub fn builder() -> builder::HydratedIntegrationFieldExistent {
            Default::default()
        }
    }
    ///`HydratedIntegrationObject`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct HydratedIntegrationObject {
        #[serde(
            rename = "allFields",
            default,
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub all_fields: ::std::option::Option<::std::vec::Vec<HydratedIntegrationField>>,
        #[serde(
            rename = "allFieldsMetadata",
            default,
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub all_fields_metadata: ::std::option::Option<
            ::std::collections::BTreeMap<::std::string::String, FieldMetadata>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub backfill: ::std::option::Option<Backfill>,
        pub destination: ::std::string::String,
        #[serde(rename = "displayName")]
        pub display_name: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "mapToDisplayName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub map_to_display_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "mapToName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub map_to_name: ::std::option::Option<::std::string::String>,
        #[serde(rename = "objectName")]
        pub object_name: ::std::string::String,
        #[serde(
            rename = "optionalFields",
            default,
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub optional_fields: ::std::option::Option<
            ::std::vec::Vec<HydratedIntegrationField>,
        >,
        #[serde(
            rename = "optionalFieldsAuto",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub optional_fields_auto: ::std::option::Option<OptionalFieldsAutoOption>,
        #[serde(
            rename = "requiredFields",
            default,
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub required_fields: ::std::option::Option<
            ::std::vec::Vec<HydratedIntegrationField>,
        >,
        pub schedule: ::std::string::String,
        /// Fields the spec does not list, kept as the service sent them so that
        /// serialising the value back does not lose them.
        #[serde(flatten)]
        pub unknown_fields: crate::UnknownFields,
    }
    impl HydratedIntegrationObject {
        pub fn builder() -> builder::HydratedIntegrationObject {
            Default::default()
        }
    }
    ///`HydratedIntegrationProxy`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct HydratedIntegrationProxy {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enabled: ::std::option::Option<bool>,
        #[serde(
            rename = "useModule",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub use_module: ::std::option::Option<bool>,
        /// Fields the spec does not list, kept as the service sent them so that
        /// serialising the value back does not lose them.
        #[serde(flatten)]
        pub unknown_fields: crate::UnknownFields,
    }
    impl HydratedIntegrationProxy {
        pub fn builder() -> builder::HydratedIntegrationProxy {
            Default::default()
        }
    }
    ///`HydratedIntegrationRead`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct HydratedIntegrationRead {
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub objects: ::std::option::Option<::std::vec::Vec<HydratedIntegrationObject>>,
        /// Fields the spec does not list, kept as the service sent them so that
        /// serialising the value back does not lose them.
        #[serde(flatten)]
        pub unknown_fields: crate::UnknownFields,
    }
    impl HydratedIntegrationRead {
        pub fn builder() -> builder::HydratedIntegrationRead {
            Default::default()
        }
    }
    ///`HydratedIntegrationWrite`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct HydratedIntegrationWrite {
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub objects: ::std::option::Option<
            ::std::vec::Vec<HydratedIntegrationWriteObject>,
        >,
        /// Fields the spec does not list, kept as the service sent them so that
        /// serialising the value back does not lose them.
        #[serde(flatten)]
        pub unknown_fields: crate::UnknownFields,
    }
    impl HydratedIntegrationWrite {
        pub fn builder() -> builder::HydratedIntegrationWrite {
            Default::default()
        }
    }
    ///`HydratedIntegrationWriteObject`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct HydratedIntegrationWriteObject {
        #[serde(rename = "displayName")]
        pub display_name: ::std::string::String,
        #[serde(rename = "objectName")]
        pub object_name: ::std::string::String,
        #[serde(
            rename = "valueDefaults",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub value_defaults: ::std::option::Option<ValueDefaults>,
        /// Fields the spec does not list, kept as the service sent them so that
        /// serialising the value back does not lose them.
        #[serde(flatten)]
        pub unknown_fields: crate::UnknownFields,
    }
    impl HydratedIntegrationWriteObject {
        pub fn builder() -> builder::HydratedIntegrationWriteObject {
            Default::default()
        }
    }
    ///An integration as declared in the amp.yaml manifest.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct Integration {
        #[serde(
            rename = "displayName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub display_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub module: ::std::option::Option<::std::string::String>,
        pub name: ::std::string::String,
        pub provider: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub proxy: ::std::option::Option<IntegrationProxy>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub read: ::std::option::Option<IntegrationRead>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subscribe: ::std::option::Option<IntegrationSubscribe>,
        #[serde(
            rename = "watchSchema",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub watch_schema: ::std::option::Option<WatchSchema>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub write: ::std::option::Option<IntegrationWrite>,
        /// Fields the spec does not list, kept as the service sent them so that
        /// serialising the value back does not lose them.
        #[serde(flatten)]
        pub unknown_fields: crate::UnknownFields,
    }
    impl Integration {
        pub fn builder() -> builder::Integration {
            Default::default()
        }
    }
    ///A field of an object: an existing field, or a mapping the user chooses.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    #[non_exhaustive]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub enum IntegrationField {
        Existent(IntegrationFieldExistent),
        Mapping(IntegrationFieldMapping),
    }
    impl ::std::convert::From<IntegrationFieldExistent> for IntegrationField {
        fn from(value: IntegrationFieldExistent) -> Self {
            Self::Existent(value)
        }
    }
    impl ::std::convert::From<IntegrationFieldMapping> for IntegrationField {
        fn from(value: IntegrationFieldMapping) -> Self {
            Self::Mapping(value)
        }
    }
    ///`IntegrationFieldExistent`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct IntegrationFieldExistent {
        #[serde(rename = "fieldName")]
        pub field_name: ::std::string::String,
        #[serde(
            rename = "mapToDisplayName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub map_to_display_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "mapToName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub map_to_name: ::std::option::Option<::std::string::String>,
        /// Fields the spec does not list, kept as the service sent them so that
        /// serialising the value back does not lose them.
        #[serde(flatten)]
        pub unknown_fields: crate::UnknownFields,
    }
    impl IntegrationFieldExistent {
        pub fn builder() -> builder::IntegrationFieldExistent {
            Default::default()
        }
    }
    ///`IntegrationFieldMapping`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct IntegrationFieldMapping {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub default: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "mapToDisplayName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub map_to_display_name: ::std::option::Option<::std::string::String>,
        #[serde(rename = "mapToName")]
        pub map_to_name: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub prompt: ::std::option::Option<::std::string::String>,
        /// Fields the spec does not list, kept as the service sent them so that
        /// serialising the value back does not lose them.
        #[serde(flatten)]
        pub unknown_fields: crate::UnknownFields,
    }
    impl IntegrationFieldMapping {
        pub fn builder() -> builder::IntegrationFieldMapping {
            Default::default()
        }
    }
    ///An object the integration reads.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct IntegrationObject {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub backfill: ::std::option::Option<Backfill>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub delivery: ::std::option::Option<Delivery>,
        pub destination: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enabled: ::std::option::Option<IntegrationObjectEnabled>,
        #[serde(
            rename = "mapToDisplayName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub map_to_display_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "mapToName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub map_to_name: ::std::option::Option<::std::string::String>,
        #[serde(rename = "objectName")]
        pub object_name: ::std::string::String,
        #[serde(
            rename = "optionalFields",
            default,
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub optional_fields: ::std::option::Option<::std::vec::Vec<IntegrationField>>,
        #[serde(
            rename = "optionalFieldsAuto",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub optional_fields_auto: ::std::option::Option<OptionalFieldsAutoOption>,
        #[serde(
            rename = "requiredFields",
            default,
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub required_fields: ::std::option::Option<::std::vec::Vec<IntegrationField>>,
        pub schedule: ::std::string::String,
        /// Fields the spec does not list, kept as the service sent them so that
        /// serialising the value back does not lose them.
        #[serde(flatten)]
        pub unknown_fields: crate::UnknownFields,
    }
    impl IntegrationObject {
        pub fn builder() -> builder::IntegrationObject {
            Default::default()
        }
    }
    ///`IntegrationObjectEnabled`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[non_exhaustive]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub enum IntegrationObjectEnabled {
        #[serde(rename = "always")]
        Always,
        /// A value the spec this client was generated from does not list (the service is
        /// newer); it reads back with `as_str()` and serialises unchanged.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`IntegrationProxy`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct IntegrationProxy {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enabled: ::std::option::Option<bool>,
        #[serde(
            rename = "useModule",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub use_module: ::std::option::Option<bool>,
        /// Fields the spec does not list, kept as the service sent them so that
        /// serialising the value back does not lose them.
        #[serde(flatten)]
        pub unknown_fields: crate::UnknownFields,
    }
    impl IntegrationProxy {
        pub fn builder() -> builder::IntegrationProxy {
            Default::default()
        }
    }
    ///`IntegrationRead`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct IntegrationRead {
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub objects: ::std::option::Option<::std::vec::Vec<IntegrationObject>>,
        /// Fields the spec does not list, kept as the service sent them so that
        /// serialising the value back does not lose them.
        #[serde(flatten)]
        pub unknown_fields: crate::UnknownFields,
    }
    impl IntegrationRead {
        pub fn builder() -> builder::IntegrationRead {
            Default::default()
        }
    }
    ///`IntegrationSubscribe`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct IntegrationSubscribe {
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub objects: ::std::option::Option<::std::vec::Vec<IntegrationSubscribeObject>>,
        /// Fields the spec does not list, kept as the service sent them so that
        /// serialising the value back does not lose them.
        #[serde(flatten)]
        pub unknown_fields: crate::UnknownFields,
    }
    impl IntegrationSubscribe {
        pub fn builder() -> builder::IntegrationSubscribe {
            Default::default()
        }
    }
    ///`IntegrationSubscribeObject`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct IntegrationSubscribeObject {
        #[serde(
            rename = "associationChangeEvent",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub association_change_event: ::std::option::Option<AssociationChangeEvent>,
        #[serde(
            rename = "createEvent",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub create_event: ::std::option::Option<CreateEvent>,
        #[serde(
            rename = "deleteEvent",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub delete_event: ::std::option::Option<DeleteEvent>,
        pub destination: ::std::string::String,
        #[serde(
            rename = "inheritFieldsAndMapping",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub inherit_fields_and_mapping: ::std::option::Option<bool>,
        #[serde(rename = "objectName")]
        pub object_name: ::std::string::String,
        #[serde(
            rename = "otherEvents",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub other_events: ::std::option::Option<OtherEvents>,
        #[serde(
            rename = "updateEvent",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub update_event: ::std::option::Option<UpdateEvent>,
        /// Fields the spec does not list, kept as the service sent them so that
        /// serialising the value back does not lose them.
        #[serde(flatten)]
        pub unknown_fields: crate::UnknownFields,
    }
    impl IntegrationSubscribeObject {
        pub fn builder() -> builder::IntegrationSubscribeObject {
            Default::default()
        }
    }
    ///`IntegrationWrite`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct IntegrationWrite {
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub objects: ::std::option::Option<::std::vec::Vec<IntegrationWriteObject>>,
        /// Fields the spec does not list, kept as the service sent them so that
        /// serialising the value back does not lose them.
        #[serde(flatten)]
        pub unknown_fields: crate::UnknownFields,
    }
    impl IntegrationWrite {
        pub fn builder() -> builder::IntegrationWrite {
            Default::default()
        }
    }
    ///`IntegrationWriteObject`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct IntegrationWriteObject {
        #[serde(
            rename = "inheritMapping",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub inherit_mapping: ::std::option::Option<bool>,
        #[serde(rename = "objectName")]
        pub object_name: ::std::string::String,
        #[serde(
            rename = "valueDefaults",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub value_defaults: ::std::option::Option<ValueDefaults>,
        /// Fields the spec does not list, kept as the service sent them so that
        /// serialising the value back does not lose them.
        #[serde(flatten)]
        pub unknown_fields: crate::UnknownFields,
    }
    impl IntegrationWriteObject {
        pub fn builder() -> builder::IntegrationWriteObject {
            Default::default()
        }
    }
    ///The root of an amp.yaml manifest.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct Manifest {
        #[serde(default, deserialize_with = "crate::decode::null_as_default")]
        pub integrations: ::std::vec::Vec<Integration>,
        ///The version of the manifest spec the file conforms to.
        #[serde(rename = "specVersion")]
        pub spec_version: ::std::string::String,
        /// Fields the spec does not list, kept as the service sent them so that
        /// serialising the value back does not lose them.
        #[serde(flatten)]
        pub unknown_fields: crate::UnknownFields,
    }
    impl Manifest {
        pub fn builder() -> builder::Manifest {
            Default::default()
        }
    }
    ///`OptionalFieldsAutoOption`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[non_exhaustive]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub enum OptionalFieldsAutoOption {
        #[serde(rename = "all")]
        All,
        /// A value the spec this client was generated from does not list (the service is
        /// newer); it reads back with `as_str()` and serialises unchanged.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`OtherEvents`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    #[non_exhaustive]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct OtherEvents(pub ::std::vec::Vec<::std::string::String>);
    impl ::std::ops::Deref for OtherEvents {
        type Target = ::std::vec::Vec<::std::string::String>;
        fn deref(&self) -> &::std::vec::Vec<::std::string::String> {
            &self.0
        }
    }
    impl ::std::convert::From<OtherEvents> for ::std::vec::Vec<::std::string::String> {
        fn from(value: OtherEvents) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::vec::Vec<::std::string::String>> for OtherEvents {
        fn from(value: ::std::vec::Vec<::std::string::String>) -> Self {
            Self(value)
        }
    }
    ///`UpdateEvent`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct UpdateEvent {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enabled: ::std::option::Option<UpdateEventEnabled>,
        #[serde(
            rename = "requiredWatchFields",
            default,
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub required_watch_fields: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        #[serde(
            rename = "watchFieldsAuto",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub watch_fields_auto: ::std::option::Option<UpdateEventWatchFieldsAuto>,
        /// Fields the spec does not list, kept as the service sent them so that
        /// serialising the value back does not lose them.
        #[serde(flatten)]
        pub unknown_fields: crate::UnknownFields,
    }
    impl UpdateEvent {
        pub fn builder() -> builder::UpdateEvent {
            Default::default()
        }
    }
    ///`UpdateEventEnabled`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[non_exhaustive]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub enum UpdateEventEnabled {
        #[serde(rename = "always")]
        Always,
        /// A value the spec this client was generated from does not list (the service is
        /// newer); it reads back with `as_str()` and serialises unchanged.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`UpdateEventWatchFieldsAuto`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[non_exhaustive]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub enum UpdateEventWatchFieldsAuto {
        #[serde(rename = "all")]
        All,
        #[serde(rename = "selected")]
        Selected,
        /// A value the spec this client was generated from does not list (the service is
        /// newer); it reads back with `as_str()` and serialises unchanged.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    ///`ValueDefaults`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct ValueDefaults {
        #[serde(
            rename = "allowAnyFields",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub allow_any_fields: ::std::option::Option<bool>,
        /// Fields the spec does not list, kept as the service sent them so that
        /// serialising the value back does not lose them.
        #[serde(flatten)]
        pub unknown_fields: crate::UnknownFields,
    }
    impl ValueDefaults {
        pub fn builder() -> builder::ValueDefaults {
            Default::default()
        }
    }
    ///Watch the SaaS schema for field changes.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct WatchSchema {
        #[serde(rename = "allObjects")]
        pub all_objects: WatchSchemaAllObjects,
        pub destination: ::std::string::String,
        ///Default: `"0 */24 * * *"`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub schedule: ::std::option::Option<::std::string::String>,
        /// Fields the spec does not list, kept as the service sent them so that
        /// serialising the value back does not lose them.
        #[serde(flatten)]
        pub unknown_fields: crate::UnknownFields,
    }
    impl WatchSchema {
        pub fn builder() -> builder::WatchSchema {
            Default::default()
        }
    }
    ///`WatchSchemaAllObjects`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct WatchSchemaAllObjects {
        #[serde(
            rename = "fieldChanged",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub field_changed: ::std::option::Option<FieldChangedEvent>,
        #[serde(
            rename = "fieldCreated",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub field_created: ::std::option::Option<FieldCreatedEvent>,
        #[serde(
            rename = "fieldDeleted",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub field_deleted: ::std::option::Option<FieldDeletedEvent>,
        /// Fields the spec does not list, kept as the service sent them so that
        /// serialising the value back does not lose them.
        #[serde(flatten)]
        pub unknown_fields: crate::UnknownFields,
    }
    impl WatchSchemaAllObjects {
        pub fn builder() -> builder::WatchSchemaAllObjects {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct AssociationChangeEvent {
            enabled: ::std::result::Result<
                ::std::option::Option<super::AssociationChangeEventEnabled>,
                ::std::string::String,
            >,
            include_full_records: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            unknown_fields: crate::UnknownFields,
        }
        impl ::std::default::Default for AssociationChangeEvent {
            fn default() -> Self {
                Self {
                    enabled: Ok(Default::default()),
                    include_full_records: Ok(Default::default()),
                    unknown_fields: ::std::default::Default::default(),
                }
            }
        }
        impl AssociationChangeEvent {
            pub fn enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::AssociationChangeEventEnabled>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for enabled: {e}")
                    });
                self
            }
            pub fn include_full_records<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.include_full_records = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for include_full_records: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AssociationChangeEvent>
        for super::AssociationChangeEvent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AssociationChangeEvent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    enabled: value.enabled?,
                    include_full_records: value.include_full_records?,
                    unknown_fields: value.unknown_fields,
                })
            }
        }
        impl ::std::convert::From<super::AssociationChangeEvent>
        for AssociationChangeEvent {
            fn from(value: super::AssociationChangeEvent) -> Self {
                Self {
                    enabled: Ok(value.enabled),
                    include_full_records: Ok(value.include_full_records),
                    unknown_fields: value.unknown_fields,
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Backfill {
            default_period: ::std::result::Result<
                super::DefaultPeriod,
                ::std::string::String,
            >,
            unknown_fields: crate::UnknownFields,
        }
        impl ::std::default::Default for Backfill {
            fn default() -> Self {
                Self {
                    default_period: Err(
                        "no value supplied for default_period".to_string(),
                    ),
                    unknown_fields: ::std::default::Default::default(),
                }
            }
        }
        impl Backfill {
            pub fn default_period<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DefaultPeriod>,
                T::Error: ::std::fmt::Display,
            {
                self.default_period = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for default_period: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Backfill> for super::Backfill {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Backfill,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    default_period: value.default_period?,
                    unknown_fields: value.unknown_fields,
                })
            }
        }
        impl ::std::convert::From<super::Backfill> for Backfill {
            fn from(value: super::Backfill) -> Self {
                Self {
                    default_period: Ok(value.default_period),
                    unknown_fields: value.unknown_fields,
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateEvent {
            enabled: ::std::result::Result<
                ::std::option::Option<super::CreateEventEnabled>,
                ::std::string::String,
            >,
            unknown_fields: crate::UnknownFields,
        }
        impl ::std::default::Default for CreateEvent {
            fn default() -> Self {
                Self {
                    enabled: Ok(Default::default()),
                    unknown_fields: ::std::default::Default::default(),
                }
            }
        }
        impl CreateEvent {
            pub fn enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CreateEventEnabled>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for enabled: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateEvent> for super::CreateEvent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateEvent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    enabled: value.enabled?,
                    unknown_fields: value.unknown_fields,
                })
            }
        }
        impl ::std::convert::From<super::CreateEvent> for CreateEvent {
            fn from(value: super::CreateEvent) -> Self {
                Self {
                    enabled: Ok(value.enabled),
                    unknown_fields: value.unknown_fields,
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DefaultPeriod {
            days: ::std::result::Result<
                ::std::option::Option<u64>,
                ::std::string::String,
            >,
            full_history: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            unknown_fields: crate::UnknownFields,
        }
        impl ::std::default::Default for DefaultPeriod {
            fn default() -> Self {
                Self {
                    days: Ok(Default::default()),
                    full_history: Ok(Default::default()),
                    unknown_fields: ::std::default::Default::default(),
                }
            }
        }
        impl DefaultPeriod {
            pub fn days<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u64>>,
                T::Error: ::std::fmt::Display,
            {
                self.days = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for days: {e}")
                    });
                self
            }
            pub fn full_history<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.full_history = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for full_history: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DefaultPeriod> for super::DefaultPeriod {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DefaultPeriod,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    days: value.days?,
                    full_history: value.full_history?,
                    unknown_fields: value.unknown_fields,
                })
            }
        }
        impl ::std::convert::From<super::DefaultPeriod> for DefaultPeriod {
            fn from(value: super::DefaultPeriod) -> Self {
                Self {
                    days: Ok(value.days),
                    full_history: Ok(value.full_history),
                    unknown_fields: value.unknown_fields,
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeleteEvent {
            enabled: ::std::result::Result<
                ::std::option::Option<super::DeleteEventEnabled>,
                ::std::string::String,
            >,
            unknown_fields: crate::UnknownFields,
        }
        impl ::std::default::Default for DeleteEvent {
            fn default() -> Self {
                Self {
                    enabled: Ok(Default::default()),
                    unknown_fields: ::std::default::Default::default(),
                }
            }
        }
        impl DeleteEvent {
            pub fn enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::DeleteEventEnabled>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for enabled: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeleteEvent> for super::DeleteEvent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeleteEvent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    enabled: value.enabled?,
                    unknown_fields: value.unknown_fields,
                })
            }
        }
        impl ::std::convert::From<super::DeleteEvent> for DeleteEvent {
            fn from(value: super::DeleteEvent) -> Self {
                Self {
                    enabled: Ok(value.enabled),
                    unknown_fields: value.unknown_fields,
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Delivery {
            mode: ::std::result::Result<
                ::std::option::Option<super::DeliveryMode>,
                ::std::string::String,
            >,
            page_size: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            unknown_fields: crate::UnknownFields,
        }
        impl ::std::default::Default for Delivery {
            fn default() -> Self {
                Self {
                    mode: Ok(Default::default()),
                    page_size: Ok(Default::default()),
                    unknown_fields: ::std::default::Default::default(),
                }
            }
        }
        impl Delivery {
            pub fn mode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::DeliveryMode>>,
                T::Error: ::std::fmt::Display,
            {
                self.mode = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mode: {e}")
                    });
                self
            }
            pub fn page_size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.page_size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_size: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Delivery> for super::Delivery {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Delivery,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    mode: value.mode?,
                    page_size: value.page_size?,
                    unknown_fields: value.unknown_fields,
                })
            }
        }
        impl ::std::convert::From<super::Delivery> for Delivery {
            fn from(value: super::Delivery) -> Self {
                Self {
                    mode: Ok(value.mode),
                    page_size: Ok(value.page_size),
                    unknown_fields: value.unknown_fields,
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FieldChangedEvent {
            enabled: ::std::result::Result<
                super::FieldChangedEventEnabled,
                ::std::string::String,
            >,
            unknown_fields: crate::UnknownFields,
        }
        impl ::std::default::Default for FieldChangedEvent {
            fn default() -> Self {
                Self {
                    enabled: Err("no value supplied for enabled".to_string()),
                    unknown_fields: ::std::default::Default::default(),
                }
            }
        }
        impl FieldChangedEvent {
            pub fn enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::FieldChangedEventEnabled>,
                T::Error: ::std::fmt::Display,
            {
                self.enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for enabled: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<FieldChangedEvent> for super::FieldChangedEvent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FieldChangedEvent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    enabled: value.enabled?,
                    unknown_fields: value.unknown_fields,
                })
            }
        }
        impl ::std::convert::From<super::FieldChangedEvent> for FieldChangedEvent {
            fn from(value: super::FieldChangedEvent) -> Self {
                Self {
                    enabled: Ok(value.enabled),
                    unknown_fields: value.unknown_fields,
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FieldCreatedEvent {
            enabled: ::std::result::Result<
                super::FieldCreatedEventEnabled,
                ::std::string::String,
            >,
            unknown_fields: crate::UnknownFields,
        }
        impl ::std::default::Default for FieldCreatedEvent {
            fn default() -> Self {
                Self {
                    enabled: Err("no value supplied for enabled".to_string()),
                    unknown_fields: ::std::default::Default::default(),
                }
            }
        }
        impl FieldCreatedEvent {
            pub fn enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::FieldCreatedEventEnabled>,
                T::Error: ::std::fmt::Display,
            {
                self.enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for enabled: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<FieldCreatedEvent> for super::FieldCreatedEvent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FieldCreatedEvent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    enabled: value.enabled?,
                    unknown_fields: value.unknown_fields,
                })
            }
        }
        impl ::std::convert::From<super::FieldCreatedEvent> for FieldCreatedEvent {
            fn from(value: super::FieldCreatedEvent) -> Self {
                Self {
                    enabled: Ok(value.enabled),
                    unknown_fields: value.unknown_fields,
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FieldDeletedEvent {
            enabled: ::std::result::Result<
                super::FieldDeletedEventEnabled,
                ::std::string::String,
            >,
            unknown_fields: crate::UnknownFields,
        }
        impl ::std::default::Default for FieldDeletedEvent {
            fn default() -> Self {
                Self {
                    enabled: Err("no value supplied for enabled".to_string()),
                    unknown_fields: ::std::default::Default::default(),
                }
            }
        }
        impl FieldDeletedEvent {
            pub fn enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::FieldDeletedEventEnabled>,
                T::Error: ::std::fmt::Display,
            {
                self.enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for enabled: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<FieldDeletedEvent> for super::FieldDeletedEvent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FieldDeletedEvent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    enabled: value.enabled?,
                    unknown_fields: value.unknown_fields,
                })
            }
        }
        impl ::std::convert::From<super::FieldDeletedEvent> for FieldDeletedEvent {
            fn from(value: super::FieldDeletedEvent) -> Self {
                Self {
                    enabled: Ok(value.enabled),
                    unknown_fields: value.unknown_fields,
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FieldMetadata {
            display_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            field_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            is_custom: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_required: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            provider_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            read_only: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            reference_to: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            value_type: ::std::result::Result<
                ::std::option::Option<super::FieldMetadataValueType>,
                ::std::string::String,
            >,
            values: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::FieldValue>>,
                ::std::string::String,
            >,
            unknown_fields: crate::UnknownFields,
        }
        impl ::std::default::Default for FieldMetadata {
            fn default() -> Self {
                Self {
                    display_name: Err("no value supplied for display_name".to_string()),
                    field_name: Err("no value supplied for field_name".to_string()),
                    is_custom: Ok(Default::default()),
                    is_required: Ok(Default::default()),
                    provider_type: Ok(Default::default()),
                    read_only: Ok(Default::default()),
                    reference_to: Ok(None),
                    value_type: Ok(Default::default()),
                    values: Ok(None),
                    unknown_fields: ::std::default::Default::default(),
                }
            }
        }
        impl FieldMetadata {
            pub fn display_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.display_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for display_name: {e}")
                    });
                self
            }
            pub fn field_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.field_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for field_name: {e}")
                    });
                self
            }
            pub fn is_custom<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_custom = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_custom: {e}")
                    });
                self
            }
            pub fn is_required<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_required = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_required: {e}")
                    });
                self
            }
            pub fn provider_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.provider_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for provider_type: {e}")
                    });
                self
            }
            pub fn read_only<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.read_only = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for read_only: {e}")
                    });
                self
            }
            pub fn reference_to<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.reference_to = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reference_to: {e}")
                    });
                self
            }
            pub fn value_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::FieldMetadataValueType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.value_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value_type: {e}")
                    });
                self
            }
            pub fn values<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::FieldValue>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.values = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for values: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<FieldMetadata> for super::FieldMetadata {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FieldMetadata,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    display_name: value.display_name?,
                    field_name: value.field_name?,
                    is_custom: value.is_custom?,
                    is_required: value.is_required?,
                    provider_type: value.provider_type?,
                    read_only: value.read_only?,
                    reference_to: value.reference_to?,
                    value_type: value.value_type?,
                    values: value.values?,
                    unknown_fields: value.unknown_fields,
                })
            }
        }
        impl ::std::convert::From<super::FieldMetadata> for FieldMetadata {
            fn from(value: super::FieldMetadata) -> Self {
                Self {
                    display_name: Ok(value.display_name),
                    field_name: Ok(value.field_name),
                    is_custom: Ok(value.is_custom),
                    is_required: Ok(value.is_required),
                    provider_type: Ok(value.provider_type),
                    read_only: Ok(value.read_only),
                    reference_to: Ok(value.reference_to),
                    value_type: Ok(value.value_type),
                    values: Ok(value.values),
                    unknown_fields: value.unknown_fields,
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FieldValue {
            display_value: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            value: ::std::result::Result<::std::string::String, ::std::string::String>,
            unknown_fields: crate::UnknownFields,
        }
        impl ::std::default::Default for FieldValue {
            fn default() -> Self {
                Self {
                    display_value: Err(
                        "no value supplied for display_value".to_string(),
                    ),
                    value: Err("no value supplied for value".to_string()),
                    unknown_fields: ::std::default::Default::default(),
                }
            }
        }
        impl FieldValue {
            pub fn display_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.display_value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for display_value: {e}")
                    });
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<FieldValue> for super::FieldValue {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FieldValue,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    display_value: value.display_value?,
                    value: value.value?,
                    unknown_fields: value.unknown_fields,
                })
            }
        }
        impl ::std::convert::From<super::FieldValue> for FieldValue {
            fn from(value: super::FieldValue) -> Self {
                Self {
                    display_value: Ok(value.display_value),
                    value: Ok(value.value),
                    unknown_fields: value.unknown_fields,
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct HydratedIntegration {
            display_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            module: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            provider: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            proxy: ::std::result::Result<
                ::std::option::Option<super::HydratedIntegrationProxy>,
                ::std::string::String,
            >,
            read: ::std::result::Result<
                ::std::option::Option<super::HydratedIntegrationRead>,
                ::std::string::String,
            >,
            write: ::std::result::Result<
                ::std::option::Option<super::HydratedIntegrationWrite>,
                ::std::string::String,
            >,
            unknown_fields: crate::UnknownFields,
        }
        impl ::std::default::Default for HydratedIntegration {
            fn default() -> Self {
                Self {
                    display_name: Ok(Default::default()),
                    module: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    provider: Err("no value supplied for provider".to_string()),
                    proxy: Ok(Default::default()),
                    read: Ok(Default::default()),
                    write: Ok(Default::default()),
                    unknown_fields: ::std::default::Default::default(),
                }
            }
        }
        impl HydratedIntegration {
            pub fn display_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.display_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for display_name: {e}")
                    });
                self
            }
            pub fn module<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.module = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for module: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn provider<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.provider = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for provider: {e}")
                    });
                self
            }
            pub fn proxy<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::HydratedIntegrationProxy>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.proxy = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for proxy: {e}")
                    });
                self
            }
            pub fn read<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::HydratedIntegrationRead>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.read = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for read: {e}")
                    });
                self
            }
            pub fn write<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::HydratedIntegrationWrite>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.write = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for write: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<HydratedIntegration>
        for super::HydratedIntegration {
            type Error = super::error::ConversionError;
            fn try_from(
                value: HydratedIntegration,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    display_name: value.display_name?,
                    module: value.module?,
                    name: value.name?,
                    provider: value.provider?,
                    proxy: value.proxy?,
                    read: value.read?,
                    write: value.write?,
                    unknown_fields: value.unknown_fields,
                })
            }
        }
        impl ::std::convert::From<super::HydratedIntegration> for HydratedIntegration {
            fn from(value: super::HydratedIntegration) -> Self {
                Self {
                    display_name: Ok(value.display_name),
                    module: Ok(value.module),
                    name: Ok(value.name),
                    provider: Ok(value.provider),
                    proxy: Ok(value.proxy),
                    read: Ok(value.read),
                    write: Ok(value.write),
                    unknown_fields: value.unknown_fields,
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct HydratedIntegrationFieldExistent {
            display_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            field_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            map_to_display_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            map_to_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            unknown_fields: crate::UnknownFields,
        }
        impl ::std::default::Default for HydratedIntegrationFieldExistent {
            fn default() -> Self {
                Self {
                    display_name: Err("no value supplied for display_name".to_string()),
                    field_name: Err("no value supplied for field_name".to_string()),
                    map_to_display_name: Ok(Default::default()),
                    map_to_name: Ok(Default::default()),
                    unknown_fields: ::std::default::Default::default(),
                }
            }
        }
        impl HydratedIntegrationFieldExistent {
            pub fn display_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.display_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for display_name: {e}")
                    });
                self
            }
            pub fn field_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.field_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for field_name: {e}")
                    });
                self
            }
            pub fn map_to_display_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.map_to_display_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for map_to_display_name: {e}"
                        )
                    });
                self
            }
            pub fn map_to_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.map_to_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for map_to_name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<HydratedIntegrationFieldExistent>
        for super::HydratedIntegrationFieldExistent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: HydratedIntegrationFieldExistent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    display_name: value.display_name?,
                    field_name: value.field_name?,
                    map_to_display_name: value.map_to_display_name?,
                    map_to_name: value.map_to_name?,
                    unknown_fields: value.unknown_fields,
                })
            }
        }
        impl ::std::convert::From<super::HydratedIntegrationFieldExistent>
        for HydratedIntegrationFieldExistent {
            fn from(value: super::HydratedIntegrationFieldExistent) -> Self {
                Self {
                    display_name: Ok(value.display_name),
                    field_name: Ok(value.field_name),
                    map_to_display_name: Ok(value.map_to_display_name),
                    map_to_name: Ok(value.map_to_name),
                    unknown_fields: value.unknown_fields,
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct HydratedIntegrationObject {
            all_fields: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::HydratedIntegrationField>>,
                ::std::string::String,
            >,
            all_fields_metadata: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::BTreeMap<
                        ::std::string::String,
                        super::FieldMetadata,
                    >,
                >,
                ::std::string::String,
            >,
            backfill: ::std::result::Result<
                ::std::option::Option<super::Backfill>,
                ::std::string::String,
            >,
            destination: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            display_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            map_to_display_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            map_to_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            object_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            optional_fields: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::HydratedIntegrationField>>,
                ::std::string::String,
            >,
            optional_fields_auto: ::std::result::Result<
                ::std::option::Option<super::OptionalFieldsAutoOption>,
                ::std::string::String,
            >,
            required_fields: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::HydratedIntegrationField>>,
                ::std::string::String,
            >,
            schedule: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            unknown_fields: crate::UnknownFields,
        }
        impl ::std::default::Default for HydratedIntegrationObject {
            fn default() -> Self {
                Self {
                    all_fields: Ok(None),
                    all_fields_metadata: Ok(None),
                    backfill: Ok(Default::default()),
                    destination: Err("no value supplied for destination".to_string()),
                    display_name: Err("no value supplied for display_name".to_string()),
                    error: Ok(Default::default()),
                    map_to_display_name: Ok(Default::default()),
                    map_to_name: Ok(Default::default()),
                    object_name: Err("no value supplied for object_name".to_string()),
                    optional_fields: Ok(None),
                    optional_fields_auto: Ok(Default::default()),
                    required_fields: Ok(None),
                    schedule: Err("no value supplied for schedule".to_string()),
                    unknown_fields: ::std::default::Default::default(),
                }
            }
        }
        impl HydratedIntegrationObject {
            pub fn all_fields<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::vec::Vec<super::HydratedIntegrationField>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.all_fields = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for all_fields: {e}")
                    });
                self
            }
            pub fn all_fields_metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::collections::BTreeMap<
                            ::std::string::String,
                            super::FieldMetadata,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.all_fields_metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for all_fields_metadata: {e}"
                        )
                    });
                self
            }
            pub fn backfill<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Backfill>>,
                T::Error: ::std::fmt::Display,
            {
                self.backfill = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for backfill: {e}")
                    });
                self
            }
            pub fn destination<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.destination = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for destination: {e}")
                    });
                self
            }
            pub fn display_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.display_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for display_name: {e}")
                    });
                self
            }
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn map_to_display_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.map_to_display_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for map_to_display_name: {e}"
                        )
                    });
                self
            }
            pub fn map_to_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.map_to_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for map_to_name: {e}")
                    });
                self
            }
            pub fn object_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.object_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object_name: {e}")
                    });
                self
            }
            pub fn optional_fields<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::vec::Vec<super::HydratedIntegrationField>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.optional_fields = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for optional_fields: {e}"
                        )
                    });
                self
            }
            pub fn optional_fields_auto<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::OptionalFieldsAutoOption>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.optional_fields_auto = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for optional_fields_auto: {e}"
                        )
                    });
                self
            }
            pub fn required_fields<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::vec::Vec<super::HydratedIntegrationField>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.required_fields = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for required_fields: {e}"
                        )
                    });
                self
            }
            pub fn schedule<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.schedule = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for schedule: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<HydratedIntegrationObject>
        for super::HydratedIntegrationObject {
            type Error = super::error::ConversionError;
            fn try_from(
                value: HydratedIntegrationObject,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    all_fields: value.all_fields?,
                    all_fields_metadata: value.all_fields_metadata?,
                    backfill: value.backfill?,
                    destination: value.destination?,
                    display_name: value.display_name?,
                    error: value.error?,
                    map_to_display_name: value.map_to_display_name?,
                    map_to_name: value.map_to_name?,
                    object_name: value.object_name?,
                    optional_fields: value.optional_fields?,
                    optional_fields_auto: value.optional_fields_auto?,
                    required_fields: value.required_fields?,
                    schedule: value.schedule?,
                    unknown_fields: value.unknown_fields,
                })
            }
        }
        impl ::std::convert::From<super::HydratedIntegrationObject>
        for HydratedIntegrationObject {
            fn from(value: super::HydratedIntegrationObject) -> Self {
                Self {
                    all_fields: Ok(value.all_fields),
                    all_fields_metadata: Ok(value.all_fields_metadata),
                    backfill: Ok(value.backfill),
                    destination: Ok(value.destination),
                    display_name: Ok(value.display_name),
                    error: Ok(value.error),
                    map_to_display_name: Ok(value.map_to_display_name),
                    map_to_name: Ok(value.map_to_name),
                    object_name: Ok(value.object_name),
                    optional_fields: Ok(value.optional_fields),
                    optional_fields_auto: Ok(value.optional_fields_auto),
                    required_fields: Ok(value.required_fields),
                    schedule: Ok(value.schedule),
                    unknown_fields: value.unknown_fields,
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct HydratedIntegrationProxy {
            enabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            use_module: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            unknown_fields: crate::UnknownFields,
        }
        impl ::std::default::Default for HydratedIntegrationProxy {
            fn default() -> Self {
                Self {
                    enabled: Ok(Default::default()),
                    use_module: Ok(Default::default()),
                    unknown_fields: ::std::default::Default::default(),
                }
            }
        }
        impl HydratedIntegrationProxy {
            pub fn enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for enabled: {e}")
                    });
                self
            }
            pub fn use_module<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.use_module = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for use_module: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<HydratedIntegrationProxy>
        for super::HydratedIntegrationProxy {
            type Error = super::error::ConversionError;
            fn try_from(
                value: HydratedIntegrationProxy,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    enabled: value.enabled?,
                    use_module: value.use_module?,
                    unknown_fields: value.unknown_fields,
                })
            }
        }
        impl ::std::convert::From<super::HydratedIntegrationProxy>
        for HydratedIntegrationProxy {
            fn from(value: super::HydratedIntegrationProxy) -> Self {
                Self {
                    enabled: Ok(value.enabled),
                    use_module: Ok(value.use_module),
                    unknown_fields: value.unknown_fields,
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct HydratedIntegrationRead {
            objects: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::HydratedIntegrationObject>>,
                ::std::string::String,
            >,
            unknown_fields: crate::UnknownFields,
        }
        impl ::std::default::Default for HydratedIntegrationRead {
            fn default() -> Self {
                Self {
                    objects: Ok(None),
                    unknown_fields: ::std::default::Default::default(),
                }
            }
        }
        impl HydratedIntegrationRead {
            pub fn objects<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::vec::Vec<super::HydratedIntegrationObject>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.objects = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for objects: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<HydratedIntegrationRead>
        for super::HydratedIntegrationRead {
            type Error = super::error::ConversionError;
            fn try_from(
                value: HydratedIntegrationRead,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    objects: value.objects?,
                    unknown_fields: value.unknown_fields,
                })
            }
        }
        impl ::std::convert::From<super::HydratedIntegrationRead>
        for HydratedIntegrationRead {
            fn from(value: super::HydratedIntegrationRead) -> Self {
                Self {
                    objects: Ok(value.objects),
                    unknown_fields: value.unknown_fields,
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct HydratedIntegrationWrite {
            objects: ::std::result::Result<
                ::std::option::Option<
                    ::std::vec::Vec<super::HydratedIntegrationWriteObject>,
                >,
                ::std::string::String,
            >,
            unknown_fields: crate::UnknownFields,
        }
        impl ::std::default::Default for HydratedIntegrationWrite {
            fn default() -> Self {
                Self {
                    objects: Ok(None),
                    unknown_fields: ::std::default::Default::default(),
                }
            }
        }
        impl HydratedIntegrationWrite {
            pub fn objects<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::vec::Vec<super::HydratedIntegrationWriteObject>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.objects = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for objects: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<HydratedIntegrationWrite>
        for super::HydratedIntegrationWrite {
            type Error = super::error::ConversionError;
            fn try_from(
                value: HydratedIntegrationWrite,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    objects: value.objects?,
                    unknown_fields: value.unknown_fields,
                })
            }
        }
        impl ::std::convert::From<super::HydratedIntegrationWrite>
        for HydratedIntegrationWrite {
            fn from(value: super::HydratedIntegrationWrite) -> Self {
                Self {
                    objects: Ok(value.objects),
                    unknown_fields: value.unknown_fields,
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct HydratedIntegrationWriteObject {
            display_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            object_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            value_defaults: ::std::result::Result<
                ::std::option::Option<super::ValueDefaults>,
                ::std::string::String,
            >,
            unknown_fields: crate::UnknownFields,
        }
        impl ::std::default::Default for HydratedIntegrationWriteObject {
            fn default() -> Self {
                Self {
                    display_name: Err("no value supplied for display_name".to_string()),
                    object_name: Err("no value supplied for object_name".to_string()),
                    value_defaults: Ok(Default::default()),
                    unknown_fields: ::std::default::Default::default(),
                }
            }
        }
        impl HydratedIntegrationWriteObject {
            pub fn display_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.display_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for display_name: {e}")
                    });
                self
            }
            pub fn object_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.object_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object_name: {e}")
                    });
                self
            }
            pub fn value_defaults<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ValueDefaults>>,
                T::Error: ::std::fmt::Display,
            {
                self.value_defaults = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for value_defaults: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<HydratedIntegrationWriteObject>
        for super::HydratedIntegrationWriteObject {
            type Error = super::error::ConversionError;
            fn try_from(
                value: HydratedIntegrationWriteObject,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    display_name: value.display_name?,
                    object_name: value.object_name?,
                    value_defaults: value.value_defaults?,
                    unknown_fields: value.unknown_fields,
                })
            }
        }
        impl ::std::convert::From<super::HydratedIntegrationWriteObject>
        for HydratedIntegrationWriteObject {
            fn from(value: super::HydratedIntegrationWriteObject) -> Self {
                Self {
                    display_name: Ok(value.display_name),
                    object_name: Ok(value.object_name),
                    value_defaults: Ok(value.value_defaults),
                    unknown_fields: value.unknown_fields,
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Integration {
            display_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            module: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            provider: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            proxy: ::std::result::Result<
                ::std::option::Option<super::IntegrationProxy>,
                ::std::string::String,
            >,
            read: ::std::result::Result<
                ::std::option::Option<super::IntegrationRead>,
                ::std::string::String,
            >,
            subscribe: ::std::result::Result<
                ::std::option::Option<super::IntegrationSubscribe>,
                ::std::string::String,
            >,
            watch_schema: ::std::result::Result<
                ::std::option::Option<super::WatchSchema>,
                ::std::string::String,
            >,
            write: ::std::result::Result<
                ::std::option::Option<super::IntegrationWrite>,
                ::std::string::String,
            >,
            unknown_fields: crate::UnknownFields,
        }
        impl ::std::default::Default for Integration {
            fn default() -> Self {
                Self {
                    display_name: Ok(Default::default()),
                    module: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    provider: Err("no value supplied for provider".to_string()),
                    proxy: Ok(Default::default()),
                    read: Ok(Default::default()),
                    subscribe: Ok(Default::default()),
                    watch_schema: Ok(Default::default()),
                    write: Ok(Default::default()),
                    unknown_fields: ::std::default::Default::default(),
                }
            }
        }
        impl Integration {
            pub fn display_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.display_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for display_name: {e}")
                    });
                self
            }
            pub fn module<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.module = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for module: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn provider<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.provider = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for provider: {e}")
                    });
                self
            }
            pub fn proxy<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::IntegrationProxy>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.proxy = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for proxy: {e}")
                    });
                self
            }
            pub fn read<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::IntegrationRead>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.read = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for read: {e}")
                    });
                self
            }
            pub fn subscribe<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::IntegrationSubscribe>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.subscribe = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for subscribe: {e}")
                    });
                self
            }
            pub fn watch_schema<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::WatchSchema>>,
                T::Error: ::std::fmt::Display,
            {
                self.watch_schema = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for watch_schema: {e}")
                    });
                self
            }
            pub fn write<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::IntegrationWrite>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.write = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for write: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Integration> for super::Integration {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Integration,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    display_name: value.display_name?,
                    module: value.module?,
                    name: value.name?,
                    provider: value.provider?,
                    proxy: value.proxy?,
                    read: value.read?,
                    subscribe: value.subscribe?,
                    watch_schema: value.watch_schema?,
                    write: value.write?,
                    unknown_fields: value.unknown_fields,
                })
            }
        }
        impl ::std::convert::From<super::Integration> for Integration {
            fn from(value: super::Integration) -> Self {
                Self {
                    display_name: Ok(value.display_name),
                    module: Ok(value.module),
                    name: Ok(value.name),
                    provider: Ok(value.provider),
                    proxy: Ok(value.proxy),
                    read: Ok(value.read),
                    subscribe: Ok(value.subscribe),
                    watch_schema: Ok(value.watch_schema),
                    write: Ok(value.write),
                    unknown_fields: value.unknown_fields,
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct IntegrationFieldExistent {
            field_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            map_to_display_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            map_to_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            unknown_fields: crate::UnknownFields,
        }
        impl ::std::default::Default for IntegrationFieldExistent {
            fn default() -> Self {
                Self {
                    field_name: Err("no value supplied for field_name".to_string()),
                    map_to_display_name: Ok(Default::default()),
                    map_to_name: Ok(Default::default()),
                    unknown_fields: ::std::default::Default::default(),
                }
            }
        }
        impl IntegrationFieldExistent {
            pub fn field_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.field_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for field_name: {e}")
                    });
                self
            }
            pub fn map_to_display_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.map_to_display_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for map_to_display_name: {e}"
                        )
                    });
                self
            }
            pub fn map_to_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.map_to_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for map_to_name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<IntegrationFieldExistent>
        for super::IntegrationFieldExistent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: IntegrationFieldExistent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    field_name: value.field_name?,
                    map_to_display_name: value.map_to_display_name?,
                    map_to_name: value.map_to_name?,
                    unknown_fields: value.unknown_fields,
                })
            }
        }
        impl ::std::convert::From<super::IntegrationFieldExistent>
        for IntegrationFieldExistent {
            fn from(value: super::IntegrationFieldExistent) -> Self {
                Self {
                    field_name: Ok(value.field_name),
                    map_to_display_name: Ok(value.map_to_display_name),
                    map_to_name: Ok(value.map_to_name),
                    unknown_fields: value.unknown_fields,
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct IntegrationFieldMapping {
            default: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            map_to_display_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            map_to_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            prompt: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            unknown_fields: crate::UnknownFields,
        }
        impl ::std::default::Default for IntegrationFieldMapping {
            fn default() -> Self {
                Self {
                    default: Ok(Default::default()),
                    map_to_display_name: Ok(Default::default()),
                    map_to_name: Err("no value supplied for map_to_name".to_string()),
                    prompt: Ok(Default::default()),
                    unknown_fields: ::std::default::Default::default(),
                }
            }
        }
        impl IntegrationFieldMapping {
            pub fn default<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.default = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for default: {e}")
                    });
                self
            }
            pub fn map_to_display_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.map_to_display_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for map_to_display_name: {e}"
                        )
                    });
                self
            }
            pub fn map_to_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.map_to_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for map_to_name: {e}")
                    });
                self
            }
            pub fn prompt<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.prompt = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for prompt: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<IntegrationFieldMapping>
        for super::IntegrationFieldMapping {
            type Error = super::error::ConversionError;
            fn try_from(
                value: IntegrationFieldMapping,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    default: value.default?,
                    map_to_display_name: value.map_to_display_name?,
                    map_to_name: value.map_to_name?,
                    prompt: value.prompt?,
                    unknown_fields: value.unknown_fields,
                })
            }
        }
        impl ::std::convert::From<super::IntegrationFieldMapping>
        for IntegrationFieldMapping {
            fn from(value: super::IntegrationFieldMapping) -> Self {
                Self {
                    default: Ok(value.default),
                    map_to_display_name: Ok(value.map_to_display_name),
                    map_to_name: Ok(value.map_to_name),
                    prompt: Ok(value.prompt),
                    unknown_fields: value.unknown_fields,
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct IntegrationObject {
            backfill: ::std::result::Result<
                ::std::option::Option<super::Backfill>,
                ::std::string::String,
            >,
            delivery: ::std::result::Result<
                ::std::option::Option<super::Delivery>,
                ::std::string::String,
            >,
            destination: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            enabled: ::std::result::Result<
                ::std::option::Option<super::IntegrationObjectEnabled>,
                ::std::string::String,
            >,
            map_to_display_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            map_to_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            object_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            optional_fields: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::IntegrationField>>,
                ::std::string::String,
            >,
            optional_fields_auto: ::std::result::Result<
                ::std::option::Option<super::OptionalFieldsAutoOption>,
                ::std::string::String,
            >,
            required_fields: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::IntegrationField>>,
                ::std::string::String,
            >,
            schedule: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            unknown_fields: crate::UnknownFields,
        }
        impl ::std::default::Default for IntegrationObject {
            fn default() -> Self {
                Self {
                    backfill: Ok(Default::default()),
                    delivery: Ok(Default::default()),
                    destination: Err("no value supplied for destination".to_string()),
                    enabled: Ok(Default::default()),
                    map_to_display_name: Ok(Default::default()),
                    map_to_name: Ok(Default::default()),
                    object_name: Err("no value supplied for object_name".to_string()),
                    optional_fields: Ok(None),
                    optional_fields_auto: Ok(Default::default()),
                    required_fields: Ok(None),
                    schedule: Err("no value supplied for schedule".to_string()),
                    unknown_fields: ::std::default::Default::default(),
                }
            }
        }
        impl IntegrationObject {
            pub fn backfill<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Backfill>>,
                T::Error: ::std::fmt::Display,
            {
                self.backfill = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for backfill: {e}")
                    });
                self
            }
            pub fn delivery<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Delivery>>,
                T::Error: ::std::fmt::Display,
            {
                self.delivery = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for delivery: {e}")
                    });
                self
            }
            pub fn destination<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.destination = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for destination: {e}")
                    });
                self
            }
            pub fn enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::IntegrationObjectEnabled>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for enabled: {e}")
                    });
                self
            }
            pub fn map_to_display_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.map_to_display_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for map_to_display_name: {e}"
                        )
                    });
                self
            }
            pub fn map_to_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.map_to_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for map_to_name: {e}")
                    });
                self
            }
            pub fn object_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.object_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object_name: {e}")
                    });
                self
            }
            pub fn optional_fields<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::IntegrationField>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.optional_fields = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for optional_fields: {e}"
                        )
                    });
                self
            }
            pub fn optional_fields_auto<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::OptionalFieldsAutoOption>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.optional_fields_auto = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for optional_fields_auto: {e}"
                        )
                    });
                self
            }
            pub fn required_fields<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::IntegrationField>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.required_fields = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for required_fields: {e}"
                        )
                    });
                self
            }
            pub fn schedule<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.schedule = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for schedule: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<IntegrationObject> for super::IntegrationObject {
            type Error = super::error::ConversionError;
            fn try_from(
                value: IntegrationObject,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    backfill: value.backfill?,
                    delivery: value.delivery?,
                    destination: value.destination?,
                    enabled: value.enabled?,
                    map_to_display_name: value.map_to_display_name?,
                    map_to_name: value.map_to_name?,
                    object_name: value.object_name?,
                    optional_fields: value.optional_fields?,
                    optional_fields_auto: value.optional_fields_auto?,
                    required_fields: value.required_fields?,
                    schedule: value.schedule?,
                    unknown_fields: value.unknown_fields,
                })
            }
        }
        impl ::std::convert::From<super::IntegrationObject> for IntegrationObject {
            fn from(value: super::IntegrationObject) -> Self {
                Self {
                    backfill: Ok(value.backfill),
                    delivery: Ok(value.delivery),
                    destination: Ok(value.destination),
                    enabled: Ok(value.enabled),
                    map_to_display_name: Ok(value.map_to_display_name),
                    map_to_name: Ok(value.map_to_name),
                    object_name: Ok(value.object_name),
                    optional_fields: Ok(value.optional_fields),
                    optional_fields_auto: Ok(value.optional_fields_auto),
                    required_fields: Ok(value.required_fields),
                    schedule: Ok(value.schedule),
                    unknown_fields: value.unknown_fields,
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct IntegrationProxy {
            enabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            use_module: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            unknown_fields: crate::UnknownFields,
        }
        impl ::std::default::Default for IntegrationProxy {
            fn default() -> Self {
                Self {
                    enabled: Ok(Default::default()),
                    use_module: Ok(Default::default()),
                    unknown_fields: ::std::default::Default::default(),
                }
            }
        }
        impl IntegrationProxy {
            pub fn enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for enabled: {e}")
                    });
                self
            }
            pub fn use_module<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.use_module = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for use_module: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<IntegrationProxy> for super::IntegrationProxy {
            type Error = super::error::ConversionError;
            fn try_from(
                value: IntegrationProxy,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    enabled: value.enabled?,
                    use_module: value.use_module?,
                    unknown_fields: value.unknown_fields,
                })
            }
        }
        impl ::std::convert::From<super::IntegrationProxy> for IntegrationProxy {
            fn from(value: super::IntegrationProxy) -> Self {
                Self {
                    enabled: Ok(value.enabled),
                    use_module: Ok(value.use_module),
                    unknown_fields: value.unknown_fields,
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct IntegrationRead {
            objects: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::IntegrationObject>>,
                ::std::string::String,
            >,
            unknown_fields: crate::UnknownFields,
        }
        impl ::std::default::Default for IntegrationRead {
            fn default() -> Self {
                Self {
                    objects: Ok(None),
                    unknown_fields: ::std::default::Default::default(),
                }
            }
        }
        impl IntegrationRead {
            pub fn objects<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::IntegrationObject>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.objects = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for objects: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<IntegrationRead> for super::IntegrationRead {
            type Error = super::error::ConversionError;
            fn try_from(
                value: IntegrationRead,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    objects: value.objects?,
                    unknown_fields: value.unknown_fields,
                })
            }
        }
        impl ::std::convert::From<super::IntegrationRead> for IntegrationRead {
            fn from(value: super::IntegrationRead) -> Self {
                Self {
                    objects: Ok(value.objects),
                    unknown_fields: value.unknown_fields,
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct IntegrationSubscribe {
            objects: ::std::result::Result<
                ::std::option::Option<
                    ::std::vec::Vec<super::IntegrationSubscribeObject>,
                >,
                ::std::string::String,
            >,
            unknown_fields: crate::UnknownFields,
        }
        impl ::std::default::Default for IntegrationSubscribe {
            fn default() -> Self {
                Self {
                    objects: Ok(None),
                    unknown_fields: ::std::default::Default::default(),
                }
            }
        }
        impl IntegrationSubscribe {
            pub fn objects<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::vec::Vec<super::IntegrationSubscribeObject>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.objects = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for objects: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<IntegrationSubscribe>
        for super::IntegrationSubscribe {
            type Error = super::error::ConversionError;
            fn try_from(
                value: IntegrationSubscribe,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    objects: value.objects?,
                    unknown_fields: value.unknown_fields,
                })
            }
        }
        impl ::std::convert::From<super::IntegrationSubscribe> for IntegrationSubscribe {
            fn from(value: super::IntegrationSubscribe) -> Self {
                Self {
                    objects: Ok(value.objects),
                    unknown_fields: value.unknown_fields,
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct IntegrationSubscribeObject {
            association_change_event: ::std::result::Result<
                ::std::option::Option<super::AssociationChangeEvent>,
                ::std::string::String,
            >,
            create_event: ::std::result::Result<
                ::std::option::Option<super::CreateEvent>,
                ::std::string::String,
            >,
            delete_event: ::std::result::Result<
                ::std::option::Option<super::DeleteEvent>,
                ::std::string::String,
            >,
            destination: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            inherit_fields_and_mapping: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            object_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            other_events: ::std::result::Result<
                ::std::option::Option<super::OtherEvents>,
                ::std::string::String,
            >,
            update_event: ::std::result::Result<
                ::std::option::Option<super::UpdateEvent>,
                ::std::string::String,
            >,
            unknown_fields: crate::UnknownFields,
        }
        impl ::std::default::Default for IntegrationSubscribeObject {
            fn default() -> Self {
                Self {
                    association_change_event: Ok(Default::default()),
                    create_event: Ok(Default::default()),
                    delete_event: Ok(Default::default()),
                    destination: Err("no value supplied for destination".to_string()),
                    inherit_fields_and_mapping: Ok(Default::default()),
                    object_name: Err("no value supplied for object_name".to_string()),
                    other_events: Ok(Default::default()),
                    update_event: Ok(Default::default()),
                    unknown_fields: ::std::default::Default::default(),
                }
            }
        }
        impl IntegrationSubscribeObject {
            pub fn association_change_event<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::AssociationChangeEvent>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.association_change_event = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for association_change_event: {e}"
                        )
                    });
                self
            }
            pub fn create_event<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CreateEvent>>,
                T::Error: ::std::fmt::Display,
            {
                self.create_event = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for create_event: {e}")
                    });
                self
            }
            pub fn delete_event<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::DeleteEvent>>,
                T::Error: ::std::fmt::Display,
            {
                self.delete_event = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for delete_event: {e}")
                    });
                self
            }
            pub fn destination<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.destination = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for destination: {e}")
                    });
                self
            }
            pub fn inherit_fields_and_mapping<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.inherit_fields_and_mapping = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for inherit_fields_and_mapping: {e}"
                        )
                    });
                self
            }
            pub fn object_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.object_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object_name: {e}")
                    });
                self
            }
            pub fn other_events<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::OtherEvents>>,
                T::Error: ::std::fmt::Display,
            {
                self.other_events = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for other_events: {e}")
                    });
                self
            }
            pub fn update_event<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::UpdateEvent>>,
                T::Error: ::std::fmt::Display,
            {
                self.update_event = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for update_event: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<IntegrationSubscribeObject>
        for super::IntegrationSubscribeObject {
            type Error = super::error::ConversionError;
            fn try_from(
                value: IntegrationSubscribeObject,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    association_change_event: value.association_change_event?,
                    create_event: value.create_event?,
                    delete_event: value.delete_event?,
                    destination: value.destination?,
                    inherit_fields_and_mapping: value.inherit_fields_and_mapping?,
                    object_name: value.object_name?,
                    other_events: value.other_events?,
                    update_event: value.update_event?,
                    unknown_fields: value.unknown_fields,
                })
            }
        }
        impl ::std::convert::From<super::IntegrationSubscribeObject>
        for IntegrationSubscribeObject {
            fn from(value: super::IntegrationSubscribeObject) -> Self {
                Self {
                    association_change_event: Ok(value.association_change_event),
                    create_event: Ok(value.create_event),
                    delete_event: Ok(value.delete_event),
                    destination: Ok(value.destination),
                    inherit_fields_and_mapping: Ok(value.inherit_fields_and_mapping),
                    object_name: Ok(value.object_name),
                    other_events: Ok(value.other_events),
                    update_event: Ok(value.update_event),
                    unknown_fields: value.unknown_fields,
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct IntegrationWrite {
            objects: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::IntegrationWriteObject>>,
                ::std::string::String,
            >,
            unknown_fields: crate::UnknownFields,
        }
        impl ::std::default::Default for IntegrationWrite {
            fn default() -> Self {
                Self {
                    objects: Ok(None),
                    unknown_fields: ::std::default::Default::default(),
                }
            }
        }
        impl IntegrationWrite {
            pub fn objects<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::IntegrationWriteObject>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.objects = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for objects: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<IntegrationWrite> for super::IntegrationWrite {
            type Error = super::error::ConversionError;
            fn try_from(
                value: IntegrationWrite,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    objects: value.objects?,
                    unknown_fields: value.unknown_fields,
                })
            }
        }
        impl ::std::convert::From<super::IntegrationWrite> for IntegrationWrite {
            fn from(value: super::IntegrationWrite) -> Self {
                Self {
                    objects: Ok(value.objects),
                    unknown_fields: value.unknown_fields,
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct IntegrationWriteObject {
            inherit_mapping: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            object_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            value_defaults: ::std::result::Result<
                ::std::option::Option<super::ValueDefaults>,
                ::std::string::String,
            >,
            unknown_fields: crate::UnknownFields,
        }
        impl ::std::default::Default for IntegrationWriteObject {
            fn default() -> Self {
                Self {
                    inherit_mapping: Ok(Default::default()),
                    object_name: Err("no value supplied for object_name".to_string()),
                    value_defaults: Ok(Default::default()),
                    unknown_fields: ::std::default::Default::default(),
                }
            }
        }
        impl IntegrationWriteObject {
            pub fn inherit_mapping<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.inherit_mapping = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for inherit_mapping: {e}"
                        )
                    });
                self
            }
            pub fn object_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.object_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object_name: {e}")
                    });
                self
            }
            pub fn value_defaults<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ValueDefaults>>,
                T::Error: ::std::fmt::Display,
            {
                self.value_defaults = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for value_defaults: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<IntegrationWriteObject>
        for super::IntegrationWriteObject {
            type Error = super::error::ConversionError;
            fn try_from(
                value: IntegrationWriteObject,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    inherit_mapping: value.inherit_mapping?,
                    object_name: value.object_name?,
                    value_defaults: value.value_defaults?,
                    unknown_fields: value.unknown_fields,
                })
            }
        }
        impl ::std::convert::From<super::IntegrationWriteObject>
        for IntegrationWriteObject {
            fn from(value: super::IntegrationWriteObject) -> Self {
                Self {
                    inherit_mapping: Ok(value.inherit_mapping),
                    object_name: Ok(value.object_name),
                    value_defaults: Ok(value.value_defaults),
                    unknown_fields: value.unknown_fields,
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Manifest {
            integrations: ::std::result::Result<
                ::std::vec::Vec<super::Integration>,
                ::std::string::String,
            >,
            spec_version: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            unknown_fields: crate::UnknownFields,
        }
        impl ::std::default::Default for Manifest {
            fn default() -> Self {
                Self {
                    integrations: Err("no value supplied for integrations".to_string()),
                    spec_version: Err("no value supplied for spec_version".to_string()),
                    unknown_fields: ::std::default::Default::default(),
                }
            }
        }
        impl Manifest {
            pub fn integrations<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Integration>>,
                T::Error: ::std::fmt::Display,
            {
                self.integrations = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for integrations: {e}")
                    });
                self
            }
            pub fn spec_version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.spec_version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for spec_version: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Manifest> for super::Manifest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Manifest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    integrations: value.integrations?,
                    spec_version: value.spec_version?,
                    unknown_fields: value.unknown_fields,
                })
            }
        }
        impl ::std::convert::From<super::Manifest> for Manifest {
            fn from(value: super::Manifest) -> Self {
                Self {
                    integrations: Ok(value.integrations),
                    spec_version: Ok(value.spec_version),
                    unknown_fields: value.unknown_fields,
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateEvent {
            enabled: ::std::result::Result<
                ::std::option::Option<super::UpdateEventEnabled>,
                ::std::string::String,
            >,
            required_watch_fields: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            watch_fields_auto: ::std::result::Result<
                ::std::option::Option<super::UpdateEventWatchFieldsAuto>,
                ::std::string::String,
            >,
            unknown_fields: crate::UnknownFields,
        }
        impl ::std::default::Default for UpdateEvent {
            fn default() -> Self {
                Self {
                    enabled: Ok(Default::default()),
                    required_watch_fields: Ok(None),
                    watch_fields_auto: Ok(Default::default()),
                    unknown_fields: ::std::default::Default::default(),
                }
            }
        }
        impl UpdateEvent {
            pub fn enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::UpdateEventEnabled>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for enabled: {e}")
                    });
                self
            }
            pub fn required_watch_fields<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.required_watch_fields = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for required_watch_fields: {e}"
                        )
                    });
                self
            }
            pub fn watch_fields_auto<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::UpdateEventWatchFieldsAuto>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.watch_fields_auto = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for watch_fields_auto: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateEvent> for super::UpdateEvent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateEvent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    enabled: value.enabled?,
                    required_watch_fields: value.required_watch_fields?,
                    watch_fields_auto: value.watch_fields_auto?,
                    unknown_fields: value.unknown_fields,
                })
            }
        }
        impl ::std::convert::From<super::UpdateEvent> for UpdateEvent {
            fn from(value: super::UpdateEvent) -> Self {
                Self {
                    enabled: Ok(value.enabled),
                    required_watch_fields: Ok(value.required_watch_fields),
                    watch_fields_auto: Ok(value.watch_fields_auto),
                    unknown_fields: value.unknown_fields,
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ValueDefaults {
            allow_any_fields: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            unknown_fields: crate::UnknownFields,
        }
        impl ::std::default::Default for ValueDefaults {
            fn default() -> Self {
                Self {
                    allow_any_fields: Ok(Default::default()),
                    unknown_fields: ::std::default::Default::default(),
                }
            }
        }
        impl ValueDefaults {
            pub fn allow_any_fields<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.allow_any_fields = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for allow_any_fields: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ValueDefaults> for super::ValueDefaults {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ValueDefaults,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    allow_any_fields: value.allow_any_fields?,
                    unknown_fields: value.unknown_fields,
                })
            }
        }
        impl ::std::convert::From<super::ValueDefaults> for ValueDefaults {
            fn from(value: super::ValueDefaults) -> Self {
                Self {
                    allow_any_fields: Ok(value.allow_any_fields),
                    unknown_fields: value.unknown_fields,
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WatchSchema {
            all_objects: ::std::result::Result<
                super::WatchSchemaAllObjects,
                ::std::string::String,
            >,
            destination: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            schedule: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            unknown_fields: crate::UnknownFields,
        }
        impl ::std::default::Default for WatchSchema {
            fn default() -> Self {
                Self {
                    all_objects: Err("no value supplied for all_objects".to_string()),
                    destination: Err("no value supplied for destination".to_string()),
                    schedule: Ok(Default::default()),
                    unknown_fields: ::std::default::Default::default(),
                }
            }
        }
        impl WatchSchema {
            pub fn all_objects<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WatchSchemaAllObjects>,
                T::Error: ::std::fmt::Display,
            {
                self.all_objects = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for all_objects: {e}")
                    });
                self
            }
            pub fn destination<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.destination = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for destination: {e}")
                    });
                self
            }
            pub fn schedule<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.schedule = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for schedule: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WatchSchema> for super::WatchSchema {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WatchSchema,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    all_objects: value.all_objects?,
                    destination: value.destination?,
                    schedule: value.schedule?,
                    unknown_fields: value.unknown_fields,
                })
            }
        }
        impl ::std::convert::From<super::WatchSchema> for WatchSchema {
            fn from(value: super::WatchSchema) -> Self {
                Self {
                    all_objects: Ok(value.all_objects),
                    destination: Ok(value.destination),
                    schedule: Ok(value.schedule),
                    unknown_fields: value.unknown_fields,
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WatchSchemaAllObjects {
            field_changed: ::std::result::Result<
                ::std::option::Option<super::FieldChangedEvent>,
                ::std::string::String,
            >,
            field_created: ::std::result::Result<
                ::std::option::Option<super::FieldCreatedEvent>,
                ::std::string::String,
            >,
            field_deleted: ::std::result::Result<
                ::std::option::Option<super::FieldDeletedEvent>,
                ::std::string::String,
            >,
            unknown_fields: crate::UnknownFields,
        }
        impl ::std::default::Default for WatchSchemaAllObjects {
            fn default() -> Self {
                Self {
                    field_changed: Ok(Default::default()),
                    field_created: Ok(Default::default()),
                    field_deleted: Ok(Default::default()),
                    unknown_fields: ::std::default::Default::default(),
                }
            }
        }
        impl WatchSchemaAllObjects {
            pub fn field_changed<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::FieldChangedEvent>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.field_changed = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for field_changed: {e}")
                    });
                self
            }
            pub fn field_created<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::FieldCreatedEvent>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.field_created = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for field_created: {e}")
                    });
                self
            }
            pub fn field_deleted<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::FieldDeletedEvent>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.field_deleted = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for field_deleted: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WatchSchemaAllObjects>
        for super::WatchSchemaAllObjects {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WatchSchemaAllObjects,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    field_changed: value.field_changed?,
                    field_created: value.field_created?,
                    field_deleted: value.field_deleted?,
                    unknown_fields: value.unknown_fields,
                })
            }
        }
        impl ::std::convert::From<super::WatchSchemaAllObjects>
        for WatchSchemaAllObjects {
            fn from(value: super::WatchSchemaAllObjects) -> Self {
                Self {
                    field_changed: Ok(value.field_changed),
                    field_created: Ok(value.field_created),
                    field_deleted: Ok(value.field_deleted),
                    unknown_fields: value.unknown_fields,
                }
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
    impl AssociationChangeEventEnabled {
        /// The value as it is on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Always => "always",
                Self::Unknown(value) => value.as_str(),
            }
        }
        /// Whether the spec lists this value (`false` for `Unknown`).
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::fmt::Display for AssociationChangeEventEnabled {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::std::convert::From<&str> for AssociationChangeEventEnabled {
        fn from(value: &str) -> Self {
            match value {
                "always" => Self::Always,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for AssociationChangeEventEnabled {
        fn from(value: ::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::convert::From<&::std::string::String> for AssociationChangeEventEnabled {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for AssociationChangeEventEnabled {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl CreateEventEnabled {
        /// The value as it is on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Always => "always",
                Self::Unknown(value) => value.as_str(),
            }
        }
        /// Whether the spec lists this value (`false` for `Unknown`).
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::fmt::Display for CreateEventEnabled {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::std::convert::From<&str> for CreateEventEnabled {
        fn from(value: &str) -> Self {
            match value {
                "always" => Self::Always,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for CreateEventEnabled {
        fn from(value: ::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::convert::From<&::std::string::String> for CreateEventEnabled {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for CreateEventEnabled {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl DeleteEventEnabled {
        /// The value as it is on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Always => "always",
                Self::Unknown(value) => value.as_str(),
            }
        }
        /// Whether the spec lists this value (`false` for `Unknown`).
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::fmt::Display for DeleteEventEnabled {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::std::convert::From<&str> for DeleteEventEnabled {
        fn from(value: &str) -> Self {
            match value {
                "always" => Self::Always,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for DeleteEventEnabled {
        fn from(value: ::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::convert::From<&::std::string::String> for DeleteEventEnabled {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for DeleteEventEnabled {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl DeliveryMode {
        /// The value as it is on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::OnRequest => "onRequest",
                Self::Auto => "auto",
                Self::Unknown(value) => value.as_str(),
            }
        }
        /// Whether the spec lists this value (`false` for `Unknown`).
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::fmt::Display for DeliveryMode {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::std::convert::From<&str> for DeliveryMode {
        fn from(value: &str) -> Self {
            match value {
                "onRequest" => Self::OnRequest,
                "auto" => Self::Auto,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for DeliveryMode {
        fn from(value: ::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::convert::From<&::std::string::String> for DeliveryMode {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for DeliveryMode {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl FieldChangedEventEnabled {
        /// The value as it is on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Always => "always",
                Self::Unknown(value) => value.as_str(),
            }
        }
        /// Whether the spec lists this value (`false` for `Unknown`).
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::fmt::Display for FieldChangedEventEnabled {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::std::convert::From<&str> for FieldChangedEventEnabled {
        fn from(value: &str) -> Self {
            match value {
                "always" => Self::Always,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for FieldChangedEventEnabled {
        fn from(value: ::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::convert::From<&::std::string::String> for FieldChangedEventEnabled {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for FieldChangedEventEnabled {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl FieldCreatedEventEnabled {
        /// The value as it is on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Always => "always",
                Self::Unknown(value) => value.as_str(),
            }
        }
        /// Whether the spec lists this value (`false` for `Unknown`).
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::fmt::Display for FieldCreatedEventEnabled {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::std::convert::From<&str> for FieldCreatedEventEnabled {
        fn from(value: &str) -> Self {
            match value {
                "always" => Self::Always,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for FieldCreatedEventEnabled {
        fn from(value: ::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::convert::From<&::std::string::String> for FieldCreatedEventEnabled {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for FieldCreatedEventEnabled {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl FieldDeletedEventEnabled {
        /// The value as it is on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Always => "always",
                Self::Unknown(value) => value.as_str(),
            }
        }
        /// Whether the spec lists this value (`false` for `Unknown`).
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::fmt::Display for FieldDeletedEventEnabled {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::std::convert::From<&str> for FieldDeletedEventEnabled {
        fn from(value: &str) -> Self {
            match value {
                "always" => Self::Always,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for FieldDeletedEventEnabled {
        fn from(value: ::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::convert::From<&::std::string::String> for FieldDeletedEventEnabled {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for FieldDeletedEventEnabled {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl FieldMetadataValueType {
        /// The value as it is on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::String => "string",
                Self::Boolean => "boolean",
                Self::SingleSelect => "singleSelect",
                Self::MultiSelect => "multiSelect",
                Self::Date => "date",
                Self::Datetime => "datetime",
                Self::Int => "int",
                Self::Float => "float",
                Self::Reference => "reference",
                Self::Other => "other",
                Self::Unknown(value) => value.as_str(),
            }
        }
        /// Whether the spec lists this value (`false` for `Unknown`).
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::fmt::Display for FieldMetadataValueType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::std::convert::From<&str> for FieldMetadataValueType {
        fn from(value: &str) -> Self {
            match value {
                "string" => Self::String,
                "boolean" => Self::Boolean,
                "singleSelect" => Self::SingleSelect,
                "multiSelect" => Self::MultiSelect,
                "date" => Self::Date,
                "datetime" => Self::Datetime,
                "int" => Self::Int,
                "float" => Self::Float,
                "reference" => Self::Reference,
                "other" => Self::Other,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for FieldMetadataValueType {
        fn from(value: ::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::convert::From<&::std::string::String> for FieldMetadataValueType {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for FieldMetadataValueType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl IntegrationObjectEnabled {
        /// The value as it is on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Always => "always",
                Self::Unknown(value) => value.as_str(),
            }
        }
        /// Whether the spec lists this value (`false` for `Unknown`).
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::fmt::Display for IntegrationObjectEnabled {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::std::convert::From<&str> for IntegrationObjectEnabled {
        fn from(value: &str) -> Self {
            match value {
                "always" => Self::Always,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for IntegrationObjectEnabled {
        fn from(value: ::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::convert::From<&::std::string::String> for IntegrationObjectEnabled {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for IntegrationObjectEnabled {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl OptionalFieldsAutoOption {
        /// The value as it is on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::All => "all",
                Self::Unknown(value) => value.as_str(),
            }
        }
        /// Whether the spec lists this value (`false` for `Unknown`).
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::fmt::Display for OptionalFieldsAutoOption {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::std::convert::From<&str> for OptionalFieldsAutoOption {
        fn from(value: &str) -> Self {
            match value {
                "all" => Self::All,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for OptionalFieldsAutoOption {
        fn from(value: ::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::convert::From<&::std::string::String> for OptionalFieldsAutoOption {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for OptionalFieldsAutoOption {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl UpdateEventEnabled {
        /// The value as it is on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Always => "always",
                Self::Unknown(value) => value.as_str(),
            }
        }
        /// Whether the spec lists this value (`false` for `Unknown`).
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::fmt::Display for UpdateEventEnabled {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::std::convert::From<&str> for UpdateEventEnabled {
        fn from(value: &str) -> Self {
            match value {
                "always" => Self::Always,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for UpdateEventEnabled {
        fn from(value: ::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::convert::From<&::std::string::String> for UpdateEventEnabled {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for UpdateEventEnabled {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl UpdateEventWatchFieldsAuto {
        /// The value as it is on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::All => "all",
                Self::Selected => "selected",
                Self::Unknown(value) => value.as_str(),
            }
        }
        /// Whether the spec lists this value (`false` for `Unknown`).
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::fmt::Display for UpdateEventWatchFieldsAuto {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::std::convert::From<&str> for UpdateEventWatchFieldsAuto {
        fn from(value: &str) -> Self {
            match value {
                "all" => Self::All,
                "selected" => Self::Selected,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for UpdateEventWatchFieldsAuto {
        fn from(value: ::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::convert::From<&::std::string::String> for UpdateEventWatchFieldsAuto {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for UpdateEventWatchFieldsAuto {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
}
pub use self::types::*;
/// The schemas of `manifest/manifest.yaml` as the spec writes them (before the preparation step), as one JSON object by name: `Manifest` is the root.
pub const SCHEMA: &str = "{\"AssociationChangeEvent\":{\"type\":\"object\",\"properties\":{\"enabled\":{\"type\":\"string\",\"enum\":[\"always\"]},\"includeFullRecords\":{\"type\":\"boolean\"}}},\"Backfill\":{\"type\":\"object\",\"required\":[\"defaultPeriod\"],\"properties\":{\"defaultPeriod\":{\"$ref\":\"#/components/schemas/DefaultPeriod\"}}},\"CreateEvent\":{\"type\":\"object\",\"properties\":{\"enabled\":{\"type\":\"string\",\"enum\":[\"always\"]}}},\"DefaultPeriod\":{\"type\":\"object\",\"properties\":{\"days\":{\"type\":\"integer\",\"minimum\":0},\"fullHistory\":{\"type\":\"boolean\"}}},\"DeleteEvent\":{\"type\":\"object\",\"properties\":{\"enabled\":{\"type\":\"string\",\"enum\":[\"always\"]}}},\"Delivery\":{\"type\":\"object\",\"properties\":{\"mode\":{\"type\":\"string\",\"enum\":[\"onRequest\",\"auto\"],\"default\":\"auto\"},\"pageSize\":{\"type\":\"integer\",\"minimum\":50,\"maximum\":500}}},\"FieldChangedEvent\":{\"type\":\"object\",\"required\":[\"enabled\"],\"properties\":{\"enabled\":{\"type\":\"string\",\"enum\":[\"always\"]}}},\"FieldCreatedEvent\":{\"type\":\"object\",\"required\":[\"enabled\"],\"properties\":{\"enabled\":{\"type\":\"string\",\"enum\":[\"always\"]}}},\"FieldDeletedEvent\":{\"type\":\"object\",\"required\":[\"enabled\"],\"properties\":{\"enabled\":{\"type\":\"string\",\"enum\":[\"always\"]}}},\"FieldMetadata\":{\"description\":\"Metadata of one field in the SaaS instance.\",\"type\":\"object\",\"required\":[\"fieldName\",\"displayName\"],\"properties\":{\"fieldName\":{\"type\":\"string\"},\"displayName\":{\"type\":\"string\"},\"valueType\":{\"type\":\"string\",\"enum\":[\"string\",\"boolean\",\"singleSelect\",\"multiSelect\",\"date\",\"datetime\",\"int\",\"float\",\"reference\",\"other\"]},\"providerType\":{\"type\":\"string\"},\"readOnly\":{\"type\":\"boolean\"},\"isCustom\":{\"type\":\"boolean\"},\"isRequired\":{\"type\":\"boolean\"},\"referenceTo\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"values\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/FieldValue\"}}}},\"FieldValue\":{\"type\":\"object\",\"required\":[\"value\",\"displayValue\"],\"properties\":{\"value\":{\"type\":\"string\"},\"displayValue\":{\"type\":\"string\"}}},\"HydratedIntegration\":{\"description\":\"An integration enriched with live field metadata from the connected SaaS instance.\",\"type\":\"object\",\"required\":[\"name\",\"provider\"],\"properties\":{\"name\":{\"type\":\"string\"},\"displayName\":{\"type\":\"string\"},\"module\":{\"type\":\"string\"},\"provider\":{\"type\":\"string\"},\"read\":{\"$ref\":\"#/components/schemas/HydratedIntegrationRead\"},\"write\":{\"$ref\":\"#/components/schemas/HydratedIntegrationWrite\"},\"proxy\":{\"$ref\":\"#/components/schemas/HydratedIntegrationProxy\"}}},\"HydratedIntegrationField\":{\"oneOf\":[{\"$ref\":\"#/components/schemas/HydratedIntegrationFieldExistent\"},{\"$ref\":\"#/components/schemas/IntegrationFieldMapping\"}]},\"HydratedIntegrationFieldExistent\":{\"type\":\"object\",\"required\":[\"fieldName\",\"displayName\"],\"properties\":{\"fieldName\":{\"type\":\"string\"},\"displayName\":{\"type\":\"string\"},\"mapToName\":{\"type\":\"string\"},\"mapToDisplayName\":{\"type\":\"string\"}}},\"HydratedIntegrationObject\":{\"type\":\"object\",\"required\":[\"objectName\",\"displayName\",\"destination\",\"schedule\"],\"properties\":{\"error\":{\"type\":\"string\"},\"objectName\":{\"type\":\"string\"},\"displayName\":{\"type\":\"string\"},\"mapToName\":{\"type\":\"string\"},\"mapToDisplayName\":{\"type\":\"string\"},\"destination\":{\"type\":\"string\"},\"schedule\":{\"type\":\"string\"},\"requiredFields\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/HydratedIntegrationField\"}},\"optionalFields\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/HydratedIntegrationField\"}},\"optionalFieldsAuto\":{\"$ref\":\"#/components/schemas/OptionalFieldsAutoOption\"},\"allFieldsMetadata\":{\"type\":\"object\",\"additionalProperties\":{\"$ref\":\"#/components/schemas/FieldMetadata\"}},\"allFields\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/HydratedIntegrationField\"},\"deprecated\":true},\"backfill\":{\"$ref\":\"#/components/schemas/Backfill\"}}},\"HydratedIntegrationProxy\":{\"type\":\"object\",\"properties\":{\"enabled\":{\"type\":\"boolean\"},\"useModule\":{\"type\":\"boolean\"}}},\"HydratedIntegrationRead\":{\"type\":\"object\",\"properties\":{\"objects\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/HydratedIntegrationObject\"}}}},\"HydratedIntegrationWrite\":{\"type\":\"object\",\"properties\":{\"objects\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/HydratedIntegrationWriteObject\"}}}},\"HydratedIntegrationWriteObject\":{\"type\":\"object\",\"required\":[\"objectName\",\"displayName\"],\"properties\":{\"objectName\":{\"type\":\"string\"},\"displayName\":{\"type\":\"string\"},\"valueDefaults\":{\"$ref\":\"#/components/schemas/ValueDefaults\"}}},\"Integration\":{\"description\":\"An integration as declared in the amp.yaml manifest.\",\"type\":\"object\",\"required\":[\"name\",\"provider\"],\"properties\":{\"name\":{\"type\":\"string\"},\"provider\":{\"type\":\"string\"},\"displayName\":{\"type\":\"string\"},\"module\":{\"type\":\"string\"},\"read\":{\"$ref\":\"#/components/schemas/IntegrationRead\"},\"write\":{\"$ref\":\"#/components/schemas/IntegrationWrite\"},\"proxy\":{\"$ref\":\"#/components/schemas/IntegrationProxy\"},\"subscribe\":{\"$ref\":\"#/components/schemas/IntegrationSubscribe\"},\"watchSchema\":{\"$ref\":\"#/components/schemas/WatchSchema\"}}},\"IntegrationField\":{\"description\":\"A field of an object: an existing field, or a mapping the user chooses.\",\"oneOf\":[{\"$ref\":\"#/components/schemas/IntegrationFieldExistent\"},{\"$ref\":\"#/components/schemas/IntegrationFieldMapping\"}]},\"IntegrationFieldExistent\":{\"type\":\"object\",\"required\":[\"fieldName\"],\"properties\":{\"fieldName\":{\"type\":\"string\"},\"mapToName\":{\"type\":\"string\"},\"mapToDisplayName\":{\"type\":\"string\"}}},\"IntegrationFieldMapping\":{\"type\":\"object\",\"required\":[\"mapToName\"],\"properties\":{\"mapToName\":{\"type\":\"string\"},\"mapToDisplayName\":{\"type\":\"string\"},\"default\":{\"type\":\"string\"},\"prompt\":{\"type\":\"string\"}}},\"IntegrationObject\":{\"description\":\"An object the integration reads.\",\"type\":\"object\",\"required\":[\"objectName\",\"destination\",\"schedule\"],\"properties\":{\"objectName\":{\"type\":\"string\"},\"destination\":{\"type\":\"string\"},\"schedule\":{\"type\":\"string\"},\"mapToName\":{\"type\":\"string\"},\"mapToDisplayName\":{\"type\":\"string\"},\"requiredFields\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/IntegrationField\"}},\"optionalFields\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/IntegrationField\"}},\"optionalFieldsAuto\":{\"$ref\":\"#/components/schemas/OptionalFieldsAutoOption\"},\"backfill\":{\"$ref\":\"#/components/schemas/Backfill\"},\"delivery\":{\"$ref\":\"#/components/schemas/Delivery\"},\"enabled\":{\"type\":\"string\",\"enum\":[\"always\"]}}},\"IntegrationProxy\":{\"type\":\"object\",\"properties\":{\"enabled\":{\"type\":\"boolean\"},\"useModule\":{\"type\":\"boolean\"}}},\"IntegrationRead\":{\"type\":\"object\",\"properties\":{\"objects\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/IntegrationObject\"}}}},\"IntegrationSubscribe\":{\"type\":\"object\",\"properties\":{\"objects\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/IntegrationSubscribeObject\"}}}},\"IntegrationSubscribeObject\":{\"type\":\"object\",\"required\":[\"objectName\",\"destination\"],\"properties\":{\"objectName\":{\"type\":\"string\"},\"destination\":{\"type\":\"string\"},\"inheritFieldsAndMapping\":{\"type\":\"boolean\"},\"createEvent\":{\"$ref\":\"#/components/schemas/CreateEvent\"},\"updateEvent\":{\"$ref\":\"#/components/schemas/UpdateEvent\"},\"deleteEvent\":{\"$ref\":\"#/components/schemas/DeleteEvent\"},\"associationChangeEvent\":{\"$ref\":\"#/components/schemas/AssociationChangeEvent\"},\"otherEvents\":{\"$ref\":\"#/components/schemas/OtherEvents\"}}},\"IntegrationWrite\":{\"type\":\"object\",\"properties\":{\"objects\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/IntegrationWriteObject\"}}}},\"IntegrationWriteObject\":{\"type\":\"object\",\"required\":[\"objectName\"],\"properties\":{\"objectName\":{\"type\":\"string\"},\"inheritMapping\":{\"type\":\"boolean\"},\"valueDefaults\":{\"$ref\":\"#/components/schemas/ValueDefaults\"}}},\"Manifest\":{\"title\":\"Integration Manifest\",\"description\":\"The root of an amp.yaml manifest.\",\"type\":\"object\",\"required\":[\"specVersion\",\"integrations\"],\"properties\":{\"specVersion\":{\"type\":\"string\",\"description\":\"The version of the manifest spec the file conforms to.\"},\"integrations\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/Integration\"}}}},\"OptionalFieldsAutoOption\":{\"type\":\"string\",\"enum\":[\"all\"]},\"OtherEvents\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"UpdateEvent\":{\"type\":\"object\",\"properties\":{\"enabled\":{\"type\":\"string\",\"enum\":[\"always\"]},\"watchFieldsAuto\":{\"type\":\"string\",\"enum\":[\"all\",\"selected\"]},\"requiredWatchFields\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}}},\"ValueDefaults\":{\"type\":\"object\",\"properties\":{\"allowAnyFields\":{\"type\":\"boolean\"}}},\"WatchSchema\":{\"description\":\"Watch the SaaS schema for field changes.\",\"type\":\"object\",\"required\":[\"destination\",\"allObjects\"],\"properties\":{\"destination\":{\"type\":\"string\"},\"schedule\":{\"type\":\"string\",\"default\":\"0 */24 * * *\"},\"allObjects\":{\"$ref\":\"#/components/schemas/WatchSchemaAllObjects\"}}},\"WatchSchemaAllObjects\":{\"type\":\"object\",\"properties\":{\"fieldCreated\":{\"$ref\":\"#/components/schemas/FieldCreatedEvent\"},\"fieldDeleted\":{\"$ref\":\"#/components/schemas/FieldDeletedEvent\"},\"fieldChanged\":{\"$ref\":\"#/components/schemas/FieldChangedEvent\"}}}}";
