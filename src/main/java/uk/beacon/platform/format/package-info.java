/** How Beacon writes numbers for people: counts, decimals, pounds and shares, one way on every page. */
@org.springframework.modulith.NamedInterface("format")
package uk.beacon.platform.format;
