package uk.beacon.demand.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Whether a CSV's first column strictly ascends is seen as the file goes by, whatever pieces it comes in. */
class FirstColumnOrderTest {

    private static final FirstColumnOrder.Verdict NOT_SHOWN = FirstColumnOrder.Verdict.UNKNOWN;

    private static FirstColumnOrder.Verdict read(String csv) {
        return read(csv.getBytes(StandardCharsets.UTF_8), new Random(0), Integer.MAX_VALUE);
    }

    /** Feeds the file in pieces of 1 to {@code largestPiece} bytes, each at an offset in a larger array. */
    private static FirstColumnOrder.Verdict read(byte[] file, Random random, int largestPiece) {
        FirstColumnOrder order = new FirstColumnOrder();
        int at = 0;
        while (at < file.length) {
            int piece = Math.min(file.length - at, 1 + random.nextInt(Math.min(largestPiece, file.length)));
            int offset = random.nextInt(9);
            byte[] buffer = new byte[offset + piece + random.nextInt(9)];
            System.arraycopy(file, at, buffer, offset, piece);
            order.accept(buffer, offset, offset + piece);
            at += piece;
        }
        return order.finish();
    }

    @Test
    void seesAscendingIdsAndCountsTheRecordsAfterTheHeader() {
        assertThat(read("id,type\nA1,x\nA2,y\nB,z\n")).isEqualTo(new FirstColumnOrder.Verdict(true, 3));
        assertThat(read("id,type\nA1,x\nA2,y\nB,z")).isEqualTo(new FirstColumnOrder.Verdict(true, 3));
        assertThat(read("id,type\n")).isEqualTo(new FirstColumnOrder.Verdict(true, 0));
    }

    @Test
    void aRepeatedOrFallingIdIsNotShownToAscend() {
        assertThat(read("id,type\nA1,x\nA1,y\n")).isEqualTo(NOT_SHOWN);
        assertThat(read("id,type\nA2,x\nA10,y\n")).isEqualTo(NOT_SHOWN);
        assertThat(read("id,type\nA1,x\nA2,y\nA3,z\nA2,w\n")).isEqualTo(NOT_SHOWN);
    }

    @Test
    void comparesBytesAsUnsignedNumbersSoUtf8TextAscendsInCodePointOrder() {
        assertThat(read("id\nZ\nÉ\n")).isEqualTo(new FirstColumnOrder.Verdict(true, 2));
        assertThat(read("id\nÉ\nZ\n")).isEqualTo(NOT_SHOWN);
    }

    @Test
    void readsQuotedIdsHoldingCommasLineBreaksAndDoubledQuotes() {
        // As bytes, a line feed (0x0A) sorts before a quote (0x22), which sorts before a comma (0x2C).
        assertThat(read("id,note\n\"a\n3\",x\n\"a\"\"2\",\"y,\n\"\"z\"\"\"\n\"a,1\",z\n"))
                .isEqualTo(new FirstColumnOrder.Verdict(true, 3));
        assertThat(read("id\n\"a1\"\na1\n")).as("quoted and bare, the same id").isEqualTo(NOT_SHOWN);
    }

    @Test
    void dropsSpacesAroundAnIdSoThatItNeverTakesTwoSpellingsOfOneIdForTwoIds() {
        assertThat(read("id,x\n A1,1\nA1 ,2\n")).isEqualTo(NOT_SHOWN);
        assertThat(read("id,x\nA1,1\n\"A1\t\",2\n")).isEqualTo(NOT_SHOWN);
    }

    @Test
    void endsRecordsAtAnyLineEndAndSkipsEmptyLines() {
        assertThat(read("id,x\r\nA1,1\r\n\r\nA2,\"two\r\nlines\"\rA3,3\n\n")).isEqualTo(new FirstColumnOrder.Verdict(true, 3));
    }

    @Test
    void anythingIrregularLeavesItNotShown() {
        assertThat(read("id,x\nA\"1,2\n")).as("a quote inside a bare id").isEqualTo(NOT_SHOWN);
        assertThat(read("id,x\n\"A1\"B,2\n")).as("text after the closing quote").isEqualTo(NOT_SHOWN);
        assertThat(read("id,x\n\"A1,2\n")).as("an id never closed").isEqualTo(NOT_SHOWN);
        assertThat(read("id,x\nA1,\"never closed\n")).as("a later value never closed").isEqualTo(NOT_SHOWN);
        assertThat(read("id,x\n" + "A".repeat(FirstColumnOrder.LONGEST_VALUE + 1) + ",2\n")).isEqualTo(NOT_SHOWN);
        assertThat(read("id,x\n" + "A".repeat(FirstColumnOrder.LONGEST_VALUE) + ",2\n"))
                .isEqualTo(new FirstColumnOrder.Verdict(true, 1));
    }

    @Test
    void agreesWithACsvParserOnThousandsOfRandomFilesReadInRandomPieces() throws Exception {
        Random random = new Random(5);
        int ascending = 0;
        for (int run = 0; run < 3_000; run++) {
            String csv = randomCsv(random);
            FirstColumnOrder.Verdict expected = parsedVerdict(csv);
            ascending += expected.ascending() ? 1 : 0;

            assertThat(read(csv.getBytes(StandardCharsets.UTF_8), random, 1 + random.nextInt(40)))
                    .as("run %d: %s", run, csv).isEqualTo(expected);
        }
        // Both outcomes must be well represented for the comparison to mean anything.
        assertThat(ascending).isBetween(600, 2_400);
    }

    /** The verdict worked out from Commons CSV's reading of the file, by the rule the class states. */
    private static FirstColumnOrder.Verdict parsedVerdict(String csv) throws Exception {
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get()
                .parse(new StringReader(csv)).getRecords();
        byte[] previous = null;
        for (CSVRecord record : records.subList(Math.min(1, records.size()), records.size())) {
            byte[] id = trim(record.get(0)).getBytes(StandardCharsets.UTF_8);
            if (previous != null && Arrays.compareUnsigned(id, previous) <= 0) {
                return NOT_SHOWN;
            }
            previous = id;
        }
        return new FirstColumnOrder.Verdict(true, Math.max(0, records.size() - 1));
    }

    private static String trim(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && (value.charAt(start) == ' ' || value.charAt(start) == '\t')) {
            start++;
        }
        while (end > start && (value.charAt(end - 1) == ' ' || value.charAt(end - 1) == '\t')) {
            end--;
        }
        return value.substring(start, end);
    }

    private static String randomCsv(Random random) {
        String[] alphabet = {"a", "b", "Z", "1", " ", "\t", ",", "\"", "\n", "É"};
        List<String> ids = new ArrayList<>();
        int count = random.nextInt(12);
        for (int i = 0; i < count; i++) {
            StringBuilder id = new StringBuilder();
            for (int length = 1 + random.nextInt(4); length > 0; length--) {
                id.append(alphabet[random.nextInt(alphabet.length)]);
            }
            ids.add(id.toString());
        }
        ids.sort((x, y) -> Arrays.compareUnsigned(trim(x).getBytes(StandardCharsets.UTF_8),
                trim(y).getBytes(StandardCharsets.UTF_8)));
        if (ids.size() > 1 && random.nextInt(3) == 0) {
            if (random.nextBoolean()) {
                ids.set(random.nextInt(ids.size()), ids.get(random.nextInt(ids.size())));
            } else {
                Collections.swap(ids, random.nextInt(ids.size()), random.nextInt(ids.size()));
            }
        }
        String lineEnd = List.of("\n", "\r\n", "\r").get(random.nextInt(3));
        int fields = random.nextInt(3);
        StringBuilder csv = new StringBuilder("id" + ",f".repeat(fields) + lineEnd);
        for (int r = 0; r < ids.size(); r++) {
            String id = ids.get(r);
            boolean mustQuote = id.isEmpty() || id.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')
                    || !trim(id).equals(id);
            csv.append(mustQuote || random.nextInt(4) == 0 ? "\"" + id.replace("\"", "\"\"") + "\"" : id);
            for (int f = 0; f < fields; f++) {
                csv.append(',').append(switch (random.nextInt(4)) {
                    case 0 -> "plain";
                    case 1 -> "\"two" + lineEnd + "lines, \"\"quoted\"\"\"";
                    case 2 -> "\"\"";
                    default -> "";
                });
            }
            if (r < ids.size() - 1 || random.nextBoolean()) {
                csv.append(lineEnd);
            }
            if (random.nextInt(10) == 0) {
                csv.append(lineEnd);
            }
        }
        return csv.toString();
    }
}
