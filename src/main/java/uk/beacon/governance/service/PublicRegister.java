package uk.beacon.governance.service;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;
import uk.beacon.governance.domain.AtrsExport;
import uk.beacon.governance.domain.Category;
import uk.beacon.governance.domain.CsvText;
import uk.beacon.governance.domain.Phase;
import uk.beacon.governance.domain.TechnologyRecord;
import uk.beacon.governance.domain.dpia.Dpia;
import uk.beacon.governance.domain.ethics.EthicsReview;
import uk.beacon.governance.store.PublishedRow;
import uk.beacon.governance.store.RegisterFilter;
import uk.beacon.governance.store.TechnologyStore;
import uk.beacon.platform.InvalidRequestException;
import uk.beacon.platform.NotFoundException;
import uk.beacon.platform.Organisation;
import uk.beacon.platform.OrganisationService;

/**
 * The public transparency register: the published version of every record not withdrawn, for anyone,
 * with search, filters, downloads in ATRS field names, and each record's history of published versions.
 */
@Service
@Transactional(readOnly = true)
public class PublicRegister {

    static final int MOST_LISTED = 2_000;
    static final int MOST_QUERY_CHARACTERS = 200;

    /**
     * What to list; null parts do not narrow it.
     *
     * @param q words that must all occur in the record (any case)
     * @param risk records whose highest residual DPIA risk is at least this (1 to 16, severity × likelihood)
     */
    public record Query(String q, String force, String category, String phase, Boolean ethicsReview,
            Integer risk) {

        public static Query all() {
            return new Query(null, null, null, null, null, null);
        }
    }

    /** One record as the register lists it. */
    public record Entry(String id, String force, String forceName, String name, String description,
            String category, String categoryLabel, String phase, String phaseLabel, int version,
            OffsetDateTime publishedAt, boolean dpiaCompleted, boolean hasEthicsReview, Integer highestResidualRisk) {
    }

    /** A published version of a record; {@code withdrawnAt} is set once the record is withdrawn. */
    public record Version(int version, OffsetDateTime publishedAt, OffsetDateTime withdrawnAt, String withdrawnReason,
            TechnologyRecord record, boolean dpiaCompleted, boolean hasEthicsReview, Integer highestResidualRisk,
            String conditions) {

        public String categoryLabel() {
            return Category.labelOf(record.category());
        }

        public String phaseLabel() {
            return Phase.labelOf(record.phase());
        }
    }

    /**
     * A record's public page: its latest published version in ATRS field names ({@code atrs}) and as Beacon
     * holds it ({@code current}), whether it is withdrawn, and every version published, newest first.
     */
    public record Record(String id, String force, String forceName, boolean withdrawn, Version current,
            Map<String, Object> atrs, List<Version> history) {
    }

    /**
     * The DPIA and ethics review of a record's latest published version, either null when none was published. For
     * pages only: the public view of the ethics review hides minutes the panel has not allowed to be published.
     */
    public record Reviews(Dpia dpia, EthicsReview ethicsReview) {
    }

    private final TechnologyStore store;
    private final OrganisationService organisations;
    private final ObjectMapper json;

    PublicRegister(TechnologyStore store, OrganisationService organisations, ObjectMapper json) {
        this.store = store;
        this.organisations = organisations;
        this.json = json;
    }

    public List<Entry> list(Query query) {
        Map<String, String> names = forceNames();
        return published(query).stream().map(row -> {
            TechnologyRecord record = read(row.content());
            return new Entry(row.technologyId(), row.organisationId(), names.getOrDefault(row.organisationId(),
                    row.organisationId()), row.name(), record.description(), row.category(),
                    Category.labelOf(row.category()), row.phase(), Phase.labelOf(row.phase()), row.version(),
                    row.publishedAt(), row.dpia() != null, row.ethicsReview() != null, row.highestResidualRisk());
        }).toList();
    }

    /** The record's public page; 404 when it has never been published. */
    public Record record(String id) {
        List<PublishedRow> versions = store.publishedVersions(id);
        if (versions.isEmpty()) {
            throw new NotFoundException("There is no published technology record with that id");
        }
        PublishedRow latest = versions.get(0);
        List<Version> history = versions.stream().map(this::version).toList();
        return new Record(id, latest.organisationId(), forceNames().getOrDefault(latest.organisationId(),
                latest.organisationId()), latest.withdrawnAt() != null, history.get(0),
                AtrsExport.json(exported(latest, forceNames())), history);
    }

    /** The DPIA and ethics review of the record's latest published version; 404 when it has never been published. */
    public Reviews reviews(String id) {
        List<PublishedRow> versions = store.publishedVersions(id);
        if (versions.isEmpty()) {
            throw new NotFoundException("There is no published technology record with that id");
        }
        PublishedRow latest = versions.get(0);
        return new Reviews(latest.dpia() == null ? null : json.readValue(latest.dpia(), Dpia.class),
                latest.ethicsReview() == null ? null : json.readValue(latest.ethicsReview(), EthicsReview.class));
    }

    /** Every listed record as CSV, one column per ATRS field (see {@link AtrsExport}). */
    public String csv(Query query) {
        Map<String, String> names = forceNames();
        StringBuilder csv = new StringBuilder(CsvText.line(AtrsExport.header()));
        for (PublishedRow row : published(query)) {
            csv.append(CsvText.line(AtrsExport.row(exported(row, names))));
        }
        return csv.toString();
    }

    /** Every listed record in ATRS field names, nested in the standard's sections. */
    public List<Map<String, Object>> json(Query query) {
        Map<String, String> names = forceNames();
        return published(query).stream().map(row -> AtrsExport.json(exported(row, names))).toList();
    }

    private List<PublishedRow> published(Query query) {
        Query q = query == null ? Query.all() : query;
        if (q.q() != null && q.q().length() > MOST_QUERY_CHARACTERS) {
            throw new InvalidRequestException("'q' must be " + MOST_QUERY_CHARACTERS + " characters or fewer");
        }
        if (present(q.category()) && Category.of(q.category()).isEmpty()) {
            throw new InvalidRequestException("'category' must be one of " + Arrays.stream(Category.values())
                    .map(Category::code).collect(Collectors.joining(", ")));
        }
        if (present(q.phase()) && Phase.of(q.phase()).isEmpty()) {
            throw new InvalidRequestException("'phase' must be one of " + Arrays.stream(Phase.values())
                    .map(Phase::code).collect(Collectors.joining(", ")));
        }
        if (q.risk() != null && (q.risk() < 1 || q.risk() > 16)) {
            throw new InvalidRequestException("'risk' must be from 1 to 16");
        }
        List<String> words = q.q() == null ? List.of() : Arrays.stream(q.q().toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(word -> !word.isBlank()).limit(10).toList();
        return store.register(new RegisterFilter(words, blankToNull(q.force()), blankToNull(q.category()),
                blankToNull(q.phase()), q.ethicsReview(), q.risk()), MOST_LISTED);
    }

    private Version version(PublishedRow row) {
        return new Version(row.version(), row.publishedAt(), row.withdrawnAt(), row.withdrawnReason(),
                read(row.content()), row.dpia() != null, row.ethicsReview() != null, row.highestResidualRisk(),
                row.conditions());
    }

    private AtrsExport.Published exported(PublishedRow row, Map<String, String> names) {
        return new AtrsExport.Published(row.technologyId(), row.organisationId(),
                names.getOrDefault(row.organisationId(), row.organisationId()), row.version(),
                row.publishedAt().toInstant(), row.withdrawnAt() == null ? null : row.withdrawnAt().toInstant(),
                read(row.content()), row.dpia() != null, row.ethicsReview() != null, row.highestResidualRisk(),
                row.conditions());
    }

    /** How many records on the register now have each technology type: deployments for horizon scanning. */
    public Map<String, Long> registeredByTechnologyType() {
        return store.registeredByTechnologyType();
    }

    /** The forces that can own records, by id, for the register's filter. */
    public List<Organisation> forces() {
        return organisations.forces();
    }

    private Map<String, String> forceNames() {
        return organisations.forces().stream().collect(Collectors.toMap(Organisation::id, Organisation::name,
                (a, b) -> a));
    }

    private TechnologyRecord read(String content) {
        return json.readValue(content, TechnologyRecord.class).filled();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String blankToNull(String value) {
        return present(value) ? value.strip() : null;
    }

}
