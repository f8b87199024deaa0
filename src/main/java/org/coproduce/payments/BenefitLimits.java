package org.coproduce.payments;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The limits of benefits' earnings rules, year by year: the public figures shipped in {@code benefits/public-limits.csv},
 * with any figure an organisation has entered for the same rule and year in their place.
 */
@Component
class BenefitLimits {

    private final BenefitsRepository benefits;
    private final List<BenefitsRepository.Entered> published;

    BenefitLimits(BenefitsRepository benefits) {
        this.benefits = benefits;
        this.published = read("benefits/public-limits.csv");
    }

    /** Every figure the organisation works with, by rule then year, and whether the organisation entered it. */
    List<Figure> all(long organisationId) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        for (BenefitsRepository.Entered figure : published) {
            figures.put(figure.rule() + "/" + figure.taxYear(), new Figure(figure, false));
        }
        for (BenefitsRepository.Entered figure : benefits.entered(organisationId)) {
            figures.put(figure.rule() + "/" + figure.taxYear(), new Figure(figure, true));
        }
        List<Figure> all = new ArrayList<>(figures.values());
        all.sort(Comparator.comparing((Figure f) -> f.figure().rule()).thenComparing(f -> -f.figure().taxYear()));
        return all;
    }

    /**
     * The limit for the tax year a day falls in; when that year has no figure yet, the latest earlier year's, marked as
     * such. Empty when there is no figure at all.
     */
    Optional<BenefitLimit> on(long organisationId, BenefitRule rule, LocalDate day) {
        return on(all(organisationId), rule, day);
    }

    /** The same, from figures already read with {@link #all}, for checking many fees at once. */
    static Optional<BenefitLimit> on(List<Figure> figures, BenefitRule rule, LocalDate day) {
        int year = TaxYear.of(day);
        return figures.stream()
                .map(Figure::figure)
                .filter(f -> f.rule() == rule && f.taxYear() <= year)
                .max(Comparator.comparingInt(BenefitsRepository.Entered::taxYear))
                .map(f -> new BenefitLimit(rule, f.taxYear(), f.limitPence(), f.taperPercent(), f.source(), f.taxYear() < year, false));
    }

    /** A figure, and whether the organisation entered it (rather than it being a public figure shipped with Coproduce). */
    record Figure(BenefitsRepository.Entered figure, boolean entered) {
    }

    private static List<BenefitsRepository.Entered> read(String resource) {
        try (Reader reader = new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8)) {
            List<BenefitsRepository.Entered> figures = new ArrayList<>();
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                String taper = row.get("taper_percent");
                figures.add(new BenefitsRepository.Entered(BenefitRule.valueOf(row.get("rule")), Integer.parseInt(row.get("tax_year")),
                        Long.parseLong(row.get("limit_pence")), taper.isEmpty() ? null : Integer.valueOf(taper), row.get("source")));
            }
            return List.copyOf(figures);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
