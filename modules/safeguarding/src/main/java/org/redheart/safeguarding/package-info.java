/**
 * Safeguarding: the automatic check that everything published passes (pure domain code, no
 * framework, no dependency on any other module).
 *
 * <p>Status: an empty module until the materials-and-approvals issue lands. It will publish its
 * check in {@code org.redheart.safeguarding.api}; findings are kept as category, position and a
 * masked excerpt, never the matched text in full. Tables: none (prefix {@code sfg_} reserved).
 */
package org.redheart.safeguarding;
