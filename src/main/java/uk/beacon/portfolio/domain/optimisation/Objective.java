package uk.beacon.portfolio.domain.optimisation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What the portfolio optimiser maximises; {@link #apiName()} is how the API names it. */
public enum Objective {

    /** Net present social value: benefits minus costs by year, discounted at the Green Book rate. */
    NPSV("npsv"),
    /** Officer hours released in the years of the plan's horizon, as the initiatives claim them. */
    OFFICER_HOURS("officerHours"),
    /** Harm reduced in the years of the plan's horizon, in whatever unit the initiatives claim it. */
    HARM("harm");

    private final String apiName;

    Objective(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    /** The objective the API calls {@code name} (case ignored), or empty. */
    public static Optional<Objective> fromApiName(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(o -> o.apiName.toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }
}
