package org.coproduce.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.RequestMapping;

/** Every error gets a page in plain words that says what to do next, never a stack trace. */
@Controller
class ErrorPageController implements ErrorController {

    private final List<UploadLimit> uploadLimits;
    private final String anyUpload;

    ErrorPageController(List<UploadLimit> uploadLimits, @Value("${spring.servlet.multipart.max-request-size}") DataSize mostSent) {
        this.uploadLimits = uploadLimits;
        this.anyUpload = "Files sent together must be smaller than " + mostSent.toMegabytes() + " MB.";
    }

    @RequestMapping("/error")
    String error(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("notSaved", request.getAttribute(BrokenConnectionFilter.NOT_SAVED) != null);
        model.addAttribute("uploadAdvice", status == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
                ? uploadAdvice((String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)) : null);
        return "web/error";
    }

    private String uploadAdvice(String path) {
        return uploadLimits.stream().filter(limit -> limit.covers(path)).map(UploadLimit::advice).findFirst().orElse(anyUpload);
    }
}
