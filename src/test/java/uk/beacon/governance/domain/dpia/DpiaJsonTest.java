package uk.beacon.governance.domain.dpia;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DpiaJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aCompleteDpiaReadFromJsonWritesTheSameJson() {
        String written = json.writeValueAsString(DpiaExamples.complete());
        System.out.println(written);

        Dpia read = json.readValue(written, Dpia.class);

        assertThat(read).isEqualTo(DpiaExamples.complete());
        JsonNode in = json.readTree(written);
        assertThat(json.readTree(json.writeValueAsString(read))).isEqualTo(in);
    }
}
