package uk.beacon.capacity.domain.scenarios;

/** A scenario or role matrix that cannot be used as it stands; {@link #field()} names the field at fault. */
public class ScenarioException extends IllegalArgumentException {

    private final String field;

    public ScenarioException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field at fault, as the API names it, such as {@code changes[0].sharePercent}. */
    public String field() {
        return field;
    }
}
