package uk.beacon.demand.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import uk.beacon.demand.domain.ColumnMapping;
import uk.beacon.demand.domain.MappingPreview;
import uk.beacon.demand.service.DemandMappingService;
import uk.beacon.platform.InvalidRequestException;
import uk.beacon.platform.LargeUpload;
import uk.beacon.platform.SignedInUser;

/** Column mappings for a force's CAD and incident exports. */
@RestController
@RequestMapping("/api/v1/forces/{force}/demand/mappings")
@Tag(name = "Demand")
class MappingApi {

    private final DemandMappingService mappings;

    MappingApi(DemandMappingService mappings) {
        this.mappings = mappings;
    }

    @Operation(summary = "The mappings the force can import with: Beacon's own and the force's saved ones")
    @GetMapping
    List<ColumnMapping> list(@PathVariable String force, @AuthenticationPrincipal SignedInUser user) {
        return mappings.mappings(force, user);
    }

    @Operation(summary = "Saves a mapping under its name")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ColumnMapping save(@PathVariable String force, @RequestBody ColumnMapping mapping,
            @AuthenticationPrincipal SignedInUser user) {
        return mappings.save(force, user, mapping);
    }

    @Operation(summary = "A file's header and first rows, a suggested mapping, and the first rows as the mapping "
            + "(or the suggestion) reads them")
    @LargeUpload
    @PostMapping(path = "/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    MappingPreview.Result preview(@PathVariable String force, @RequestPart("file") MultipartFile file,
            @RequestPart(name = "mapping", required = false) ColumnMapping mapping,
            @AuthenticationPrincipal SignedInUser user) {
        if (file.isEmpty()) {
            throw new InvalidRequestException("Choose a file to preview");
        }
        return mappings.preview(force, user, file.getOriginalFilename() == null ? "upload.csv"
                : file.getOriginalFilename(), file::getInputStream, mapping);
    }

}
