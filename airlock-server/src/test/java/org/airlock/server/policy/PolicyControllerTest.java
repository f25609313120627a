package org.airlock.server.policy;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import org.airlock.assess.Policy;
import org.airlock.server.security.Role;
import org.airlock.server.system.ApiSliceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Every role against the policy endpoints: only administrators and privacy officers get through. */
class PolicyControllerTest extends ApiSliceTest {

    @BeforeEach
    void policyInForce() {
        PolicyVersion defaults = new PolicyVersion("", PolicyVersion.sha256(""), Policy.defaults(), "built-in defaults", null, null, null);
        when(policy.version()).thenReturn(defaults);
        when(policy.replace(any(), any(), any())).thenReturn(defaults);
    }

    @Test
    void onlyAdministratorsAndPrivacyOfficersReadThePolicy() throws Exception {
        assertOnlyRolesAllowed(() -> get("/api/v1/policy"), roles(Role.ADMIN, Role.PRIVACY_OFFICER));
    }

    @Test
    void onlyAdministratorsAndPrivacyOfficersReplaceThePolicy() throws Exception {
        assertOnlyRolesAllowed(() -> put("/api/v1/policy").contentType(MediaType.APPLICATION_JSON)
                .content("{\"yaml\": \"name: stricter\\n\", \"justification\": \"Tighter threshold agreed\"}"),
                roles(Role.ADMIN, Role.PRIVACY_OFFICER));
    }
}
