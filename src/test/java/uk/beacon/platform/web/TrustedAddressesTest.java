package uk.beacon.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;

/** The addresses Beacon builds links and redirects from: its own configuration, or paths, never a request's host. */
class TrustedAddressesTest {

    @ParameterizedTest
    @CsvSource({
            "http://evil.example/forces/x/demand/imports?continue, /forces/x/demand/imports?continue",
            "//evil.example/account, /account",
            "https://evil.example, /",
            "/forces/x, /forces/x"})
    void redirectsKeepOnlyThePathAndQuery(String url, String expected) {
        assertThat(RelativeRedirects.relative(new MockHttpServletRequest(), url)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "http://evil.example/account/api-tokens?from=menu, /account/api-tokens?from=menu",
            "//evil.example/x, /x",
            "javascript:alert(1), /sign-in",
            "/\\evil.example, /sign-in",
            "not an address, /sign-in"})
    void anExpiredFormLeadsBackToAPathOnBeaconOnly(String referer, String expected) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/sign-in");
        request.addHeader("Referer", referer);

        assertThat(FormExpiry.backTo(request)).isEqualTo(expected);
    }

    @Test
    void theBaseUrlMakesAbsoluteLinksAndWithoutItLinksAreRelative() {
        assertThat(new WebSettings(DataSize.ofMegabytes(1), URI.create("https://beacon.example.gov.uk/"))
                .link("/api/v1/docs")).isEqualTo("https://beacon.example.gov.uk/api/v1/docs");
        assertThat(new WebSettings(DataSize.ofMegabytes(1), null).link("/api/v1/docs")).isEqualTo("/api/v1/docs");
        assertThat(new WebSettings(DataSize.ofMegabytes(1), URI.create("")).baseUrl()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"beacon.example.gov.uk", "ftp://beacon.example.gov.uk", "https://a@beacon.example",
            "https://beacon.example/?x=1", "/relative"})
    void aBaseUrlThatIsNotASitesAddressIsRefusedAtStart(String url) {
        assertThatThrownBy(() -> new WebSettings(DataSize.ofMegabytes(1), URI.create(url)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BEACON_BASE_URL");
    }
}
