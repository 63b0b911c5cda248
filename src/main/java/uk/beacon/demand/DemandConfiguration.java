package uk.beacon.demand;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.beacon.demand.store.DemandDatabases;
import uk.beacon.demand.store.DemandStore;
import tools.jackson.databind.ObjectMapper;
import uk.beacon.demand.store.MappingStore;
import uk.beacon.demand.store.ProfileQuery;
import uk.beacon.demand.store.TaxonomyStore;
import uk.beacon.platform.BeaconProperties;

@Configuration(proxyBeanMethods = false)
class DemandConfiguration {

    @Bean
    DemandDatabases demandDatabases(BeaconProperties properties,
            @Value("${beacon.demand.memory-limit:" + DemandDatabases.DEFAULT_MEMORY_LIMIT + "}") String memoryLimit) {
        return new DemandDatabases(properties.dataDir().resolve("demand"), memoryLimit);
    }

    @Bean
    DemandStore demandStore(DemandDatabases databases) {
        return new DemandStore(databases);
    }

    @Bean
    MappingStore mappingStore(DemandDatabases databases, ObjectMapper json) {
        return new MappingStore(databases, json);
    }

    @Bean
    TaxonomyStore taxonomyStore(DemandDatabases databases) {
        return new TaxonomyStore(databases);
    }

    @Bean
    ProfileQuery profileQuery(DemandDatabases databases) {
        return new ProfileQuery(databases);
    }
}
