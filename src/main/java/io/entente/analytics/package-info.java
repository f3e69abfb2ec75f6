/**
 * Analytics tables: pure {@code Dataset<Row> -> Dataset<Row>} transforms over the articles table
 * ({@link io.entente.model.Schemas#ARTICLE}). Entry points: {@link
 * io.entente.analytics.AnalyticsTables#build} (every table), or {@link
 * io.entente.analytics.Pairs}, {@link io.entente.analytics.Trends}, {@link
 * io.entente.analytics.Regions} one table at a time. Periods and their Spark twins are in {@link
 * io.entente.analytics.Periods}; output schemas and grain keys in {@link
 * io.entente.analytics.TableSchemas}; settings in {@link io.entente.analytics.AnalyticsConfig}.
 * docs/tables.md documents every column.
 */
package io.entente.analytics;
