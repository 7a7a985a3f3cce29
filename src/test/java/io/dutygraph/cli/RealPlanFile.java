package io.dutygraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled real plan copied to a folder, as a user's file on disk. */
final class RealPlanFile {

    static final String NAME = "wujiang-2024.txt";

    private RealPlanFile() {
    }

    static Path copyInto(Path folder) throws IOException {
        try (InputStream in = RealPlanFile.class.getClassLoader().getResourceAsStream("plans/" + NAME)) {
            Path file = folder.resolve(NAME);
            Files.copy(in, file);
            return file;
        }
    }
}
