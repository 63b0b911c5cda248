package uk.beacon.demand.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import uk.beacon.demand.domain.Upload;
import uk.beacon.demand.domain.ColumnMapping;
import uk.beacon.demand.domain.ImportFormat;
import uk.beacon.demand.synthetic.SyntheticDemand;
import uk.beacon.demand.synthetic.SyntheticDemandParameters;
import uk.beacon.demand.store.DemandStore;
import uk.beacon.platform.BeaconProperties;
import uk.beacon.platform.JobService;
import uk.beacon.platform.Role;
import uk.beacon.platform.SignedInUser;

/**
 * The demo profile's demand data, so every page has something to show, imported as jobs once Beacon
 * is ready, the first time only:
 * <ul>
 *   <li>City of London Police's real street-level crime for January to June 2021 (data.police.uk,
 *       Open Government Licence v3.0, shipped unchanged under {@code demo/police-uk/city-of-london});
 *   <li>a generated CAD year (2025) for the Metropolitan Police Service, from the synthetic demand
 *       generator, whose sources are in {@code demand/synthetic-README.md}. It is synthetic: every
 *       incident id starts {@code SYN-}.
 * </ul>
 */
@Component
class DemoDemand {

    static final String CITY = "city-of-london";
    static final String MET = "metropolitan";
    private static final Logger log = LoggerFactory.getLogger(DemoDemand.class);

    private final BeaconProperties properties;
    private final DemandStore store;
    private final DemandImportService imports;

    private final boolean enabled;
    private final Long metIncidents;
    private final JobService jobs;

    /**
     * @param metIncidents how many incidents the Metropolitan demo year has; empty for the
     *     generator's own estimate for the force (about 1.8 million)
     */
    DemoDemand(BeaconProperties properties, DemandStore store, DemandImportService imports, JobService jobs,
            @Value("${beacon.demand.demo-data:true}") boolean enabled,
            @Value("${beacon.demand.demo-met-incidents:#{null}}") Long metIncidents) {
        this.properties = properties;
        this.jobs = jobs;
        this.metIncidents = metIncidents;
        this.enabled = enabled;
        this.store = store;
        this.imports = imports;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() throws IOException {
        if (!enabled || !properties.demo().enabled()) {
            return;
        }
        if (store.imports(CITY).isEmpty()) {
            loadCity();
        }
        if (store.imports(MET).isEmpty()) {
            loadMet();
        }
    }

    private void loadCity() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver()
                .getResources("classpath:demo/police-uk/city-of-london/*-street.csv");
        List<Resource> sorted = new ArrayList<>(Arrays.asList(files));
        sorted.sort(Comparator.comparing(Resource::getFilename));
        List<Upload> uploads = sorted.stream()
                .map(file -> Upload.fromStream(file.getFilename(), file::getInputStream)).toList();
        SignedInUser loader = SignedInUser.of("demo-loader", CITY, Role.ANALYST);
        var job = imports.start(CITY, loader, ImportFormat.POLICE_UK_STREET, null, uploads);
        log.info("Demo data: importing City of London Police's street crime for 2021 as job {}", job.id());
    }

    /** Generates the Metropolitan year inside a job (it takes a few seconds), then imports it as another. */
    private void loadMet() {
        SignedInUser loader = SignedInUser.of("demo-loader", MET, Role.ANALYST);
        var job = jobs.start("demand.demo-generate", "Synthetic demo demand for the Metropolitan Police Service", null, loader,
                context -> {
            SyntheticDemandParameters parameters = SyntheticDemandParameters.defaults().withForce(MET)
                    .withIncidents(metIncidents);
            Path folder = Files.createDirectories(properties.dataDir().resolve("uploads"));
            Path file = Files.createTempFile(folder, "demo-metropolitan-", ".csv");
            try {
                context.progress(10, "Generating a synthetic CAD year for the Metropolitan Police Service");
                SyntheticDemand.Result written = SyntheticDemand.write(parameters, file);
                context.progress(90, "Starting the import of " + written.incidents() + " incidents");
                var upload = Upload.fromStream("synthetic-metropolitan-2025.csv",
                        () -> Files.newInputStream(file));
                var importJob = imports.start(MET, loader, ImportFormat.CAD, ColumnMapping.CANONICAL.name(),
                        List.of(upload));
                return java.util.Map.of("incidents", written.incidents(), "importJob", importJob.id());
            } finally {
                Files.deleteIfExists(file);
            }
        });
        log.info("Demo data: generating a synthetic CAD year for the Metropolitan Police Service as job {}",
                job.id());
    }
}
