package uk.beacon.demand.domain;

/** Where a reader puts the rows it has read and checked. */
@FunctionalInterface
public interface RowSink {

    void accept(IncidentRow row) throws Exception;
}
