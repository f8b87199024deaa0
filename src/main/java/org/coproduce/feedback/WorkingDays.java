package org.coproduce.feedback;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;

/** Monday to Friday, except bank holidays in England and Wales: the days an organisation's promise counts. */
final class WorkingDays {

    private final Set<LocalDate> bankHolidays;

    WorkingDays(Set<LocalDate> bankHolidays) {
        this.bankHolidays = Set.copyOf(bankHolidays);
    }

    /** With the bank holidays published on GOV.UK, kept in {@code feedback/bank-holidays-england-and-wales.txt}. */
    static WorkingDays englandAndWales() {
        try (InputStream in = WorkingDays.class.getResourceAsStream("/feedback/bank-holidays-england-and-wales.txt")) {
            if (in == null) {
                throw new IllegalStateException("The list of bank holidays is missing");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<LocalDate> holidays = reader.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(LocalDate::parse)
                    .collect(Collectors.toSet());
            LocalDate last = holidays.stream().max(LocalDate::compareTo).orElse(LocalDate.MIN);
            if (last.isBefore(LocalDate.now().plusYears(1))) {
                // Promises past the list count bank holidays as working days, a day or two too early.
                LoggerFactory.getLogger(WorkingDays.class).warn(
                        "The bank holidays listed end on {}: add the next years' from https://www.gov.uk/bank-holidays", last);
            }
            return new WorkingDays(holidays);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !bankHolidays.contains(day);
    }

    /** The working day that is {@code days} working days after {@code from}; {@code from} itself is not counted. */
    LocalDate add(LocalDate from, int days) {
        LocalDate day = from;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The working days after {@code from} up to and including {@code to}: 0 for the same day, negative when {@code to}
     * comes first.
     */
    int between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -between(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
