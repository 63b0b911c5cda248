package uk.beacon.governance.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import uk.beacon.governance.domain.AtrsExport;
import uk.beacon.governance.domain.CsvText;
import uk.beacon.governance.domain.TechnologyRecord;
import uk.beacon.governance.domain.TrailChain;
import uk.beacon.governance.domain.TrailEntry;

/**
 * The domain work behind two governance operations, timed in one process (run by bench/governance.sh):
 * verifying every trail (records × entries hash-chain checks) and writing the register's CSV of records.
 * Prints its figures; it asserts nothing.
 */
public final class GovernanceBench {

    private GovernanceBench() {
    }

    public static void main(String[] args) {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int entries = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Instant t0 = Instant.parse("2026-11-27T09:00:00Z");
        String content = "x".repeat(4_000);
        List<List<TrailEntry>> trails = new ArrayList<>();
        long built = System.nanoTime();
        for (int r = 0; r < records; r++) {
            List<TrailEntry> trail = new ArrayList<>();
            TrailEntry previous = null;
            for (int e = 0; e < entries; e++) {
                previous = TrailChain.append(previous, "record-" + r, t0.plusSeconds(e), "planner.kent", "edit",
                        "draft", "draft", 1, "reason " + e, TrailChain.contentHash(content + e, null, null));
                trail.add(previous);
            }
            trails.add(trail);
        }
        double buildMs = (System.nanoTime() - built) / 1e6;
        // Twice: the first pass warms the JIT, the second is reported.
        double verifyMs = 0;
        for (int pass = 0; pass < 2; pass++) {
            long start = System.nanoTime();
            int verified = 0;
            for (List<TrailEntry> trail : trails) {
                if (TrailChain.verify(trail).verified()) {
                    verified++;
                }
            }
            verifyMs = (System.nanoTime() - start) / 1e6;
            if (verified != records) {
                throw new IllegalStateException("only " + verified + " of " + records + " trails verified");
            }
        }
        TechnologyRecord record = new TechnologyRecord("Automatic number plate recognition", content, "Purpose",
                "anpr@example.org", "https://example.org", new TechnologyRecord.Owner("Roads", "ACC", List.of(
                        new TechnologyRecord.Supplier("Cameras Ltd", "01234567", "Cameras", "Framework", "None"))),
                new TechnologyRecord.Rationale(content, content, content), null, null, null, "automation", "pilot",
                List.of(new TechnologyRecord.LegalBasis("Act", "https://example.org")), List.of("ROAD_TRAFFIC"),
                "anpr");
        double csvMs = 0;
        long bytes = 0;
        for (int pass = 0; pass < 2; pass++) {
            long start = System.nanoTime();
            StringBuilder csv = new StringBuilder(CsvText.line(AtrsExport.header()));
            for (int r = 0; r < records; r++) {
                csv.append(CsvText.line(AtrsExport.row(new AtrsExport.Published("record-" + r, "kent", "Kent Police",
                        1, t0, null, record, true, false, 6, null))));
            }
            csvMs = (System.nanoTime() - start) / 1e6;
            bytes = csv.length();
        }
        System.out.printf("trails: %d records x %d entries built in %.0f ms%n", records, entries, buildMs);
        System.out.printf("verify every trail: %.0f ms (%.1f µs an entry)%n", verifyMs,
                verifyMs * 1000 / ((double) records * entries));
        System.out.printf("register CSV of %d records: %.0f ms, %.1f MB%n", records, csvMs, bytes / 1e6);
    }
}
