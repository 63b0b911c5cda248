package uk.beacon.demand.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Suggests a work type for each raw type a force's data holds that its taxonomy does not map, from
 * the words the raw type shares with the types already mapped (the national default taxonomy and the
 * force's own mappings) and with the work types' own names. A suggestion says which mapped type it
 * follows, so that the person accepting it can judge; a raw type that shares too little with anything
 * gets no suggestion rather than a guess.
 */
public final class WorkTypeSuggestions {

    /** How much a raw type must share with a mapped one (cosine of their word sets) to follow it. */
    static final double ENOUGH = 0.34;
    /** A likeness close enough to outweigh a word that names another work type. */
    static final double CLOSE = 0.5;

    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "the", "of", "to", "from", "in", "on",
            "at", "with", "for", "by", "or", "other", "no", "not", "etc", "re", "call", "calls", "report", "reported",
            "incident", "job");

    /**
     * Words that name a work type outright: a raw type holding one follows it unless a mapped type
     * shares more. Kept short, as each word must mean the same work type in every force.
     */
    private static final Map<String, WorkType> NAMING_WORDS = Map.ofEntries(
            Map.entry("traffic", WorkType.ROAD_TRAFFIC), Map.entry("rtc", WorkType.ROAD_TRAFFIC),
            Map.entry("collision", WorkType.ROAD_TRAFFIC), Map.entry("vehicle", WorkType.ROAD_TRAFFIC),
            Map.entry("missing", WorkType.MISSING_PERSONS), Map.entry("absent", WorkType.MISSING_PERSONS),
            Map.entry("mental", WorkType.MENTAL_HEALTH), Map.entry("welfare", WorkType.CONCERN_FOR_SAFETY),
            Map.entry("concern", WorkType.CONCERN_FOR_SAFETY), Map.entry("safety", WorkType.CONCERN_FOR_SAFETY),
            Map.entry("antisocial", WorkType.ANTI_SOCIAL_BEHAVIOUR), Map.entry("asb", WorkType.ANTI_SOCIAL_BEHAVIOUR),
            Map.entry("nuisance", WorkType.ANTI_SOCIAL_BEHAVIOUR), Map.entry("disorder", WorkType.PUBLIC_ORDER),
            Map.entry("assault", WorkType.VIOLENT_CRIME), Map.entry("violence", WorkType.VIOLENT_CRIME),
            Map.entry("theft", WorkType.ACQUISITIVE_CRIME), Map.entry("burglary", WorkType.ACQUISITIVE_CRIME),
            Map.entry("stolen", WorkType.ACQUISITIVE_CRIME), Map.entry("shoplifting", WorkType.ACQUISITIVE_CRIME),
            Map.entry("patrol", WorkType.PROACTIVE), Map.entry("warrant", WorkType.PROACTIVE),
            Map.entry("alarm", WorkType.ADMINISTRATIVE_OTHER), Map.entry("lost", WorkType.ADMINISTRATIVE_OTHER),
            Map.entry("found", WorkType.ADMINISTRATIVE_OTHER));

    /** Work types whose raw types are recorded crimes, when a suggestion comes from a naming word alone. */
    private static final Set<WorkType> CRIMES = Set.of(WorkType.VIOLENT_CRIME, WorkType.ACQUISITIVE_CRIME,
            WorkType.OTHER_CRIME);

    /**
     * A suggestion for one unmapped raw type.
     *
     * @param workType the suggested work type, or null when there is none
     * @param because why, in words, such as "like 'Theft from vehicle'"; empty when there is no suggestion
     */
    public record Suggestion(String source, String rawType, long incidents, WorkType workType, boolean crime,
            String because) {

        public boolean suggested() {
            return workType != null;
        }
    }

    private WorkTypeSuggestions() {
    }

    /** A suggestion for every unmapped raw type, in the order given. */
    public static List<Suggestion> suggest(List<Taxonomy.Unmapped> unmapped, List<Taxonomy.Entry> mapped) {
        List<Set<String>> mappedWords = new ArrayList<>();
        for (Taxonomy.Entry entry : mapped) {
            mappedWords.add(words(entry.rawType()));
        }
        List<Suggestion> suggestions = new ArrayList<>();
        for (Taxonomy.Unmapped type : unmapped) {
            suggestions.add(suggest(type, words(type.rawType()), mapped, mappedWords));
        }
        return suggestions;
    }

    private static Suggestion suggest(Taxonomy.Unmapped type, Set<String> words, List<Taxonomy.Entry> mapped,
            List<Set<String>> mappedWords) {
        double best = 0;
        Taxonomy.Entry like = null;
        for (int i = 0; i < mapped.size(); i++) {
            Taxonomy.Entry entry = mapped.get(i);
            if (entry.workType() == WorkType.UNMAPPED) {
                continue;
            }
            double score = cosine(words, mappedWords.get(i));
            // Between equal scores, a mapping of the same source is the better guide.
            if (score > best || (score == best && like != null && score > 0
                    && entry.source().equals(type.source()) && !like.source().equals(type.source()))) {
                best = score;
                like = entry;
            }
        }
        Map<WorkType, Integer> named = new HashMap<>();
        for (String word : words) {
            WorkType workType = NAMING_WORDS.get(word);
            if (workType != null) {
                named.merge(workType, 1, Integer::sum);
            }
        }
        WorkType namedType = named.size() == 1 ? named.keySet().iterator().next() : null;
        // A word that names a work type outweighs a loose likeness to a type of another kind ("RTC damage"
        // is not criminal damage), not a close one.
        boolean likeness = like != null && best >= ENOUGH
                && (namedType == null || namedType == like.workType() || best >= CLOSE);
        if (likeness) {
            return new Suggestion(type.source(), type.rawType(), type.incidents(), like.workType(), like.crime(),
                    "like '" + like.rawType() + "'");
        }
        if (namedType != null) {
            return new Suggestion(type.source(), type.rawType(), type.incidents(), namedType,
                    CRIMES.contains(namedType), "its words name " + namedType.label().toLowerCase(Locale.UK));
        }
        return new Suggestion(type.source(), type.rawType(), type.incidents(), null, false, "");
    }

    private static double cosine(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String word : a) {
            if (b.contains(word)) {
                shared++;
            }
        }
        return shared / Math.sqrt((double) a.size() * b.size());
    }

    /** The raw type's meaningful words, lower case, each without a plural "s". */
    static Set<String> words(String rawType) {
        Set<String> words = new HashSet<>();
        for (String word : rawType.toLowerCase(Locale.UK).replace("anti-social", "antisocial")
                .replace("anti social", "antisocial").split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty() || STOP_WORDS.contains(word)) {
                continue;
            }
            words.add(word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")
                    ? word.substring(0, word.length() - 1) : word);
        }
        return words;
    }
}
