package uk.beacon.capacity.service;

import uk.beacon.capacity.domain.scenarios.RoleMatrix;

/** A force's matrix of who can do which work type, and whether it is the shipped default. */
public record ScenarioRoles(RoleMatrix matrix, boolean defaults) {
}
