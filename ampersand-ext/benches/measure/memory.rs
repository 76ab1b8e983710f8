//! The memory benches of `throughput`: peak RSS writing 10,000 and then 1,000,000 records,
//! and streaming 10 and then 1,000 pages (see the bench's own docs).

use super::*;

/// A record type of the caller's own, small.
#[derive(serde::Serialize)]
struct Contact {
    email: String,
    score: u32,
}

pub(super) fn write_memory(_: &mut Criterion) {
    let rt = runtime();
    let server = rt.block_on(Loopback::start_forgetful(written(), LATENCY));
    let client = client(&server.base_url);
    let write = |n: usize| {
        reset_peak_rss();
        let start = Instant::now();
        let report = rt.block_on(
            client
                .write_all()
                .project_id_or_name("p")
                .integration_id("i")
                .object_name("contact")
                .group_ref("g")
                .type_(WriteType::Create)
                .records((0..n).map(|i| Contact {
                    email: format!("person{i}@example.com"),
                    score: i as u32,
                }))
                .concurrency(CONCURRENCY)
                .stream()
                .fold(0, |written, batch| async move {
                    written + batch.records.iter().filter(|r| r.is_success()).count()
                }),
        );
        assert_eq!(report, n);
        let ideal = LATENCY * (n.div_ceil(BATCH) as u32) / CONCURRENCY as u32;
        (peak_rss_kb(), start.elapsed(), ideal)
    };
    let (small, small_took, small_ideal) = write(10_000);
    let (large, large_took, large_ideal) = write(1_000_000);
    println!(
        "write memory: peak RSS {small} kB writing 10,000 records, {large} kB writing 1,000,000: {:.3} (goal <= 1.2); \
         time {small_took:.1?} and {large_took:.1?}, {:.3} and {:.3} of the ideal (goal <= 1.2)",
        large as f64 / small.max(1) as f64,
        small_took.as_secs_f64() / small_ideal.as_secs_f64(),
        large_took.as_secs_f64() / large_ideal.as_secs_f64(),
    );
}

pub(super) fn paging_memory(_: &mut Criterion) {
    let rt = runtime();
    let stream = |pages: usize| {
        reset_peak_rss();
        let server = rt.block_on(Loopback::start_with(pager(pages, 200), Duration::ZERO));
        let client = client(&server.base_url);
        let items = rt.block_on(async {
            let mut items = client
                .list_operations()
                .project_id_or_name("p")
                .integration_id("i")
                .installation_id("inst")
                .items();
            let mut n = 0;
            while let Some(item) = items.next().await {
                item.expect("an operation");
                n += 1;
            }
            n
        });
        assert_eq!(items, pages * 200);
        drop(server);
        peak_rss_kb()
    };
    let ten = stream(10);
    let thousand = stream(1_000);
    println!(
        "paging memory: peak RSS {ten} kB after 10 pages, {thousand} kB after 1,000 pages: {:.3} (goal <= 1.2)",
        thousand as f64 / ten.max(1) as f64
    );
}
