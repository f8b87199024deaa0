package org.coproduce.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.support.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.coproduce.accounts.CurrentUser;
import org.coproduce.organisations.Organisation;
import org.coproduce.people.ConsentMethod;
import org.coproduce.people.ConsentPurpose;
import org.coproduce.people.Register;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@CoproduceTest
class WhosWhoTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Register register;

    Organisation northshire;
    CurrentUser priya;
    CurrentUser jamie;
    String page;

    @BeforeEach
    void setUp() {
        northshire = fixtures.organisation("Northshire Partnership");
        priya = fixtures.coordinator(northshire);
        jamie = fixtures.partner(northshire);
        page = "/public/" + northshire.slug() + "/whos-who";
    }

    @Test
    void aPartnerWhoChoosesToBeShownIsOnThePageWithTheirOwnWords() throws Exception {
        mvc.perform(multipart("/whos-who/" + jamie.personId()).with(as(jamie)).with(csrf())
                        .param("shownName", "Jamie").param("roleTitle", "Co-chair").param("words", "I love football.")
                        .param("showName", "true"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get(page)).andExpect(content().string(containsString("I love football.")))
                .andExpect(content().string(not(containsString("Jamie Lee"))));
    }

    @Test
    void anEntryIsHiddenAsSoonAsThePersonNoLongerAgreesToBeNamed() throws Exception {
        mvc.perform(multipart("/whos-who/" + jamie.personId()).with(as(jamie)).with(csrf())
                .param("shownName", "Jamie").param("words", "I love football.").param("showName", "true"));
        register.recordConsent(northshire.id(), jamie.personId(), ConsentPurpose.NAME_SHOWN, false, ConsentMethod.PHONE,
                "Changed their mind", priya.personId());

        mvc.perform(get(page)).andExpect(content().string(not(containsString("I love football."))));
    }

    @Test
    void anEntryWrittenByTheCoordinatorWaitsForThePersonsConsent() throws Exception {
        mvc.perform(multipart("/whos-who/" + jamie.personId()).with(as(priya)).with(csrf())
                        .param("shownName", "Jamie").param("words", "Written with Jamie."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(page)).andExpect(content().string(not(containsString("Written with Jamie."))));

        register.recordConsent(northshire.id(), jamie.personId(), ConsentPurpose.NAME_SHOWN, true, ConsentMethod.IN_PERSON, null,
                priya.personId());

        mvc.perform(get(page)).andExpect(content().string(containsString("Written with Jamie.")));
    }

    @Test
    void aPhotoShowsOnlyWhenThePersonChoosesToShowIt() throws Exception {
        String photo = page + "/" + jamie.personId() + "/photo";
        mvc.perform(multipart("/whos-who/" + jamie.personId()).file(new MockMultipartFile("photo", "me.png", "image/png", png(800, 400)))
                .with(as(jamie)).with(csrf()).param("shownName", "Jamie").param("showName", "true"));
        mvc.perform(get(page)).andExpect(content().string(not(containsString(photo))));
        mvc.perform(get(photo)).andExpect(status().isNotFound());

        mvc.perform(multipart("/whos-who/" + jamie.personId()).with(as(jamie)).with(csrf())
                .param("shownName", "Jamie").param("showName", "true").param("showPhoto", "true"));

        mvc.perform(get(page)).andExpect(content().string(containsString(photo)));
        mvc.perform(get(photo)).andExpect(status().isOk());
        assertThat(register.hasConsented(northshire.id(), jamie.personId(), ConsentPurpose.PHOTOGRAPHS)).isFalse();
    }

    @Test
    void aPhotoIsRedrawnSmallerWithoutWhereItWasTaken() throws Exception {
        byte[] withPlace = withComment(png(1200, 900), "GPS 51.5072 -0.1276 home");
        mvc.perform(multipart("/whos-who/" + jamie.personId()).file(new MockMultipartFile("photo", "me.png", "image/png", withPlace))
                .with(as(jamie)).with(csrf()).param("shownName", "Jamie").param("showName", "true").param("showPhoto", "true"));

        byte[] served = mvc.perform(get(page + "/" + jamie.personId() + "/photo")).andReturn().getResponse().getContentAsByteArray();
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(served));
        assertThat(image.getWidth()).isEqualTo(600);
        assertThat(image.getHeight()).isEqualTo(450);
        assertThat(new String(served, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("GPS");
    }

    @Test
    void aPhotoTakenWithThePhoneOnItsSideIsTurnedTheWayThePhoneWasHeld() throws Exception {
        mvc.perform(multipart("/whos-who/" + jamie.personId()).file(new MockMultipartFile("photo", "me.jpg", "image/jpeg", sideways(jpeg(40, 20))))
                .with(as(jamie)).with(csrf()).param("shownName", "Jamie").param("showName", "true").param("showPhoto", "true"));

        byte[] served = mvc.perform(get(page + "/" + jamie.personId() + "/photo")).andReturn().getResponse().getContentAsByteArray();
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(served));
        assertThat(image.getWidth()).isEqualTo(20);
        assertThat(image.getHeight()).isEqualTo(40);
    }

    @Test
    void aSmallFileClaimingToBeAnEnormousPictureIsRefused() throws Exception {
        mvc.perform(multipart("/whos-who/" + jamie.personId()).file(new MockMultipartFile("photo", "me.png", "image/png", pngClaiming(40_000, 40_000)))
                        .with(as(jamie)).with(csrf()).param("shownName", "Jamie").param("showName", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("We could not read this photo")));
    }

    @Test
    void aNewPhotoSentByTheCoordinatorWaitsUntilThePersonChoosesToShowIt() throws Exception {
        String photo = page + "/" + jamie.personId() + "/photo";
        mvc.perform(multipart("/whos-who/" + jamie.personId()).file(new MockMultipartFile("photo", "me.png", "image/png", png(80, 80)))
                .with(as(jamie)).with(csrf()).param("shownName", "Jamie").param("showName", "true").param("showPhoto", "true"));
        mvc.perform(get(photo)).andExpect(status().isOk());

        mvc.perform(multipart("/whos-who/" + jamie.personId()).file(new MockMultipartFile("photo", "other.png", "image/png", png(90, 90)))
                .with(as(priya)).with(csrf()).param("shownName", "Jamie").param("showPhoto", "true"));

        mvc.perform(get(photo)).andExpect(status().isNotFound());
    }

    /** A JPEG with an EXIF block saying the camera was turned a quarter clockwise (orientation 6). */
    static byte[] sideways(byte[] jpeg) {
        byte[] exif = {
                (byte) 0xFF, (byte) 0xE1, 0, 34, 'E', 'x', 'i', 'f', 0, 0,
                'M', 'M', 0, 42, 0, 0, 0, 8,
                0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0,
                0, 0, 0, 0};
        byte[] result = new byte[jpeg.length + exif.length];
        System.arraycopy(jpeg, 0, result, 0, 2);
        System.arraycopy(exif, 0, result, 2, exif.length);
        System.arraycopy(jpeg, 2, result, 2 + exif.length, jpeg.length - 2);
        return result;
    }

    static byte[] jpeg(int width, int height) throws java.io.IOException {
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB), "jpg", out);
        return out.toByteArray();
    }

    /** Just a PNG's header, claiming a size: a few bytes that would take gigabytes to decode. */
    static byte[] pngClaiming(int width, int height) {
        var ihdr = java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0)
                .put((byte) 0).put((byte) 0).array();
        var chunk = java.nio.ByteBuffer.allocate(8 + 4 + 4 + 13 + 4);
        chunk.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}).putInt(13)
                .put("IHDR".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).put(ihdr);
        var crc = new java.util.zip.CRC32();
        crc.update(chunk.array(), 12, 4 + 13);
        chunk.putInt((int) crc.getValue());
        return chunk.array();
    }

    /** A real PNG of the given size. */
    static byte[] png(int width, int height) throws java.io.IOException {
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    /** The PNG with a text chunk added before its end, as cameras and phones add where a photo was taken. */
    static byte[] withComment(byte[] png, String text) {
        byte[] keyword = ("Comment\0" + text).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        var chunk = java.nio.ByteBuffer.allocate(12 + keyword.length);
        chunk.putInt(keyword.length).put("tEXt".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).put(keyword);
        var crc = new java.util.zip.CRC32();
        crc.update(chunk.array(), 4, 4 + keyword.length);
        chunk.putInt((int) crc.getValue());
        int end = png.length - 12;
        byte[] result = new byte[png.length + chunk.capacity()];
        System.arraycopy(png, 0, result, 0, end);
        System.arraycopy(chunk.array(), 0, result, end, chunk.capacity());
        System.arraycopy(png, end, result, end + chunk.capacity(), 12);
        return result;
    }

    @Test
    void aPhotoMustReallyBeAPicture() throws Exception {
        mvc.perform(multipart("/whos-who/" + jamie.personId()).file(new MockMultipartFile("photo", "me.png", "image/png", "<svg onload=alert(1)>".getBytes()))
                        .with(as(jamie)).with(csrf()).param("shownName", "Jamie").param("words", "Kept words").param("showName", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<a href=\"#photo\">The photo must be a JPG or PNG file</a>")))
                .andExpect(content().string(containsString(">Kept words</textarea>")));
    }

    @Test
    void peopleCanWriteOnlyTheirOwnEntryAndOtherOrganisationsNone() throws Exception {
        CurrentUser tom = fixtures.staff(northshire);
        CurrentUser ruth = fixtures.coordinator(fixtures.organisation("Eastvale Forum"));

        mvc.perform(get("/whos-who/" + jamie.personId()).with(as(tom))).andExpect(status().isNotFound());
        mvc.perform(multipart("/whos-who/" + jamie.personId()).with(as(ruth)).with(csrf()).param("shownName", "Hacked"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/whos-who/" + jamie.personId() + "/remove").with(as(tom)).with(csrf())).andExpect(status().isNotFound());
    }
}
