/**
 * Reporting: the campaign results report built from every other module's data.
 *
 * <p>Status: an empty module until the campaign-results-report issue lands; the UI shows a real
 * empty state. Tables: prefix {@code rpt_} reserved. May use every module above it.
 */
package org.redheart.reporting;
