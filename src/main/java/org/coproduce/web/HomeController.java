package org.coproduce.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

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
    String home(@RequestParam(required = false) String welcome, Model model) {
        model.addAttribute("welcome", welcome != null);
        return "web/home";
    }
}
