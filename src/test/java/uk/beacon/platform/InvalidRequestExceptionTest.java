package uk.beacon.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InvalidRequestExceptionTest {

    @Test
    void aMessageThatQuotesAFieldAndAColonRefusesThatFieldWithTheRest() {
        var e = new InvalidRequestException("'name': Enter a name for the token");
        assertThat(e.errors()).containsExactly(Map.entry("name", "Enter a name for the token"));
        assertThat(e.getMessage()).isEqualTo("'name': Enter a name for the token");
    }

    @Test
    void aMessageThatQuotesAFieldInASentenceRefusesThatFieldWithTheWholeSentence() {
        var e = new InvalidRequestException("'q' must be 200 characters or fewer");
        assertThat(e.errors()).containsExactly(Map.entry("q", "'q' must be 200 characters or fewer"));
        assertThat(new InvalidRequestException("'index[2].value': must be positive").errors())
                .containsOnlyKeys("index[2].value");
    }

    @Test
    void anyOtherMessageIsAboutTheWholeRequest() {
        assertThat(new InvalidRequestException("Send the record as JSON").errors()).isEmpty();
        assertThat(new InvalidRequestException("Send the record as JSON").field()).isNull();
    }

    @Test
    void errorsByFieldKeepTheirOrderAndTheMessageNamesTheFirst() {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("source", "Enter the source");
        errors.put("index", "Enter at least two years");
        var e = new InvalidRequestException(errors);
        assertThat(e.errors().keySet()).containsExactly("source", "index");
        assertThat(e.field()).isEqualTo("source");
        assertThat(e.getMessage()).isEqualTo("'source': Enter the source (and 1 more)");
        assertThatThrownBy(() -> new InvalidRequestException(Map.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
