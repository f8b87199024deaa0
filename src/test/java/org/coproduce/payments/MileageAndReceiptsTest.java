package org.coproduce.payments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MileageAndReceiptsTest {

    @Test
    void milesAreTypedWithAtMostOneDecimalPlace() {
        assertThat(Mileage.tenths("12")).isEqualTo(120);
        assertThat(Mileage.tenths(" 12.5 miles ")).isEqualTo(125);
        assertThat(Mileage.tenths("0.1")).isEqualTo(1);
        assertThat(Mileage.tenths("3.25")).isNull();
        assertThat(Mileage.tenths("twelve")).isNull();
        assertThat(Mileage.tenths("-4")).isNull();
    }

    @Test
    void mileageIsRoundedToTheNearestPennyWithHalvesRoundedUp() {
        assertThat(Mileage.pence(125, 45)).isEqualTo(563);
        assertThat(Mileage.pence(121, 45)).isEqualTo(545);
        assertThat(Mileage.pence(100, 45)).isEqualTo(450);
        assertThat(Mileage.pence(1, 45)).isEqualTo(5);
        assertThat(Mileage.pence(1, 44)).isEqualTo(4);
    }

    @Test
    void aReceiptIsKnownByWhatTheFileIsNotByItsName() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
        assertThat(ReceiptFile.check("IMG_2041.HEIC", jpeg)).isInstanceOfSatisfying(ReceiptFile.Fine.class,
                fine -> assertThat(fine.receipt().contentType()).isEqualTo("image/jpeg"));
        assertThat(ReceiptFile.check("ticket.pdf", "%PDF-1.7".getBytes())).isInstanceOf(ReceiptFile.Fine.class);
        assertThat(ReceiptFile.check("ticket.jpg", "GIF89a".getBytes())).isInstanceOf(ReceiptFile.Wrong.class);
        assertThat(ReceiptFile.check("empty.jpg", new byte[0])).isInstanceOf(ReceiptFile.Wrong.class);
        assertThat(ReceiptFile.check("big.pdf", new byte[ReceiptFile.MOST_BYTES + 1])).isInstanceOfSatisfying(ReceiptFile.Wrong.class,
                wrong -> assertThat(wrong.message()).contains("smaller than 10 MB"));
    }

    @Test
    void aReceiptsNameIsMadeSafeForADownload() {
        assertThat(((ReceiptFile.Fine) ReceiptFile.check("C:\\Users\\jo\\bus \"ticket\".pdf", "%PDF-1.7".getBytes())).receipt().fileName())
                .isEqualTo("bus _ticket_.pdf");
        assertThat(((ReceiptFile.Fine) ReceiptFile.check("../../", "%PDF-1.7".getBytes())).receipt().fileName()).isEqualTo("receipt.pdf");
    }
}
