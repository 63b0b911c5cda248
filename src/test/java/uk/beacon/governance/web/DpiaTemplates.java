package uk.beacon.governance.web;

import java.util.Map;
import java.util.Set;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Renders one fragment of the application's templates with Spring's expression language, as the pages do. */
final class DpiaTemplates {

    private static final SpringTemplateEngine ENGINE = engine();

    private DpiaTemplates() {
    }

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    /** The fragment {@code name} of {@code template}, its parameters taken from {@code variables}. */
    static String render(String template, String fragment, Map<String, Object> variables) {
        Context context = new Context();
        context.setVariables(variables);
        return ENGINE.process(template, Set.of(fragment), context);
    }
}
