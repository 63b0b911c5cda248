package uk.beacon.demand.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class HarmWeightsTest {

    private static final List<String> CRIME_CATEGORIES = List.of("Bicycle theft", "Burglary",
            "Criminal damage and arson", "Drugs", "Other crime", "Other theft", "Possession of weapons", "Public order",
            "Robbery", "Shoplifting", "Theft from the person", "Vehicle crime", "Violence and sexual offences");
    private static final String HEADER = "police_uk_category,weight,basis\n";

    private final HarmWeights weights = HarmWeights.defaults();

    private static HarmWeights read(String text) {
        return HarmWeights.read("harm.csv", new StringReader(text), "test index");
    }

    @Test
    void everyPoliceUkCrimeCategoryHasAPositiveWeight() {
        assertThat(CRIME_CATEGORIES).allSatisfy(category -> {
            OptionalDouble weight = weights.weight(category);
            assertThat(weight).as(category).isPresent();
            assertThat(weight.getAsDouble()).as(category).isPositive();
        });
    }

    @Test
    void theShippedTableHoldsTheThirteenCrimeCategoriesAndAntiSocialBehaviour() {
        List<String> expected = Stream.concat(CRIME_CATEGORIES.stream(), Stream.of("Anti-social behaviour")).toList();

        assertThat(weights.entries()).extracting(HarmWeights.Entry::policeUkCategory)
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(weights.entries()).allSatisfy(entry -> assertThat(entry.basis()).isNotBlank());
    }

    @Test
    void antiSocialBehaviourWeighsNothingBecauseItIsNotANotifiableCrime() {
        assertThat(weights.weight("Anti-social behaviour")).hasValue(0.0);
    }

    @Test
    void unknownCategoriesHaveNoWeight() {
        assertThat(weights.weight("Fraud")).isEmpty();
        assertThat(weights.weight("")).isEmpty();
        assertThat(weights.weight(null)).isEmpty();
    }

    @Test
    void matchesCategoriesLikeTheTaxonomyMatchesRawTypes() {
        assertThat(weights.weight("  ROBBERY ")).isEqualTo(weights.weight("Robbery"));
        assertThat(weights.weight("theft  from\u00A0the person")).isEqualTo(weights.weight("Theft from the person"));
    }

    @Test
    void ranksViolenceAboveTheftAsTheIndexDoes() {
        double robbery = weights.weight("Robbery").orElseThrow();
        double violence = weights.weight("Violence and sexual offences").orElseThrow();
        double shoplifting = weights.weight("Shoplifting").orElseThrow();

        assertThat(robbery).isGreaterThan(violence);
        assertThat(violence).isGreaterThan(100 * shoplifting);
    }

    @Test
    void mixedCategoriesAreTheCountWeightedMeanOfTheirSubgroups() {
        // Subgroup medians and counts for the year ending March 2025, as listed in demand/README.md.
        assertThat(weights.weight("Burglary").orElseThrow())
                .isCloseTo((166_316 * 273.5 + 78_332 * 183.5) / (166_316 + 78_332), within(0.005));
        assertThat(weights.weight("Criminal damage and arson").orElseThrow())
                .isCloseTo((432_167 * 2.0 + 22_837 * 185.0) / (432_167 + 22_837), within(0.005));
        assertThat(weights.weight("Drugs").orElseThrow())
                .isCloseTo((135_651 * 3.0 + 66_504 * 5.0) / (135_651 + 66_504), within(0.005));
        double violenceHarm = 524 * 5475.0 + 516_757 * 365.0 + 804_983 * 10.0 + 598_830 * 10.0 + 2_244 * 365.0
                + 71_509 * 2555.0 + 135_333 * 182.25;
        double violenceCount = 524 + 516_757 + 804_983 + 598_830 + 2_244 + 71_509 + 135_333;
        assertThat(weights.weight("Violence and sexual offences").orElseThrow())
                .isCloseTo(violenceHarm / violenceCount, within(0.005));
    }

    @Test
    void saysWhichIndexTheWeightsComeFrom() {
        assertThat(weights.source()).contains("Cambridge Crime Harm Index");
        assertThat(read(HEADER).source()).isEqualTo("test index");
    }

    @Test
    void namesTheLineAndFieldOfAWeightThatIsNotANumber() {
        assertThatThrownBy(() -> read(HEADER + "Robbery,365,guideline\nDrugs,lots,guess\n"))
                .isInstanceOf(ReferenceTableException.class)
                .hasMessage("harm.csv line 3, weight: 'lots' is not a number");
        assertThatThrownBy(() -> read(HEADER + "Drugs,NaN,guess\n"))
                .hasMessage("harm.csv line 2, weight: 'NaN' is not a number");
    }

    @Test
    void refusesANegativeWeight() {
        assertThatThrownBy(() -> read(HEADER + "Drugs,-1,guess\n"))
                .hasMessage("harm.csv line 2, weight: '-1' is negative");
    }

    @Test
    void refusesAWeightWithoutABasis() {
        assertThatThrownBy(() -> read(HEADER + "Drugs,3, \n"))
                .hasMessage("harm.csv line 2, basis: is empty");
    }

    @Test
    void refusesACategoryTwice() {
        assertThatThrownBy(() -> read(HEADER + "Drugs,3,a\ndrugs,4,b\n"))
                .hasMessage("harm.csv line 3, police_uk_category: 'drugs' already has a weight on line 2");
    }

    @Test
    void refusesAWrongHeader() {
        assertThatThrownBy(() -> read("category,weight\nDrugs,3\n"))
                .hasMessageStartingWith("harm.csv line 1, header: expected police_uk_category,weight,basis");
    }
}
