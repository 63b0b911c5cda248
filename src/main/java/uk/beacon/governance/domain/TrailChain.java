package uk.beacon.governance.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash chain that makes a record's trail tamper-evident. Each entry's hash is the SHA-256 of its
 * canonical serialisation, which includes the hash of the entry before (64 zeros for the first), so
 * changing, removing or reordering any stored entry breaks the chain from that entry on.
 *
 * <p>Canonical serialisation of an entry, UTF-8, one line per field in this order:
 * {@code beacon-governance-trail-v1}, then {@code technologyId}, {@code seq}, {@code occurredAt},
 * {@code actor}, {@code action}, {@code fromState}, {@code toState}, {@code version}, {@code reason},
 * {@code contentHash}, {@code previousHash}, each written {@code name=<length>:<value>} where the length
 * is the value's count of UTF-16 code units (so no value can forge a field boundary), or
 * {@code name=null} for a missing value; every line ends with a line feed. {@code occurredAt} is ISO-8601
 * in UTC to the millisecond ({@link DateTimeFormatter#ISO_INSTANT}); numbers are decimal. Hashes are
 * lower-case hexadecimal.
 *
 * <p>The content hash is the SHA-256 of the record's stored content, DPIA and ethics review serialised
 * the same way ({@code beacon-governance-content-v1}, then {@code content}, {@code dpia},
 * {@code ethicsReview}), so the latest entry also vouches for what the record now says.
 */
public final class TrailChain {

    /** The "previous hash" of a record's first entry. */
    public static final String GENESIS = "0".repeat(64);

    /** The result of checking a trail. {@code firstBrokenSeq} and {@code problem} are null when verified. */
    public record Verification(boolean verified, int entries, Integer firstBrokenSeq, String problem) {
    }

    private TrailChain() {
    }

    /** The instant as the chain holds it: to the millisecond, which both databases store exactly. */
    public static Instant truncate(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }

    /** The next entry after {@code previous} (null for the first), with its hashes worked out. */
    public static TrailEntry append(TrailEntry previous, String technologyId, Instant occurredAt, String actor,
            String action, String fromState, String toState, int version, String reason, String contentHash) {
        int seq = previous == null ? 1 : previous.seq() + 1;
        String previousHash = previous == null ? GENESIS : previous.entryHash();
        Instant at = truncate(occurredAt);
        TrailEntry unsigned = new TrailEntry(technologyId, seq, at, actor, action, fromState, toState, version,
                reason, contentHash, previousHash, null);
        return new TrailEntry(technologyId, seq, at, actor, action, fromState, toState, version, reason,
                contentHash, previousHash, hash(unsigned));
    }

    /** The SHA-256 of the entry's canonical serialisation (its own {@code entryHash} is not part of it). */
    public static String hash(TrailEntry entry) {
        return sha256(canonical(entry));
    }

    public static String canonical(TrailEntry entry) {
        StringBuilder text = new StringBuilder("beacon-governance-trail-v1\n");
        field(text, "technologyId", entry.technologyId());
        field(text, "seq", String.valueOf(entry.seq()));
        field(text, "occurredAt", entry.occurredAt() == null ? null
                : DateTimeFormatter.ISO_INSTANT.format(entry.occurredAt()));
        field(text, "actor", entry.actor());
        field(text, "action", entry.action());
        field(text, "fromState", entry.fromState());
        field(text, "toState", entry.toState());
        field(text, "version", String.valueOf(entry.version()));
        field(text, "reason", entry.reason());
        field(text, "contentHash", entry.contentHash());
        field(text, "previousHash", entry.previousHash());
        return text.toString();
    }

    /** The hash of a record's content, DPIA and ethics review as stored. */
    public static String contentHash(String content, String dpia, String ethicsReview) {
        StringBuilder text = new StringBuilder("beacon-governance-content-v1\n");
        field(text, "content", content);
        field(text, "dpia", dpia);
        field(text, "ethicsReview", ethicsReview);
        return sha256(text.toString());
    }

    /** Checks a record's entries in order of {@code seq}: numbering, links and hashes. */
    public static Verification verify(List<TrailEntry> entries) {
        String previousHash = GENESIS;
        for (int i = 0; i < entries.size(); i++) {
            TrailEntry entry = entries.get(i);
            if (entry.seq() != i + 1) {
                return new Verification(false, entries.size(), entry.seq(),
                        "entry " + entry.seq() + " is out of sequence: expected " + (i + 1));
            }
            if (!previousHash.equals(entry.previousHash())) {
                return new Verification(false, entries.size(), entry.seq(),
                        "entry " + entry.seq() + " does not carry the hash of the entry before it");
            }
            if (!hash(entry).equals(entry.entryHash())) {
                return new Verification(false, entries.size(), entry.seq(),
                        "entry " + entry.seq() + " has been changed since it was written");
            }
            previousHash = entry.entryHash();
        }
        return new Verification(true, entries.size(), null, null);
    }

    private static void field(StringBuilder text, String name, String value) {
        text.append(name).append('=');
        if (value == null) {
            text.append("null");
        } else {
            text.append(value.length()).append(':').append(value);
        }
        text.append('\n');
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
