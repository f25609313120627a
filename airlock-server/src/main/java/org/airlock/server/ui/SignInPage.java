package org.airlock.server.ui;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in form; Spring Security's form login handles the POST, the session and CSRF. */
@Controller
public class SignInPage {

    @GetMapping("/sign-in")
    String signIn(@RequestParam(required = false) String error, @RequestParam(name = "signed-out", required = false) String signedOut,
                  Model model) {
        FormErrors errors = new FormErrors();
        if (error != null) {
            errors.add("username", "Enter a correct user name and password");
        }
        model.addAttribute("errors", errors);
        model.addAttribute("signedOut", signedOut != null);
        return "sign-in";
    }

    @GetMapping("/")
    String home() {
        return "redirect:/submissions";
    }

    /** Where a refusal by role or a failed CSRF check is forwarded (see UiSecurity). */
    @RequestMapping("/forbidden") // any method: a refused POST is forwarded here as a POST
    String forbidden(Model model, jakarta.servlet.http.HttpServletResponse response) {
        response.setStatus(403);
        model.addAttribute("status", 403);
        model.addAttribute("message", "Your role does not allow this, or the form had expired. Go back, reload the page and try again.");
        return "problem";
    }
}
