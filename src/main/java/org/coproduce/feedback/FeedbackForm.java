package org.coproduce.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.coproduce.web.FormErrors;

/**
 * The public feedback form as it was sent, text trimmed and blanks as null. Only the contact detail for the chosen
 * way of replying is kept: we do not hold a phone number someone typed and then decided not to give.
 *
 * @param replyBy    a {@link ReplyBy} name, or anything a robot sent
 * @param mayPublish "yes" or "no"
 */
public record FeedbackForm(String about, String body, String name, String replyBy, String email, String phone,
        String postalAddress, String mayPublish) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9 +()\\-]+");

    public static FeedbackForm empty() {
        return new FeedbackForm(null, null, null, null, null, null, null, null);
    }

    FeedbackForm about(String topic) {
        return new FeedbackForm(topic, body, name, replyBy, email, phone, postalAddress, mayPublish);
    }

    /** The way of replying they chose, or null when they chose none of them. */
    public ReplyBy reply() {
        for (ReplyBy way : ReplyBy.values()) {
            if (way.name().equals(replyBy)) {
                return way;
            }
        }
        return null;
    }

    public boolean publishAllowed() {
        return "yes".equals(mayPublish);
    }

    FormErrors errors() {
        List<FormErrors.Error> errors = new ArrayList<>();
        FeedbackLimits.ABOUT.check("about", about, errors);
        if (body == null) {
            errors.add(new FormErrors.Error("body", "Write your feedback"));
        } else {
            FeedbackLimits.BODY.check("body", body, errors);
        }
        FeedbackLimits.NAME.check("name", name, errors);
        ReplyBy way = reply();
        if (way == null) {
            errors.add(new FormErrors.Error("replyBy", "Choose how you want us to reply, or choose no reply"));
        } else if (way == ReplyBy.EMAIL) {
            if (email == null) {
                errors.add(new FormErrors.Error("email", "Enter your email address, so that we can reply"));
            } else if (!FeedbackLimits.EMAIL.allows(email) || !EMAIL.matcher(email).matches()) {
                errors.add(new FormErrors.Error("email", "Enter an email address like name@example.com"));
            }
        } else if (way == ReplyBy.PHONE) {
            if (phone == null) {
                errors.add(new FormErrors.Error("phone", "Enter your phone number, so that we can call you"));
            } else if (!FeedbackLimits.PHONE.allows(phone) || !PHONE.matcher(phone).matches() || digits(phone) < 10 || digits(phone) > 15) {
                errors.add(new FormErrors.Error("phone", "Enter a phone number like 01632 960 001 or 07700 900 982"));
            }
        } else if (way == ReplyBy.POST) {
            if (postalAddress == null) {
                errors.add(new FormErrors.Error("postalAddress", "Enter your address, so that we can write to you"));
            } else {
                FeedbackLimits.ADDRESS.check("postalAddress", postalAddress, errors);
            }
        }
        if (!"yes".equals(mayPublish) && !"no".equals(mayPublish)) {
            errors.add(new FormErrors.Error("mayPublish", "Choose yes if we may show your feedback and our reply, or no if we may not"));
        }
        return FormErrors.of(errors);
    }

    /** The form as it will be kept: only the contact detail for the way they chose. */
    FeedbackForm kept() {
        ReplyBy way = reply();
        return new FeedbackForm(about, body, name, replyBy,
                way == ReplyBy.EMAIL ? email : null,
                way == ReplyBy.PHONE ? phone : null,
                way == ReplyBy.POST ? postalAddress : null,
                mayPublish);
    }

    private static long digits(String phone) {
        return phone.chars().filter(Character::isDigit).count();
    }
}
