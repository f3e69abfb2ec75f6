package io.entente.analytics;

import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * {@link FlushedSums} over articles read in place, as Spark's internal rows, with their countries
 * and topics turned into the run's integer codes: a string is looked up by its UTF-8 bytes, with
 * no Java object per string. The country and region counts both count this way.
 */
abstract class CodedCounts extends FlushedSums<InternalRow> {
  private static final long serialVersionUID = 1L;
  private final String[] codes;
  private final String[] topics;
  private transient Map<UTF8String, Integer> codeIndex;
  private transient Map<UTF8String, Integer> topicIndex;

  /**
   * @param codes the country codes by index (sorted, as in the run's dictionary)
   * @param topics the topic ids by index
   */
  CodedCounts(String[] codes, String[] topics, int width, int flushAt) {
    super(width, flushAt);
    this.codes = codes;
    this.topics = topics;
  }

  /** The rows of {@code df} as Spark's internal rows, read in place (the scan reuses them). */
  static JavaRDD<InternalRow> internalRows(Dataset<Row> df) {
    return df.queryExecution().toRdd().toJavaRDD();
  }

  @Override
  void open() {
    codeIndex = ArticleFacts.utf8Index(codes);
    topicIndex = ArticleFacts.utf8Index(topics);
  }

  /** The distinct country codes of an array of codes, in increasing order. */
  int[] countries(ArrayData values) {
    return ArticleFacts.distinctIndices(values, codeIndex);
  }

  /** The distinct topic codes of an array of topic ids, in increasing order. */
  int[] topics(ArrayData values) {
    return ArticleFacts.distinctIndices(values, topicIndex);
  }

  /** The index of a country code, or null for a code the run's dictionary does not hold. */
  Integer country(UTF8String code) {
    return codeIndex.get(code);
  }
}
