package org.landcarbon.uncertainty.tests;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.landcarbon.accounting.AccountingService;
import org.landcarbon.model.Study;
import org.landcarbon.model.persistence.StudyFiles;
import org.landcarbon.testsupport.OsgiServices;
import org.landcarbon.uncertainty.UncertaintyService;
import org.osgi.framework.FrameworkUtil;

/** The services as DS publishes them, and the sample studies of the model bundle. */
final class Services {

    private Services() {
    }

    static <T> T get(Class<T> type) throws Exception {
        return OsgiServices.get(type, Services.class);
    }

    static UncertaintyService uncertainty() throws Exception {
        return get(UncertaintyService.class);
    }

    static AccountingService accounting() throws Exception {
        return get(AccountingService.class);
    }

    static Study sample(String fileName) throws Exception {
        URL url = FrameworkUtil.getBundle(Study.class).getEntry("samples/" + fileName);
        Path file;
        if (url != null) {
            file = Files.createTempFile("sample", ".landcarbon");
            try (InputStream in = url.openStream()) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } else {
            file = Path.of("..", "org.landcarbon.model", "samples", fileName);
        }
        return StudyFiles.load(file);
    }
}
