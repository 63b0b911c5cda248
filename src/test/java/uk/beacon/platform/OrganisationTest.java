package uk.beacon.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class OrganisationTest {

    @Test
    void officersPerThousandResidentsComesFromTheReferenceFigures() {
        // Metropolitan Police Service: 33,293.04 officers (FTE), 9,074,625 residents.
        Organisation met = new Organisation("metropolitan", "Metropolitan Police Service",
                OrganisationKind.POLICE_FORCE, "London", new BigDecimal("33293.04"), 9_074_625L,
                new BigDecimal("1569.1"));

        assertThat(met.officersPerThousandResidents()).contains(new BigDecimal("3.67"));
        assertThat(met.residentsPerKm2()).contains(new BigDecimal("5783"));
    }

    @Test
    void hasNoRatioWhereAFigureIsMissing() {
        Organisation btp = new Organisation("btp", "British Transport Police", OrganisationKind.POLICE_FORCE,
                "National (GB railways)", null, null, null);

        assertThat(btp.officersPerThousandResidents()).isEmpty();
        assertThat(btp.residentsPerKm2()).isEmpty();
    }
}
