package uk.beacon.platform.web;

import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.beacon.platform.Job;
import uk.beacon.platform.JobFailure;
import uk.beacon.platform.JobService;
import uk.beacon.platform.SignedInUser;

/**
 * Test-only endpoints: a sample long-running job started the way modules start theirs, and a
 * request that fails unexpectedly, to exercise the job machinery and the error pages.
 */
@RestController
class SampleJobController {

    private final JobService jobs;

    SampleJobController(JobService jobs) {
        this.jobs = jobs;
    }

    /**
     * @param steps how many steps to report before finishing
     * @param outcome {@code succeed}, {@code fail} (a reason for the user), {@code crash} (an
     *     unexpected exception) or {@code wait} (runs until cancelled)
     */
    @PostMapping("/api/v1/test/jobs")
    ResponseEntity<Job> start(@RequestParam(defaultValue = "3") int steps,
            @RequestParam(defaultValue = "succeed") String outcome, @AuthenticationPrincipal SignedInUser user) {
        Job job = jobs.start("test.sample", user, context -> {
            for (int step = 1; step <= steps; step++) {
                context.stopIfCancelled();
                context.progress(100 * step / (steps + 1), "Step " + step + " of " + steps);
            }
            switch (outcome) {
                case "fail" -> throw new JobFailure("sample.csv line 7, column Month: '2021-13' is not a month");
                case "crash" -> throw new IllegalStateException("secret internal detail");
                case "long" -> {
                    context.progress(50, "Reading " + "h,".repeat(50_000));
                    throw new JobFailure("sample.csv line 1: " + "x".repeat(100_000));
                }
                case "wait" -> {
                    for (int i = 0; i < 1000; i++) {
                        context.stopIfCancelled();
                        Thread.sleep(10);
                    }
                }
                default -> { }
            }
            return Map.of("steps", steps);
        });
        return JobService.accepted(job);
    }

    @GetMapping({"/test/crash", "/api/v1/test/crash"})
    String crash() {
        throw new IllegalStateException("secret internal detail at uk.beacon.Secret.method(Secret.java:42)");
    }
}
