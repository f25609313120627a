package org.airlock.server.security;

import org.airlock.server.audit.AuditAction;
import org.airlock.server.audit.AuditLog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * The browser UI's chain, after the API's: form sign-in, a session cookie, and so CSRF tokens on
 * every form (Spring Security's default). Everything the API chain does not own lands here. Roles
 * are still checked on each UI controller method and in the services, so hiding a button is never
 * the only protection. Refusals, a missing or forged CSRF token among them, are audited as on the
 * API.
 */
@Configuration
public class UiSecurity {

    /** Design-system and UI assets, readable before signing in (the sign-in page needs them). */
    static final String[] PUBLIC_ASSETS = {"/govuk/**", "/assets/**", "/ui/**", "/favicon.ico"};

    @Bean
    @Order(2)
    SecurityFilterChain ui(HttpSecurity http, AuditLog audit) throws Exception {
        AccessDeniedHandlerImpl forbiddenPage = new AccessDeniedHandlerImpl();
        forbiddenPage.setErrorPage("/forbidden");
        http.securityMatcher("/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers(PUBLIC_ASSETS).permitAll()
                        .requestMatchers("/sign-in", "/forbidden").permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/sign-in").defaultSuccessUrl("/submissions", true)
                        .failureUrl("/sign-in?error"))
                .logout(l -> l.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out"))
                .exceptionHandling(e -> e.accessDeniedHandler((request, response, denied) -> {
                    String why = denied instanceof CsrfException ? "missing or invalid CSRF token: " : "role not allowed: ";
                    audit.refused(CurrentUser.name(), AuditAction.REFUSED, null,
                            why + request.getMethod() + " " + request.getRequestURI());
                    forbiddenPage.handle(request, response, denied);
                }));
        return http.build();
    }
}
