/**
 * Portfolio: planning and funding transformation across years. The public Green Book appraisal
 * calculator (present values at the social time preference rate, net present social value,
 * benefit-cost ratio, optimism bias and switching values) and portfolio optimisation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portfolio")
package uk.beacon.portfolio;
