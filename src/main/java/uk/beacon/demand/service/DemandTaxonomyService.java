package uk.beacon.demand.service;

import java.util.List;
import org.springframework.stereotype.Service;
import uk.beacon.demand.domain.Classification;
import uk.beacon.demand.domain.Taxonomy;
import uk.beacon.demand.domain.WorkType;
import uk.beacon.demand.domain.WorkTypeSuggestions;
import uk.beacon.demand.domain.WorkTypeTaxonomy;
import uk.beacon.demand.store.TaxonomyStore;
import uk.beacon.platform.AuditLog;
import uk.beacon.platform.InvalidRequestException;
import uk.beacon.platform.SignedInUser;

/** A force's work-type taxonomy: its members read it; its analysts and planners change it. */
@Service
public class DemandTaxonomyService {

    private final TaxonomyStore store;
    private final DemandAccess access;
    private final AuditLog audit;

    DemandTaxonomyService(TaxonomyStore store, DemandAccess access, AuditLog audit) {
        this.store = store;
        this.access = access;
        this.audit = audit;
    }

    public Taxonomy taxonomy(String forceId, SignedInUser viewer) {
        access.requireReader(forceId, viewer);
        return new Taxonomy(store.entries(forceId), store.unmapped(forceId));
    }

    /** Whether the viewer, a member of the force, may change its taxonomy. */
    public boolean mayChange(String forceId, SignedInUser viewer) {
        return access.isImporter(forceId, viewer);
    }

    /** Maps a raw type to a work type for this force, and reclassifies what is already stored. */
    public long classify(String forceId, SignedInUser viewer, String source, String rawType, WorkType workType,
            boolean crime) {
        access.requireImporter(forceId, viewer);
        if (source == null || !WorkTypeTaxonomy.SOURCES.contains(source)) {
            throw new InvalidRequestException("'source' must be one of " + String.join(", ", WorkTypeTaxonomy.SOURCES));
        }
        if (rawType == null || rawType.isBlank()) {
            throw new InvalidRequestException("Enter the raw type to map");
        }
        if (workType == null || workType == WorkType.UNMAPPED) {
            throw new InvalidRequestException("Choose the work type to map it to");
        }
        long changed = store.classify(forceId, source, rawType, new Classification(workType, crime));
        audit.record(viewer, "demand.taxonomy.classify", "force/" + forceId,
                source + " '" + rawType.strip() + "' -> " + workType + (crime ? " (crime)" : "") + "; " + changed
                        + " stored incidents reclassified");
        return changed;
    }

    /** A suggested work type for every raw type the force's data holds that its taxonomy does not map. */
    public List<WorkTypeSuggestions.Suggestion> suggestions(String forceId, SignedInUser viewer) {
        Taxonomy current = taxonomy(forceId, viewer);
        return WorkTypeSuggestions.suggest(current.unmapped(), current.entries());
    }

    /**
     * Maps many raw types at once (the suggestions as accepted or edited, or an uploaded file), and
     * reclassifies what is already stored, in one transaction: every mapping is saved, or none is.
     *
     * @return how many stored incidents were reclassified
     */
    public long classifyAll(String forceId, SignedInUser viewer, List<WorkTypeTaxonomy.Entry> mappings) {
        access.requireImporter(forceId, viewer);
        if (mappings.isEmpty()) {
            throw new InvalidRequestException("Choose a work type for at least one type");
        }
        for (WorkTypeTaxonomy.Entry mapping : mappings) {
            if (!WorkTypeTaxonomy.SOURCES.contains(mapping.source()) || mapping.rawType() == null
                    || mapping.rawType().isBlank() || mapping.classification().workType() == WorkType.UNMAPPED) {
                throw new InvalidRequestException("Each mapping needs a source, a type as recorded and a work type");
            }
        }
        long changed = store.classifyAll(forceId, mappings);
        audit.record(viewer, "demand.taxonomy.classify", "force/" + forceId,
                mappings.size() + " types mapped at once; " + changed + " stored incidents reclassified");
        return changed;
    }

    /** The force's taxonomy as CSV, the columns of the shipped default. */
    public String csv(String forceId, SignedInUser viewer) {
        return TaxonomyFiles.csv(taxonomy(forceId, viewer).entries());
    }

    /** The force's taxonomy as an XLSX workbook of one sheet. */
    public byte[] xlsx(String forceId, SignedInUser viewer) {
        return TaxonomyFiles.xlsx(taxonomy(forceId, viewer).entries());
    }

    /**
     * Maps every row of an uploaded taxonomy (CSV or XLSX, as downloaded); a bad row refuses the whole
     * file, naming its line and column, and nothing is changed.
     *
     * @return how many types were mapped, and how many stored incidents were reclassified
     */
    public Uploaded upload(String forceId, SignedInUser viewer, String fileName, byte[] content) {
        access.requireImporter(forceId, viewer);
        List<WorkTypeTaxonomy.Entry> mappings = TaxonomyFiles.read(fileName, content);
        if (mappings.isEmpty()) {
            throw new InvalidRequestException("file", fileName + ": the file has a header but no rows");
        }
        return new Uploaded(mappings.size(), classifyAll(forceId, viewer, mappings));
    }

    /** What an uploaded taxonomy changed: the types it mapped, and the stored incidents reclassified. */
    public record Uploaded(int mapped, long reclassified) {
    }
}
