package uk.beacon.governance.service;

import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import uk.beacon.governance.domain.TechnologyRecord;
import uk.beacon.governance.domain.dpia.Dpia;
import uk.beacon.governance.store.TechnologyRow;
import uk.beacon.platform.InvalidRequestException;

/**
 * A record's JSON: the record, DPIA and ethics review as stored and as sent, and the stored row as the force's
 * members see it ({@link Technology}).
 */
@Component
class TechnologyJson {

    private final ObjectMapper json;

    TechnologyJson(ObjectMapper json) {
        this.json = json;
    }

    /**
     * A DPIA or ethics review sent as JSON, read strictly: 400 naming the field for an unknown field or a value
     * of the wrong kind.
     */
    <T> T readSent(JsonNode document, Class<T> type, String what) {
        if (document == null || !document.isObject()) {
            throw new InvalidRequestException("Send the " + what + " as a JSON object");
        }
        try {
            return json.readerFor(type).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(document);
        } catch (DatabindException e) {
            String field = jsonPath(e);
            String message = e instanceof UnrecognizedPropertyException
                    ? "is not a field of the " + what : "is not a value this field takes";
            throw new InvalidRequestException(Map.of(field.isEmpty() ? what : field, message));
        }
    }

    /** The path of the field at fault, written as the checks' field ids: {@code risks[0].severityAfter}. */
    private static String jsonPath(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    String write(Object value) {
        return json.writeValueAsString(value);
    }

    /** A stored document (DPIA, ethics review) as its type. */
    <T> T read(String text, Class<T> type) {
        return json.readValue(text, type);
    }

    /** A stored document (DPIA, ethics review) as its type, or null when none is stored. */
    <T> T read(JsonNode document, Class<T> type) {
        return document == null ? null : json.treeToValue(document, type);
    }

    /** The record's fields as stored, with empty parts filled in. */
    TechnologyRecord record(String content) {
        return json.readValue(content, TechnologyRecord.class).filled();
    }

    /** The row as the force's members see it. */
    Technology view(TechnologyRow row) {
        return new Technology(row.id(), row.organisationId(), row.state().code(), row.version(),
                row.publishedVersion(), record(row.content()), tree(row.dpia()), tree(row.ethicsReview()),
                completeDpia(row.dpia()), row.ethicsReview() != null, row.highestResidualRisk(), row.conditions(),
                row.createdBy(), row.createdAt(), row.updatedBy(), row.updatedAt());
    }

    private JsonNode tree(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (JacksonException e) {
            throw new IllegalStateException("A stored governance document is not JSON", e);
        }
    }

    /** Whether the stored DPIA is complete: signed off with nothing missing. */
    private boolean completeDpia(String text) {
        if (text == null) {
            return false;
        }
        try {
            return json.readValue(text, Dpia.class).isComplete();
        } catch (JacksonException e) {
            return false;
        }
    }
}
