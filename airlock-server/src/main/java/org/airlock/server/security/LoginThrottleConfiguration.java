package org.airlock.server.security;

import org.airlock.server.audit.AuditLog;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the lockout check in front of Spring Security's filter chains, whichever chain serves the request. */
@Configuration
public class LoginThrottleConfiguration {

    @Bean
    FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle, AuditLog audit) {
        FilterRegistrationBean<LoginThrottleFilter> registration = new FilterRegistrationBean<>(new LoginThrottleFilter(throttle, audit));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
