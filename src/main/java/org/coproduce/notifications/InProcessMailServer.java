package org.coproduce.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A real SMTP server (GreenMail) inside the app, for the demo and the tests: Coproduce sends to it over SMTP
 * exactly as it would to a real mail server, and the demo mailbox page shows what arrived.
 */
public class InProcessMailServer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InProcessMailServer.class);
    private final GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    InProcessMailServer() {
        // Started here rather than in start() because the mail sender needs the port while the context is built.
        greenMail.start();
        log.info("In-process mail server listening on 127.0.0.1:{}", port());
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    /** Everything received so far, newest first. */
    public List<ReceivedEmail> messages() {
        MimeMessage[] received = greenMail.getReceivedMessages();
        List<ReceivedEmail> messages = new ArrayList<>();
        for (int i = received.length - 1; i >= 0; i--) {
            messages.add(read(i + 1, received[i]));
        }
        return messages;
    }

    public Optional<ReceivedEmail> message(int number) {
        MimeMessage[] received = greenMail.getReceivedMessages();
        if (number < 1 || number > received.length) {
            return Optional.empty();
        }
        return Optional.of(read(number, received[number - 1]));
    }

    /** The newest email sent to an address, if any. */
    public Optional<ReceivedEmail> latestTo(String address) {
        return messages().stream().filter(email -> email.to().equalsIgnoreCase(address)).findFirst();
    }

    /** Waits until at least this many emails have arrived. Sending is synchronous, so this rarely waits. */
    public boolean waitForCount(int count, long timeoutMillis) {
        return greenMail.waitForIncomingEmail(timeoutMillis, count);
    }

    private static ReceivedEmail read(int number, MimeMessage message) {
        try {
            String to = Stream.of(Optional.ofNullable(message.getAllRecipients()).orElse(new Address[0]))
                    .map(Address::toString).collect(Collectors.joining(", "));
            Object content = message.getContent();
            String body = content instanceof String text ? text.replace("\r\n", "\n") : String.valueOf(content);
            Instant sent = message.getSentDate() == null ? Instant.now() : message.getSentDate().toInstant();
            return new ReceivedEmail(number, to, message.getSubject(), body, sent);
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not read a received email", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void start() {
    }

    @Override
    public void stop() {
        greenMail.stop();
    }

    @Override
    public boolean isRunning() {
        return greenMail.isRunning();
    }
}
