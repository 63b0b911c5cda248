/**
 * Capacity: the workforce the work needs. Service standards and workload per force, Erlang C
 * staffing by hour of the week for call handling and response, the public staffing calculator,
 * shift design and simulation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Capacity")
package uk.beacon.capacity;
