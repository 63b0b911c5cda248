package uk.beacon.demand.domain;

import java.util.Arrays;

/** The kinds of file Beacon imports, named as the API names them. */
public enum ImportFormat {
    POLICE_UK_STREET("police-uk-street"),
    POLICE_UK_STOP_SEARCH("police-uk-stop-search"),
    CAD("cad");

    private final String code;

    ImportFormat(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ImportFormat fromCode(String code) {
        return Arrays.stream(values()).filter(format -> format.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("format must be one of police-uk-street, "
                        + "police-uk-stop-search or cad, not '" + code + "'"));
    }
}
