package uk.beacon.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application behind MockMvc, in the demo profile on an in-memory H2 database. Every
 * class with this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:web;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "beacon.demo.password=" + WebTest.PASSWORD,
        "beacon.data-dir=target/test-data/web-${random.uuid}",
        // Tests import the demo files themselves, and must see only what they import.
        "beacon.demand.demo-data=false"
})
@AutoConfigureMockMvc
public @interface WebTest {

    String PASSWORD = "correct-horse-battery";
}
