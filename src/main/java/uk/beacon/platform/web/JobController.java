package uk.beacon.platform.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import uk.beacon.platform.JobService;
import uk.beacon.platform.SignedInUser;

/** Pages for following long-running jobs; the progress bar updates itself from the job API. */
@Controller
class JobController {

    private final JobService jobs;
    private final tools.jackson.databind.ObjectMapper json;

    JobController(JobService jobs, tools.jackson.databind.ObjectMapper json) {
        this.jobs = jobs;
        this.json = json;
    }

    @GetMapping("/jobs")
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("jobs", jobs.recent(user));
        return "jobs/list";
    }

    @GetMapping("/jobs/{id}")
    String show(@PathVariable String id, @AuthenticationPrincipal SignedInUser user, Model model) {
        JobView view = JobView.of(jobs.find(id, user), json);
        model.addAttribute("job", view.job());
        model.addAttribute("view", view);
        return "jobs/show";
    }

    @PostMapping("/jobs/{id}/cancel")
    String cancel(@PathVariable String id, @AuthenticationPrincipal SignedInUser user) {
        jobs.cancel(id, user);
        return "redirect:/jobs/" + id;
    }
}
