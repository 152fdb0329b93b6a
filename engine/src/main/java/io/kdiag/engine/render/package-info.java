/**
 * Writers of a {@link io.kdiag.engine.report.Report} in each output format. Every format writes
 * the same model; the output is a function of the report alone (same report, same bytes).
 */
package io.kdiag.engine.render;
