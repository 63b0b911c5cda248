package uk.beacon.portfolio.domain.initiatives;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class InitiativeAppraisalTest {

    static InitiativeDefinition.YearFigures year(int year, String capital, String running, String cashable,
            String hours) {
        return new InitiativeDefinition.YearFigures(year, amount(capital), amount(running), amount(cashable),
                amount(hours), null);
    }

    static BigDecimal amount(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    static InitiativeDefinition initiative(String prices, int baseYear, List<InitiativeDefinition.YearFigures> years,
            List<InitiativeDefinition.Mitigation> mitigations) {
        return new InitiativeDefinition("Test", "Capability", List.of(), baseYear, baseYear, prices,
                List.of(new InitiativeDefinition.Phase("Build", 12)), years, null, new BigDecimal("50"), List.of(),
                List.of(), InitiativeRules.EQUIPMENT_AND_DEVELOPMENT, mitigations, null, null, null);
    }

    @Test
    void presentValuesMatchAHandComputationWithTheUpliftOnCapitalOnlyAndBenefitsDelayed() {
        // Year 0: capital 1000. Year 1: running 1035, savings 535 and 10 officer hours at £50 = 1035 of benefits.
        InitiativeDefinition d = initiative("REAL", 2025,
                List.of(year(2025, "1000", null, null, null), year(2026, null, "1035", "535", "10")), List.of());
        InitiativeAppraisal.Summary summary = InitiativeAppraisal.appraise(d, GdpDeflator.TWO_PERCENT_A_YEAR);

        InitiativeAppraisal.Result plain = summary.withoutOptimismBias();
        assertThat(plain.presentValueCosts()).isEqualByComparingTo("2000.00");
        assertThat(plain.presentValueBenefits()).isEqualByComparingTo("1000.00");
        assertThat(plain.npsv()).isEqualByComparingTo("-1000.00");
        assertThat(plain.bcr()).isEqualByComparingTo("0.5");

        // Upper bounds: capital × 3 = 3000; 1 year of capital delivery × 54% puts the benefits back 1 year:
        // 1035 / 1.035^2 = 966.18; the running cost keeps its year and is not uplifted (1000).
        InitiativeAppraisal.Result biased = summary.withOptimismBias();
        assertThat(biased.delayYears()).isEqualTo(1);
        assertThat(biased.presentValueCapital()).isEqualByComparingTo("3000.00");
        assertThat(biased.presentValueRunning()).isEqualByComparingTo("1000.00");
        assertThat(biased.presentValueBenefits()).isEqualByComparingTo("966.18");
        assertThat(biased.npsv()).isEqualByComparingTo("-3033.82");
        assertThat(biased.bcr()).isEqualByComparingTo("0.2415");
    }

    @Test
    void nominalFiguresArePutIntoBaseYearPricesWithTheDeflator() {
        GdpDeflator deflator = new GdpDeflator("A test series",
                java.util.Map.of(2025, new BigDecimal("100"), 2026, new BigDecimal("103.5")));
        InitiativeDefinition d = initiative("NOMINAL", 2025, List.of(year(2026, null, null, "1071.225", null)),
                List.of());
        InitiativeAppraisal.Summary summary = InitiativeAppraisal.appraise(d, deflator);
        // 1071.225 nominal in 2026 = 1035 in 2025 prices, discounted one year = 1000.
        assertThat(summary.years().get(0).cashableSavings()).isEqualByComparingTo("1035.00");
        assertThat(summary.withoutOptimismBias().presentValueBenefits()).isEqualByComparingTo("1000.00");
        assertThat(summary.deflator()).isEqualTo(new InitiativeAppraisal.Deflator("A test series", false));
        assertThat(InitiativeRules.errors(initiative("NOMINAL", 2025, List.of(year(2040, "1", null, null, null)),
                List.of()), deflator)).containsKey("years[0].year");
    }

    @Test
    void aNominalYearOutsideTheSeriesIsAGapNamedLikeTheRuleButRealPricesNeedNoDeflator() {
        GdpDeflator deflator = new GdpDeflator("A short series",
                java.util.Map.of(2025, new BigDecimal("100"), 2026, new BigDecimal("103.5")));
        InitiativeDefinition nominal = initiative("NOMINAL", 2025,
                List.of(year(2026, "1", null, null, null), year(2027, "1", null, null, null)), List.of());
        assertThat(InitiativeRules.deflatorGap(nominal, deflator)).contains(java.util.Map.entry("years[1].year",
                "The GDP deflator table covers 2025 to 2026; give real prices for 2027"));
        assertThat(InitiativeRules.errors(nominal, deflator))
                .containsEntry("years[1].year", "The GDP deflator table covers 2025 to 2026; give real prices for 2027");
        InitiativeDefinition real = initiative("REAL", 2025, List.of(year(2027, "1", null, null, null)), List.of());
        assertThat(InitiativeRules.deflatorGap(real, deflator)).isEmpty();
        assertThat(InitiativeAppraisal.appraise(real, deflator).deflator()).isNull();
    }

    @Test
    void theShippedDeflatorAssumesTwoPercentAYearFrom2000To2075() {
        GdpDeflator shipped = GdpDeflator.TWO_PERCENT_A_YEAR;
        assertThat(shipped.assumption()).isTrue();
        assertThat(shipped.source()).startsWith("Assumption, not an official deflator");
        assertThat(shipped.firstYear()).isEqualTo(2000);
        assertThat(shipped.lastYear()).isEqualTo(2075);
        // £1,020 of 2026 is £1,000 of 2025; £1,000 of 2025 is £1,000 × 1.02^-10 of 2015.
        assertThat(shipped.toReal(new BigDecimal("1020"), 2026, 2025)).isEqualByComparingTo("1000");
        assertThat(shipped.toReal(new BigDecimal("1000"), 2025, 2015).doubleValue())
                .isCloseTo(1000 / Math.pow(1.02, 10), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void optimismBiasIsLoweredOnlyByMitigationsWithTheirText() {
        List<InitiativeDefinition.YearFigures> years = List.of(year(2025, "1000", null, null, null));
        InitiativeDefinition unmitigated = initiative("REAL", 2025, years, List.of());
        assertThat(InitiativeRules.optimismBias(unmitigated).capital()).isEqualByComparingTo("2.00");
        assertThat(InitiativeRules.optimismBias(unmitigated).duration()).isEqualByComparingTo("0.54");

        InitiativeDefinition noText = initiative("REAL", 2025, years,
                List.of(new InitiativeDefinition.Mitigation("  ", new BigDecimal("0.5"), null)));
        assertThat(InitiativeRules.errors(noText, GdpDeflator.TWO_PERCENT_A_YEAR)).containsKey("mitigations[0].text");

        InitiativeDefinition tooMuch = initiative("REAL", 2025, years,
                List.of(new InitiativeDefinition.Mitigation("Everything", new BigDecimal("2.5"), null)));
        assertThat(InitiativeRules.errors(tooMuch, GdpDeflator.TWO_PERCENT_A_YEAR)).containsKey("mitigations");

        InitiativeDefinition mitigated = initiative("REAL", 2025, years, List.of(
                new InitiativeDefinition.Mitigation("Proven product", new BigDecimal("1.2"), new BigDecimal("0.3")),
                new InitiativeDefinition.Mitigation("Fixed price", new BigDecimal("0.3"), null)));
        assertThat(InitiativeRules.errors(mitigated, GdpDeflator.TWO_PERCENT_A_YEAR)).isEmpty();
        assertThat(InitiativeRules.optimismBias(mitigated).capital()).isEqualByComparingTo("0.50");
        assertThat(InitiativeRules.optimismBias(mitigated).duration()).isEqualByComparingTo("0.24");
    }
}
