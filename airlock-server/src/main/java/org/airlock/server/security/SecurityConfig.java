package org.airlock.server.security;

import jakarta.servlet.http.HttpServletResponse;
import org.airlock.server.audit.AuditAction;
import org.airlock.server.audit.AuditLog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The API is stateless: HTTP Basic or an API token on every request, no session, so no cookie a
 * forged cross-site request could ride on (CSRF protection is off for that reason). The
 * server-rendered UI has its own chain, {@link UiSecurity}, with form sign-in, a session and CSRF
 * tokens. Roles are checked per method ({@code @PreAuthorize}); ownership and the four-eyes rule
 * in the services.
 */
@Configuration
@EnableMethodSecurity
public class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The paths this stateless chain owns; everything else belongs to the UI chain. */
    static final String[] API_PATHS = {"/api/**", "/actuator/**", "/v3/api-docs", "/v3/api-docs/**", "/error"};

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, UserAccounts accounts, AuditLog audit) throws Exception {
        http.securityMatcher(API_PATHS)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .requestMatchers("/error").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(b -> b.realmName("airlock"))
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e.accessDeniedHandler((request, response, denied) -> {
                    audit.refused(CurrentUser.name(), AuditAction.REFUSED, null,
                            "role not allowed: " + request.getMethod() + " " + request.getRequestURI());
                    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                    response.setContentType("application/json");
                    response.getWriter().write("{\"status\":403,\"error\":\"your role does not allow this\"}");
                }))
                .addFilterBefore(new BearerTokenFilter(tokens, accounts, audit), BasicAuthenticationFilter.class);
        return http.build();
    }
}
