package uk.beacon.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import uk.beacon.platform.ForbiddenException;
import uk.beacon.platform.ForceAccess;
import uk.beacon.platform.LargeUpload;
import uk.beacon.platform.SignedInUser;

/**
 * Before a {@link LargeUpload} handler's arguments are read (multipart bodies are parsed lazily, so not before
 * then), the caller must be a signed-in member of the force in its path: anyone else is refused (403, or 404 for
 * an unknown force) without a byte of the upload being read.
 */
@Component
class UploadAccessCheck implements HandlerInterceptor {

    private final ForceAccess access;

    UploadAccessCheck(ForceAccess access) {
        this.access = access;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(LargeUpload.class)) {
            @SuppressWarnings("unchecked")
            Map<String, String> variables = (Map<String, String>) request
                    .getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
            SignedInUser user = LayoutModel.currentUser();
            if (user == null) {
                throw new ForbiddenException("Sign in to upload files.");
            }
            access.requireMember(variables == null ? null : variables.get("force"), user);
        }
        return true;
    }
}
