package uk.beacon.platform;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.beacon.platform.domain.SignInThrottle;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** bcrypt by default, with the algorithm named in each hash so it can be changed later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SignInThrottle signInThrottle(BeaconProperties properties) {
        return new SignInThrottle(properties.signIn().allowedFailures(), properties.signIn().lockDuration());
    }

    @Bean(destroyMethod = "shutdown")
    ThreadPoolTaskExecutor jobExecutor(BeaconProperties properties) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(properties.jobThreads());
        executor.setMaxPoolSize(properties.jobThreads());
        executor.setThreadNamePrefix("beacon-job-");
        executor.setWaitForTasksToCompleteOnShutdown(false);
        executor.initialize();
        return executor;
    }

    /** The platform's public pages and API; modules add their own {@link PublicPaths}. */
    @Bean
    PublicPaths platformPublicPaths() {
        return PublicPaths.of("/", "/sign-in", "/forces", "/forces/*", "/modules/*", "/accessibility", "/cookies",
                "/assets/**", "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/error",
                "/actuator/health", "/actuator/health/**", "/api/v1/forces", "/api/v1/forces/*",
                "/api/v1/openapi", "/api/v1/openapi/**", "/api/v1/docs", "/api/v1/swagger-ui/**");
    }

}
