package uk.beacon.demand.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.beacon.demand.domain.WorkTypeTaxonomy.CAD;
import static uk.beacon.demand.domain.WorkTypeTaxonomy.POLICE_UK_STOP_SEARCH;
import static uk.beacon.demand.domain.WorkTypeTaxonomy.POLICE_UK_STREET;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.beacon.testsupport.TestData;

class WorkTypeTaxonomyTest {

    private static final String HEADER = "source,raw_type,work_type,crime\n";

    private final WorkTypeTaxonomy taxonomy = WorkTypeTaxonomy.defaults();

    private static WorkTypeTaxonomy read(String text) {
        return WorkTypeTaxonomy.read("work-types.csv", new StringReader(text));
    }

    /** Distinct trimmed values of one column across the given CSV files, read with a real parser. */
    private static Set<String> distinctValues(List<Path> files, String column) throws IOException {
        Set<String> values = new TreeSet<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        for (Path file : files) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                    CSVParser parser = CSVParser.parse(reader, format)) {
                for (CSVRecord record : parser) {
                    values.add(record.get(column).trim());
                }
            }
        }
        return values;
    }

    @Test
    void everyCrimeTypeInTheCityOfLondonStreetFilesHasAWorkType() throws IOException {
        List<Path> files = TestData.csvFilesIn(TestData.cityOfLondonStreetFolder());
        assertThat(files).hasSize(6);

        Set<String> crimeTypes = distinctValues(files, "Crime type");

        assertThat(crimeTypes).hasSize(14);
        assertThat(crimeTypes).allSatisfy(crimeType -> assertThat(taxonomy.classify(POLICE_UK_STREET, crimeType)
                .workType()).as(crimeType).isNotEqualTo(WorkType.UNMAPPED));
    }

    @ParameterizedTest(name = "{0} → {1}, crime {2}")
    @CsvSource({
        "Violence and sexual offences, VIOLENT_CRIME, true",
        "Robbery, VIOLENT_CRIME, true",
        "Possession of weapons, VIOLENT_CRIME, true",
        "Burglary, ACQUISITIVE_CRIME, true",
        "Bicycle theft, ACQUISITIVE_CRIME, true",
        "Other theft, ACQUISITIVE_CRIME, true",
        "Shoplifting, ACQUISITIVE_CRIME, true",
        "Theft from the person, ACQUISITIVE_CRIME, true",
        "Vehicle crime, ACQUISITIVE_CRIME, true",
        "Criminal damage and arson, OTHER_CRIME, true",
        "Drugs, OTHER_CRIME, true",
        "Other crime, OTHER_CRIME, true",
        "Public order, PUBLIC_ORDER, true",
        "Anti-social behaviour, ANTI_SOCIAL_BEHAVIOUR, false"
    })
    void mapsEveryPoliceUkStreetCategory(String category, WorkType workType, boolean crime) {
        assertThat(taxonomy.classify(POLICE_UK_STREET, category)).isEqualTo(new Classification(workType, crime));
    }

    @Test
    void everyStopAndSearchTypeInTheSharedFileIsProactiveWork() throws IOException {
        Set<String> types = distinctValues(TestData.csvFilesIn(TestData.stopAndSearchFolder()), "Type");

        assertThat(types).isNotEmpty();
        assertThat(types).allSatisfy(type -> assertThat(taxonomy.classify(POLICE_UK_STOP_SEARCH, type))
                .as(type).isEqualTo(new Classification(WorkType.PROACTIVE, false)));
    }

    @Test
    void vehicleSearchesAreProactiveWorkTooThoughTheSharedFileHasNone() {
        assertThat(taxonomy.classify(POLICE_UK_STOP_SEARCH, "Vehicle search"))
                .isEqualTo(new Classification(WorkType.PROACTIVE, false));
    }

    @Test
    void everyNatureOfCallInTheDallasExportHasAWorkType() throws IOException {
        Path export = TestData.dallasActiveCalls();

        Set<String> natures = distinctValues(List.of(export), "nature_of_call");

        assertThat(natures).hasSize(25);
        assertThat(natures).allSatisfy(nature -> assertThat(taxonomy.classify(CAD, nature).workType())
                .as(nature).isNotEqualTo(WorkType.UNMAPPED));
    }

    @ParameterizedTest(name = "{0} → {1}, crime {2}")
    @CsvSource({
        "Assault, VIOLENT_CRIME, true",
        "Domestic abuse, VIOLENT_CRIME, true",
        "Robbery, VIOLENT_CRIME, true",
        "Sexual offence, VIOLENT_CRIME, true",
        "Weapons, VIOLENT_CRIME, true",
        "Burglary dwelling, ACQUISITIVE_CRIME, true",
        "Burglary business, ACQUISITIVE_CRIME, true",
        "Theft, ACQUISITIVE_CRIME, true",
        "Shoplifting, ACQUISITIVE_CRIME, true",
        "Vehicle crime, ACQUISITIVE_CRIME, true",
        "Fraud, ACQUISITIVE_CRIME, true",
        "Criminal damage, OTHER_CRIME, true",
        "Drugs, OTHER_CRIME, true",
        "Other crime, OTHER_CRIME, true",
        "Anti-social behaviour, ANTI_SOCIAL_BEHAVIOUR, false",
        "Noise nuisance, ANTI_SOCIAL_BEHAVIOUR, false",
        "Concern for welfare, CONCERN_FOR_SAFETY, false",
        "Sudden death, CONCERN_FOR_SAFETY, false",
        "Collapse or illness, CONCERN_FOR_SAFETY, false",
        "Mental health, MENTAL_HEALTH, false",
        "Suicidal person, MENTAL_HEALTH, false",
        "Missing person, MISSING_PERSONS, false",
        "Absconder, MISSING_PERSONS, false",
        "Road traffic collision, ROAD_TRAFFIC, false",
        "Traffic offence, ROAD_TRAFFIC, true",
        "Highway disruption, ROAD_TRAFFIC, false",
        "Disturbance, PUBLIC_ORDER, false",
        "Public order, PUBLIC_ORDER, true",
        "Licensing, PUBLIC_ORDER, false",
        "Stop and search, PROACTIVE, false",
        "Warrant, PROACTIVE, false",
        "Patrol request, PROACTIVE, false",
        "Lost or found property, ADMINISTRATIVE_OTHER, false",
        "Alarm, ADMINISTRATIVE_OTHER, false",
        "Abandoned call, ADMINISTRATIVE_OTHER, false",
        "Admin, ADMINISTRATIVE_OTHER, false",
        "Message to pass, ADMINISTRATIVE_OTHER, false"
    })
    void mapsEveryCallTypeTheSyntheticGeneratorUses(String callType, WorkType workType, boolean crime) {
        assertThat(taxonomy.classify(CAD, callType)).isEqualTo(new Classification(workType, crime));
    }

    @Test
    void theDefaultsHoldExactlyTheSourcesRows() {
        assertThat(taxonomy.entries()).hasSize(79);
        assertThat(taxonomy.entries()).extracting(WorkTypeTaxonomy.Entry::source)
                .containsOnly(POLICE_UK_STREET, POLICE_UK_STOP_SEARCH, CAD);
    }

    @Test
    void unknownTypesAreUnmappedAndNotCrime() {
        assertThat(taxonomy.classify(CAD, "Alien abduction")).isEqualTo(Classification.UNMAPPED);
        assertThat(taxonomy.classify(CAD, "")).isEqualTo(Classification.UNMAPPED);
        assertThat(taxonomy.classify(CAD, null)).isEqualTo(Classification.UNMAPPED);
        assertThat(taxonomy.classify(null, "Robbery")).isEqualTo(Classification.UNMAPPED);
        assertThat(taxonomy.classify("fire-service", "Robbery")).isEqualTo(Classification.UNMAPPED);
    }

    @Test
    void aRawTypeIsOnlyKnownWithinItsOwnSource() {
        assertThat(taxonomy.classify(POLICE_UK_STOP_SEARCH, "Person search").workType()).isEqualTo(WorkType.PROACTIVE);
        assertThat(taxonomy.classify(CAD, "Person search")).isEqualTo(Classification.UNMAPPED);
    }

    @Test
    void matchesWhateverTheCaseAndSpacing() {
        Classification expected = new Classification(WorkType.VIOLENT_CRIME, true);

        assertThat(taxonomy.classify(POLICE_UK_STREET, "  VIOLENCE   and\tsexual offences ")).isEqualTo(expected);
        assertThat(taxonomy.classify(POLICE_UK_STREET, "violence\u00A0and sexual offences")).isEqualTo(expected);
        assertThat(taxonomy.classify(" CAD ", "assault")).isEqualTo(expected);
        // The Dallas export spells this with two spaces; one must do as well.
        assertThat(taxonomy.classify(CAD, "21R - Res Panic Alarm").workType()).isEqualTo(WorkType.CONCERN_FOR_SAFETY);
    }

    @Test
    void anOverrideGivesANewTaxonomyAndLeavesTheOriginalAlone() {
        Classification mentalHealth = new Classification(WorkType.MENTAL_HEALTH, false);

        WorkTypeTaxonomy edited = taxonomy.withOverride(CAD, "concern FOR welfare", mentalHealth);

        assertThat(edited.classify(CAD, "Concern for welfare")).isEqualTo(mentalHealth);
        assertThat(taxonomy.classify(CAD, "Concern for welfare").workType()).isEqualTo(WorkType.CONCERN_FOR_SAFETY);
        assertThat(edited.entries()).hasSameSizeAs(taxonomy.entries());
    }

    @Test
    void anOverrideCanAddATypeTheDefaultsLack() {
        Classification ramRaid = new Classification(WorkType.ACQUISITIVE_CRIME, true);

        WorkTypeTaxonomy edited = taxonomy.withOverride(CAD, "Ram raid", ramRaid);

        assertThat(edited.classify(CAD, "RAM RAID")).isEqualTo(ramRaid);
        assertThat(taxonomy.classify(CAD, "Ram raid")).isEqualTo(Classification.UNMAPPED);
        assertThat(edited.entries()).last().isEqualTo(new WorkTypeTaxonomy.Entry(CAD, "Ram raid", ramRaid));
    }

    @Test
    void entriesKeepFileOrderWithOverriddenRowsInPlace() {
        WorkTypeTaxonomy small = read(HEADER + "cad,Assault,VIOLENT_CRIME,true\ncad,Theft,ACQUISITIVE_CRIME,true\n"
                + "cad,Alarm,ADMINISTRATIVE_OTHER,false\n");
        Classification otherCrime = new Classification(WorkType.OTHER_CRIME, true);

        WorkTypeTaxonomy edited = small.withOverride(CAD, "theft", otherCrime).withOverride(CAD, "Warrant",
                new Classification(WorkType.PROACTIVE, false));

        assertThat(edited.entries()).extracting(WorkTypeTaxonomy.Entry::rawType)
                .containsExactly("Assault", "theft", "Alarm", "Warrant");
        assertThat(edited.entries().get(1).classification()).isEqualTo(otherCrime);
        assertThat(small.entries()).extracting(WorkTypeTaxonomy.Entry::rawType)
                .containsExactly("Assault", "Theft", "Alarm");
    }

    @Test
    void entriesCannotBeChangedFromOutside() {
        assertThatThrownBy(() -> taxonomy.entries().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesOverridesThatCouldNotBeSavedAsARow() {
        Classification proactive = new Classification(WorkType.PROACTIVE, false);

        assertThatThrownBy(() -> taxonomy.withOverride("fire-service", "Warrant", proactive))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'fire-service' is not a source");
        assertThatThrownBy(() -> taxonomy.withOverride(CAD, "  ", proactive))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> taxonomy.withOverride(CAD, "Warrant", Classification.UNMAPPED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsARawTypeThatContainsACommaWhenQuoted() {
        WorkTypeTaxonomy read = read(HEADER + "cad,\"Burglary, dwelling\",ACQUISITIVE_CRIME,true\n");

        assertThat(read.classify(CAD, "Burglary, dwelling").workType()).isEqualTo(WorkType.ACQUISITIVE_CRIME);
    }

    @Test
    void acceptsAByteOrderMarkBlankLinesAndLenientCase() {
        WorkTypeTaxonomy read = read("\uFEFF" + HEADER + "\nCAD, Warrant ,proactive,FALSE\n\n");

        assertThat(read.classify(CAD, "Warrant")).isEqualTo(new Classification(WorkType.PROACTIVE, false));
    }

    @Test
    void namesTheFileLineAndFieldOfAnUnknownWorkType() {
        assertThatThrownBy(() -> read(HEADER + "cad,Assault,VIOLENT_CRIME,true\ncad,Affray,VIOLENCE,true\n"))
                .isInstanceOf(ReferenceTableException.class)
                .hasMessage("work-types.csv line 3, work_type: 'VIOLENCE' is not a work type");
    }

    @Test
    void namesTheLineOfAnUnknownSourceCountingBlankLines() {
        assertThatThrownBy(() -> read(HEADER + "cad,Assault,VIOLENT_CRIME,true\n\nfire,Arson,OTHER_CRIME,true\n"))
                .hasMessage("work-types.csv line 4, source: 'fire' is not a source "
                        + "(police-uk-street, police-uk-stop-search, cad)");
    }

    @Test
    void refusesACrimeFlagThatIsNotTrueOrFalse() {
        assertThatThrownBy(() -> read(HEADER + "cad,Assault,VIOLENT_CRIME,yes\n"))
                .hasMessage("work-types.csv line 2, crime: 'yes' is not true or false");
    }

    @Test
    void refusesAnEmptyRawType() {
        assertThatThrownBy(() -> read(HEADER + "cad,  ,VIOLENT_CRIME,true\n"))
                .hasMessage("work-types.csv line 2, raw_type: is empty");
    }

    @Test
    void refusesARowThatMapsATypeToUnmapped() {
        assertThatThrownBy(() -> read(HEADER + "cad,Assault,UNMAPPED,false\n"))
                .hasMessageStartingWith("work-types.csv line 2, work_type: UNMAPPED is for types");
    }

    @Test
    void refusesTheSameTypeTwiceEvenWhenSpeltDifferently() {
        assertThatThrownBy(() -> read(HEADER + "cad,Assault,VIOLENT_CRIME,true\ncad,Theft,ACQUISITIVE_CRIME,true\n"
                + "cad,  ASSAULT ,OTHER_CRIME,true\n"))
                .hasMessage("work-types.csv line 4, raw_type: 'ASSAULT' for cad is already mapped on line 2");
    }

    @Test
    void refusesALineWithTheWrongNumberOfFields() {
        assertThatThrownBy(() -> read(HEADER + "cad,Burglary, dwelling,ACQUISITIVE_CRIME,true\n"))
                .hasMessage("work-types.csv line 2, line: expected 4 fields but found 5");
    }

    @Test
    void refusesAQuoteLeftOpen() {
        assertThatThrownBy(() -> read(HEADER + "cad,\"Assault,VIOLENT_CRIME,true\n"))
                .hasMessageStartingWith("work-types.csv line 2, line: cannot be read as CSV");
    }

    @Test
    void refusesAWrongHeaderOrAnEmptyFile() {
        assertThatThrownBy(() -> read("source,type,work_type,crime\ncad,Assault,VIOLENT_CRIME,true\n"))
                .hasMessageStartingWith("work-types.csv line 1, header: expected source,raw_type,work_type,crime");
        assertThatThrownBy(() -> read("")).hasMessage("work-types.csv line 1, header: the file is empty");
    }
}
