package org.landcarbon.model.tests.persistence;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.model.Study;
import org.landcarbon.model.tests.SeparateJvm;
import org.landcarbon.model.persistence.StudyFiles;

/**
 * Kills a real saving process (kill -9, {@link ProcessHandle#destroyForcibly()}) at random moments, many times, and
 * checks after each kill that the study file loads as a complete study: the last one acknowledged as saved or
 * the one being saved, never a mix or a broken file. The backup must load too.
 */
class KillDuringSaveTest {

    private static final int KILLS = 45;
    private static final int VALUES = 8_000; // about 300 kB: a save takes long enough to be hit in the middle

    @Test
    void aKilledSaveLeavesTheOldOrTheNewCompleteStudy(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("killed.landcarbon");
        StudyFiles.save(SaveLoop.generation(0, VALUES), file);
        long seed = System.nanoTime();
        Random random = new Random(seed);
        int acknowledged = 0;
        int killedMidSave = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Process child = SeparateJvm.command(SaveLoop.class, file.toString(), Integer.toString(acknowledged + 1),
                    Integer.toString(VALUES)).start();
            AtomicInteger lastSaved = new AtomicInteger(acknowledged);
            StringBuilder output = new StringBuilder();
            Thread reader = new Thread(() -> read(child, lastSaved, output));
            reader.start();
            // three kinds of random points: from the start (class loading, serializing, first save), within the
            // save cycle, and right after a temporary file appeared (writing, flushing, backing up, renaming)
            waitForLine(output, "started", child);
            switch (kill % 3) {
                case 0 -> Thread.sleep(random.nextInt(400));
                case 1 -> {
                    waitForLine(output, "saved", child);
                    Thread.sleep(random.nextInt(150));
                }
                default -> {
                    waitForTemporaryFile(dir, child);
                    Thread.sleep(random.nextInt(8));
                }
            }
            // SIGKILL through the handle: Process.destroyForcibly would also close the pipe and lose unread lines
            child.toHandle().destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
            reader.join(10_000);
            acknowledged = lastSaved.get();

            if (hasTemporaryFile(dir)) {
                killedMidSave++;
            }
            Study loaded = StudyFiles.load(file);
            int generation = SaveLoop.check(loaded, VALUES);
            int ack = acknowledged;
            assertTrue(generation == ack || generation == ack + 1,
                    "kill " + kill + " (seed " + seed + "): file holds generation " + generation + ", last acknowledged " + ack);
            if (generation > 0) {
                int backup = SaveLoop.check(StudyFiles.load(StudyFiles.backupOf(file)), VALUES);
                assertTrue(backup == generation - 1 || backup == generation, "kill " + kill + ": backup holds generation " + backup
                        + " next to " + generation);
            }
            acknowledged = generation; // the next run continues after what is on disk
        }
        System.out.println("KillDuringSaveTest: " + KILLS + " kills, " + killedMidSave + " while a save was writing its temporary file,"
                + " last generation " + acknowledged + ", seed " + seed);
        assertTrue(acknowledged > 0, "the saving process never completed a save: the test did not exercise saving");
        assertTrue(killedMidSave > 0, "no kill landed during a save: the test did not exercise a broken save");
    }

    private static void waitForTemporaryFile(Path dir, Process child) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline && child.isAlive()) {
            if (hasTemporaryFile(dir)) {
                return;
            }
            Thread.sleep(1);
        }
    }

    private static boolean hasTemporaryFile(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp"));
        }
    }

    private static void read(Process child, AtomicInteger lastSaved, StringBuilder output) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null;) {
                synchronized (output) {
                    output.append(line).append('\n');
                }
                if (line.startsWith("saved ")) {
                    lastSaved.set(Integer.parseInt(line.substring(6).strip()));
                }
            }
        } catch (Exception e) {
            // the process was killed: its output ends here
        }
    }

    private static void waitForLine(StringBuilder output, String line, Process child) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            synchronized (output) {
                if (output.toString().contains(line)) {
                    return;
                }
            }
            if (!child.isAlive()) {
                break;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the saving process did not start: " + output);
    }
}
