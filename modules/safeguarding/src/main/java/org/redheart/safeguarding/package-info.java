/**
 * Safeguarding: the automatic check that everything published passes (pure domain code, no
 * framework, no dependency on any other module).
 *
 * <p>{@code api.SafeguardingCheck#check(CheckInput)} returns findings (category, severity, position
 * and a masked excerpt, never the matched text in full) for phones, e-mails, street addresses,
 * identified minors, school names, disclosures, sexualising words and photo metadata, in English and
 * Bangla. The rules are configuration ({@code src/main/resources/safeguarding/}, see its README),
 * extendable from a directory. Measured by {@code SafeguardingCorpusTest}. Tables: none (prefix
 * {@code sfg_} reserved).
 */
package org.redheart.safeguarding;
