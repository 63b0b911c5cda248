/**
 * Demand: the work a force does. Imports of data.police.uk files and CAD exports into the force's
 * own DuckDB store, one canonical incident per row; the work-type taxonomy; profiles of the work by
 * type, time, place, priority, time spent and harm.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demand")
package uk.beacon.demand;
