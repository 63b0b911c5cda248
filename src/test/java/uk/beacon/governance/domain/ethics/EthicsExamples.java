package uk.beacon.governance.domain.ethics;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** A complete ethics review for tests. */
public final class EthicsExamples {

    private EthicsExamples() {
    }

    public static EthicsReview complete() {
        return new EthicsReview(
                Arrays.stream(AlgoCare.values()).map(q -> new AlgoCareAnswer(q, "Answer on " + q.label())).toList(),
                "Force Data Ethics Committee", "Proceed to a six-month pilot.",
                List.of("Report accuracy by ethnicity every quarter", "Return before production use"),
                LocalDate.of(2026, 2, 10), "The committee discussed the pilot.", true);
    }
}
