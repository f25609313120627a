package org.airlock.server.monitor;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Instant;
import java.util.List;
import org.airlock.server.security.Role;
import org.airlock.server.system.ApiSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Who may do what with monitors and alerts: administrators and privacy officers manage, auditors read. */
class MonitorControllerTest extends ApiSliceTest {

    private static final String BODY = "{\"baseUrls\":[\"http://127.0.0.1:9/\"]}";

    @Test
    void administratorsPrivacyOfficersAndAuditorsReadMonitors() throws Exception {
        assertOnlyRolesAllowed(() -> get("/api/v1/monitors"), roles(Role.ADMIN, Role.PRIVACY_OFFICER, Role.AUDITOR));
        assertOnlyRolesAllowed(() -> get("/api/v1/monitors/1/runs"), roles(Role.ADMIN, Role.PRIVACY_OFFICER, Role.AUDITOR));
    }

    @Test
    void onlyAdministratorsAndPrivacyOfficersManageMonitors() throws Exception {
        assertOnlyRolesAllowed(() -> post("/api/v1/monitors").contentType(MediaType.APPLICATION_JSON).content(BODY),
                roles(Role.ADMIN, Role.PRIVACY_OFFICER));
        assertOnlyRolesAllowed(() -> put("/api/v1/monitors/1").contentType(MediaType.APPLICATION_JSON).content(BODY),
                roles(Role.ADMIN, Role.PRIVACY_OFFICER));
        assertOnlyRolesAllowed(() -> delete("/api/v1/monitors/1"), roles(Role.ADMIN, Role.PRIVACY_OFFICER));
        assertOnlyRolesAllowed(() -> post("/api/v1/monitors/1/runs"), roles(Role.ADMIN, Role.PRIVACY_OFFICER));
    }

    @Test
    void auditorsReadAlertsButOnlyAdministratorsAndPrivacyOfficersAcknowledge() throws Exception {
        when(alerts.acknowledge(anyLong(), any())).thenReturn(new Alert(1, 1, "http://127.0.0.1:9/a.xlsx", "0".repeat(64),
                "BLOCK", 3, List.of("NAME"), List.of(), List.of(), null, Instant.now(), Alert.Status.ACKNOWLEDGED, "x",
                Instant.now(), Alert.Takedown.DISABLED, null, null));
        assertOnlyRolesAllowed(() -> get("/api/v1/alerts"), roles(Role.ADMIN, Role.PRIVACY_OFFICER, Role.AUDITOR));
        assertOnlyRolesAllowed(() -> post("/api/v1/alerts/1/acknowledge").contentType(MediaType.APPLICATION_JSON).content("{}"),
                roles(Role.ADMIN, Role.PRIVACY_OFFICER));
    }
}
