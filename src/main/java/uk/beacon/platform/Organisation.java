package uk.beacon.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * An organisation that uses Beacon. Police forces carry reference figures (officers, population,
 * area); for British Transport Police and for other kinds of organisation they are absent.
 *
 * @param officersFte police officers, full-time equivalent, 31 March 2025 (Home Office, Police
 *     workforce, England and Wales)
 * @param population resident population, mid-2024 (ONS mid-year estimates, summed by force area)
 * @param areaKm2 land area in km² (ONS Standard Area Measurements, December 2023)
 */
@NamedInterface("access")
public record Organisation(
        String id,
        String name,
        OrganisationKind kind,
        String region,
        BigDecimal officersFte,
        Long population,
        BigDecimal areaKm2) {

    public boolean isForce() {
        return kind == OrganisationKind.POLICE_FORCE;
    }

    /** Officers (FTE) per 1,000 residents, to two decimal places, where both figures are known. */
    public Optional<BigDecimal> officersPerThousandResidents() {
        if (officersFte == null || population == null || population == 0) {
            return Optional.empty();
        }
        return Optional.of(officersFte.multiply(BigDecimal.valueOf(1000))
                .divide(BigDecimal.valueOf(population), 2, RoundingMode.HALF_UP));
    }

    /** Residents per km², to the nearest whole resident, where both figures are known. */
    public Optional<BigDecimal> residentsPerKm2() {
        if (areaKm2 == null || population == null || areaKm2.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(population).divide(areaKm2, 0, RoundingMode.HALF_UP));
    }
}
