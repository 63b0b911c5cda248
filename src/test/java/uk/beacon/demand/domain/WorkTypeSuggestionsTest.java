package uk.beacon.demand.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WorkTypeSuggestionsTest {

    private static final List<Taxonomy.Entry> MAPPED = WorkTypeTaxonomy.defaults().entries().stream()
            .map(entry -> new Taxonomy.Entry(entry.source(), entry.rawType(), entry.classification().workType(),
                    entry.classification().crime(), 0))
            .toList();

    private static WorkTypeSuggestions.Suggestion suggest(String rawType) {
        return WorkTypeSuggestions.suggest(List.of(new Taxonomy.Unmapped("cad", rawType, 5)), MAPPED).get(0);
    }

    @Test
    void aRawTypeSharingMostOfItsWordsWithAMappedOneFollowsIt() {
        WorkTypeSuggestions.Suggestion suggestion = suggest("THEFT FROM THE PERSON - PICKPOCKET");

        assertThat(suggestion.workType()).isEqualTo(WorkType.ACQUISITIVE_CRIME);
        assertThat(suggestion.crime()).isTrue();
        assertThat(suggestion.because()).isEqualTo("like 'Theft from the person'");
    }

    @Test
    void aWordThatNamesAWorkTypeSuggestsItWhenNoMappedTypeIsAlike() {
        assertThat(suggest("RTC damage only").workType()).isEqualTo(WorkType.ROAD_TRAFFIC);
        assertThat(suggest("Absent from care home").workType()).isEqualTo(WorkType.MISSING_PERSONS);
    }

    @Test
    void aRawTypeThatSharesNothingGetsNoSuggestionRatherThanAGuess() {
        WorkTypeSuggestions.Suggestion suggestion = suggest("Zebra crossing lights");

        assertThat(suggestion.suggested()).isFalse();
        assertThat(suggestion.because()).isEmpty();
    }

    @Test
    void wordsIgnoreCasePunctuationPluralsAndLittleWords() {
        assertThat(WorkTypeSuggestions.words("Concerns for the SAFETY of persons")).containsExactlyInAnyOrder(
                "concern", "safety", "person");
        assertThat(WorkTypeSuggestions.words("Anti-Social Behaviour")).containsExactlyInAnyOrder("antisocial",
                "behaviour");
    }
}
