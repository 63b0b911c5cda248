package uk.beacon.demand.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files as they really arrive, and as an attacker might send them. */
class HostileInputTest {

    private static final String HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,"
            + "LSOA code,LSOA name,Crime type,Last outcome category,Context\n";

    @TempDir
    Path dir;

    private List<IncidentRow> readStreet(Path file) throws Exception {
        List<IncidentRow> rows = new ArrayList<>();
        try (Reader reader = TextFiles.open(file, file.getFileName().toString())) {
            PoliceUkStreetReader.read(reader, file.getFileName().toString(), rows::add);
        }
        return rows;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void readsUtf8WithAByteOrderMark() throws Exception {
        byte[] body = (HEADER + "a1,2021-01,X,X,-0.1,51.5,On or near Café,E01,City,Burglary,None,\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        List<IncidentRow> rows = readStreet(write("bom.csv", withBom));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.sourceId()).isEqualTo("a1");
            assertThat(row.rawType()).isEqualTo("Burglary");
        });
    }

    @Test
    void readsWindows1252WhereTheFileIsNotUtf8() throws Exception {
        Path file = write("ansi.csv", (HEADER + "a1,2021-01,X,X,-0.1,51.5,On or near Café – bar,E01,City,Burglary,"
                + "Investigation complete; no suspect identified,\n").getBytes(Charset.forName("windows-1252")));

        assertThat(TextFiles.detect(file)).isEqualTo(Charset.forName("windows-1252"));
        assertThat(readStreet(file)).hasSize(1);
        assertThat(TextFiles.detect(write("utf8.csv", "Café – bar".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void refusesAnOverlongLineNamingIt() throws IOException {
        Path file = write("long.csv", (HEADER + "a1,2021-01," + "x".repeat(LineCheck.MAX_LINE_LENGTH + 10) + "\n")
                .getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> readStreet(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining("long.csv line 2: the line is longer than");
    }

    @Test
    void refusesAHeaderWithoutTheColumnsOfTheFormat() throws IOException {
        Path file = write("wrong.csv", "id,when,what\n1,2,3\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> readStreet(file)).hasMessageStartingWith("wrong.csv line 1: the header has no column 'Crime ID'");
    }

    @Test
    void refusesARowWithTheWrongNumberOfFields() throws IOException {
        Path file = write("short.csv", (HEADER + "a1,2021-01,X\n").getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> readStreet(file)).hasMessage("short.csv line 2: expected 12 fields but found 3");
    }

    @Test
    void refusesAZipEntryThatClimbsOutOfItsFolder() throws IOException {
        Path zip = zip("evil.zip", "../../etc/cron.d/x-street.csv", "x".getBytes());

        assertThatThrownBy(() -> SafeZip.unpack(zip, "evil.zip", dir.resolve("out"), name -> true,
                SafeZip.Limits.defaults()))
                .isInstanceOf(ImportException.class).hasMessageContaining("points outside");
        assertThat(dir.getParent().resolve("etc")).doesNotExist();
    }

    @Test
    void stopsAZipBombByTheBytesItUnpacks() throws IOException {
        Path zip = zip("bomb.zip", "2021-01/2021-01-x-street.csv", new byte[20 << 20]);
        Files.createDirectories(dir.resolve("out"));

        assertThatThrownBy(() -> SafeZip.unpack(zip, "bomb.zip", dir.resolve("out"), name -> true,
                new SafeZip.Limits(10, 5 << 20, 1_000_000)))
                .isInstanceOf(ImportException.class).hasMessageContaining("more than 5242880 bytes");
        assertThatThrownBy(() -> SafeZip.unpack(zip, "bomb.zip", dir.resolve("out"), name -> true,
                new SafeZip.Limits(10, 1L << 40, 100)))
                .isInstanceOf(ImportException.class).hasMessageContaining("zip bomb");
    }

    @Test
    void unpacksOnlyTheWantedEntriesOfAZip() throws IOException {
        Path zip = zip("ok.zip", "2021-01/2021-01-x-street.csv", "a".getBytes());
        Files.createDirectories(dir.resolve("out"));

        assertThat(SafeZip.isZip(zip)).isTrue();
        assertThat(SafeZip.unpack(zip, "ok.zip", dir.resolve("out"), name -> name.endsWith("-outcomes.csv"),
                SafeZip.Limits.defaults())).isEmpty();
        assertThat(SafeZip.unpack(zip, "ok.zip", dir.resolve("out"), name -> name.endsWith("-street.csv"),
                SafeZip.Limits.defaults())).extracting(SafeZip.Entry::name).containsExactly("2021-01/2021-01-x-street.csv");
    }

    private Path zip(String name, String entry, byte[] content) throws IOException {
        Path zip = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            out.putNextEntry(new ZipEntry(entry));
            out.write(content);
            out.closeEntry();
        }
        return zip;
    }
}
