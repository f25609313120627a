package org.airlock.server.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.airlock.server.audit.AuditAction;
import org.airlock.server.audit.AuditLog;
import org.airlock.server.security.CurrentUser;
import org.airlock.server.security.Role;
import org.airlock.server.system.AirlockProperties;
import org.airlock.server.system.GateException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every UI page needs (who is signed in, which controls their roles allow, demo mode) and how
 * a refusal from a service becomes a page. Ordered before the API's JSON error handler, which
 * would otherwise answer the browser with JSON. The role flags only decide which controls are
 * shown; the services refuse whatever the flags would not have offered.
 */
@ControllerAdvice(basePackageClasses = UiModel.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UiModel {

    private final AirlockProperties properties;
    private final AuditLog audit;

    public UiModel(AirlockProperties properties, AuditLog audit) {
        this.properties = properties;
        this.audit = audit;
    }

    @ModelAttribute
    void common(Model model, HttpServletRequest request) {
        model.addAttribute("demo", properties.demo());
        model.addAttribute("path", request.getRequestURI());
        model.addAttribute("user", CurrentUser.name());
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        model.addAttribute("signedIn", auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken));
        model.addAttribute("canSubmit", CurrentUser.has(Role.PUBLISHER));
        model.addAttribute("canReview", CurrentUser.has(Role.APPROVER) || CurrentUser.has(Role.PRIVACY_OFFICER));
        model.addAttribute("canOverride", CurrentUser.has(Role.PRIVACY_OFFICER));
        model.addAttribute("canAudit", CurrentUser.has(Role.AUDITOR) || CurrentUser.has(Role.ADMIN));
        model.addAttribute("isAdmin", CurrentUser.has(Role.ADMIN));
    }

    /** A refusal while opening a page: audited like the API's, shown as a page with the status. */
    @ExceptionHandler(GateException.class)
    String refused(GateException e, Model model, HttpServletResponse response) {
        auditRefusal(e);
        response.setStatus(e.status().value());
        model.addAttribute("status", e.status().value());
        model.addAttribute("message", e.getMessage());
        return "problem";
    }

    /** Records a refusal the same way the API's handler does: wrong user or role, bad input. */
    void auditRefusal(GateException e) {
        if (e.status() == HttpStatus.FORBIDDEN || e.status() == HttpStatus.BAD_REQUEST) {
            audit.refused(CurrentUser.name(), AuditAction.REFUSED, e.submissionId(), e.getMessage());
        }
    }
}
