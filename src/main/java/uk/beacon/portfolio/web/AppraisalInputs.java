package uk.beacon.portfolio.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import uk.beacon.portfolio.domain.appraisal.OptimismBias;

/**
 * The calculator's checked question and the limits both the API and the page hold it to. Money is in
 * pounds at base-year prices; optimism bias is a share (the page takes percentages).
 */
record AppraisalInputs(int baseYear, List<BigDecimal> costs, List<BigDecimal> benefits, OptimismBias optimismBias) {

    static final int FIRST_BASE_YEAR = 1900;
    static final int LAST_BASE_YEAR = 2200;
    /** The most years a stream of costs or benefits may have. */
    static final int MAX_YEARS = 500;
    /** The largest amount in one year: £10 trillion, beyond any public project. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1e13");
    /** Capital uplift at most 500%; the highest HM Treasury upper bound is 200%. */
    static final BigDecimal MAX_CAPITAL = new BigDecimal("5");
    /** Duration uplift at most 200%; the highest HM Treasury upper bound is 54%. */
    static final BigDecimal MAX_DURATION = new BigDecimal("2");

    static String baseYearProblem(String field) {
        return "'" + field + "' must be a whole year from " + FIRST_BASE_YEAR + " to " + LAST_BASE_YEAR
                + ", such as 2025";
    }

    /** Why an amount of money is refused, or null when it is all right. */
    static String amountProblem(BigDecimal amount) {
        if (amount == null) {
            return "must be a number of pounds";
        }
        if (amount.signum() < 0) {
            return "must be 0 or more";
        }
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            return "must be at most £10 trillion";
        }
        return null;
    }

    /** Why a stream's length is refused, or null. */
    static String lengthProblem(int years) {
        return years > MAX_YEARS ? "may have at most " + MAX_YEARS + " years" : null;
    }

    static String nothingToAppraise() {
        return "'costs' and 'benefits' are both empty: give a cost or a benefit for at least one year";
    }

    /** Why an uplift (a share) is refused, or null. */
    static String upliftProblem(BigDecimal share, BigDecimal max) {
        if (share == null) {
            return "must be a number";
        }
        if (share.signum() < 0 || share.compareTo(max) > 0) {
            return "must be from 0 to " + max.toPlainString() + " (" + max.movePointRight(2).toPlainString()
                    + "%)";
        }
        return null;
    }

    static void put(Map<String, String> errors, String field, String problem) {
        if (problem != null) {
            errors.putIfAbsent(field, problem.startsWith("'") ? problem
                    : "'" + field + "' " + problem);
        }
    }
}
