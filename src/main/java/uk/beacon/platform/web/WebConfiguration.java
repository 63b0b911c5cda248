package uk.beacon.platform.web;

import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.webjars.WebJarVersionLocator;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final AuditingInterceptor auditing;
    private final UploadAccessCheck uploadAccess;

    WebConfiguration(AuditingInterceptor auditing, UploadAccessCheck uploadAccess) {
        this.auditing = auditing;
        this.uploadAccess = uploadAccess;
    }

    /**
     * Bodies are refused by size before Spring Security or Spring MVC reads any of them: first after the
     * character-encoding filter.
     */
    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(UploadRoutes uploads, WebSettings settings,
            MultipartProperties multipart, ProblemResponses problems) {
        FilterRegistrationBean<BodyLimitFilter> registration = new FilterRegistrationBean<>(new BodyLimitFilter(
                uploads, settings.maxBodySize().toBytes(), multipart.getMaxRequestSize().toBytes(), problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** A Permissions-Policy on every response, whatever answers it. */
    @Bean
    FilterRegistrationBean<PermissionsPolicyFilter> permissionsPolicyFilter() {
        FilterRegistrationBean<PermissionsPolicyFilter> registration =
                new FilterRegistrationBean<>(new PermissionsPolicyFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** GOV.UK Frontend's stylesheet asks for its fonts and images under /assets at the site root. */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String version = new WebJarVersionLocator().version("govuk-frontend");
        if (version == null) {
            throw new IllegalStateException("The govuk-frontend webjar is missing from the classpath");
        }
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/" + version
                        + "/dist/govuk/assets/");
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(uploadAccess);
        registry.addInterceptor(auditing);
    }
}
