package uk.beacon.platform.service;

import java.time.OffsetDateTime;

/** A personal API token as its owner sees it later: never the token itself, which is shown once only. */
public record ApiToken(String id, String name, OffsetDateTime createdAt, OffsetDateTime expiresAt,
        OffsetDateTime lastUsedAt) {

    /** @param token the whole token, to be shown this once and never again */
    public record Created(String token, String id, String name, OffsetDateTime createdAt, OffsetDateTime expiresAt) {
    }
}
