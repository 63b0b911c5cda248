package uk.beacon.governance.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;
import uk.beacon.governance.domain.TechnologyRecord;
import uk.beacon.governance.domain.dpia.Dpia;
import uk.beacon.governance.domain.ethics.EthicsReview;
import uk.beacon.governance.store.TechnologyStore;
import uk.beacon.platform.BeaconProperties;
import uk.beacon.platform.Role;
import uk.beacon.platform.SignedInUser;

/**
 * The demo profile's technology register: one published record of City of London Police (body-worn video), with
 * a complete DPIA and ethics review, taken through the workflow by the force's demo planner, reviewer and approver
 * so that its trail is genuine. Its texts ({@code governance/demo/*.json}) say they are demo content. Added once:
 * a restart finds the record by name and leaves it.
 */
@Component
class DemoGovernance {

    static final String FORCE = "city-of-london";
    static final String NAME = "Body-worn video (demo record)";
    private static final String FOLDER = "governance/demo/";
    private static final Logger log = LoggerFactory.getLogger(DemoGovernance.class);

    private final BeaconProperties properties;
    private final TechnologyService technologies;
    private final TechnologyWorkflow workflow;
    private final TechnologyStore store;
    private final ObjectMapper json;
    private final TransactionTemplate transaction;
    private final boolean enabled;

    DemoGovernance(BeaconProperties properties, TechnologyService technologies, TechnologyWorkflow workflow,
            TechnologyStore store, ObjectMapper json, TransactionTemplate transaction,
            @Value("${beacon.governance.demo-data:true}") boolean enabled) {
        this.properties = properties;
        this.technologies = technologies;
        this.workflow = workflow;
        this.store = store;
        this.json = json;
        this.transaction = transaction;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        if (enabled && properties.demo().enabled()) {
            seed();
        }
    }

    /** Adds the demo record unless it is there already; returns its id, or null when it was there. */
    String seed() {
        return transaction.execute(status -> {
            if (store.findByOrganisation(FORCE).stream().anyMatch(row -> NAME.equals(row.name()))) {
                return null;
            }
            SignedInUser planner = SignedInUser.of("planner." + FORCE, FORCE, Role.PLANNER);
            SignedInUser reviewer = SignedInUser.of("reviewer." + FORCE, FORCE, Role.REVIEWER);
            SignedInUser approver = SignedInUser.of("approver." + FORCE, FORCE, Role.APPROVER);
            String id = technologies.create(FORCE, planner, read("body-worn-video-record.json", TechnologyRecord.class))
                    .id();
            technologies.saveDpia(id, planner, read("body-worn-video-dpia.json", Dpia.class));
            technologies.saveEthicsReview(id, planner, read("body-worn-video-ethics.json", EthicsReview.class));
            workflow.transition(id, planner, "submit", null);
            workflow.transition(id, reviewer, "start-review", null);
            workflow.transition(id, approver, "approve", "Follow the ethics panel's conditions (demo)");
            workflow.transition(id, approver, "publish", null);
            log.info("Demo data: published the technology record '{}' of {}", NAME, FORCE);
            return id;
        });
    }

    private <T> T read(String file, Class<T> type) {
        try (InputStream in = new ClassPathResource(FOLDER + file).getInputStream()) {
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the demo file " + FOLDER + file, e);
        }
    }
}
