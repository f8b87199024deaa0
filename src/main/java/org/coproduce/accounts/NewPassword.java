package org.coproduce.accounts;

import org.coproduce.web.FormErrors;

/** The one rule for new passwords: long enough to be hard to guess (NCSC advice favours length over symbols). */
final class NewPassword {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;

    private NewPassword() {
    }

    static FormErrors check(String password, String confirmation) {
        String typed = password == null ? "" : password;
        if (typed.length() < MIN_LENGTH) {
            return FormErrors.of("password", "Your password must be at least " + MIN_LENGTH + " characters long");
        }
        if (typed.length() > MAX_LENGTH) {
            return FormErrors.of("password", "Your password must be " + MAX_LENGTH + " characters or fewer");
        }
        if (!typed.equals(confirmation)) {
            return FormErrors.of("confirmPassword", "The two passwords do not match. Type the same password twice");
        }
        return FormErrors.none();
    }
}
