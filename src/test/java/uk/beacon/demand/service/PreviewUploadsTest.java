package uk.beacon.demand.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.beacon.platform.BeaconProperties;

/** Files held for the mapping builder: private to their uploader and force, found only by a strict id, kept a day. */
class PreviewUploadsTest {

    @TempDir
    Path dataDir;

    private final MovableClock clock = new MovableClock(Instant.now());
    private PreviewUploads uploads;

    @BeforeEach
    void create() {
        uploads = new PreviewUploads(new BeaconProperties(dataDir, null, null, null, 2), clock);
    }

    private static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aHeldFileIsFoundByItsUploaderInItsForceAndByNobodyElse() throws IOException {
        PreviewUploads.Held held = uploads.hold("kent", "analyst.kent", "calls.csv", csv("id,type\n1,Theft\n"));

        assertThat(held.id()).matches("[0-9a-f]{32}");
        assertThat(held.file()).startsWith(dataDir.resolve("uploads/previews/kent").toAbsolutePath());
        assertThat(uploads.find("kent", "analyst.kent", held.id())).hasValueSatisfying(found -> {
            assertThat(found.fileName()).isEqualTo("calls.csv");
            assertThat(found.file()).hasContent("id,type\n1,Theft");
        });
        assertThat(uploads.find("kent", "planner.kent", held.id())).isEmpty();
        assertThat(uploads.find("essex", "analyst.kent", held.id())).isEmpty();
    }

    @Test
    void anIdOutsideTheStrictPatternNeverReachesTheFileSystem() throws IOException {
        PreviewUploads.Held held = uploads.hold("kent", "analyst.kent", "calls.csv", csv("id,type\n"));
        // A file a traversal would aim at, one folder up from the force's.
        Files.writeString(held.file().getParent().getParent().resolve("secret.csv"), "secret");

        for (String id : List.of("../secret", "..%2Fsecret", "..\\secret", held.id().toUpperCase(), held.id() + "/",
                held.id() + ".csv", "/" + held.id(), "")) {
            assertThat(uploads.find("kent", "analyst.kent", id)).as(id).isEmpty();
        }
        assertThat(uploads.find("../kent", "analyst.kent", held.id())).isEmpty();
        assertThat(uploads.find("kent", "analyst.kent", null)).isEmpty();
    }

    @Test
    void aHeldFileIsGoneADayAfterItsUploadOrWhenDiscarded() throws IOException {
        PreviewUploads.Held old = uploads.hold("kent", "analyst.kent", "old.csv", csv("id,type\n"));
        PreviewUploads.Held discarded = uploads.hold("kent", "analyst.kent", "done.csv", csv("id,type\n"));
        uploads.discard("kent", discarded.id());
        assertThat(uploads.find("kent", "analyst.kent", discarded.id())).isEmpty();
        assertThat(discarded.file()).doesNotExist();

        clock.advance(PreviewUploads.KEPT_FOR.minusMinutes(1));
        assertThat(uploads.find("kent", "analyst.kent", old.id())).isPresent();
        clock.advance(Duration.ofMinutes(2));
        assertThat(uploads.find("kent", "analyst.kent", old.id())).isEmpty();
        assertThat(old.file()).doesNotExist();
    }

    @Test
    void holdingAFileRemovesEveryoneElsesExpiredOnes() throws IOException {
        PreviewUploads.Held essex = uploads.hold("essex", "analyst.essex", "old.csv", csv("id,type\n"));
        clock.advance(Duration.ofDays(2));

        uploads.hold("kent", "analyst.kent", "new.csv", csv("id,type\n"));

        assertThat(essex.file()).doesNotExist();
        assertThat(essex.file().resolveSibling(essex.id() + ".properties")).doesNotExist();
    }

    @Test
    void onlyTheHeadOfALargeFileIsKeptEndingAtALineEnd() throws IOException {
        String row = "12345678,Concern for welfare – ÉÉÉ,2021-01-31T09:30:00Z\n";
        StringBuilder large = new StringBuilder("id,type,created_at\n");
        while (large.length() < 3 * PreviewUploads.KEPT_BYTES) {
            large.append(row);
        }

        PreviewUploads.Held held = uploads.hold("kent", "analyst.kent", "large.csv", csv(large.toString()));

        byte[] kept = Files.readAllBytes(held.file());
        assertThat(kept.length).isLessThanOrEqualTo(PreviewUploads.KEPT_BYTES).isGreaterThan(PreviewUploads.KEPT_BYTES
                - row.getBytes(StandardCharsets.UTF_8).length);
        assertThat(kept[kept.length - 1]).isEqualTo((byte) '\n');
        assertThat(new String(kept, StandardCharsets.UTF_8)).startsWith("id,type,created_at\n12345678,")
                .doesNotContain("\uFFFD");
    }

    /** A clock the test moves on. */
    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
