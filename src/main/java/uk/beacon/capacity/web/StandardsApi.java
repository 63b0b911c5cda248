package uk.beacon.capacity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.beacon.capacity.domain.staffing.ServiceStandard;
import uk.beacon.capacity.service.ServiceStandardsService;
import uk.beacon.platform.InvalidRequestException;
import uk.beacon.platform.SignedInUser;

/** A force's service standards. Private to the force; its planners change them. */
@RestController
@Tag(name = "Capacity")
class StandardsApi {

    record StandardsBody(List<ServiceStandard> standards) {
    }

    private final ServiceStandardsService standards;

    StandardsApi(ServiceStandardsService standards) {
        this.standards = standards;
    }

    @Operation(summary = "The force's service standards (the national defaults until its planners change them)")
    @GetMapping("/api/v1/forces/{force}/capacity/standards")
    ServiceStandardsService.Standards get(@PathVariable String force, @AuthenticationPrincipal SignedInUser user) {
        return standards.standards(force, user);
    }

    @Operation(summary = "Replaces the force's service standards; its planners only")
    @PutMapping("/api/v1/forces/{force}/capacity/standards")
    ServiceStandardsService.Standards put(@PathVariable String force, @RequestBody(required = false) StandardsBody body,
            @AuthenticationPrincipal SignedInUser user) {
        if (body == null) {
            throw new InvalidRequestException("Send {\"standards\": [...]} as JSON");
        }
        return standards.save(force, user, body.standards());
    }
}
