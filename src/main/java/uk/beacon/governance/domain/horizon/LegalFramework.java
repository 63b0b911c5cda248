package uk.beacon.governance.domain.horizon;

/**
 * A body of law or regulation that may govern a technology type, such as the Human Rights Act 1998
 * Article 8. The short name heads a column of the matrix; the link is to the law or regulator.
 */
public record LegalFramework(String code, String shortName, String name, String link) {

    public static LegalFramework of(String code, String shortName, String name, String link) {
        return new LegalFramework(HorizonText.code("code", code), HorizonText.required("shortName", shortName, 60),
                HorizonText.required("name", name, 300), HorizonText.link("link", link));
    }
}
