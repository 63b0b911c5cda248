package uk.beacon.portfolio.domain.regimes;

import java.util.List;
import uk.beacon.portfolio.domain.appraisal.DiscountSchedule;

/**
 * The rules of the two funding regimes that a planner may change.
 *
 * @param shortfall what happens under in-year funding to an initiative that should finish within the year but whose
 *     remaining work does not fit the months left after the budget is confirmed
 * @param appraisalYears the years (from year 0) over which costs and benefits are counted and discounted; at least
 *     the years of the budgets
 */
public record RegimeRules(Shortfall shortfall, int appraisalYears) {

    /** What is done with work that no longer fits the year. */
    public enum Shortfall {
        /** Cut down to the months left; its benefits are scaled by the share of its work done. */
        DESCOPE("descope"),
        /** Put back a year whole: if not started it starts a year later; if started it finishes next year. */
        DELAY("delay");

        private final String apiName;

        Shortfall(String apiName) {
            this.apiName = apiName;
        }

        public String apiName() {
            return apiName;
        }

        public static Shortfall fromApiName(String name) {
            for (Shortfall value : values()) {
                if (value.apiName.equalsIgnoreCase(name.strip())) {
                    return value;
                }
            }
            return null;
        }
    }

    public RegimeRules {
        if (shortfall == null || appraisalYears < 1) {
            throw new IllegalArgumentException("A shortfall rule and at least one year of appraisal");
        }
    }

    /** The rules in words, for the page and the API's result: common, in-year, then multi-year envelope. */
    public static List<String> common() {
        return List.of(
                "Years are financial years (month 1 is April). Each initiative's work is planned month by month from "
                        + "its start; a month of work is done only when its whole cost can be paid that month.",
                "Initiatives are funded in the order they are listed: when money is short, the first listed is paid "
                        + "first and the others wait. Work never starts before its planned month.",
                "An initiative's benefits begin the month after its last month of work, and are scaled by the share "
                        + "of its planned work that was done. Work not done by the end of the last budget year is "
                        + "never done.",
                "Costs and benefits are counted by year and discounted at the Green Book social time preference rate "
                        + "(" + DiscountSchedule.GREEN_BOOK.describe() + "; year 0 is not discounted) over the "
                        + "appraisal period.",
                "Money is counted to the penny. Money left at the end of a year is set against the cost of the "
                        + "planned work not yet done (still to do, or cut that year for lack of time): that much "
                        + "lapses under in-year funding, or is carried forward in the envelope. Anything more is "
                        + "unallocated: no planned work is left to use it. So each year's envelope (its budget and "
                        + "what was brought forward) is spent, lapsed, carried forward or unallocated.");
    }

    public List<String> inYear() {
        String shortfallText = shortfall == Shortfall.DESCOPE
                ? "it is descoped: cut down to the months left, with its benefits scaled by the share of its work done."
                : "it is delayed: if it has not started it starts a year later; if it has started it finishes in the "
                        + "next year, after that year's budget is confirmed.";
        return List.of(
                "Each year's budget is confirmed only in a month drawn from the confirmation distribution. No money "
                        + "can be spent in that year before then, so work in progress pauses from April until then.",
                "Money not spent by the end of the year (March) lapses: it is not carried into the next year.",
                "When the budget is confirmed, an initiative that was planned to finish within the year but whose "
                        + "remaining work does not fit the months left, " + shortfallText);
    }

    public static List<String> envelope() {
        return List.of(
                "The same yearly amounts are available from the first month of each year, certain from the start.",
                "Money not spent in a year is carried into the next (and out of the last year, for work still to "
                        + "do), so nothing lapses and nothing is cut for lack of time.");
    }
}
