package org.coproduce.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * A real SMTP server (GreenMail) inside the app, for the demo and the tests: Coproduce sends to it over SMTP
 * exactly as it would to a real mail server, and the demo mailbox page shows what arrived.
 */
public class InProcessMailServer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(InProcessMailServer.class);
    private final GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private final Runnable sendWaiting;

    /** @param sendWaiting sends what waits in the outbox, so that what was just done shows here when it is read */
    InProcessMailServer(Runnable sendWaiting) {
        this.sendWaiting = sendWaiting;
        // Started at once, because the mail sender needs the port while the context is still being built.
        greenMail.start();
        log.info("In-process mail server listening on 127.0.0.1:{}", port());
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    public int countTo(String address) {
        return (int) messages().stream().filter(email -> email.to().equalsIgnoreCase(address)).count();
    }

    /** Everything received so far, newest first. */
    public List<ReceivedEmail> messages() {
        sendWaiting.run();
        MimeMessage[] received = greenMail.getReceivedMessages();
        List<ReceivedEmail> messages = new ArrayList<>();
        for (int i = received.length - 1; i >= 0; i--) {
            messages.add(read(i + 1, received[i]));
        }
        return messages;
    }

    public Optional<ReceivedEmail> message(int number) {
        sendWaiting.run();
        MimeMessage[] received = greenMail.getReceivedMessages();
        if (number < 1 || number > received.length) {
            return Optional.empty();
        }
        return Optional.of(read(number, received[number - 1]));
    }

    /** The newest email sent to an address, waiting up to 5 seconds for one, since some are sent in the background. */
    public Optional<ReceivedEmail> latestTo(String address) {
        return latestTo(address, 0);
    }

    /** Waits up to 5 seconds for more than {@code alreadyReceived} emails to an address, then returns the newest. */
    public Optional<ReceivedEmail> latestTo(String address, int alreadyReceived) {
        long giveUp = System.nanoTime() + 5_000_000_000L;
        while (true) {
            List<ReceivedEmail> to = messages().stream().filter(email -> email.to().equalsIgnoreCase(address)).toList();
            if (to.size() > alreadyReceived || System.nanoTime() > giveUp) {
                return to.size() > alreadyReceived ? Optional.of(to.get(0)) : Optional.empty();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    /** Waits until at least this many emails have arrived. */
    public boolean waitForCount(int count, long timeoutMillis) {
        sendWaiting.run();
        return greenMail.waitForIncomingEmail(timeoutMillis, count);
    }

    /** The text of a message goes into the body; its files, such as a calendar invitation, into the attachments. */
    private static void collect(Part part, StringBuilder body, List<ReceivedEmail.Attachment> attachments)
            throws MessagingException, IOException {
        Object content = part.getContent();
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
            try (InputStream in = part.getInputStream()) {
                attachments.add(new ReceivedEmail.Attachment(part.getFileName(), part.getContentType(), in.readAllBytes()));
            }
        } else if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), body, attachments);
            }
        } else if (content instanceof String text && body.isEmpty()) {
            body.append(text);
        }
    }

    private static ReceivedEmail read(int number, MimeMessage message) {
        try {
            String to = Stream.of(Optional.ofNullable(message.getAllRecipients()).orElse(new Address[0]))
                    .map(Address::toString).collect(Collectors.joining(", "));
            StringBuilder body = new StringBuilder();
            List<ReceivedEmail.Attachment> attachments = new ArrayList<>();
            collect(message, body, attachments);
            Instant sent = message.getSentDate() == null ? Instant.now() : message.getSentDate().toInstant();
            return new ReceivedEmail(number, to, message.getSubject(), body.toString().replace("\r\n", "\n"), sent, attachments);
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not read a received email", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops only when the application closes, not when a context is paused: there is no starting it again on the same port. */
    @Override
    public void destroy() {
        greenMail.stop();
    }
}
