package uk.beacon.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiTokenFormatTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void aNewTokenHasThePrefixAnIdAndASecretAndParsesBack() {
        String token = ApiTokenFormat.newToken(random);
        assertThat(token).hasSize(64).matches("bcn_[0-9a-f]{16}_[A-Za-z0-9_-]{43}");
        assertThat(ApiTokenFormat.parse(token)).hasValueSatisfying(parts -> {
            assertThat(parts.id()).isEqualTo(token.substring(4, 20));
            assertThat(parts.token()).isEqualTo(token);
        });
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(ApiTokenFormat.newToken(random))).isTrue();
        }
    }

    @Test
    void anythingElseIsNotAToken() {
        String token = ApiTokenFormat.newToken(random);
        assertThat(ApiTokenFormat.parse(null)).isEmpty();
        assertThat(ApiTokenFormat.parse("")).isEmpty();
        assertThat(ApiTokenFormat.parse(token + "A")).isEmpty();
        assertThat(ApiTokenFormat.parse(token.substring(1))).isEmpty();
        assertThat(ApiTokenFormat.parse("ghp_" + token.substring(4))).isEmpty();
        assertThat(ApiTokenFormat.parse(token.substring(0, 4) + "ABCDEF" + token.substring(10))).isEmpty();
        assertThat(ApiTokenFormat.parse(token.substring(0, 20) + "-" + token.substring(21))).isEmpty();
        assertThat(ApiTokenFormat.parse(token.substring(0, 63) + "=")).isEmpty();
        assertThat(ApiTokenFormat.parse(token.substring(0, 63) + "\n")).isEmpty();
    }

    /** RFC 4231 (HMAC-SHA-256 test vectors), test case 6: a 131-byte key of 0xaa. */
    @Test
    void theHashIsHmacSha256ByRfc4231() {
        byte[] key = new byte[131];
        Arrays.fill(key, (byte) 0xaa);
        byte[] mac = new TokenHash(key).mac("Test Using Larger Than Block-Size Key - Hash Key First"
                .getBytes(StandardCharsets.US_ASCII));
        assertThat(HexFormat.of().formatHex(mac))
                .isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    }

    @Test
    void theHashMatchesItsTokenOnlyAndDependsOnTheKey() {
        byte[] key = new byte[32];
        random.nextBytes(key);
        TokenHash hash = new TokenHash(key);
        String token = ApiTokenFormat.newToken(random);
        String stored = hash.of(token);
        assertThat(stored).hasSize(64).doesNotContain(token.substring(21));
        assertThat(hash.matches(token, stored)).isTrue();
        assertThat(hash.matches(ApiTokenFormat.newToken(random), stored)).isFalse();
        byte[] other = key.clone();
        other[0] ^= 1;
        assertThat(new TokenHash(other).of(token)).isNotEqualTo(stored);
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatThrownBy(() -> new TokenHash(new byte[31])).isInstanceOf(IllegalArgumentException.class);
    }
}
