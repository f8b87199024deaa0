package org.coproduce.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

@Service
public class Mailer {

    private final JavaMailSender sender;
    private final String from;

    Mailer(JavaMailSender sender, @Value("${coproduce.mail.from}") String from) {
        this.sender = sender;
        this.from = from;
    }

    public void send(Email email) {
        try {
            MimeMessage message = sender.createMimeMessage();
            var helper = new MimeMessageHelper(message, !email.attachments().isEmpty(), StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(email.to());
            helper.setSubject(email.subject());
            helper.setText(email.body(), false);
            for (Email.Attachment attachment : email.attachments()) {
                helper.addAttachment(attachment.filename(), new ByteArrayResource(attachment.content()), attachment.contentType());
            }
            sender.send(message);
        } catch (MessagingException | MailException e) {
            throw new EmailNotSent(email.to(), e);
        }
    }
}
