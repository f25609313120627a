package org.airlock.server.security;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.airlock.server.system.ApiSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class AccountControllerTest extends ApiSliceTest {

    @Test
    void onlyAdministratorsCreateUsers() throws Exception {
        assertOnlyRolesAllowed(() -> post("/api/v1/users").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\": \"new-user\", \"password\": \"a-long-password\", \"roles\": [\"PUBLISHER\"]}"),
                roles(Role.ADMIN));
    }

    @Test
    void everyUserMayIssueATokenForThemselves() throws Exception {
        for (Role role : Role.values()) {
            when(accounts.find("user-" + role.demoUser()))
                    .thenReturn(Optional.of(new UserAccounts.Account(1, "user-" + role.demoUser(), "x", Set.of(role))));
        }
        when(tokens.issue(anyLong(), anyString())).thenReturn("alk_test");
        assertOnlyRolesAllowed(() -> post("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"ci\"}"),
                EnumSet.allOf(Role.class));
    }
}
