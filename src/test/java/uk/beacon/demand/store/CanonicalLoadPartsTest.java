package uk.beacon.demand.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.beacon.demand.store.CanonicalLoadTest.GOOD;
import static uk.beacon.demand.store.CanonicalLoadTest.HEADER;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.beacon.demand.domain.CsvParts;
import uk.beacon.demand.domain.DemandImport;
import uk.beacon.demand.domain.ImportException;

/**
 * The canonical loads that need particular part sizes (or parts made by hand), each run on the sizes it
 * is about, where {@link CanonicalLoadTest} runs every test on every size.
 */
class CanonicalLoadPartsTest {

    @TempDir
    Path dir;

    private DemandDatabases databases;
    private DemandStore store;

    @BeforeEach
    void open() {
        databases = new DemandDatabases(dir.resolve("demand"));
        store = new DemandStore(databases);
    }

    @AfterEach
    void close() {
        databases.destroy();
    }

    @Test
    void namesTheRightLineDeepInALargeFileReadInParallel() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 300_000; i++) {
            boolean bad = i == 249_998;
            body.append("L").append(i).append(",,2024-05,Theft,").append(bad ? "0" : "3").append(",,,,,,,,,\n");
        }

        // Row 249,998 counting from 0 is on line 250,000: the header is line 1. Whole and in parts of 1 MB
        // (a part for each of 300,000 rows would only be slow).
        for (long partBytes : new long[] {0, 1 << 20}) {
            assertThatThrownBy(() -> CanonicalLoadTest.load(store, dir, partBytes, "bad-" + partBytes + ".csv",
                    body.toString())).isInstanceOf(ImportException.class)
                    .hasMessage("bad-" + partBytes + ".csv line 250000, column priority: '0' is outside 1 to 9");
        }
        assertThat(store.imports("kent")).isEmpty();
    }


    @Test
    void looksForRepeatsUnlessTheIdsWereSeenToAscendOverEveryRowStored() throws Exception {
        // A file with a repeat, said by hand to have ascending ids: the verdict is trusted only when it
        // counted as many rows as DuckDB stored; otherwise the stored ids are counted.
        String body = GOOD + "g2,,2024-02,Theft,,,,,,,,,,\n" + "g2,,2024-02,Theft,,,,,,,,,,\n";
        Path file = Files.writeString(dir.resolve("said.csv"), HEADER + body, StandardCharsets.UTF_8);
        for (long counted : new long[] {2, 4}) {
            CanonicalParts miscounted = CanonicalParts.arriving();
            miscounted.add(file);
            miscounted.end(new uk.beacon.demand.domain.FirstColumnOrder.Verdict(true, counted));
            assertThatThrownBy(() -> store.importFiles("kent", "cad", true,
                    List.of(DemandStore.ImportFile.canonical("said.csv", () -> "sum", miscounted)), "analyst.kent"))
                    .hasMessageContaining("line 4, column incident_id: 'g2' appears more than once");
        }
        CanonicalParts unknown = CanonicalParts.arriving();
        unknown.add(file);
        unknown.end();
        assertThatThrownBy(() -> store.importFiles("kent", "cad", true,
                List.of(DemandStore.ImportFile.canonical("said.csv", () -> "sum", unknown)), "analyst.kent"))
                .hasMessageContaining("appears more than once");
        assertThat(store.imports("kent")).isEmpty();

        CanonicalParts wholeMiscounted = CanonicalParts.whole(file,
                () -> new uk.beacon.demand.domain.FirstColumnOrder.Verdict(true, 4));
        assertThatThrownBy(() -> store.importFiles("kent", "cad", true,
                List.of(DemandStore.ImportFile.canonical("said.csv", () -> "sum", wholeMiscounted)), "analyst.kent"))
                .hasMessageContaining("appears more than once");

        CanonicalParts counted = CanonicalParts.whole(file,
                () -> new uk.beacon.demand.domain.FirstColumnOrder.Verdict(true, 3));
        assertThat(store.importFiles("kent", "cad", true,
                List.of(DemandStore.ImportFile.canonical("said.csv", () -> "sum", counted)), "analyst.kent"))
                .singleElement().satisfies(stored -> assertThat(stored.incidents()).isEqualTo(3));
    }


    @Test
    void storesPartsAsTheyArriveFromAnotherThread() throws Exception {
        StringBuilder body = new StringBuilder(HEADER);
        for (int i = 0; i < 2_000; i++) {
            body.append("a").append(i).append(",2024-02-01T10:00:00Z,2024-02,Assault,1,,,,,,,,,\n");
        }
        CanonicalParts parts = CanonicalParts.arriving();
        Path folder = Files.createTempDirectory(dir, "parts-");
        Thread writer = new Thread(() -> {
            try {
                // A slow upload: parts of 2 kB, one every few milliseconds.
                parts.end(CsvParts.split(
                        new java.io.ByteArrayInputStream(body.toString().getBytes(StandardCharsets.UTF_8)), folder, 2048,
                        part -> {
                            Thread.onSpinWait();
                            parts.add(part);
                        }).firstColumn());
            } catch (java.io.IOException e) {
                parts.breakOff(e.getMessage());
            }
        });
        writer.start();

        List<DemandImport> imports = store.importFiles("kent", "cad", true,
                List.of(DemandStore.ImportFile.canonical("slow.csv", () -> "sum", parts)), "analyst.kent");
        writer.join();

        assertThat(imports).singleElement().satisfies(record -> assertThat(record.incidents()).isEqualTo(2_000));
    }


    @Test
    void storesNothingOfAFileWhoseUploadBrokeOff() throws Exception {
        for (long partBytes : new long[] {1, 1 << 20}) {
            CanonicalParts parts = CanonicalParts.arriving();
            Path folder = Files.createTempDirectory(dir, "parts-");
            CsvParts.split(new java.io.ByteArrayInputStream((HEADER + GOOD).getBytes(StandardCharsets.UTF_8)), folder,
                    partBytes, parts::add);
            parts.breakOff("The upload of cut.csv broke off before its end");

            assertThatThrownBy(() -> store.importFiles("kent", "cad", true,
                    List.of(DemandStore.ImportFile.canonical("cut.csv", () -> "sum", parts)), "analyst.kent"))
                    .hasMessage("The upload of cut.csv broke off before its end");
            assertThat(store.imports("kent")).isEmpty();
        }
    }
}
