package uk.beacon.governance.service;

import java.util.Map;

/**
 * How many registered deployments there are of each technology type, by type code, for the gaps
 * view. The technology register provides the bean ({@code GovernanceConfiguration}): the records of each type
 * on the public register now. Without a bean, every count is zero.
 */
@FunctionalInterface
public interface HorizonDeploymentCounts {

    HorizonDeploymentCounts NONE = Map::of;

    Map<String, Long> deploymentsByType();
}
