package org.landcarbon.io.internal;

import org.landcarbon.io.StudyExporter;
import org.osgi.service.component.annotations.Component;

/** Excel workbook with one sheet in the long layout. */
@Component(service = StudyExporter.class)
public final class XlsxLongExporter extends TableExporter {

    public XlsxLongExporter() {
        super("xlsx-long", "Excel workbook (.xlsx), long layout", "xlsx", XlsxExporters::writeLong);
    }
}
