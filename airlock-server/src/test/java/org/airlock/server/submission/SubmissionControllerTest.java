package org.airlock.server.submission;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import org.airlock.server.audit.AuditAction;
import org.airlock.server.security.Role;
import org.airlock.server.system.ApiSliceTest;
import org.airlock.server.system.GateException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

class SubmissionControllerTest extends ApiSliceTest {

    private static final SubmissionView RECEIVED = new SubmissionView(7, "user-publisher", SubmissionState.RECEIVED, null, null,
            List.of(), null, null, null, List.of());

    @Test
    void onlyPublishersSubmit() throws Exception {
        when(submissions.submit(anyList(), anyList())).thenReturn(RECEIVED);
        assertOnlyRolesAllowed(() -> multipart("/api/v1/submissions")
                .file(new MockMultipartFile("file", "a.csv", "text/csv", "x,y\n1,2\n".getBytes()))
                .param("target", "stats/a.csv"), roles(Role.PUBLISHER));
    }

    @Test
    void aSubmissionIsAcknowledgedWithItsIdAndState() throws Exception {
        when(submissions.submit(anyList(), eq(List.of("stats/a.csv")))).thenReturn(RECEIVED);
        mvc.perform(multipart("/api/v1/submissions")
                        .file(new MockMultipartFile("file", "a.csv", "text/csv", "x,y\n1,2\n".getBytes()))
                        .param("target", "stats/a.csv")
                        .with(user("user-publisher").roles("PUBLISHER")))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.id").value(7))
                .andExpect(jsonPath("$.state").value("RECEIVED"));
    }

    @Test
    void everyRoleMayAskButTheServiceDecidesOwnership() throws Exception {
        when(submissions.get(7)).thenReturn(RECEIVED);
        assertOnlyRolesAllowed(() -> get("/api/v1/submissions/7"), EnumSet.allOf(Role.class));
    }

    @Test
    void anotherUsersSubmissionIsRefusedAndAudited() throws Exception {
        when(submissions.get(8)).thenThrow(GateException.forbidden("submission 8 belongs to another user", 8L));
        mvc.perform(get("/api/v1/submissions/8").with(user("mallory").roles("PUBLISHER")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("submission 8 belongs to another user"));
        verify(audit).refused(eq("mallory"), eq(AuditAction.REFUSED), eq(8L), contains("another user"));
    }

    @Test
    void aWrongRoleIsRefusedAndAudited() throws Exception {
        mvc.perform(multipart("/api/v1/submissions")
                        .file(new MockMultipartFile("file", "a.csv", "text/csv", "x".getBytes()))
                        .param("target", "a.csv")
                        .with(user("eve").roles("AUDITOR")))
                .andExpect(status().isForbidden());
        verify(audit).refused(eq("eve"), eq(AuditAction.REFUSED), isNull(), contains("POST /api/v1/submissions"));
    }

    @Test
    void aMissingFilePartIsABadRequest() throws Exception {
        mvc.perform(multipart("/api/v1/submissions").param("target", "a.csv").with(user("p").roles("PUBLISHER")))
                .andExpect(status().isBadRequest());
        verify(submissions, org.mockito.Mockito.never()).submit(any(), any());
    }
}
