package uk.beacon.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrailChainTest {

    private static final Instant T0 = Instant.parse("2026-11-27T09:00:00.123456Z");

    private static List<TrailEntry> chain(int length) {
        List<TrailEntry> entries = new ArrayList<>();
        TrailEntry previous = null;
        for (int i = 0; i < length; i++) {
            previous = TrailChain.append(previous, "t1", T0.plusSeconds(i), "planner.kent", "edit", "draft", "draft", 1,
                    null, TrailChain.contentHash("{\"n\":" + i + "}", null, null));
            entries.add(previous);
        }
        return entries;
    }

    @Test
    void anUntouchedChainVerifiesAndEachEntryCarriesTheHashOfTheOneBefore() {
        List<TrailEntry> entries = chain(3);
        assertThat(TrailChain.verify(entries)).isEqualTo(new TrailChain.Verification(true, 3, null, null));
        assertThat(entries.get(0).previousHash()).isEqualTo(TrailChain.GENESIS);
        assertThat(entries.get(2).previousHash()).isEqualTo(entries.get(1).entryHash());
        assertThat(entries.get(0).occurredAt()).isEqualTo(Instant.parse("2026-11-27T09:00:00.123Z"));
        assertThat(entries.get(0).entryHash()).matches("[0-9a-f]{64}");
    }

    @Test
    void aChangedFieldBreaksTheChainAtThatEntry() {
        List<TrailEntry> entries = chain(4);
        TrailEntry e = entries.get(2);
        entries.set(2, new TrailEntry(e.technologyId(), e.seq(), e.occurredAt(), "someone-else", e.action(),
                e.fromState(), e.toState(), e.version(), e.reason(), e.contentHash(), e.previousHash(), e.entryHash()));
        assertThat(TrailChain.verify(entries).firstBrokenSeq()).isEqualTo(3);
        assertThat(TrailChain.verify(entries).verified()).isFalse();
    }

    @Test
    void aRehashedEntryBreaksTheLinkFromTheNextOne() {
        List<TrailEntry> entries = chain(4);
        TrailEntry e = entries.get(1);
        TrailEntry forged = new TrailEntry(e.technologyId(), e.seq(), e.occurredAt(), e.actor(), e.action(),
                e.fromState(), e.toState(), e.version(), "forged", e.contentHash(), e.previousHash(), null);
        entries.set(1, new TrailEntry(e.technologyId(), e.seq(), e.occurredAt(), e.actor(), e.action(), e.fromState(),
                e.toState(), e.version(), "forged", e.contentHash(), e.previousHash(), TrailChain.hash(forged)));
        assertThat(TrailChain.verify(entries).firstBrokenSeq()).isEqualTo(3);
    }

    @Test
    void aRemovedEntryIsDetected() {
        List<TrailEntry> entries = chain(4);
        entries.remove(1);
        assertThat(TrailChain.verify(entries).firstBrokenSeq()).isEqualTo(3);
    }

    @Test
    void aValueCannotForgeAFieldBoundary() {
        TrailEntry a = new TrailEntry("t1", 1, T0, "a\nreason=1:x", "edit", null, "draft", 1, null, "h", "p", null);
        TrailEntry b = new TrailEntry("t1", 1, T0, "a", "edit", null, "draft", 1, "x", "h", "p", null);
        assertThat(TrailChain.hash(a)).isNotEqualTo(TrailChain.hash(b));
        assertThat(TrailChain.contentHash("x", null, null)).isNotEqualTo(TrailChain.contentHash("x", "", null));
    }
}
