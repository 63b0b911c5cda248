package uk.beacon.demand.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import uk.beacon.demand.domain.DemandImport;
import uk.beacon.demand.domain.ImportFormat;
import uk.beacon.demand.domain.Upload;
import uk.beacon.demand.domain.profile.Profile;
import uk.beacon.demand.domain.profile.ProfileGrouping;
import uk.beacon.demand.service.DemandImportService;
import uk.beacon.demand.service.DemandProfileService;
import uk.beacon.platform.InvalidRequestException;
import uk.beacon.platform.Job;
import uk.beacon.platform.JobService;
import uk.beacon.platform.LargeUpload;
import uk.beacon.platform.SignedInUser;

/** A force's demand data: imports and the profile of its work. Private to the force. */
@RestController
@RequestMapping("/api/v1/forces/{force}/demand")
@Tag(name = "Demand")
class DemandApi {

    private final DemandImportService imports;
    private final DemandProfileService profiles;

    DemandApi(DemandImportService imports, DemandProfileService profiles) {
        this.imports = imports;
        this.profiles = profiles;
    }

    @Operation(summary = "Imports one or more files (or zips) as a job; the force's analysts and planners only. "
            + "synthetic=true says the files are synthetic (made by Beacon's generator, not the force's records), "
            + "so that every figure drawn from them says so")
    @LargeUpload
    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Job> startImport(@PathVariable String force, @RequestParam("file") List<MultipartFile> files,
            @RequestParam String format, @RequestParam(required = false) String mapping,
            @RequestParam(defaultValue = "false") boolean synthetic, @AuthenticationPrincipal SignedInUser user) {
        ImportFormat importFormat = format(format, mapping);
        List<Upload> uploads = files.stream()
                .map(file -> new Upload(
                        file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename(),
                        file::transferTo))
                .toList();
        return JobService.accepted(imports.start(force, user, importFormat, mapping, uploads, synthetic));
    }

    /**
     * The same import for one file sent as the request body (for example {@code curl --data-binary
     * @file.csv -H 'Content-Type: text/csv'}): for large files, as it skips multipart parsing and the
     * file is written straight to disk.
     */
    @Operation(summary = "Imports one file sent as the request body (text/csv, application/zip or "
            + "application/octet-stream); the same as the multipart form (synthetic too), faster for large files")
    @LargeUpload
    @PostMapping(path = "/imports", consumes = {"text/csv", "application/zip", MediaType.APPLICATION_OCTET_STREAM_VALUE})
    ResponseEntity<Job> startImportFromBody(@PathVariable String force, @RequestParam String format,
            @RequestParam(required = false) String mapping, @RequestParam(defaultValue = "upload.csv") String fileName,
            @RequestParam(defaultValue = "false") boolean synthetic, jakarta.servlet.http.HttpServletRequest request,
            @AuthenticationPrincipal SignedInUser user) {
        ImportFormat importFormat = format(format, mapping);
        var upload = Upload.fromStream(fileName, request::getInputStream,
                request.getContentLengthLong());
        return JobService.accepted(imports.start(force, user, importFormat, mapping, List.of(upload), synthetic));
    }

    private static ImportFormat format(String format, String mapping) {
        ImportFormat importFormat;
        try {
            importFormat = ImportFormat.fromCode(format);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(e.getMessage());
        }
        if (importFormat == ImportFormat.CAD && (mapping == null || mapping.isBlank())) {
            throw new InvalidRequestException("A cad import needs a column 'mapping', such as dallas or beacon-canonical");
        }
        return importFormat;
    }

    @Operation(summary = "The force's import history, newest first")
    @GetMapping("/imports")
    List<DemandImport> history(@PathVariable String force, @AuthenticationPrincipal SignedInUser user) {
        return imports.history(force, user);
    }

    @Operation(summary = "Deletes an import and its incidents")
    @DeleteMapping("/imports/{id}")
    ResponseEntity<Void> delete(@PathVariable String force, @PathVariable String id,
            @AuthenticationPrincipal SignedInUser user) {
        imports.delete(force, id, user);
        return ResponseEntity.noContent().build();
    }

    /**
     * A profile as the API answers it: its rows and totals, and whether it is synthetic (some of its incidents came
     * from an import said to be synthetic: made by Beacon's generator, not the force's records).
     */
    record ProfileAnswer(List<Profile.Row> rows, Profile.Totals totals, boolean synthetic) {
    }

    @Operation(summary = "Incidents, officer hours and harm for the months from..to (both included), grouped by "
            + "workType, rawType, month, week (incidents with a time), hourOfWeek, priority or area; synthetic is "
            + "true when some of the incidents came from an import said to be synthetic (made by Beacon's generator "
            + "for the demo, not the force's records)")
    @GetMapping("/profile")
    ProfileAnswer profile(@PathVariable String force, @RequestParam String from, @RequestParam String to,
            @RequestParam(defaultValue = "workType") String by, @AuthenticationPrincipal SignedInUser user) {
        YearMonth first = month("from", from);
        YearMonth last = month("to", to);
        Profile profile = profiles.profile(force, user, first, last, grouping(by));
        return new ProfileAnswer(profile.rows(), profile.totals(), profiles.synthetic(force, user, first, last));
    }

    @Operation(summary = "Minutes from creation to first arrival by priority (median, 90th percentile) and the share "
            + "of emergencies attended within target (15 minutes unless given)")
    @GetMapping("/response-times")
    List<Profile.ResponseTimes> responseTimes(@PathVariable String force, @RequestParam String from,
            @RequestParam String to, @RequestParam(required = false) Double emergencyTargetMinutes,
            @AuthenticationPrincipal SignedInUser user) {
        return profiles.responseTimes(force, user, month("from", from), month("to", to),
                emergencyTargetMinutes == null ? DemandProfileService.URBAN_EMERGENCY_TARGET_MINUTES
                        : emergencyTargetMinutes);
    }

    @Operation(summary = "Two periods side by side; by default the same months a year earlier")
    @GetMapping("/compare")
    DemandProfileService.ComparisonResult compare(@PathVariable String force, @RequestParam String from,
            @RequestParam String to, @RequestParam(defaultValue = "workType") String by,
            @RequestParam(required = false) String compareFrom, @RequestParam(required = false) String compareTo,
            @AuthenticationPrincipal SignedInUser user) {
        return profiles.compare(force, user, month("from", from), month("to", to), grouping(by),
                compareFrom == null ? null : month("compareFrom", compareFrom),
                compareTo == null ? null : month("compareTo", compareTo));
    }

    static YearMonth month(String name, String value) {
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("'" + name + "' must be a month written YYYY-MM, not '" + value + "'");
        }
    }

    static ProfileGrouping grouping(String by) {
        return ProfileGrouping.fromApiName(by).orElseThrow(() -> new InvalidRequestException("'by' must be one of "
                + "workType, rawType, month, week, hourOfWeek, priority or area, not '" + by + "'"));
    }

}
