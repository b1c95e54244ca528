package io.verifact.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

class LaunchTest {

    @Test
    void anOlderJavaIsToldWhatItIsAndWhatVerifactNeeds() {
        assertThat(Launch.refusal("17", "/usr/lib/jvm/java-17"))
                .contains("Verifact needs Java 25 or newer", "this is Java 17", "/usr/lib/jvm/java-17", "JAVA_HOME", "README");
        assertThat(Launch.refusal("1.8", "C:\\Java\\jre8")).contains("this is Java 1.8");
        assertThat(Launch.refusal("24", "/opt/jdk-24")).isNotNull();
    }

    @Test
    void java25AndLaterAreWelcome() {
        assertThat(Launch.refusal("25", "/opt/jdk-25")).isNull();
        assertThat(Launch.refusal("26", "/opt/jdk-26")).isNull();
        // A version this code cannot read is left to the JVM to judge.
        assertThat(Launch.refusal("unknown", "/opt/jdk")).isNull();
    }

    @Test
    void theEntryIsCompiledForJava8SoThatAnOldJvmCanLoadItAndSaySo() throws IOException {
        try (InputStream in = Launch.class.getResourceAsStream("Launch.class")) {
            byte[] header = in.readNBytes(8);
            int major = (header[6] & 0xFF) << 8 | header[7] & 0xFF;
            assertThat(major).isEqualTo(52);
        }
    }
}
