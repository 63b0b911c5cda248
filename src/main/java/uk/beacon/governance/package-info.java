/**
 * Governance: the register of technologies a force uses or plans, after the UK Algorithmic
 * Transparency Recording Standard (ATRS v3); their DPIA and ethics review; the review workflow from
 * draft to publication with a tamper-evident trail; the public transparency register; horizon scanning
 * of technology types against law.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Governance")
package uk.beacon.governance;
