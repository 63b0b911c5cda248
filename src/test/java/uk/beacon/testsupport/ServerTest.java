package uk.beacon.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port, for tests that must talk real HTTP to the real server (Tomcat's own
 * reading of bodies, headers and connections): the demo profile on an in-memory H2 database. Every class with this
 * annotation shares one application context; use {@link Browserless} or {@link RawHttp} to talk to it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:server;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "beacon.demo.password=" + WebTest.PASSWORD,
        "beacon.data-dir=target/test-data/server-${random.uuid}",
        "beacon.demand.demo-data=false"
})
public @interface ServerTest {
}
