package uk.beacon.governance.store;

import java.time.OffsetDateTime;
import uk.beacon.governance.domain.State;

/**
 * A record's working copy as stored: the fields the register filters on beside its content as JSON. Built
 * through {@link Builder}, a new one from {@link #builder()}, a changed copy from {@link #toBuilder()}, so that
 * each change names only the fields it sets.
 */
public record TechnologyRow(String id, String organisationId, State state, int version, Integer publishedVersion,
        String name, String category, String phase, String technologyType, String content, String dpia,
        String ethicsReview, Integer highestResidualRisk, String conditions, String createdBy,
        OffsetDateTime createdAt, String updatedBy, OffsetDateTime updatedAt) {

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this row's values, to change some of them. */
    public Builder toBuilder() {
        return new Builder().id(id).organisationId(organisationId).state(state).version(version)
                .publishedVersion(publishedVersion).fields(name, category, phase, technologyType, content).dpia(dpia)
                .ethicsReview(ethicsReview).highestResidualRisk(highestResidualRisk).conditions(conditions)
                .created(createdBy, createdAt).updated(updatedBy, updatedAt);
    }

    /** The row's values one at a time; {@link #build()} makes the row. */
    public static final class Builder {

        private String id;
        private String organisationId;
        private State state;
        private int version;
        private Integer publishedVersion;
        private String name;
        private String category;
        private String phase;
        private String technologyType;
        private String content;
        private String dpia;
        private String ethicsReview;
        private Integer highestResidualRisk;
        private String conditions;
        private String createdBy;
        private OffsetDateTime createdAt;
        private String updatedBy;
        private OffsetDateTime updatedAt;

        private Builder() {
        }

        public Builder id(String value) {
            id = value;
            return this;
        }

        public Builder organisationId(String value) {
            organisationId = value;
            return this;
        }

        public Builder state(State value) {
            state = value;
            return this;
        }

        public Builder version(int value) {
            version = value;
            return this;
        }

        public Builder publishedVersion(Integer value) {
            publishedVersion = value;
            return this;
        }

        /** The record's own fields: those the register filters on and the whole record as JSON. */
        public Builder fields(String name, String category, String phase, String technologyType, String content) {
            this.name = name;
            this.category = category;
            this.phase = phase;
            this.technologyType = technologyType;
            this.content = content;
            return this;
        }

        public Builder dpia(String value) {
            dpia = value;
            return this;
        }

        public Builder ethicsReview(String value) {
            ethicsReview = value;
            return this;
        }

        public Builder highestResidualRisk(Integer value) {
            highestResidualRisk = value;
            return this;
        }

        public Builder conditions(String value) {
            conditions = value;
            return this;
        }

        public Builder created(String by, OffsetDateTime at) {
            createdBy = by;
            createdAt = at;
            return this;
        }

        public Builder updated(String by, OffsetDateTime at) {
            updatedBy = by;
            updatedAt = at;
            return this;
        }

        public TechnologyRow build() {
            return new TechnologyRow(id, organisationId, state, version, publishedVersion, name, category, phase,
                    technologyType, content, dpia, ethicsReview, highestResidualRisk, conditions, createdBy,
                    createdAt, updatedBy, updatedAt);
        }
    }
}
