package org.landcarbon.io.internal;

import org.landcarbon.io.StudyExporter;
import org.osgi.service.component.annotations.Component;

/** Excel workbook with one sheet in the wide layout. */
@Component(service = StudyExporter.class)
public final class XlsxWideExporter extends TableExporter {

    public XlsxWideExporter() {
        super("xlsx", "Excel workbook (.xlsx), wide layout", "xlsx", XlsxExporters::writeWide);
    }
}
