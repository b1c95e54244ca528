package io.verifact.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.io.NonSeekableRandomAccessReadInputStream;
import org.apache.pdfbox.io.RandomAccessRead;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ForwardContentTest {

    /**
     * The parser sees the filtered content as it sees a decoded page: every read, peek, step back and skip
     * gives what PDFBox's own forward reader gives, end-of-content flag and position included.
     */
    @Test
    void filteredContentReadsAsPdfBoxReadsADecodedPage() throws Exception {
        Random random = new Random(1125);
        for (int run = 0; run < 3_000; run++) {
            byte[] content = new byte[random.nextInt(random.nextInt(20) == 0 ? 10_000 : 60)];
            random.nextBytes(content);
            List<String> ours = new ArrayList<>();
            List<String> pdfBoxs = new ArrayList<>();
            long seed = random.nextLong();
            try (RandomAccessRead forward = new ForwardContent(content);
                 RandomAccessRead reference = new NonSeekableRandomAccessReadInputStream(new ByteArrayInputStream(content))) {
                operate(forward, new Random(seed), ours);
                operate(reference, new Random(seed), pdfBoxs);
            }
            assertThat(ours).as("%d bytes", content.length).isEqualTo(pdfBoxs);
        }
    }

    /** PDFBox's reader keeps its bytes in 4 KB buffers: a step back over their edge reads the same bytes again. */
    @Test
    void aStepBackOverTheEdgeOfPdfBoxsBuffersReadsAsPdfBoxReadsIt() throws Exception {
        Random random = new Random(4096);
        int steps = 0;
        for (int length : new int[] {4095, 4096, 4097, 4100, 8191, 8192, 8193, 9000}) {
            byte[] content = new byte[length];
            random.nextBytes(content);
            for (int edge : new int[] {4096, 8192}) {
                for (int to = edge - 3; to <= Math.min(edge + 3, length); to++) {
                    for (int back = 1; back <= 3; back++) {
                        for (boolean inOneRead : new boolean[] {true, false}) {
                            List<String> ours = new ArrayList<>();
                            List<String> pdfBoxs = new ArrayList<>();
                            try (RandomAccessRead forward = new ForwardContent(content);
                                 RandomAccessRead reference = new NonSeekableRandomAccessReadInputStream(new ByteArrayInputStream(content))) {
                                stepBack(forward, to, back, inOneRead, ours);
                                stepBack(reference, to, back, inOneRead, pdfBoxs);
                            }
                            assertThat(ours).as("%d bytes, to %d, back %d", length, to, back).isEqualTo(pdfBoxs);
                            steps++;
                        }
                    }
                }
            }
        }
        assertThat(steps).isGreaterThan(200);
    }

    private static void stepBack(RandomAccessRead read, int to, int back, boolean inOneRead, List<String> log) {
        byte[] into = new byte[to];
        if (inOneRead) {
            log.add(said(() -> read.read(into, 0, to)));
        } else {
            for (int i = 0; i < to; i++) {
                log.add(said(read::read));
            }
        }
        log.add(said(() -> {
            read.rewind(back);
            return 0;
        }));
        for (int i = 0; i < back + 3; i++) {
            log.add(said(read::peek) + said(read::read) + said(() -> read.isEOF() ? 1 : 0) + said(() -> (int) read.getPosition()));
        }
    }

    @Test
    void aClosedContentIsNoLongerRead() throws Exception {
        RandomAccessRead forward = new ForwardContent(new byte[] {1, 2});
        forward.close();
        assertThat(forward.isClosed()).isTrue();
        assertThat(said(() -> forward.read())).startsWith("IOException");
        assertThat(said(() -> forward.peek())).startsWith("IOException");
    }

    /** A run of operations as a parser makes them, each written down with what it gave or threw. */
    private static void operate(RandomAccessRead read, Random random, List<String> log) {
        for (int step = 0; step < 400; step++) {
            int kind = random.nextInt(11);
            int count = random.nextInt(random.nextInt(10) == 0 ? 5_000 : 8);
            byte[] into = new byte[count + 2];
            log.add(kind + ":" + switch (kind) {
                case 0, 1, 2, 3 -> said(read::read);
                case 4, 5 -> said(read::peek);
                case 6 -> said(() -> read.read(into, 1, count)) + Arrays.toString(into);
                // Back one to three bytes, as the parser steps back. By nothing, at the end, PDFBox's reader would forget
                // what it can step back over; its parser steps back by nothing only on inline images and broken
                // strings, which the filter leaves to PDFBox.
                case 7 -> said(() -> {
                    read.rewind(1 + Math.min(count, 2));
                    return 0;
                });
                case 8 -> said(() -> {
                    read.skip(count);
                    return 0;
                });
                case 9 -> said(() -> read.isEOF() ? 1 : 0);
                default -> said(() -> (int) read.getPosition());
            });
        }
    }

    private interface Step {
        int run() throws Exception;
    }

    private static String said(Step step) {
        try {
            return String.valueOf(step.run());
        } catch (Exception e) {
            return e.getClass().getSimpleName();
        }
    }
}
