package uk.beacon.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import uk.beacon.testsupport.WebTest;

/** The README and the decision records say only what is true of the repository and the running API. */
@WebTest
class DocumentationTest {

    private static final Path README = Path.of("README.md");
    private static final Pattern API_PATH = Pattern.compile("`(?:GET|POST|PUT|DELETE|, )*\\s*(/api/v1/[^`?\\s\\[]*)");
    private static final Pattern MARKDOWN_FILE = Pattern.compile("(?<![\\w/.-])([\\w./-]+\\.md)\\b");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Test
    void everyTableInTheReadmeHasItsHeaderAndNoBlankLineInside() throws IOException {
        List<String> lines = Files.readAllLines(README);
        List<String> broken = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            boolean row = lines.get(i).startsWith("|");
            boolean startsBlock = row && (i == 0 || !lines.get(i - 1).startsWith("|"));
            if (startsBlock && (i + 1 >= lines.size() || !lines.get(i + 1).matches("\\|( ?-+ ?\\|)+"))) {
                broken.add("line " + (i + 1) + ": " + lines.get(i));
            }
        }
        assertThat(broken).as("tables without a header row and separator").isEmpty();
    }

    @Test
    void everyApiPathTheReadmeNamesIsInTheOpenApiDocument() throws Exception {
        String body = mvc.perform(get("/api/v1/openapi")).andReturn().getResponse().getContentAsString();
        JsonNode paths = json.readTree(body).get("paths");
        Set<String> named = new TreeSet<>();
        Matcher matcher = API_PATH.matcher(Files.readString(README));
        while (matcher.find()) {
            named.add(matcher.group(1));
        }
        // The description itself and its browsable page are not operations in it.
        named.removeAll(Set.of("/api/v1/openapi", "/api/v1/docs"));
        assertThat(named).as("the README names API paths").hasSizeGreaterThan(15);
        assertThat(named).allSatisfy(path -> assertThat(paths.has(path)).as(path + " in /api/v1/openapi").isTrue());
    }

    @Test
    void everyMarkdownFileTheDocumentsCiteIsInTheRepository() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(README));
        try (Stream<Path> adrs = Files.list(Path.of("docs/adr"))) {
            adrs.filter(path -> path.toString().endsWith(".md")).forEach(documents::add);
        }
        List<String> missing = new ArrayList<>();
        for (Path document : documents) {
            Matcher matcher = MARKDOWN_FILE.matcher(Files.readString(document));
            while (matcher.find()) {
                String cited = matcher.group(1);
                Path fromRoot = Path.of(cited);
                Path fromDocument = document.toAbsolutePath().getParent().resolve(cited);
                if (!Files.exists(fromRoot) && !Files.exists(fromDocument) && !Files.exists(Path.of("docs/adr", cited))) {
                    missing.add(document + " cites " + cited);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theHomePageDescribesBuiltModulesAsBuilt() {
        assertThat(ModuleCatalogue.MODULES).filteredOn(ModuleCatalogue.Module::available)
                .allSatisfy(module -> assertThat(module.summary()).doesNotContain("being built", "will be", "planned"));
    }
}
