package uk.beacon.platform.web;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import uk.beacon.platform.Job;

/**
 * A job as its page shows it: its title, and from its result the lines a module chose to show people
 * ({@code summary}: label and value) and where to go next ({@code links}: text and a path within Beacon).
 */
record JobView(Job job, List<Line> summary, List<Link> links) {

    record Line(String label, String value) {
    }

    record Link(String text, String href) {
    }

    static JobView of(Job job, ObjectMapper json) {
        List<Line> summary = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        if (job.result() != null) {
            JsonNode result;
            try {
                result = json.readTree(job.result());
            } catch (RuntimeException e) {
                // A result that is not JSON is still offered as a download, just not summarised.
                return new JobView(job, summary, links);
            }
            for (JsonNode line : result.path("summary")) {
                summary.add(new Line(line.path("label").asString(""), line.path("value").asString("")));
            }
            for (JsonNode link : result.path("links")) {
                String href = link.path("href").asString("");
                // Only paths within Beacon, so a result cannot send anyone elsewhere.
                if (href.startsWith("/") && !href.startsWith("//")) {
                    links.add(new Link(link.path("text").asString(""), href));
                }
            }
        }
        return new JobView(job, summary, links);
    }
}
