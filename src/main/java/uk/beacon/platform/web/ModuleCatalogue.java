package uk.beacon.platform.web;

import java.util.List;
import java.util.Optional;

/**
 * Beacon's modules as the home page presents them: the problem each answers and where it lives.
 * A module that is not yet built has a page saying what it will do, rather than a dead link.
 */
public final class ModuleCatalogue {

    public record Module(String id, String title, String problem, String summary, String path, boolean available) {

        public String href() {
            return available ? path : "/modules/" + id;
        }
    }

    static final List<Module> MODULES = List.of(
            new Module("demand", "Demand", "Work, not workforce",
                    "Import a force's calls, incidents and crimes and see the work it does: what type, when, where, "
                            + "how long it takes and how much harm.",
                    "/demand", true),
            new Module("capacity", "Capacity", "Work, not workforce",
                    "The workforce the work needs to meet service standards (999 calls answered in 10 seconds; "
                            + "emergencies attended in 15 minutes urban, 20 minutes rural), shift patterns, and what "
                            + "changes when technology takes on part of the work.",
                    "/capacity", true),
            new Module("portfolio", "Portfolio", "Strategic planning and funding",
                    "A multi-year transformation portfolio: Green Book appraisal (NPV, BCR, optimism bias), "
                            + "budget-constrained selection across years with OR-Tools, consortia of forces, and what "
                            + "in-year funding costs against a multi-year envelope. The Green Book calculator is open to "
                            + "anyone.",
                    "/portfolio", true),
            new Module("governance", "Governance", "Agile governance",
                    "A register of the technologies a force uses, with DPIA and ethics review, a public "
                            + "transparency register and horizon scanning of technology against law.",
                    "/governance", true),
            new Module("debate", "Public debate", "Agile governance",
                    "Transparent public debate on how policing uses technology.",
                    "/debate", false),
            new Module("national", "National", "A central mandate",
                    "A shared national vision that forces subscribe to, maturity and benchmarks across all 43 "
                            + "forces, and a collaboration finder for joint procurement.",
                    "/national", false));

    private ModuleCatalogue() {
    }

    static Optional<Module> find(String id) {
        return MODULES.stream().filter(module -> module.id().equals(id)).findFirst();
    }
}
