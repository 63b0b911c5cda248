package uk.beacon.capacity.service;

import org.springframework.stereotype.Service;
import uk.beacon.capacity.domain.staffing.StaffingCalculator;
import uk.beacon.capacity.domain.staffing.StaffingRequirement;
import uk.beacon.platform.SignedInUser;

/** The people a force needs on duty, hour by hour, for its workload and standards. Private to the force. */
@Service
public class StaffingService {

    /** The requirement with the workload and standards it was worked out from. */
    public record Staffing(WorkloadService.Current workload, ServiceStandardsService.Standards standards,
            StaffingRequirement requirement) {
    }

    private final WorkloadService workloads;
    private final ServiceStandardsService standards;

    StaffingService(WorkloadService workloads, ServiceStandardsService standards) {
        this.workloads = workloads;
        this.standards = standards;
    }

    public Staffing staffing(String forceId, SignedInUser viewer) {
        WorkloadService.Current workload = workloads.current(forceId, viewer);
        ServiceStandardsService.Standards current = standards.standards(forceId, viewer);
        return new Staffing(workload, current,
                StaffingCalculator.requirement(workload.workload(), current.standards()));
    }
}
