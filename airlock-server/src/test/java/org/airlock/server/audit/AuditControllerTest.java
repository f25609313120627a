package org.airlock.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.function.Consumer;
import org.airlock.server.security.Role;
import org.airlock.server.system.ApiSliceTest;
import org.junit.jupiter.api.Test;

class AuditControllerTest extends ApiSliceTest {

    private static final AuditEntry ENTRY = new AuditEntry(1, "2026-11-22T02:00:00Z", "publisher", "SUBMIT", "OK", 4L,
            "1 file(s): a, \"b\"", AuditEntry.GENESIS, "ab".repeat(32));

    @Test
    void auditorsAndAdministratorsVerify() throws Exception {
        when(audit.verify()).thenReturn(new ChainVerification(true, 1, null, null, "ab".repeat(32)));
        assertOnlyRolesAllowed(() -> get("/api/v1/audit/verify"), roles(Role.AUDITOR, Role.ADMIN));
    }

    @Test
    void verificationReportsTheFirstBadEntry() throws Exception {
        when(audit.verify()).thenReturn(new ChainVerification(false, 9, 4L, "content does not match its hash", null));
        mvc.perform(get("/api/v1/audit/verify").with(user("a").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.entries").value(9))
                .andExpect(jsonPath("$.firstBadEntry").value(4));
    }

    @Test
    void exportsCsvAndJson() throws Exception {
        doAnswer(inv -> {
            inv.<Consumer<AuditEntry>>getArgument(0).accept(ENTRY);
            return null;
        }).when(audit).forEach(any());
        String csv = mvc.perform(get("/api/v1/audit/export").param("format", "csv").with(user("a").roles("AUDITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv.lines()).first().asString().startsWith("seq,occurredAt,actor,action");
        assertThat(csv).contains("\"1 file(s): a, \"\"b\"\"\"");
        mvc.perform(get("/api/v1/audit/export").param("format", "json").with(user("a").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].seq").value(1))
                .andExpect(jsonPath("$[0].entryHash").value("ab".repeat(32)));
        assertOnlyRolesAllowed(() -> get("/api/v1/audit/export").param("format", "json"), roles(Role.AUDITOR, Role.ADMIN));
    }
}
