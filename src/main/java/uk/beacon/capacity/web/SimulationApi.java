package uk.beacon.capacity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import uk.beacon.capacity.service.SimulationRequest;
import uk.beacon.capacity.service.SimulationService;
import uk.beacon.platform.Job;
import uk.beacon.platform.JobService;
import uk.beacon.platform.SignedInUser;

/** Discrete-event simulations of response, run as jobs; anyone signed in may run one. */
@RestController
@Tag(name = "Capacity")
class SimulationApi {

    private final SimulationService simulations;

    SimulationApi(SimulationService simulations) {
        this.simulations = simulations;
    }

    @Operation(summary = "Simulates response as a job: incidents arriving by the hour of the week, queued by "
            + "priority and served by the units on duty. The job's result has incidents, meanWaitMinutes, "
            + "p90WaitMinutes, shareWithinTarget, utilisation and confidence95, with byPriority, queueByHour and "
            + "utilisationByHour beside them",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = SimulationRequest.class))))
    @PostMapping(path = "/api/v1/capacity/simulations", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Job> start(@RequestBody JsonNode body, @AuthenticationPrincipal SignedInUser user) {
        return JobService.accepted(simulations.start(SimulationJson.read(body), user));
    }
}
