package uk.beacon.platform.domain;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What a personal API token looks like: {@code bcn_}, a 16-hex-digit id, {@code _}, and a 43-character secret
 * (32 random bytes, base64url without padding); 64 characters in all. The prefix makes a leaked token easy to
 * recognise (and to search for in code and logs); the id lets the server find the one stored hash to compare with,
 * so a lookup never depends on the secret.
 */
public final class ApiTokenFormat {

    public static final String PREFIX = "bcn_";
    public static final int ID_LENGTH = 16;
    public static final int SECRET_LENGTH = 43;
    public static final int LENGTH = PREFIX.length() + ID_LENGTH + 1 + SECRET_LENGTH;

    private static final int SECRET_BYTES = 32;

    private ApiTokenFormat() {
    }

    /** A token's parts, as sent; the secret is only ever compared through its keyed hash. */
    public record Parts(String id, String token) {
    }

    /** A new token from the random source: 64 bits of id, 256 bits of secret. */
    public static String newToken(SecureRandom random) {
        byte[] id = new byte[ID_LENGTH / 2];
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(id);
        random.nextBytes(secret);
        return PREFIX + HexFormat.of().formatHex(id) + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** The token's parts when it has exactly this form, else empty. */
    public static Optional<Parts> parse(String token) {
        if (token == null || token.length() != LENGTH || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        int idEnd = PREFIX.length() + ID_LENGTH;
        for (int i = PREFIX.length(); i < idEnd; i++) {
            char c = token.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f')) {
                return Optional.empty();
            }
        }
        if (token.charAt(idEnd) != '_') {
            return Optional.empty();
        }
        for (int i = idEnd + 1; i < LENGTH; i++) {
            char c = token.charAt(i);
            boolean base64url = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '_';
            if (!base64url) {
                return Optional.empty();
            }
        }
        return Optional.of(new Parts(token.substring(PREFIX.length(), idEnd), token));
    }
}
