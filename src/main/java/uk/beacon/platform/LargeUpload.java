package uk.beacon.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.modulith.NamedInterface;

/**
 * Marks a handler that takes a large body, such as a force's import of its exports: only such handlers accept a
 * body over the small limit that holds everywhere else ({@code beacon.web.max-body-size}), up to the upload limit
 * ({@code spring.servlet.multipart.max-request-size}). Its path names the force as {@code {force}}, and only a
 * signed-in member of that force may send it a body: who the caller is, and the CSRF token of a page's form, are
 * checked before any of the body is read. The handler's service still decides which of the force's roles may do
 * what is asked.
 */
@NamedInterface("settings")
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface LargeUpload {
}
