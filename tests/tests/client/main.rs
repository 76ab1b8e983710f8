//! The generated client decodes what the service really sends: the seeds' payloads, values
//! the spec does not know, problem documents and pages that are not.

mod decode;
mod failures;

use ampersand_client::mock::MockServerExt;
use ampersand_client::types::{Installation, InstallationHealthStatus};
use ampersand_client::{Error, ErrorKind};
use ampersand_tests::{json_fixture, raw_client};
use httpmock::MockServer;
use serde_json::{Value, json};

const PROJECT: &str = "a1b2c3d4-e5f6-7890-abcd-ef1234567890";
const INTEGRATION: &str = "550e8400-e29b-41d4-a716-446655440000";

async fn get_installation(
    server: &MockServer,
    id: &str,
) -> Result<ampersand_client::ResponseValue<Installation>, Error> {
    raw_client(server)
        .get_installation()
        .project_id_or_name(PROJECT)
        .integration_id(INTEGRATION)
        .installation_id(id)
        .send()
        .await
}
