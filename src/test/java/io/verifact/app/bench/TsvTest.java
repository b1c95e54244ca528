package io.verifact.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class TsvTest {

    @Test
    void onlyTesseractsWordRowsWithTextAreCounted() {
        String tsv = """
                level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext
                1\t1\t0\t0\t0\t0\t0\t0\t100\t100\t-1\t
                4\t1\t1\t1\t1\t0\t10\t10\t50\t10\t-1\t
                5\t1\t1\t1\t1\t1\t10\t10\t20\t10\t96.5\tFacture
                5\t1\t1\t1\t1\t2\t35\t10\t20\t10\t95.1\tn°
                5\t1\t1\t1\t1\t3\t60\t10\t5\t10\t95.0\t\s
                """;
        assertThat(Tsv.words(tsv.getBytes(StandardCharsets.UTF_8))).isEqualTo(2);
    }
}
