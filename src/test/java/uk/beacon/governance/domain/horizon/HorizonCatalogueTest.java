package uk.beacon.governance.domain.horizon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.beacon.governance.domain.horizon.HorizonCatalogue.TypeShortfall;

class HorizonCatalogueTest {

    private static final List<LegalFramework> FRAMEWORKS = List.of(
            LegalFramework.of("dp", "Data protection", "Data Protection Act 2018", "https://example.org/dpa"),
            LegalFramework.of("hra", "Article 8", "Human Rights Act 1998", null),
            LegalFramework.of("code", "Camera code", "Surveillance Camera Code", null));

    private static TechnologyType type(String code) {
        return TechnologyType.of(code, "Type " + code, "Does " + code);
    }

    private static Assessment applies(String type, String framework, Coverage coverage) {
        return Assessment.of(type, framework, true, coverage, "note", null, null);
    }

    private static Assessment doesNotApply(String type, String framework) {
        return Assessment.of(type, framework, false, null, "note", null, null);
    }

    @Test
    void frameworksForATypeAreTheOnesThatApplyInCatalogueOrder() {
        HorizonCatalogue catalogue = new HorizonCatalogue(List.of(type("lfr"), type("rpa")), FRAMEWORKS, List.of(
                applies("lfr", "code", Coverage.PARTLY_COVERED), doesNotApply("lfr", "hra"),
                applies("lfr", "dp", Coverage.COVERED), doesNotApply("rpa", "code")));

        assertThat(catalogue.frameworksFor("lfr")).extracting(applied -> applied.framework().code())
                .containsExactly("dp", "code");
        assertThat(catalogue.frameworksFor("lfr").get(1).assessment().coverage()).isEqualTo(Coverage.PARTLY_COVERED);
        assertThat(catalogue.frameworksFor("rpa")).isEmpty();
        assertThat(catalogue.frameworksFor("no-such-type")).isEmpty();
    }

    @Test
    void gapsPutMostGapsFirstThenMostDeploymentsThenMostPartlyCovered() {
        HorizonCatalogue catalogue = new HorizonCatalogue(
                List.of(type("covered"), type("one-gap-few"), type("one-gap-many"), type("two-gaps"),
                        type("partly-two"), type("partly-one")),
                FRAMEWORKS, List.of(
                        applies("covered", "dp", Coverage.COVERED),
                        applies("one-gap-few", "dp", Coverage.GAP),
                        applies("one-gap-many", "hra", Coverage.GAP),
                        applies("one-gap-many", "dp", Coverage.PARTLY_COVERED),
                        applies("two-gaps", "dp", Coverage.GAP), applies("two-gaps", "code", Coverage.GAP),
                        applies("partly-two", "dp", Coverage.PARTLY_COVERED),
                        applies("partly-two", "hra", Coverage.PARTLY_COVERED),
                        applies("partly-one", "code", Coverage.PARTLY_COVERED),
                        doesNotApply("partly-one", "dp")));

        List<TypeShortfall> gaps = catalogue.gaps(Map.of("one-gap-many", 12L, "one-gap-few", 3L, "two-gaps", 0L));

        assertThat(gaps).extracting(shortfall -> shortfall.type().code())
                .containsExactly("two-gaps", "one-gap-many", "one-gap-few", "partly-two", "partly-one");
        assertThat(gaps).extracting(TypeShortfall::deployments).containsExactly(0L, 12L, 3L, 0L, 0L);
        TypeShortfall many = gaps.get(1);
        assertThat(many.gaps()).extracting(applied -> applied.framework().code()).containsExactly("hra");
        assertThat(many.partlyCovered()).extracting(applied -> applied.framework().code()).containsExactly("dp");
    }

    @Test
    void deploymentsDecideBetweenTypesWithAsManyGaps() {
        HorizonCatalogue catalogue = new HorizonCatalogue(List.of(type("first"), type("second")), FRAMEWORKS,
                List.of(applies("first", "dp", Coverage.GAP), applies("second", "dp", Coverage.GAP)));

        assertThat(catalogue.gaps(Map.of())).extracting(shortfall -> shortfall.type().code())
                .containsExactly("first", "second");
        assertThat(catalogue.gaps(Map.of("second", 1L))).extracting(shortfall -> shortfall.type().code())
                .containsExactly("second", "first");
    }

    @Test
    void anAssessmentHasACoverageExactlyWhenTheFrameworkApplies() {
        assertThatThrownBy(() -> Assessment.of("lfr", "dp", true, null, "note", null, null))
                .isInstanceOfSatisfying(HorizonRuleException.class, e -> assertThat(e.field()).isEqualTo("coverage"));
        assertThatThrownBy(() -> Assessment.of("lfr", "dp", false, Coverage.GAP, "note", null, null))
                .isInstanceOfSatisfying(HorizonRuleException.class, e -> assertThat(e.field()).isEqualTo("coverage"));
        assertThatThrownBy(() -> Assessment.of("lfr", "dp", false, null, "  ", null, null))
                .isInstanceOfSatisfying(HorizonRuleException.class, e -> assertThat(e.field()).isEqualTo("note"));
        assertThat(doesNotApply("lfr", "dp").label()).isEqualTo("Does not apply");
        assertThat(applies("lfr", "dp", Coverage.PARTLY_COVERED).label()).isEqualTo("Partly covered");
    }

    @Test
    void linksMustBeWebAddressesSoThatNoneCanRunScript() {
        for (String link : List.of("javascript:alert(1)", "data:text/html,x", "/relative", "https://", "ftp://x.org")) {
            assertThatThrownBy(() -> Assessment.of("lfr", "dp", false, null, "note", "Title", link))
                    .as(link)
                    .isInstanceOfSatisfying(HorizonRuleException.class,
                            e -> assertThat(e.field()).isEqualTo("sourceLink"));
        }
        assertThatThrownBy(() -> LegalFramework.of("dp", "DP", "Data protection", "javascript:alert(1)"))
                .isInstanceOfSatisfying(HorizonRuleException.class, e -> assertThat(e.field()).isEqualTo("link"));
        assertThatThrownBy(() -> Assessment.of("lfr", "dp", false, null, "note", null, "https://example.org"))
                .isInstanceOfSatisfying(HorizonRuleException.class,
                        e -> assertThat(e.field()).isEqualTo("sourceTitle"));
        assertThat(Assessment.of("lfr", "dp", false, null, "note", "Title", " https://example.org/a ").sourceLink())
                .isEqualTo("https://example.org/a");
    }

    @Test
    void codesAreSafeInWebAddresses() {
        for (String code : List.of("", "x", "Live-Facial", "a--b", "-a", "a b", "a/b", "<script>")) {
            assertThatThrownBy(() -> TechnologyType.of(code, "Name", "Description")).as(code)
                    .isInstanceOfSatisfying(HorizonRuleException.class, e -> assertThat(e.field()).isEqualTo("code"));
        }
        assertThat(TechnologyType.of("live-facial-recognition-2", " Name ", "Description").name()).isEqualTo("Name");
    }
}
