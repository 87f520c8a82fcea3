package org.heavylegs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.heavylegs.formats.ActivityFiles;
import org.heavylegs.formats.folder.AthleteFolder;
import org.heavylegs.report.diagnosis.DiagnosisJson;
import org.heavylegs.sim.AthleteFolderWriter;
import org.heavylegs.sim.Scenarios;
import org.heavylegs.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 5 item 4: {@code trends DIR} and {@code diagnose DIR} keep the folder's activities in
 * DIR/.heavylegs/heavylegs.db, so a second run on an unchanged folder decodes no activity file, and
 * prints what the first printed.
 */
class FolderCacheCommandsTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2027-01-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final AtomicInteger reads = new AtomicInteger();

    /** The commands with the formats' readers, counting every activity file decoded. */
    private CommandLine.IFactory counting() {
        AthleteFolder.ActivitySource source = file -> {
            reads.incrementAndGet();
            return ActivityFiles.read(file);
        };
        return new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == DiagnoseCommand.class) {
                    return cls.cast(new DiagnoseCommand(source, CLOCK));
                }
                if (cls == TrendsCommand.class) {
                    return cls.cast(new TrendsCommand(source, CLOCK));
                }
                return CommandLine.defaultFactory().create(cls);
            }
        };
    }

    @Test
    void aSecondRunOnAnUnchangedFolderDecodesNoActivityFile() throws Exception {
        AthleteFolderWriter.write(Scenarios.demo().generate(), dir);
        int files = TrendsCommandTest.listFiles(dir.resolve("activities")).size();
        assertThat(files).isGreaterThan(20);

        TrendsCommandTest.Run first = TrendsCommandTest.run(counting(), "diagnose", dir.toString(), "--json");
        assertThat(first.code()).as(first.err()).isEqualTo(ExitCodes.OK);
        assertThat(reads.get()).as("the first run decodes every activity file once").isEqualTo(files);
        assertThat(Store.athleteFolderLocation(dir)).exists();

        TrendsCommandTest.Run second = TrendsCommandTest.run(counting(), "diagnose", dir.toString(), "--json");
        assertThat(second.code()).as(second.err()).isEqualTo(ExitCodes.OK);
        assertThat(reads.get()).as("the second decodes none").isEqualTo(files);
        assertThat(second.out()).isEqualTo(first.out());

        TrendsCommandTest.Run trends = TrendsCommandTest.run(counting(), "trends", dir.toString(), "--json");
        TrendsCommandTest.Run trendsAgain = TrendsCommandTest.run(counting(), "trends", dir.toString(), "--json");
        assertThat(trends.code()).as(trends.err()).isEqualTo(ExitCodes.OK);
        assertThat(trendsAgain.out()).isEqualTo(trends.out());
        assertThat(reads.get()).as("trends uses the same store").isEqualTo(files);
    }

    @Test
    void theDiagnosisThroughTheStoreIsTheDiagnosisOfTheFiles() throws Exception {
        AthleteFolderWriter.write(Scenarios.demo().generate(), dir);
        String files = DiagnosisJson.render(FolderDiagnosis.run(dir, null, null, 28, CLOCK, ActivityFiles::read).diagnosis());
        TrendsCommandTest.Run cached = TrendsCommandTest.run(counting(), "diagnose", dir.toString(), "--json");
        assertThat(cached.out().strip()).isEqualTo(files.strip());
    }

    @Test
    void aFolderWhoseStoreCannotBeWrittenIsStillRead() throws Exception {
        AthleteFolderWriter.write(Scenarios.demo().generate(), dir);
        // a file where the store's folder would go: the store cannot be created
        java.nio.file.Files.writeString(dir.resolve(".heavylegs"), "in the way");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HeavyLegs.run(new String[] {"trends", dir.toString()}, new PrintWriter(out), new PrintWriter(err), counting());
        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("cannot keep the folder's cache");
        assertThat(reads.get()).isEqualTo(TrendsCommandTest.listFiles(dir.resolve("activities")).size());
    }
}
