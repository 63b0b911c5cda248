package uk.beacon.capacity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import uk.beacon.capacity.domain.queueing.ErlangC;

/**
 * The public staffing calculator: a GET form (so an answer has its own address and works without
 * JavaScript), the figures for the answer, and the service level for a few numbers of agents around it.
 */
@Controller
class ErlangCalculatorPage {

    /** One row of the table of agents around the answer. */
    record Row(int agents, boolean answer, String serviceLevel, String probabilityOfWaiting,
            String averageSpeedOfAnswer, String occupancy) {
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "/capacity";
    }

    @GetMapping("/capacity/calculator")
    String calculator(@RequestParam(required = false) String callsPerInterval,
            @RequestParam(required = false) String intervalSeconds,
            @RequestParam(required = false) String handlingSeconds,
            @RequestParam(required = false) String targetSeconds, @RequestParam(required = false) String agents,
            @RequestParam(required = false) String serviceLevelTarget, Model model, HttpServletResponse response) {
        ErlangQuery query = new ErlangQuery(callsPerInterval, intervalSeconds, handlingSeconds, targetSeconds, agents,
                serviceLevelTarget);
        model.addAttribute("form", query);
        Map<String, String> errors = query.isEmpty() ? Map.of() : query.errors();
        model.addAttribute("errors", errors);
        if (!query.isEmpty() && !errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        if (!query.isEmpty() && errors.isEmpty()) {
            ErlangQuery.Checked checked = query.checked();
            ErlangC.Result answer = checked.agents() != null
                    ? ErlangC.evaluate(checked.agents(), checked.traffic(), checked.handlingSeconds(),
                            checked.targetSeconds())
                    : ErlangC.fewestServers(checked.traffic(), checked.handlingSeconds(), checked.targetSeconds(),
                            checked.serviceLevelTarget());
            model.addAttribute("checked", checked);
            model.addAttribute("answer", answer);
            if (answer != null) {
                model.addAttribute("rows", around(answer.servers(), checked));
            }
        }
        return "capacity/calculator";
    }

    private static List<Row> around(int answer, ErlangQuery.Checked checked) {
        double traffic = checked.traffic();
        int first = Math.max(Math.max(1, answer - 3), (int) Math.floor(traffic) + 1);
        int last = Math.max(answer + 3, first + 3);
        List<Row> rows = new ArrayList<>();
        for (int agents = first; agents <= last; agents++) {
            ErlangC.Result result = ErlangC.evaluate(agents, traffic, checked.handlingSeconds(),
                    checked.targetSeconds());
            rows.add(new Row(agents, agents == answer, percent(result.serviceLevel()),
                    percent(result.probabilityOfWaiting()), seconds(result.averageSpeedOfAnswerSeconds()),
                    percent(result.occupancy())));
        }
        return rows;
    }

    private static String percent(double share) {
        return Figures.percent(share);
    }

    private static String seconds(Double seconds) {
        return Figures.seconds(seconds);
    }
}
