/**
 * Reading spreadsheets for the contacts import: {@link org.redheart.contacts.domain.imports.SheetReader}
 * streams the rows of a CSV file ({@link org.redheart.contacts.domain.imports.CsvSheetReader}: UTF-8
 * with or without BOM, delimiter detected from the header line, length limits, unbalanced quotes
 * found with their row) or of the first sheet of an XLSX workbook ({@link
 * org.redheart.contacts.domain.imports.XlsxSheetReader}: POI's SAX event API, limits against zip
 * bombs) to a {@link org.redheart.contacts.domain.imports.SheetReader.RowSink} one row at a time,
 * never holding the whole file; {@link org.redheart.contacts.domain.imports.HeaderMatcher} maps
 * header cells (English and Bangla) to fields; {@link
 * org.redheart.contacts.domain.imports.RowValidator} checks and normalises one row into a staging row
 * or a list of problems (column and reason). A file that cannot be read at all fails with {@link
 * org.redheart.contacts.domain.imports.BadFile}, naming the row.
 *
 * <p>Cells are kept as text: a cell that looks like a formula ({@code =SUM(A1)}) is stored as typed
 * and neutralised when exported, never evaluated.
 */
package org.redheart.contacts.domain.imports;
