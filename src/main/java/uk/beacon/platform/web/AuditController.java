package uk.beacon.platform.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.beacon.platform.AuditLog;
import uk.beacon.platform.SignedInUser;

/** The audit log, for administrators. */
@Controller
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String page(@RequestParam(defaultValue = "1") long page, @AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("page", audit.page(page, user));
        return "admin/audit";
    }
}
