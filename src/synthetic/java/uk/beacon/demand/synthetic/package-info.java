/**
 * The synthetic demand generator: CAD-like incidents for the demo and for benchmarks, in Beacon's
 * canonical incident CSV or Parquet ({@code demand/synthetic-README.md} gives every default's source).
 * A tool rather than production code, so its sources are kept apart in {@code src/synthetic/java};
 * they are compiled into the jar because the demo loader generates the Metropolitan year with it, and
 * {@link uk.beacon.demand.synthetic.GenerateDemand} runs from the jar. It writes DuckDB files only
 * through {@link uk.beacon.demand.store.DemandDatabases}.
 */
package uk.beacon.demand.synthetic;
