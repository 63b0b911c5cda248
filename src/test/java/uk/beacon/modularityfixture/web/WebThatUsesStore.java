package uk.beacon.modularityfixture.web;

/** Breaks the rule that web code never uses store code, so that ModularityTest can show the rule bites. */
public class WebThatUsesStore {

    public java.sql.Connection connectTo(uk.beacon.demand.store.DemandDatabases databases) throws java.sql.SQLException {
        return databases.connect("kent");
    }
}
