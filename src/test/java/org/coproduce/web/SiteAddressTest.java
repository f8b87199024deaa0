package org.coproduce.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SiteAddressTest {

    @Test
    void linksStartWithTheAddressSetWhateverPortTheServerListensOn() {
        var site = new SiteAddress("https://coproduce.example.org/", false);
        site.listeningOn(8443);

        assertThat(site.of("/your-payments")).isEqualTo("https://coproduce.example.org/your-payments");
        assertThat(site.host()).isEqualTo("coproduce.example.org");
    }

    @Test
    void theDemoWithNoAddressSetLinksToThePortItReallyListensOn() {
        var site = new SiteAddress("", true);
        site.listeningOn(54321);

        assertThat(site.of("/login/ott?token=abc")).isEqualTo("http://localhost:54321/login/ott?token=abc");
        assertThat(site.host()).isEqualTo("localhost");
    }

    @Test
    void theDemoUsesTheAddressSetWhenThereIsOne() {
        var site = new SiteAddress("https://trial.coproduce.example", true);
        site.listeningOn(54321);

        assertThat(site.base()).isEqualTo("https://trial.coproduce.example");
    }

    @Test
    void outsideTheDemoCoproduceDoesNotStartWithoutAnAddress() {
        assertThatThrownBy(() -> new SiteAddress(" ", false)).hasMessageContaining("Set COPRODUCE_BASE_URL");
    }

    @Test
    void anAddressWithoutHttpsOrHttpIsRefused() {
        assertThatThrownBy(() -> new SiteAddress("coproduce.example.org", false)).hasMessageContaining("must be a full address");
        assertThatThrownBy(() -> new SiteAddress("https://", false)).hasMessageContaining("must be a full address");
        assertThatThrownBy(() -> new SiteAddress("http://not a host", false)).hasMessageContaining("must be a full address");
    }
}
