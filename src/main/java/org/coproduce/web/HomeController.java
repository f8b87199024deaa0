package org.coproduce.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;


/** The start page for visitors, and the home page for people signed in. */
@Controller
class HomeController {

    @GetMapping("/")
    String start(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser) {
            return "redirect:/home";
        }
        return "web/start";
    }

    @GetMapping("/home")
    String home(HttpServletRequest request, Model model) {
        model.addAttribute("welcome", request.getParameterMap().containsKey("welcome"));
        return "web/home";
    }
}
