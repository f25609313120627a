package org.airlock.server.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Properties;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves GOV.UK Frontend's compiled CSS, JavaScript and images straight from its webjar, so the
 * build needs no Node. Its stylesheet asks for {@code /assets/...}, hence that mapping. The
 * webjar's version is read from the jar itself, so upgrading it is a change to the pom alone.
 */
@Configuration
public class UiAssets implements WebMvcConfigurer {

    private static final String WEBJAR = "META-INF/resources/webjars/govuk-frontend/";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String dist = "classpath:/" + WEBJAR + govukFrontendVersion() + "/dist/govuk/";
        CacheControl day = CacheControl.maxAge(Duration.ofDays(1));
        registry.addResourceHandler("/govuk/**").addResourceLocations(dist).setCacheControl(day);
        registry.addResourceHandler("/assets/**").addResourceLocations(dist + "assets/").setCacheControl(day);
    }

    static String govukFrontendVersion() {
        try (InputStream in = UiAssets.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/govuk-frontend/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("govuk-frontend webjar missing from the class path");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
