package uk.beacon.governance.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.beacon.governance.domain.horizon.Assessment;
import uk.beacon.governance.domain.horizon.Coverage;
import uk.beacon.governance.domain.horizon.HorizonCatalogue.AppliedFramework;
import uk.beacon.governance.domain.horizon.HorizonCatalogue.TypeShortfall;
import uk.beacon.governance.domain.horizon.HorizonCatalogue;
import uk.beacon.governance.domain.horizon.HorizonRuleException;
import uk.beacon.governance.domain.horizon.LegalFramework;
import uk.beacon.governance.domain.horizon.TechnologyType;
import uk.beacon.governance.store.HorizonStore;
import uk.beacon.platform.AuditLog;
import uk.beacon.platform.ForbiddenException;
import uk.beacon.platform.InvalidRequestException;
import uk.beacon.platform.NotFoundException;
import uk.beacon.platform.Role;
import uk.beacon.platform.SignedInUser;

/**
 * Horizon scanning: the national catalogue of technology types against legal and regulatory
 * frameworks. Anyone may read it; national coordinators change it, and every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class HorizonService {

    private final HorizonStore store;
    private final ObjectProvider<HorizonDeploymentCounts> deploymentCounts;
    private final AuditLog audit;
    private final Clock clock;

    HorizonService(HorizonStore store, ObjectProvider<HorizonDeploymentCounts> deploymentCounts, AuditLog audit,
            Clock clock) {
        this.store = store;
        this.deploymentCounts = deploymentCounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The whole catalogue; public. */
    public HorizonCatalogue catalogue() {
        return store.catalogue();
    }

    /** The frameworks that apply to a technology type, for a record's page; none for a type not in the catalogue. */
    public List<AppliedFramework> frameworksFor(String typeCode) {
        return store.catalogue().frameworksFor(typeCode);
    }

    /** Per type, its gaps and partly covered frameworks with these deployment counts (see {@link HorizonCatalogue#gaps}). */
    public List<TypeShortfall> gaps(Map<String, Long> deploymentsByType) {
        return store.catalogue().gaps(deploymentsByType);
    }

    /** The gaps, with the registered deployments the {@link HorizonDeploymentCounts} bean reports (zero without one). */
    public List<TypeShortfall> gaps() {
        return gaps(deploymentCounts.getIfAvailable(() -> HorizonDeploymentCounts.NONE).deploymentsByType());
    }

    public boolean mayEdit(SignedInUser user) {
        return user != null && user.hasRole(Role.NATIONAL_COORDINATOR);
    }

    private void requireCoordinator(SignedInUser user) {
        if (!mayEdit(user)) {
            throw new ForbiddenException("Only national coordinators can change the horizon-scanning catalogue");
        }
    }

    /** Adds or changes a technology type; coordinators only. */
    @Transactional
    public TechnologyType saveType(SignedInUser user, String code, String name, String description) {
        requireCoordinator(user);
        TechnologyType type = checked(() -> TechnologyType.of(code, name, description));
        boolean created = store.saveType(type, user.getUsername(), OffsetDateTime.now(clock));
        audit.record(user, "governance.horizon.type." + (created ? "create" : "change"), "horizon/type/" + code,
                type.name());
        return type;
    }

    /** Adds or changes a legal or regulatory framework; coordinators only. */
    @Transactional
    public LegalFramework saveFramework(SignedInUser user, String code, String shortName, String name, String link) {
        requireCoordinator(user);
        LegalFramework framework = checked(() -> LegalFramework.of(code, shortName, name, link));
        boolean created = store.saveFramework(framework, user.getUsername(), OffsetDateTime.now(clock));
        audit.record(user, "governance.horizon.framework." + (created ? "create" : "change"),
                "horizon/framework/" + code, framework.name());
        return framework;
    }

    /**
     * Sets whether a framework applies to a type and how well it covers it; coordinators only.
     * {@code coverage} is {@code COVERED}, {@code PARTLY_COVERED} or {@code GAP}, and empty when
     * the framework does not apply.
     */
    @Transactional
    public Assessment saveAssessment(SignedInUser user, String typeCode, String frameworkCode, Boolean applies,
            String coverage, String note, String sourceTitle, String sourceLink) {
        requireCoordinator(user);
        if (!store.typeExists(typeCode)) {
            throw new NotFoundException("There is no technology type " + typeCode + " in the catalogue");
        }
        if (!store.frameworkExists(frameworkCode)) {
            throw new NotFoundException("There is no framework " + frameworkCode + " in the catalogue");
        }
        if (applies == null) {
            throw new InvalidRequestException("applies", "'applies' must be true or false");
        }
        Assessment assessment = checked(() -> Assessment.of(typeCode, frameworkCode, applies,
                coverage == null || coverage.isBlank() ? null : Coverage.parse("coverage", coverage), note,
                sourceTitle, sourceLink));
        boolean created = store.saveAssessment(assessment, user.getUsername(), OffsetDateTime.now(clock));
        audit.record(user, "governance.horizon.assessment." + (created ? "create" : "change"),
                "horizon/assessment/" + typeCode + "/" + frameworkCode, assessment.label());
        return assessment;
    }

    private static <T> T checked(java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (HorizonRuleException e) {
            throw new InvalidRequestException(e.field(), e.getMessage());
        }
    }
}
