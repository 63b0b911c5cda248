/**
 * The platform every Beacon module stands on: organisations and the 43 territorial forces (plus
 * British Transport Police) as reference data, people and roles, sign-in and access rules, the
 * audit log, long-running jobs, the GOV.UK page layout and error handling.
 *
 * <p>Its public API is the types in this package; {@code web}, {@code domain} and {@code store}
 * are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package uk.beacon.platform;
