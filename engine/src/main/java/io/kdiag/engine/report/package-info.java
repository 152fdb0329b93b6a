/**
 * The report of one analysis: an immutable tree that is exactly the JSON contract
 * ({@code schemaVersion 1}). Every renderer writes this one model; embedding programs read it
 * directly.
 */
package io.kdiag.engine.report;
