package uk.beacon.portfolio.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The public Green Book appraisal calculator: anyone may use it without signing in. */
@RestController
@Tag(name = "Portfolio")
class AppraisalApi {

    @Operation(summary = "Green Book appraisal: present values of costs and benefits by year at HM Treasury's social "
            + "time preference rate, each year's flows at the rate of its band (3.5% for years 1-30, 3.0% from "
            + "year 31, stepping down after: discountRates gives each year's), net present social value, "
            + "benefit-cost ratio (null when the present value of costs is 0), the discount factor of each year, "
            + "switching values, and the effect of optimism bias. Costs and benefits are pounds at base-year "
            + "prices, one for each year from the base year (year 0, undiscounted). optimismBias is shares: "
            + "capital raises every cost, duration puts the benefits back by ceil(duration × delivery years); "
            + "left out, it is the HM Treasury upper bound for equipment and development (capital 2.0, duration "
            + "0.54). Money is rounded to the penny, half up. Public.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject(value = """
                            {"baseYear": 2025, "costs": [1000000, 500000, 100000],
                             "benefits": [0, 400000, 600000, 600000, 600000, 600000],
                             "optimismBias": {"capital": 0.5, "duration": 0.2}}"""))))
    @PostMapping(path = "/api/v1/appraisal", consumes = MediaType.APPLICATION_JSON_VALUE)
    AppraisalAnswer appraise(@RequestBody JsonNode body) {
        return AppraisalAnswer.of(AppraisalJson.read(body));
    }
}
