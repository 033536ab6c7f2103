package org.landcarbon.accounting.tests;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.landcarbon.model.Study;
import org.landcarbon.model.persistence.StudyFiles;
import org.osgi.framework.FrameworkUtil;

/** The sample studies of the model bundle (bundles/org.landcarbon.model/samples). */
final class Samples {

    private Samples() {
    }

    static Study load(String fileName) throws Exception {
        URL url = FrameworkUtil.getBundle(Study.class).getEntry("samples/" + fileName);
        Path file;
        if (url != null) {
            file = Files.createTempFile("sample", ".landcarbon");
            try (InputStream in = url.openStream()) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } else {
            // tycho-surefire runs in the test project's folder; the samples sit beside it in the source tree
            file = Path.of("..", "org.landcarbon.model", "samples", fileName);
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("sample " + fileName + " is neither in the model bundle nor at " + file.toAbsolutePath());
            }
        }
        return StudyFiles.load(file);
    }
}
