package org.airlock.server.review;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.airlock.server.security.Role;
import org.airlock.server.system.ApiSliceTest;
import org.airlock.server.system.GateException;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class ReviewControllerTest extends ApiSliceTest {

    private static final String BODY = "{\"justification\": \"Checked against the source data\"}";

    @Test
    void approversAndPrivacyOfficersSignOff() throws Exception {
        assertOnlyRolesAllowed(() -> post("/api/v1/submissions/3/signoff").contentType(MediaType.APPLICATION_JSON).content(BODY),
                roles(Role.APPROVER, Role.PRIVACY_OFFICER));
    }

    @Test
    void approversAndPrivacyOfficersReject() throws Exception {
        assertOnlyRolesAllowed(() -> post("/api/v1/submissions/3/reject").contentType(MediaType.APPLICATION_JSON).content(BODY),
                roles(Role.APPROVER, Role.PRIVACY_OFFICER));
    }

    @Test
    void onlyPrivacyOfficersSeeUnmaskedEvidence() throws Exception {
        when(review.unmaskedEvidence(3)).thenReturn(List.of());
        assertOnlyRolesAllowed(() -> get("/api/v1/submissions/3/evidence"), roles(Role.PRIVACY_OFFICER));
    }

    @Test
    void theFourEyesRefusalReachesTheCaller() throws Exception {
        when(review.signOff(eq(4L), anyString())).thenThrow(
                GateException.forbidden("four eyes: you cannot sign off a submission you made", 4L));
        mvc.perform(post("/api/v1/submissions/4/signoff").contentType(MediaType.APPLICATION_JSON).content(BODY)
                        .with(user("both").roles("PUBLISHER", "APPROVER")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("four eyes: you cannot sign off a submission you made"));
    }
}
