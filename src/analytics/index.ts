/**
 * Analytics: recording turns and feedback, and reporting on them.
 *
 * @example
 *   const analytics = new SqliteAnalytics({ dataDir: config.dataDir, retentionDays: config.analyticsRetentionDays, log });
 *   const report = buildReport(openAnalyticsReader(config.dataDir), { since: Date.now() - 7 * 86_400_000 });
 */

// Writing
export { SqliteAnalytics, type AnalyticsStats, type SqliteAnalyticsOptions } from './sqlite-analytics.ts';

// Reading
export { buildReport, formatReport, type Report, type ReportOptions } from './report.ts';
export { ANALYTICS_FILE, openAnalyticsReader, type Db } from './db.ts';

// Grouping of similar questions
export { clusterTexts, jaccard, bigrams } from './similarity.ts';
