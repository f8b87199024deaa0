package org.coproduce.payments;

import java.util.Set;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.accounts.Role;
import org.coproduce.web.NavigationItem;
import org.coproduce.web.UploadLimit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PaymentsNavigation {

    @Bean
    NavigationItem claimsLink() {
        return new NavigationItem("Claims", "/payments/claims",
                "Fees drafted from who came to sessions, expenses people claimed, and the rates they use.",
                Set.of(Role.COORDINATOR.authority(), Role.FINANCE.authority()), 40);
    }

    @Bean
    NavigationItem runsLink() {
        return new NavigationItem("Payment runs", "/payments/runs",
                "Pay approved claims: make a run, download it for the finance system, mark it paid.",
                Set.of(Role.FINANCE.authority()), 41);
    }

    @Bean
    NavigationItem yourPaymentsLink() {
        return new NavigationItem("Your payments", "/your-payments",
                "What you are paid for your time, and how you want to be paid.",
                Set.of(CurrentUser.MEMBER), 17);
    }

    @Bean
    UploadLimit receiptLimit() {
        return new UploadLimit("/your-payments/expenses", "Each receipt must be smaller than 10 MB, and the receipts you send at once must be smaller than 20 MB together. Take the photo again at a smaller size, or send a PDF.");
    }
}
