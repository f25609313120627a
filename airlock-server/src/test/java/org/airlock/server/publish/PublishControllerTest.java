package org.airlock.server.publish;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.airlock.server.security.Role;
import org.airlock.server.system.ApiSliceTest;
import org.junit.jupiter.api.Test;

class PublishControllerTest extends ApiSliceTest {

    @Test
    void publishersAndAdministratorsPublish() throws Exception {
        assertOnlyRolesAllowed(() -> post("/api/v1/submissions/5/publish"), roles(Role.PUBLISHER, Role.ADMIN));
    }

    @Test
    void everyoneButAuditorsMayWithdraw() throws Exception {
        assertOnlyRolesAllowed(() -> post("/api/v1/submissions/5/withdraw"),
                roles(Role.PUBLISHER, Role.APPROVER, Role.PRIVACY_OFFICER, Role.ADMIN));
    }
}
