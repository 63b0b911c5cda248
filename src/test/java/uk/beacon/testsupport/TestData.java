package uk.beacon.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real public data files that tests read, all inside the repository and found on the class
 * path, so that a fresh clone runs every test that uses them. The City of London street files are
 * the ones the demo ships ({@code src/main/resources/demo}); the stop-and-search file and the
 * Dallas CAD export exist only for tests ({@code src/test/resources/testdata}, whose README cites
 * their sources). A file that is missing fails the test that asked for it; it is never skipped.
 */
public final class TestData {

    private TestData() {
    }

    /** data.police.uk street-level crime, City of London Police, January to June 2021: six files. */
    public static Path cityOfLondonStreetFolder() {
        return resource("/demo/police-uk/city-of-london");
    }

    /** One month of {@link #cityOfLondonStreetFolder()}, such as {@code 2021-06-city-of-london-street.csv}. */
    public static Path cityOfLondonStreetFile(String name) {
        return resource("/demo/police-uk/city-of-london/" + name);
    }

    /** data.police.uk stop and search, City of London Police, November 2016 (one file). */
    public static Path stopAndSearchFolder() {
        return resource("/testdata/police-uk/stop-search");
    }

    /** A Dallas Police "active calls" CAD snapshot of 9 January 2018 (one file). */
    public static Path dallasActiveCalls() {
        return resource("/testdata/cad/dallas/active-calls-2018-01-09.csv");
    }

    /** The CSV files directly inside a folder, by name. */
    public static List<Path> csvFilesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path resource(String name) {
        URL url = TestData.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException(name + " is not on the test class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(name + ": " + e.getMessage(), e);
        }
    }
}
