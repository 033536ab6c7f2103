/**
 * Import and export of a study's yearly series. {@link org.landcarbon.io.StudyImporter} and
 * {@link org.landcarbon.io.StudyExporter} are OSGi services collected by
 * {@link org.landcarbon.io.StudyFormats}; the built-in ones read and write CSV (wide and long
 * layouts, UTF-8 or GBK/GB18030) and XLSX. An import is previewed first
 * ({@link org.landcarbon.io.ImportPreview}: every value it would write and every problem, with file,
 * row and column) and then applied all or nothing, each value marked IMPORTED with {@code FILE:ROW}.
 * The file layouts and messages are described in docs/import-export.md.
 */
package org.landcarbon.io;
