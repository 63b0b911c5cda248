package uk.beacon.capacity.service;

import java.util.List;
import uk.beacon.capacity.domain.scenarios.ScenarioChange;

/** A scenario as a client sends it to create or replace one. */
public record ScenarioInput(String name, String description, List<ScenarioChange> changes) {
}
