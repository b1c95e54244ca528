package io.verifact.ui;

import io.verifact.model.InvoiceStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class MessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"fr", "nl"})
    void everyTextIsTranslated(String language) throws IOException {
        Properties english = load("messages.properties");
        Properties translated = load("messages_" + language + ".properties");

        assertThat(translated.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "nl"})
    void everyTextFormats(String language) throws IOException {
        Messages messages = Messages.forLocale(Locale.of(language));

        for (String key : load("messages.properties").stringPropertyNames()) {
            assertThatCode(() -> messages.get(key, 2)).as(key).doesNotThrowAnyException();
        }
    }

    @Test
    void everyStatusHasAName() {
        Messages messages = Messages.forLocale(Locale.ENGLISH);

        for (InvoiceStatus status : InvoiceStatus.values()) {
            assertThatCode(() -> messages.get("status." + status.name())).as(status.name()).doesNotThrowAnyException();
        }
    }

    @Test
    void aLanguageWithoutItsOwnTextGetsEnglish() {
        assertThat(Messages.forLocale(Locale.GERMAN).get("queue.empty")).isEqualTo("No invoices in the queue");
    }

    @Test
    void englishIsEnglishEvenOnAFrenchMachine() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.FRANCE);
        try {
            assertThat(Messages.forLocale(Locale.ENGLISH).get("queue.empty")).isEqualTo("No invoices in the queue");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void accentsSurviveTheBundle() {
        assertThat(Messages.forLocale(Locale.FRENCH).get("status.TO_VERIFY")).isEqualTo("À vérifier");
        assertThat(Messages.forLocale(Locale.of("nl")).get("status.EXPORTED")).isEqualTo("Geëxporteerd");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
