package uk.beacon.capacity.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.beacon.capacity.domain.queueing.ErlangC;
import uk.beacon.platform.InvalidRequestException;

/** The public Erlang C calculator: anyone may use it without signing in. */
@RestController
@Tag(name = "Capacity")
class ErlangApi {

    /**
     * The figures for a number of agents. {@code averageSpeedOfAnswerSeconds} is null when the queue
     * is not stable (no more agents than the traffic), when every call waits without limit.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Answer(double trafficErlangs, int agents, boolean stable, double probabilityOfWaiting,
            double serviceLevel, Double averageSpeedOfAnswerSeconds, double occupancy, Double serviceLevelTarget,
            String note) {

        static Answer of(ErlangC.Result result, Double target, String note) {
            return new Answer(result.trafficErlangs(), result.servers(), result.stable(),
                    result.probabilityOfWaiting(), result.serviceLevel(), result.averageSpeedOfAnswerSeconds(),
                    result.occupancy(), target, note);
        }
    }

    @Operation(summary = "Erlang C: service level, probability of waiting, mean wait and occupancy for a number of "
            + "agents, or the fewest agents meeting a service-level target. Public.")
    @GetMapping("/api/v1/capacity/erlang-c")
    Answer erlangC(
            @Parameter(description = "Calls arriving in the interval") @RequestParam(required = false) String callsPerInterval,
            @Parameter(description = "The interval's length in seconds, such as 1800") @RequestParam(required = false) String intervalSeconds,
            @Parameter(description = "Mean handling time of a call in seconds") @RequestParam(required = false) String handlingSeconds,
            @Parameter(description = "Answer within this many seconds") @RequestParam(required = false) String targetSeconds,
            @Parameter(description = "Agents answering calls; leave out to find the fewest") @RequestParam(required = false) String agents,
            @Parameter(description = "Share to answer within the target, such as 0.8, when agents is left out") @RequestParam(required = false) String serviceLevelTarget) {
        ErlangQuery query = new ErlangQuery(callsPerInterval, intervalSeconds, handlingSeconds, targetSeconds, agents,
                serviceLevelTarget);
        Map<String, String> errors = query.errors();
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors.values().iterator().next());
        }
        return answer(query.checked());
    }

    static Answer answer(ErlangQuery.Checked checked) {
        double traffic = checked.traffic();
        if (checked.agents() != null) {
            ErlangC.Result result = ErlangC.evaluate(checked.agents(), traffic, checked.handlingSeconds(),
                    checked.targetSeconds());
            return Answer.of(result, null, result.stable() ? null
                    : "Not stable: with no more agents than the traffic (" + round(traffic)
                            + " erlangs) the queue grows without limit");
        }
        ErlangC.Result fewest = ErlangC.fewestServers(traffic, checked.handlingSeconds(), checked.targetSeconds(),
                checked.serviceLevelTarget());
        if (fewest == null) {
            throw new InvalidRequestException("'serviceLevelTarget' cannot be reached with up to "
                    + ErlangC.MAX_SERVERS + " agents");
        }
        return Answer.of(fewest, checked.serviceLevelTarget(), null);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
