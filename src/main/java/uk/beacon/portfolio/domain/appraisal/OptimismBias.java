package uk.beacon.portfolio.domain.appraisal;

import java.math.BigDecimal;

/**
 * Optimism bias uplifts, as shares: {@code capital} 2.00 raises every cost by 200%; {@code duration}
 * 0.54 lengthens delivery by 54%, which delays the benefits (see {@link GreenBookAppraisal}).
 */
public record OptimismBias(BigDecimal capital, BigDecimal duration) {

    /**
     * HM Treasury's upper bounds for equipment and development projects: 200% on capital expenditure and
     * 54% on works duration (Mott MacDonald, Review of Large Public Procurement in the UK, 2002, Table 1;
     * HM Treasury, Supplementary Green Book Guidance: Optimism Bias). A planner lowers them only by
     * recording mitigations.
     */
    public static final OptimismBias EQUIPMENT_AND_DEVELOPMENT_UPPER_BOUNDS =
            new OptimismBias(new BigDecimal("2.00"), new BigDecimal("0.54"));

    public static final OptimismBias NONE = new OptimismBias(BigDecimal.ZERO, BigDecimal.ZERO);

    public OptimismBias {
        if (capital == null || duration == null || capital.signum() < 0 || duration.signum() < 0) {
            throw new IllegalArgumentException("Optimism bias uplifts are shares, 0 or more");
        }
    }
}
