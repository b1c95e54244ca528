package io.verifact.app.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * CPU time, beside wall time: on a shared machine another tenant's load lengthens wall times at
 * random, while the CPU time a side needed for its files stays put.
 */
public enum CpuClock {

    /** This JVM's CPU time, every thread (JIT and GC included). */
    THIS_PROCESS {
        @Override
        public OptionalLong nanos() {
            if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
                long cpu = os.getProcessCpuTime();
                return cpu < 0 ? OptionalLong.empty() : OptionalLong.of(cpu);
            }
            return OptionalLong.empty();
        }
    },

    /** The CPU time of the child processes this JVM has waited for; known on Linux only. */
    CHILD_PROCESSES {
        /** Linux reports it in USER_HZ ticks, 100 a second on every architecture it supports. */
        private static final long NANOS_PER_TICK = 10_000_000L;
        /** cutime and cstime, counted from the field after the command's closing parenthesis (the state). */
        private static final int CHILD_USER = 13;
        private static final int CHILD_SYSTEM = 14;

        @Override
        public OptionalLong nanos() {
            Path stat = Path.of("/proc/self/stat");
            if (!Files.isReadable(stat)) {
                return OptionalLong.empty();
            }
            try {
                String line = Files.readString(stat);
                String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
                return OptionalLong.of((Long.parseLong(fields[CHILD_USER]) + Long.parseLong(fields[CHILD_SYSTEM])) * NANOS_PER_TICK);
            } catch (IOException | RuntimeException e) {
                return OptionalLong.empty();
            }
        }
    };

    /** A reading to subtract from a later one, or empty when this platform does not tell. */
    public abstract OptionalLong nanos();
}
