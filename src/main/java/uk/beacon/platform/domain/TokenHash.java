package uk.beacon.platform.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The value stored for an API token: HMAC-SHA-256 of the whole token under the server's key, in hex. A token has
 * 256 random bits, so a fast keyed hash is enough (a slow password hash such as bcrypt protects guessable secrets
 * and would cost tens of milliseconds a request); the key means a copy of the database alone cannot test guesses.
 * Comparison takes the same time wherever the values differ.
 */
public final class TokenHash {

    private static final String ALGORITHM = "HmacSHA256";
    public static final int MINIMUM_KEY_BYTES = 32;

    private final SecretKeySpec key;

    public TokenHash(byte[] key) {
        if (key.length < MINIMUM_KEY_BYTES) {
            throw new IllegalArgumentException("The API token key needs at least " + MINIMUM_KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    /** The keyed hash of the token, 64 lower-case hex digits. */
    public String of(String token) {
        return HexFormat.of().formatHex(mac(token.getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether the token's keyed hash is the stored one, compared in constant time. */
    public boolean matches(String token, String stored) {
        byte[] expected = stored.getBytes(StandardCharsets.US_ASCII);
        byte[] actual = of(token).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, actual);
    }

    /** HMAC-SHA-256 of the bytes under the key (exposed for its known-answer test). */
    byte[] mac(byte[] message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }
}
