package uk.beacon.demand.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A CSV arriving as a stream is written in parts that each end at a record's end and together are the file. */
class CsvPartsTest {

    @TempDir
    Path dir;

    private final List<Path> parts = new ArrayList<>();

    private String split(byte[] file, long partBytes) throws Exception {
        return CsvParts.split(new ByteArrayInputStream(file), dir, partBytes, parts::add).sha256();
    }

    private byte[] joined() throws Exception {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (Path part : parts) {
            all.write(Files.readAllBytes(part));
        }
        return all.toByteArray();
    }

    @Test
    void partsJoinToTheFileAndEachEndsAtARecordEndOutsideQuotes() throws Exception {
        // Random records, some with quoted fields holding line breaks and doubled quotes.
        Random random = new Random(7);
        StringBuilder csv = new StringBuilder("id,note\n");
        for (int i = 0; i < 5_000; i++) {
            csv.append(i).append(',');
            switch (random.nextInt(3)) {
                case 0 -> csv.append("plain");
                case 1 -> csv.append("\"two\nlines\"");
                default -> csv.append("\"a \"\"quoted\"\"\nword\"");
            }
            csv.append('\n');
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

        split(file, 1_000);

        assertThat(joined()).isEqualTo(file);
        assertThat(parts).hasSizeGreaterThan(50);
        for (int i = 0; i < parts.size(); i++) {
            String part = Files.readString(parts.get(i));
            long quotes = part.chars().filter(c -> c == '"').count();
            assertThat(quotes % 2).as("quotes in part %d", i).isZero();
            if (i < parts.size() - 1) {
                assertThat(part).as("part %d", i).endsWith("\n");
            }
        }
    }

    @Test
    void countsQuotesEightBytesAtATimeAsOneByOne() {
        Random random = new Random(11);
        for (int run = 0; run < 2_000; run++) {
            byte[] bytes = new byte[random.nextInt(70)];
            for (int i = 0; i < bytes.length; i++) {
                // Mostly quotes and their neighbours in value, to catch any carry between bytes.
                bytes[i] = (byte) switch (random.nextInt(6)) {
                    case 0, 1 -> '"';
                    case 2 -> '"' + 1;
                    case 3 -> '"' - 1;
                    case 4 -> 0xA2;
                    default -> random.nextInt(256);
                };
            }
            int from = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
            int expected = 0;
            for (int i = from; i < bytes.length; i++) {
                expected += bytes[i] == '"' ? 1 : 0;
            }
            assertThat(CsvParts.countQuotes(bytes, from, bytes.length)).isEqualTo(expected);
        }
    }

    @Test
    void theFirstThreePartsAreAnEighthAQuarterAndAHalfOfTheSizeSoReadingStartsSoon() throws Exception {
        byte[] file = "0123456789\n".repeat(10_000).getBytes(StandardCharsets.UTF_8);

        split(file, 8_000);

        List<Long> sizes = new ArrayList<>();
        for (Path part : parts) {
            sizes.add(Files.size(part));
        }
        // Each part ends at the first record end once it holds its size: records are 11 bytes.
        assertThat(sizes.subList(0, 5)).containsExactly(1_001L, 2_002L, 4_004L, 8_008L, 8_008L);
    }

    @Test
    void givesTheSha256OfTheWholeFile() throws Exception {
        byte[] file = "id\n1\n2\n3\n".repeat(100_000).getBytes(StandardCharsets.UTF_8);

        String checksum = split(file, 64 * 1024);

        assertThat(checksum).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file)));
        assertThat(joined()).isEqualTo(file);
    }

    @Test
    void keepsAFileSmallerThanAPartWholeAndAnEmptyFileAsOneEmptyPart() throws Exception {
        split("id\n1\n".getBytes(StandardCharsets.UTF_8), 1 << 20);
        assertThat(parts).singleElement().satisfies(part -> assertThat(Files.readString(part)).isEqualTo("id\n1\n"));

        parts.clear();
        split(new byte[0], 1 << 20);
        assertThat(parts).hasSize(1);
        assertThat(Files.size(parts.get(0))).isZero();
    }

    @Test
    void keepsAnUnclosedQuoteToTheEndInOnePartRatherThanCuttingARecord() throws Exception {
        byte[] file = "id,note\n1,\"never closed\n2,x\n3,y\n".getBytes(StandardCharsets.UTF_8);

        split(file, 1);

        assertThat(parts).hasSize(2);
        assertThat(Files.readString(parts.get(0))).isEqualTo("id,note\n");
        assertThat(Files.readString(parts.get(1))).isEqualTo("1,\"never closed\n2,x\n3,y\n");
    }
}
