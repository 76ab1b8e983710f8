//! Every rule the validator applies, one [`Rule`] each: the service's rules (as its published
//! validator applies them, under the names it prints) and a few of our own (reading the file,
//! and the spec's schema where the service does not check it), which only warn unless the file
//! cannot be read at all.

use crate::problem::Severity;

/// What a rule needs to be decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Needs {
    /// The file alone.
    File,
    /// The provider catalog (off with `--skip-provider`).
    Catalog,
    /// Provider-specific rules decided from the file but skipped with the provider checks.
    Provider,
    /// Run-time risk warnings (the service's "async" checks).
    Risk,
}

/// One rule.
#[derive(Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Rule {
    /// The name the service's validator prints, and what `# amp:ignore[…]` names. Several
    /// checks share one (`required-field`).
    pub id: &'static str,
    /// The check's own name, one per check (`read-object-schedule-required`); directives
    /// may name it too.
    pub check: &'static str,
    /// How bad breaking it is.
    pub severity: Severity,
    /// What deciding it needs.
    pub needs: Needs,
    /// What it asks, in a line.
    pub summary: &'static str,
}

macro_rules! rules {
    ($($name:ident: $check:literal as $id:literal, $severity:ident, $needs:ident, $summary:literal;)*) => {
        $(
            #[doc = concat!("`", $check, "` (printed `", $id, "`): ", $summary)]
            pub static $name: Rule = Rule {
                id: $id,
                check: $check,
                severity: Severity::$severity,
                needs: Needs::$needs,
                summary: $summary,
            };
        )*
        /// Every rule, in the order of the service's rules document (ours last).
        pub static RULES: &[&Rule] = &[$(&$name),*];
    };
}

rules! {
    SPEC_VERSION: "spec-version" as "spec-version", Error, File,
        "`specVersion` is exactly `1.0.0`";
    INTEGRATIONS_REQUIRED: "integrations-required" as "integration-structure", Error, File,
        "`integrations` lists at least one integration";
    INTEGRATION_ACTION_REQUIRED: "integration-action-required" as "integration-structure", Error, File,
        "an integration has `read`, `write`, `subscribe` or `proxy`";
    INTEGRATION_NAME_REQUIRED: "integration-name-required" as "required-field", Error, File,
        "an integration has a `name`";
    INTEGRATION_PROVIDER_REQUIRED: "integration-provider-required" as "required-field", Error, File,
        "an integration has a `provider`";
    READ_OBJECTS_REQUIRED: "read-objects-required" as "read-objects", Error, File,
        "a `read` section lists objects";
    READ_OBJECT_NAME_REQUIRED: "read-object-name-required" as "required-field", Error, File,
        "a read object has an `objectName`";
    READ_OBJECT_DESTINATION_REQUIRED: "read-object-destination-required" as "required-field", Error, File,
        "a read object has a `destination`";
    READ_OBJECT_SCHEDULE_REQUIRED: "read-object-schedule-required" as "required-field", Error, File,
        "a read object has a `schedule`";
    DUPLICATE_READ_OBJECT: "duplicate-read-object" as "duplicate-read-object", Error, File,
        "an integration reads each object once";
    SCHEDULE_SYNTAX: "schedule-syntax" as "schedule-syntax", Error, File,
        "a schedule is a valid cron expression";
    SCHEDULE_FIVE_FIELDS: "schedule-five-fields" as "schedule-syntax", Error, File,
        "a schedule has exactly five fields (no macros, no seconds or years)";
    SCHEDULE_NO_ASTERISK_MINUTE: "schedule-no-asterisk-minute" as "schedule-minimum-interval", Error, File,
        "a schedule's minute is not `*`";
    SCHEDULE_STEP_MINIMUM: "schedule-step-minimum" as "schedule-minimum-interval", Error, File,
        "a minute step is at least 10";
    SCHEDULE_MINIMUM_INTERVAL: "schedule-minimum-interval" as "schedule-minimum-interval", Error, File,
        "runs are at least 10 minutes apart";
    SCHEDULE_NEVER_FIRES: "schedule-never-fires" as "schedule-syntax", Error, File,
        "a schedule runs at some time";
    DELIVERY_AUTO_NO_PAGESIZE: "delivery-auto-no-pagesize" as "delivery-mode", Error, File,
        "`mode: auto` has no `pageSize`";
    DELIVERY_ONREQUEST_PAGESIZE_REQUIRED: "delivery-onrequest-pagesize-required" as "delivery-mode", Error, File,
        "`mode: onRequest` has a `pageSize`";
    DELIVERY_ONREQUEST_PAGESIZE_RANGE: "delivery-onrequest-pagesize-range" as "delivery-mode", Error, File,
        "`mode: onRequest` has a `pageSize` from 50 to 500";
    DELIVERY_MODE_ENUM: "delivery-mode-enum" as "delivery-mode", Error, File,
        "`mode` is `auto` or `onRequest`";
    BACKFILL_PERIOD_REQUIRED: "backfill-period-required" as "backfill-config", Error, File,
        "a backfill's `defaultPeriod` has `days` or `fullHistory`";
    BACKFILL_DAYS_NON_NEGATIVE: "backfill-days-non-negative" as "backfill-config", Error, File,
        "backfill `days` is not negative";
    BACKFILL_PERIOD_EXCLUSIVE: "backfill-period-exclusive" as "backfill-config", Error, File,
        "a backfill has `days` or `fullHistory`, not both";
    ALWAYS_ENABLED_REQUIRED_FIELDS: "always-enabled-required-fields" as "always-enabled-fields", Error, File,
        "an always-enabled object lists `requiredFields`";
    ALWAYS_ENABLED_NO_MAPTONAME: "always-enabled-no-maptoname" as "always-enabled-fields", Error, File,
        "an always-enabled object's required fields have no `mapToName`";
    ALWAYS_ENABLED_SCHEDULE_REQUIRED: "always-enabled-schedule-required" as "always-enabled-fields", Error, File,
        "an always-enabled object has a `schedule`";
    WRITE_OBJECTS_REQUIRED: "write-objects-required" as "write-objects", Error, File,
        "a `write` section lists objects";
    WRITE_OBJECT_NAME_REQUIRED: "write-object-name-required" as "required-field", Error, File,
        "a write object has an `objectName`";
    DUPLICATE_WRITE_OBJECT: "duplicate-write-object" as "duplicate-write-object", Error, File,
        "an integration writes each object once";
    SUBSCRIBE_REQUIRES_READ: "subscribe-requires-read" as "subscribe-requires-read", Error, File,
        "an integration that subscribes also reads";
    SUBSCRIBE_OBJECTS_REQUIRED: "subscribe-objects-required" as "subscribe-objects", Error, File,
        "a `subscribe` section lists objects";
    SUBSCRIBE_OBJECT_NAME_REQUIRED: "subscribe-object-name-required" as "required-field", Error, File,
        "a subscribe object has an `objectName`";
    SUBSCRIBE_OBJECT_DESTINATION_REQUIRED: "subscribe-object-destination-required" as "required-field", Error, File,
        "a subscribe object has a `destination`";
    DUPLICATE_SUBSCRIBE_OBJECT: "duplicate-subscribe-object" as "duplicate-subscribe-object", Error, File,
        "an integration subscribes to each object once";
    SUBSCRIBE_INHERIT_FIELDS: "subscribe-inherit-fields" as "subscribe-inherit-fields", Error, File,
        "a subscribe object with create, update, delete or association events sets `inheritFieldsAndMapping: true`";
    EVENT_ENABLED_VALUE: "event-enabled-value" as "update-event-enabled", Error, File,
        "an event's `enabled` is `always`";
    UPDATE_EVENT_WATCH_FIELDS_REQUIRED: "update-event-watch-fields-required" as "update-event-watch-fields", Error, File,
        "an `updateEvent` has `requiredWatchFields` or `watchFieldsAuto: all|selected`";
    UPDATE_EVENT_WATCH_FIELDS_EXCLUSIVE: "update-event-watch-fields-exclusive" as "update-event-watch-fields", Error, File,
        "an `updateEvent` has `requiredWatchFields` or `watchFieldsAuto`, not both";
    WATCH_FIELDS_NO_NESTING: "watch-fields-no-nesting" as "watch-fields-no-nesting", Error, File,
        "a watch field is a plain name (no `.`, `[` or `]`)";
    SUBSCRIBE_MINIMUM_EVENTS: "subscribe-minimum-events" as "subscribe-minimum-events", Warning, File,
        "a subscribe object enables some event (else it is a base definition)";
    UNKNOWN_KEY: "unknown-key" as "unknown-key", Warning, File,
        "every key is one the manifest's schema knows at its place";
    PROVIDER_NOT_SUPPORTED: "provider-not-supported" as "provider-not-supported", Error, Catalog,
        "the provider is in the catalog";
    PROVIDER_CAPABILITY_READ: "provider-capability-read" as "provider-capability-read", Error, Catalog,
        "the provider (or module) supports read";
    PROVIDER_CAPABILITY_WRITE: "provider-capability-write" as "provider-capability-write", Error, Catalog,
        "the provider (or module) supports write";
    PROVIDER_CAPABILITY_SUBSCRIBE: "provider-capability-subscribe" as "provider-capability-subscribe", Error, Catalog,
        "the provider (or module) supports subscribe";
    PROVIDER_CAPABILITY_PROXY: "provider-capability-proxy" as "provider-capability-proxy", Error, Catalog,
        "the provider (or module) supports proxy when `proxy.enabled: true`";
    PROVIDER_MODULE: "provider-module" as "provider-module", Error, Catalog,
        "the `module` is one of the provider's modules";
    SALESFORCE_SUBSCRIBE_LIMIT: "salesforce-subscribe-limit" as "salesforce-subscribe-limit", Error, Provider,
        "a Salesforce integration subscribes to at most 5 objects";
    GOOGLE_CALENDAR_NO_FULL_HISTORY: "google-calendar-no-full-history" as "google-calendar-backfill", Error, Provider,
        "Google Calendar events have no full-history backfill";
    GOOGLE_CALENDAR_MAX_BACKFILL: "google-calendar-max-backfill" as "google-calendar-backfill", Error, Provider,
        "Google Calendar events backfill at most 28 days";
    SNOWFLAKE_ONLY_FULL_HISTORY: "snowflake-only-full-history" as "snowflake-backfill", Error, Provider,
        "a Snowflake backfill is `fullHistory`, not `days`";
    DESTINATION_EXISTS: "destination-exists" as "destination-exists", Warning, Risk,
        "each destination named exists in the project (a reminder: only the service can tell)";
    LARGE_BACKFILL_RISK: "large-backfill-risk" as "large-backfill-risk", Warning, Risk,
        "a backfill of the full history or more than 180 days is large";
    FREQUENT_SCHEDULE_RISK: "frequent-schedule-risk" as "frequent-schedule-risk", Warning, Risk,
        "runs 5 minutes apart or less are frequent";
    YAML_SYNTAX: "yaml-syntax" as "yaml-syntax", Error, File,
        "the file is one readable YAML document (UTF-8, bounded nesting and aliases)";
    DUPLICATE_KEY: "duplicate-key" as "duplicate-key", Error, File,
        "a mapping has each key once";
    INVALID_TYPE: "invalid-type" as "invalid-type", Error, File,
        "each value has the type the schema gives it (a mapping, a list, a number, a boolean)";
    SCHEMA: "schema" as "schema", Warning, File,
        "a rule of the spec's schema the service's validator does not check (an enum, a bound, a required key, a form)";
    DUPLICATE_FIELD: "duplicate-field" as "duplicate-field", Warning, File,
        "an object's field lists name each field once (the service accepts a repeat)";
    DUPLICATE_MAP_TO_NAME: "duplicate-map-to-name" as "duplicate-map-to-name", Warning, File,
        "no two fields of an object map to one `mapToName`";
    DUPLICATE_INTEGRATION: "duplicate-integration" as "duplicate-integration", Warning, File,
        "a manifest names each integration once";
    UNKNOWN_DIRECTIVE_RULE: "unknown-directive-rule" as "unknown-directive-rule", Warning, File,
        "an `# amp:ignore[…]` directive names rules that exist";
    SERVICE: "service" as "service", Error, File,
        "an issue the service reported when it refused a deploy";
}

/// Whether `name` is a rule's [`Rule::id`] or [`Rule::check`].
pub fn is_known(name: &str) -> bool {
    RULES.iter().any(|r| r.id == name || r.check == name)
}
