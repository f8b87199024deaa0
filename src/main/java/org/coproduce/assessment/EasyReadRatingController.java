package org.coproduce.assessment;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Map;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.web.Dates;
import org.coproduce.web.FormErrors;
import org.coproduce.web.NotFoundException;
import org.coproduce.web.Refused;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The easy read way to rate: one question a page in large text and simple words, each answer saved as it is given,
 * then a page to send them, listing any question not yet answered.
 */
@Controller
class EasyReadRatingController {

    private final Rounds rounds;
    private final RoundRepository stored;

    EasyReadRatingController(Rounds rounds, RoundRepository stored) {
        this.rounds = rounds;
        this.stored = stored;
    }

    @GetMapping("/assessment/rounds/{id}/easy/{number}")
    String easyQuestion(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int number, Model model) {
        Round round = stored.round(user.organisationId(), id).orElseThrow(NotFoundException::new);
        stored.rater(user.organisationId(), id, user.personId()).orElseThrow(NotFoundException::new);
        GivenRating mine = null;
        Framework framework = rounds.framework(user.organisationId(), round);
        if (number >= 1 && number <= framework.indicatorCount()) {
            mine = stored.ratingsOf(user.organisationId(), id, user.personId()).get(framework.indicators().get(number - 1).code());
        }
        return easyPage(user, round, number, mine, FormErrors.none(), model);
    }

    @PostMapping("/assessment/rounds/{id}/easy/{number}")
    String easyAnswer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int number, HttpServletRequest request,
            Model model) {
        Round round = stored.round(user.organisationId(), id).orElseThrow(NotFoundException::new);
        stored.rater(user.organisationId(), id, user.personId()).orElseThrow(NotFoundException::new);
        Framework framework = rounds.framework(user.organisationId(), round);
        if (number < 1 || number > framework.indicatorCount()) {
            throw new NotFoundException();
        }
        String code = framework.indicators().get(number - 1).code();
        Rating rating = RoundsController.rating(request.getParameter("rating"));
        GivenRating given = rating == null ? null : new GivenRating(code, rating, RoundsController.text(request.getParameter("comment")), null);
        if (rating == null) {
            return easyPage(user, round, number, null, FormErrors.of("rating", "Choose an answer. If you are not sure, choose \"I do not know\""), model);
        }
        if (!AssessmentLimits.COMMENT.allows(given.comment())) {
            return easyPage(user, round, number, given, FormErrors.of("comment", AssessmentLimits.COMMENT.tooLong(given.comment())), model);
        }
        try {
            rounds.rate(user, id, Map.of(code, given), false, false);
        } catch (Refused refused) {
            return easyPage(user, round, number, given, FormErrors.of(refused), model);
        }
        return number == framework.indicatorCount() ? "redirect:/assessment/rounds/" + id + "/easy/send"
                : "redirect:/assessment/rounds/" + id + "/easy/" + (number + 1);
    }

    @GetMapping("/assessment/rounds/{id}/easy/send")
    String easySendPage(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Round round = stored.round(user.organisationId(), id).orElseThrow(NotFoundException::new);
        stored.rater(user.organisationId(), id, user.personId()).orElseThrow(NotFoundException::new);
        return easySend(user, round, FormErrors.none(), model);
    }

    @PostMapping("/assessment/rounds/{id}/easy/send")
    String easySend(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        Round round = stored.round(user.organisationId(), id).orElseThrow(NotFoundException::new);
        try {
            rounds.rate(user, id, Map.of(), true, "yes".equals(request.getParameter("nameShown")));
        } catch (Refused refused) {
            return easySend(user, round, FormErrors.of("answers", round.closed(LocalDate.now(Dates.LONDON))
                    ? "This has closed. You cannot send answers now"
                    : "Answer every question before you send. Go back to the questions you have not answered"), model);
        }
        redirect.addFlashAttribute("notice", "Thank you. Your answers are sent");
        return "redirect:/assessment/rounds/" + id + "/results";
    }

    private String easyPage(CurrentUser user, Round round, int number, GivenRating mine, FormErrors errors, Model model) {
        Framework framework = rounds.framework(user.organisationId(), round);
        if (number < 1 || number > framework.indicatorCount()) {
            throw new NotFoundException();
        }
        Framework.Indicator indicator = framework.indicators().get(number - 1);
        model.addAttribute("round", round);
        model.addAttribute("framework", framework);
        model.addAttribute("number", number);
        model.addAttribute("indicator", indicator);
        model.addAttribute("theme", framework.themeOf(indicator));
        model.addAttribute("mine", mine);
        model.addAttribute("closed", round.closed(LocalDate.now(Dates.LONDON)));
        model.addAttribute("errors", errors);
        return "assessment/easyQuestion";
    }

    private String easySend(CurrentUser user, Round round, FormErrors errors, Model model) {
        Framework framework = rounds.framework(user.organisationId(), round);
        Map<String, GivenRating> mine = stored.ratingsOf(user.organisationId(), round.id(), user.personId());
        model.addAttribute("round", round);
        model.addAttribute("framework", framework);
        model.addAttribute("answered", mine.size());
        model.addAttribute("unanswered", framework.indicators().stream().filter(i -> !mine.containsKey(i.code()))
                .map(i -> framework.indicators().indexOf(i) + 1).toList());
        model.addAttribute("closed", round.closed(LocalDate.now(Dates.LONDON)));
        model.addAttribute("errors", errors);
        return "assessment/easySend";
    }
}
