package uk.beacon.governance.store;

import java.util.List;

/**
 * What the public register is narrowed to; null or empty parts do not narrow it.
 *
 * @param words every one must occur in the record's text (lower case)
 * @param minimumResidualRisk records whose highest residual DPIA risk is at least this
 */
public record RegisterFilter(List<String> words, String force, String category, String phase,
        Boolean hasEthicsReview, Integer minimumResidualRisk) {
}
