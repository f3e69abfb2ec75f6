package io.entente.io;

import static org.apache.spark.sql.functions.col;

import io.entente.io.RecordParser.Parsed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Parquet input: columns are matched by name through the same aliases as JSON and CSV, each row
 * goes through {@link RecordParser#fromFields}, and the row index within its file is kept as
 * {@code record_offset}. Dates and timestamps stored as Parquet types are accepted as such.
 */
final class ParquetInput {
  private static final String FILE = "__entente_file";
  private static final String ROW_INDEX = "__entente_row";

  private ParquetInput() {}

  static Dataset<Row> read(SparkSession spark, List<String> files) {
    Dataset<Row> raw =
        spark
            .read()
            .option("mergeSchema", "true")
            .parquet(files.toArray(new String[0]))
            .withColumn(FILE, col("_metadata.file_path"))
            .withColumn(ROW_INDEX, col("_metadata.row_index"));
    return raw.map(new ToParsed(raw.schema().fieldNames()), Encoders.row(ArticleReader.PARSED));
  }

  static final class ToParsed implements MapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final String[] names;

    ToParsed(String[] names) {
      this.names = names;
    }

    @Override
    public Row call(Row row) {
      Map<String, Object> values = new HashMap<>();
      String file = null;
      Long index = null;
      StringBuilder raw = new StringBuilder();
      for (int i = 0; i < names.length; i++) {
        Object v = row.get(i);
        if (FILE.equals(names[i])) {
          file = (String) v;
        } else if (ROW_INDEX.equals(names[i])) {
          index = v == null ? null : ((Number) v).longValue();
        } else {
          values.put(names[i].toLowerCase(java.util.Locale.ROOT), asFieldValue(v));
          if (raw.length() < RecordParser.SNIPPET_CHARS) {
            raw.append(names[i]).append('=').append(v).append(' ');
          }
        }
      }
      Parsed parsed =
          RecordParser.fromFields(file, index, new RecordParser.MapFields(values), raw.toString());
      return ArticleReader.toRow(parsed);
    }

    private static Object asFieldValue(Object v) {
      if (v instanceof java.sql.Date d) {
        return d.toLocalDate().toString();
      }
      if (v instanceof java.sql.Timestamp t) {
        return t.toInstant().toString();
      }
      if (v instanceof java.time.LocalDate d) {
        return d.toString();
      }
      if (v instanceof java.time.Instant t) {
        return t.toString();
      }
      return v;
    }
  }

}
