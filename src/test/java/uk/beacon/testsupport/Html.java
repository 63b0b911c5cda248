package uk.beacon.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough reading of Beacon's own rendered pages for the tests: elements by id, links, table rows. */
public final class Html {

    private Html() {
    }

    /** The opening tag of the element with this id. */
    public static String tag(String body, String id) {
        int at = body.indexOf("id=\"" + id + "\"");
        assertThat(at).as("an element with the id " + id).isNotNegative();
        return body.substring(body.lastIndexOf('<', at), body.indexOf('>', at) + 1);
    }

    public static boolean has(String body, String id) {
        return body.contains("id=\"" + id + "\"");
    }

    /** The value attribute of the input with this id. */
    public static String value(String body, String id) {
        Matcher matcher = Pattern.compile("value=\"([^\"]*)\"").matcher(tag(body, id));
        return matcher.find() ? matcher.group(1) : null;
    }

    /** The element with this id up to its closing tag (no nesting of the same tag inside). */
    public static String element(String body, String id, String tagName) {
        int at = body.indexOf("id=\"" + id + "\"");
        assertThat(at).as("an element with the id " + id).isNotNegative();
        int start = body.lastIndexOf('<', at);
        return body.substring(start, body.indexOf("</" + tagName + ">", at) + tagName.length() + 3);
    }

    /** The text of the element with this id, tags taken out and spaces collapsed. */
    public static String text(String body, String id, String tagName) {
        return strip(element(body, id, tagName));
    }

    /** The text of a textarea with this id, as a browser would show it: entities read, spaces around dropped. */
    public static String textarea(String body, String id) {
        String element = element(body, id, "textarea");
        return element.substring(element.indexOf('>') + 1, element.lastIndexOf("</textarea>")).replace("&lt;", "<")
                .replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&").strip();
    }

    /** Text with its tags taken out and its spaces collapsed. */
    public static String strip(String html) {
        return html.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
    }

    /** The rows of a table body. */
    public static List<String> rows(String body, String tableId) {
        String table = element(body, tableId, "table");
        String tbody = table.substring(table.indexOf("<tbody"));
        List<String> rows = new ArrayList<>();
        Matcher matcher = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(tbody);
        while (matcher.find()) {
            rows.add(matcher.group(1));
        }
        return rows;
    }

    /** The cells (td) of a row, as text. */
    public static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        Matcher matcher = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(row);
        while (matcher.find()) {
            cells.add(strip(matcher.group(1)));
        }
        return cells;
    }

    /** The links of the error summary, in order. */
    public static List<String> errorLinks(String body) {
        int start = body.indexOf("govuk-error-summary__list");
        if (start < 0) {
            return List.of();
        }
        String list = body.substring(start, body.indexOf("</ul>", start));
        List<String> links = new ArrayList<>();
        Matcher matcher = Pattern.compile("href=\"([^\"]*)\"").matcher(list);
        while (matcher.find()) {
            links.add(matcher.group(1));
        }
        return links;
    }

    public static String title(String body) {
        return strip(body.substring(body.indexOf("<title"), body.indexOf("</title>")));
    }

    /** Every href inside the element with this id. */
    public static List<String> hrefs(String body, String id, String tagName) {
        List<String> links = new ArrayList<>();
        Matcher matcher = Pattern.compile("href=\"([^\"]*)\"").matcher(element(body, id, tagName));
        while (matcher.find()) {
            links.add(matcher.group(1));
        }
        return links;
    }
}
