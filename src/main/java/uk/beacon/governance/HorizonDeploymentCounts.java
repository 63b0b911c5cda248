package uk.beacon.governance;

import java.util.Map;

/**
 * How many registered deployments there are of each technology type, by type code, for the gaps
 * view. Until the technology register provides a bean of this type, every count is zero.
 */
@FunctionalInterface
public interface HorizonDeploymentCounts {

    HorizonDeploymentCounts NONE = Map::of;

    Map<String, Long> deploymentsByType();
}
