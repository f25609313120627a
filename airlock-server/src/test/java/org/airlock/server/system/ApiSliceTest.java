package org.airlock.server.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import org.airlock.server.audit.AuditLog;
import org.airlock.server.monitor.AlertService;
import org.airlock.server.monitor.MonitorService;
import org.airlock.server.publish.PublishService;
import org.airlock.server.review.ReviewService;
import org.airlock.server.security.ApiTokens;
import org.airlock.server.security.Role;
import org.airlock.server.security.SecurityConfig;
import org.airlock.server.security.UserAccounts;
import org.airlock.server.submission.SubmissionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One web slice for every controller test (all controllers, the real security configuration,
 * services mocked), so the controller tests share a single cached application context.
 */
// The browser UI's controllers render pages from non-web components; they have their own browser test.
@WebMvcTest(excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.airlock\\.server\\.ui\\..*"))
@Import(SecurityConfig.class)
public abstract class ApiSliceTest {

    @Autowired
    protected MockMvc mvc;
    @MockitoBean
    protected SubmissionService submissions;
    @MockitoBean
    protected ReviewService review;
    @MockitoBean
    protected PublishService publish;
    @MockitoBean
    protected AuditLog audit;
    @MockitoBean
    protected UserAccounts accounts;
    @MockitoBean
    protected ApiTokens tokens;
    @MockitoBean
    protected org.airlock.server.policy.ActivePolicy policy;
    @MockitoBean
    protected MonitorService monitors;
    @MockitoBean
    protected AlertService alerts;

    /**
     * Sends the request as a user of each role in turn: the allowed roles must get past the role
     * check (any status but 401/403), every other role must get 403.
     */
    protected void assertOnlyRolesAllowed(Supplier<MockHttpServletRequestBuilder> request, Set<Role> allowed) throws Exception {
        for (Role role : Role.values()) {
            int status = mvc.perform(request.get().with(user("user-" + role.demoUser()).roles(role.name())))
                    .andReturn().getResponse().getStatus();
            if (allowed.contains(role)) {
                assertThat(status).as(role + " must be allowed").isNotIn(401, 403);
            } else {
                assertThat(status).as(role + " must be refused").isEqualTo(403);
            }
        }
        assertThat(mvc.perform(request.get()).andReturn().getResponse().getStatus()).as("anonymous").isEqualTo(401);
    }

    protected static Set<Role> roles(Role first, Role... rest) {
        return EnumSet.of(first, rest);
    }
}
