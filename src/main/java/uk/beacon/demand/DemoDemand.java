package uk.beacon.demand;

import java.io.IOException;
import java.sql.SQLException;
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
import uk.beacon.demand.domain.ImportFormat;
import uk.beacon.demand.store.DemandStore;
import uk.beacon.platform.BeaconProperties;
import uk.beacon.platform.Role;
import uk.beacon.platform.SignedInUser;

/**
 * The demo profile's demand data, so every page has something true to show: City of London
 * Police's real street-level crime for January to June 2021 (data.police.uk, Open Government
 * Licence v3.0, shipped unchanged under {@code demo/police-uk/city-of-london}). It is imported as a
 * job once Beacon is ready, the first time only.
 */
@Component
class DemoDemand {

    static final String CITY = "city-of-london";
    private static final Logger log = LoggerFactory.getLogger(DemoDemand.class);

    private final BeaconProperties properties;
    private final DemandStore store;
    private final DemandImportService imports;

    private final boolean enabled;

    DemoDemand(BeaconProperties properties, DemandStore store, DemandImportService imports,
            @Value("${beacon.demand.demo-data:true}") boolean enabled) {
        this.properties = properties;
        this.enabled = enabled;
        this.store = store;
        this.imports = imports;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() throws IOException, SQLException {
        if (!enabled || !properties.demo().enabled() || !store.imports(CITY).isEmpty()) {
            return;
        }
        Resource[] files = new PathMatchingResourcePatternResolver()
                .getResources("classpath:demo/police-uk/city-of-london/*-street.csv");
        List<Resource> sorted = new ArrayList<>(Arrays.asList(files));
        sorted.sort(Comparator.comparing(Resource::getFilename));
        List<DemandImportService.Upload> uploads = sorted.stream()
                .map(file -> new DemandImportService.Upload(file.getFilename(), file::getInputStream)).toList();
        SignedInUser loader = SignedInUser.of("demo-loader", CITY, Role.ANALYST);
        var job = imports.start(CITY, loader, ImportFormat.POLICE_UK_STREET, null, uploads);
        log.info("Demo data: importing City of London Police's street crime for 2021 as job {}", job.id());
    }
}
