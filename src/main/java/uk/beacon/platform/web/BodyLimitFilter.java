package uk.beacon.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body before anything reads it: over the small limit anywhere but an upload (413), or of
 * unknown length (chunked) where a length is needed (411). It runs ahead of Spring Security, whose sign-in and
 * CSRF filters would otherwise read a form's body, and of Spring MVC. Uploads ({@link UploadRoutes}) may be as
 * large as the upload limit; who may send one is checked by {@link UploadAccessCheck} before it is read.
 */
final class BodyLimitFilter extends OncePerRequestFilter {

    private final UploadRoutes uploads;
    private final long maxBodySize;
    private final long maxUploadSize;
    private final ProblemResponses problems;

    BodyLimitFilter(UploadRoutes uploads, long maxBodySize, long maxUploadSize, ProblemResponses problems) {
        this.uploads = uploads;
        this.maxBodySize = maxBodySize;
        this.maxUploadSize = maxUploadSize;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        boolean unknownLength = length < 0 && request.getHeader("Transfer-Encoding") != null;
        if (length <= 0 && !unknownLength) {
            chain.doFilter(request, response);
            return;
        }
        boolean upload = uploads.isUpload(request);
        if (unknownLength && !upload) {
            refuse(request, response, HttpStatus.LENGTH_REQUIRED,
                    "Send the request with a Content-Length: a body of unknown length is accepted only by imports.");
        } else if (length > (upload ? maxUploadSize : maxBodySize)) {
            refuse(request, response, HttpStatus.CONTENT_TOO_LARGE, upload
                    ? "The upload is larger than Beacon accepts (" + megabytes(maxUploadSize) + ")."
                    : "The request is larger than Beacon accepts here (" + megabytes(maxBodySize) + ").");
        } else {
            chain.doFilter(request, response);
        }
    }

    /** Problem JSON on the API; the GOV.UK error page for the status elsewhere. */
    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        response.setHeader("Connection", "close");
        if (ProblemResponses.isApi(request)) {
            problems.write(request, response, status, detail);
        } else {
            response.sendError(status.value());
        }
    }

    private static String megabytes(long bytes) {
        return bytes % (1024 * 1024 * 1024) == 0 ? bytes / (1024 * 1024 * 1024) + " GB" : Math.max(1, bytes / (1024 * 1024)) + " MB";
    }
}
