package uk.beacon.governance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.beacon.governance.service.ProblemReports;
import uk.beacon.governance.service.PublicRegister;
import uk.beacon.platform.InvalidRequestException;

/** The public transparency register, for anyone without signing in. */
@RestController
@Tag(name = "Governance register (public)")
class RegisterApi {

    record Listing(int count, List<PublicRegister.Entry> records) {
    }

    record Download(String standard, String note, int count, List<Map<String, Object>> records) {
    }

    record ProblemBody(String message, String contact) {
    }

    private final PublicRegister register;
    private final ProblemReports reports;

    RegisterApi(PublicRegister register, ProblemReports reports) {
        this.register = register;
        this.reports = reports;
    }

    @Operation(summary = "Published technology records: q (words), force, category, phase, ethicsReview, risk")
    @GetMapping("/api/v1/register")
    Listing list(@RequestParam(required = false) String q, @RequestParam(required = false) String force,
            @RequestParam(required = false) String category, @RequestParam(required = false) String phase,
            @RequestParam(required = false) Boolean ethicsReview, @RequestParam(required = false) Integer risk) {
        List<PublicRegister.Entry> records = register.list(new PublicRegister.Query(q, force, category, phase,
                ethicsReview, risk));
        return new Listing(records.size(), records);
    }

    @Operation(summary = "A published record with its history of published versions")
    @GetMapping("/api/v1/register/{id}")
    PublicRegister.Record record(@PathVariable String id) {
        return register.record(id);
    }

    @Operation(summary = "Every published record as CSV, one column per ATRS field")
    @GetMapping("/api/v1/register.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String q, @RequestParam(required = false) String force,
            @RequestParam(required = false) String category, @RequestParam(required = false) String phase) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"technology-register.csv\"")
                .body(register.csv(new PublicRegister.Query(q, force, category, phase, null, null)));
    }

    @Operation(summary = "Every published record as JSON in ATRS field names")
    @GetMapping(value = "/api/v1/register.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Download> json(@RequestParam(required = false) String q,
            @RequestParam(required = false) String force, @RequestParam(required = false) String category,
            @RequestParam(required = false) String phase) {
        List<Map<String, Object>> records = register.json(new PublicRegister.Query(q, force, category, phase, null,
                null));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"technology-register.json\"")
                .body(new Download("Algorithmic Transparency Recording Standard (ATRS) v3",
                        "Fields in section 'beacon' are Beacon's own, beyond the standard", records.size(), records));
    }

    @Operation(summary = "Reports a problem with a published record, for its force to moderate (rate-limited)")
    @PostMapping("/api/v1/register/{id}/problems")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> report(@PathVariable String id, @RequestBody(required = false) ProblemBody body,
            HttpServletRequest request) {
        if (body == null) {
            throw new InvalidRequestException("Send {\"message\": ..., \"contact\": ...} as JSON");
        }
        reports.report(id, body.message(), body.contact(), request.getRemoteAddr());
        return Map.of("status", "received");
    }
}
