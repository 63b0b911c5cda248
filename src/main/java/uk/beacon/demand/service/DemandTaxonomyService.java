package uk.beacon.demand.service;

import org.springframework.stereotype.Service;
import uk.beacon.demand.domain.Classification;
import uk.beacon.demand.domain.Taxonomy;
import uk.beacon.demand.domain.WorkType;
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
}
