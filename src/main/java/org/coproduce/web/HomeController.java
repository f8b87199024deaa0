package org.coproduce.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;


/** The start page for visitors, and the home page for people signed in. */
@Controller
class HomeController {

    private final List<HomePanel> panels;

    HomeController(List<HomePanel> panels) {
        this.panels = panels;
    }

    @GetMapping("/")
    String start(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser) {
            return "redirect:/home";
        }
        return "web/start";
    }

    @GetMapping("/home")
    String home(HttpServletRequest request, Authentication authentication, Model model) {
        model.addAttribute("welcome", request.getParameterMap().containsKey("welcome"));
        List<HomeFlag> flags = authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                ? panels.stream().flatMap(panel -> panel.flagsFor(user).stream()).toList()
                : List.of();
        model.addAttribute("flags", flags);
        return "web/home";
    }
}
