package org.coproduce.notifications;

import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "coproduce.mail.in-process", havingValue = "true")
class InProcessMailConfiguration {

    @Bean
    InProcessMailServer inProcessMailServer(ObjectProvider<OutboxWorker> outbox) {
        // Looked up when mail is read, not now: the outbox needs the mail sender, which needs this server.
        return new InProcessMailServer(() -> outbox.ifAvailable(worker -> worker.drain(Duration.ofSeconds(5))));
    }

    @Bean
    JavaMailSender inProcessMailSender(InProcessMailServer server) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(server.port());
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }
}
