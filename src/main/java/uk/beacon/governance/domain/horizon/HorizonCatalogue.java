package uk.beacon.governance.domain.horizon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The national catalogue: technology types and legal frameworks, each in the order coordinators
 * listed them, and the assessment of each pair that has one.
 */
public record HorizonCatalogue(List<TechnologyType> types, List<LegalFramework> frameworks,
        List<Assessment> assessments) {

    /** A framework that applies to a type, with its assessment. */
    public record AppliedFramework(LegalFramework framework, Assessment assessment) {
    }

    /** A type's gaps and partly covered frameworks, with how many registered deployments of it there are. */
    public record TypeShortfall(TechnologyType type, long deployments, List<AppliedFramework> gaps,
            List<AppliedFramework> partlyCovered) {
    }

    public HorizonCatalogue {
        types = List.copyOf(types);
        frameworks = List.copyOf(frameworks);
        assessments = List.copyOf(assessments);
    }

    public Optional<TechnologyType> type(String code) {
        return types.stream().filter(type -> type.code().equals(code)).findFirst();
    }

    public Optional<LegalFramework> framework(String code) {
        return frameworks.stream().filter(framework -> framework.code().equals(code)).findFirst();
    }

    public Optional<Assessment> assessment(String typeCode, String frameworkCode) {
        return Optional.ofNullable(index().get(key(typeCode, frameworkCode)));
    }

    /** The frameworks that apply to the type, in catalogue order; none for a type not in the catalogue. */
    public List<AppliedFramework> frameworksFor(String typeCode) {
        Map<String, Assessment> index = index();
        List<AppliedFramework> applied = new ArrayList<>();
        for (LegalFramework framework : frameworks) {
            Assessment assessment = index.get(key(typeCode, framework.code()));
            if (assessment != null && assessment.applies()) {
                applied.add(new AppliedFramework(framework, assessment));
            }
        }
        return applied;
    }

    /**
     * Every type with at least one gap or partly covered framework. Most gaps first; among equals,
     * the most registered deployments, then the most partly covered frameworks, then catalogue order.
     * A type missing from {@code deploymentsByType} has none.
     */
    public List<TypeShortfall> gaps(Map<String, Long> deploymentsByType) {
        List<TypeShortfall> shortfalls = new ArrayList<>();
        for (TechnologyType type : types) {
            List<AppliedFramework> gaps = new ArrayList<>();
            List<AppliedFramework> partly = new ArrayList<>();
            for (AppliedFramework applied : frameworksFor(type.code())) {
                if (applied.assessment().coverage() == Coverage.GAP) {
                    gaps.add(applied);
                } else if (applied.assessment().coverage() == Coverage.PARTLY_COVERED) {
                    partly.add(applied);
                }
            }
            if (!gaps.isEmpty() || !partly.isEmpty()) {
                Long deployments = deploymentsByType == null ? null : deploymentsByType.get(type.code());
                shortfalls.add(new TypeShortfall(type, deployments == null ? 0 : deployments, gaps, partly));
            }
        }
        // A stable sort keeps catalogue order among otherwise equal types.
        shortfalls.sort(Comparator.comparingInt((TypeShortfall s) -> s.gaps().size()).reversed()
                .thenComparing(Comparator.comparingLong(TypeShortfall::deployments).reversed())
                .thenComparing(Comparator.comparingInt((TypeShortfall s) -> s.partlyCovered().size()).reversed()));
        return shortfalls;
    }

    private Map<String, Assessment> index() {
        Map<String, Assessment> index = new HashMap<>();
        for (Assessment assessment : assessments) {
            index.put(key(assessment.typeCode(), assessment.frameworkCode()), assessment);
        }
        return index;
    }

    private static String key(String typeCode, String frameworkCode) {
        return typeCode + "\u0000" + frameworkCode;
    }
}
