package io.entente.extract;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import io.entente.extract.ArticleAnalyzer.Analysis;
import io.entente.extract.ArticleAnalyzer.PlacedMention;
import io.entente.extract.country.CountrySalience;
import io.entente.model.Columns;
import io.entente.model.Schemas;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * The extraction stage on Spark: canonical articles in, compact extracted articles out (no text).
 * One {@link ArticleAnalyzer} per executor JVM, one pass of its joint automaton per article, the
 * articles of a partition analysed in batches ({@link #BATCH_ARTICLES}).
 */
public final class Extraction {
  /** The extracted article before periods and story groups are attached. */
  public static final StructType EXTRACTED =
      new StructType()
          .add(Columns.ARTICLE_ID, StringType, false)
          .add(Columns.DATE, DateType, false)
          .add(Columns.TITLE, StringType, true)
          .add(Columns.SOURCE, StringType, true)
          .add(Columns.URL, StringType, true)
          .add(Columns.DATELINE, StringType, true)
          .add(Columns.SENTENCES, IntegerType, false)
          .add(Columns.COUNTRIES, createArrayType(StringType, false), false)
          .add(Columns.ACTOR_COUNTRIES, createArrayType(StringType, false), false)
          .add(Columns.BLOCS, createArrayType(StringType, false), false)
          .add(Columns.TOPICS, createArrayType(StringType, false), false)
          .add(Columns.MENTIONS, createArrayType(Schemas.MENTION, false), false)
          .add(Columns.COUNTRY_SALIENCE, createArrayType(Schemas.COUNTRY_SALIENCE, false), false)
          .add(Columns.TOPIC_HITS, createArrayType(Schemas.TOPIC_HIT, false), false)
          .add(Columns.TONE, createArrayType(Schemas.SENTENCE_TONE, false), false)
          .add(Columns.COOPERATION_INDEX, DoubleType, true)
          .add(Columns.SOURCE_FILE, StringType, false)
          .add(Columns.RECORD_OFFSET, LongType, true);

  private Extraction() {}

  /**
   * Analyses accepted canonical articles.
   *
   * <p>Requires {@code id, date, title, text, source, url, dateline, source_file, record_offset}.
   * Produces {@link #EXTRACTED}, one row per input row. When the input has no source and the text
   * carries a wire credit in its dateline ("(AP)"), the credit becomes the source.
   */
  public static Dataset<Row> analyze(Dataset<Row> articles, Broadcast<ArticleAnalyzer.Spec> spec) {
    return articles
        .select(
            Columns.ID,
            Columns.DATE,
            Columns.TITLE,
            Columns.TEXT,
            Columns.SOURCE,
            Columns.URL,
            Columns.DATELINE,
            Columns.SOURCE_FILE,
            Columns.RECORD_OFFSET)
        .mapPartitions(new AnalyzePartition(spec), Encoders.row(EXTRACTED));
  }

  /** The year of a date column's value, as Spark gives it (java.sql.Date, or LocalDate). */
  static Integer yearOf(Object date) {
    if (date instanceof java.time.LocalDate d) {
      return d.getYear();
    }
    return date instanceof java.sql.Date d ? d.toLocalDate().getYear() : null;
  }

  /**
   * Articles analysed together ({@link ArticleAnalyzer#analyzeAll}): enough for each step's tables
   * to stay warm in the processor's caches from one article to the next, few enough to hold.
   */
  static final int BATCH_ARTICLES = 64;

  /** Chars of text beyond which a batch is closed before {@link #BATCH_ARTICLES}. */
  static final int BATCH_CHARS = 1 << 21;

  static final class AnalyzePartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<ArticleAnalyzer.Spec> spec;

    AnalyzePartition(Broadcast<ArticleAnalyzer.Spec> spec) {
      this.spec = spec;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      ArticleAnalyzer analyzer = spec.value().analyzer();
      return new Iterator<>() {
        private final List<Row> batch = new ArrayList<>(BATCH_ARTICLES);
        private List<Analysis> analyses = List.of();
        private int next;

        @Override
        public boolean hasNext() {
          return next < batch.size() || rows.hasNext();
        }

        @Override
        public Row next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          if (next == batch.size()) {
            fill();
          }
          Row in = batch.get(next);
          Analysis a = analyses.get(next);
          next++;
          return extracted(in, a);
        }

        private void fill() {
          batch.clear();
          next = 0;
          List<ArticleAnalyzer.Input> inputs = new ArrayList<>(BATCH_ARTICLES);
          long chars = 0;
          while (rows.hasNext() && batch.size() < BATCH_ARTICLES && chars < BATCH_CHARS) {
            Row in = rows.next();
            String text = in.getString(3);
            batch.add(in);
            inputs.add(
                new ArticleAnalyzer.Input(
                    in.getString(2), text, in.getString(6), yearOf(in.get(1))));
            chars += text.length();
          }
          analyses = analyzer.analyzeAll(inputs);
        }
      };
    }
  }

  private static Row extracted(Row in, Analysis a) {
    String source = in.getString(4);
    return RowFactory.create(
        in.getString(0),
        in.get(1),
        in.getString(2),
        source == null ? a.credit() : source,
        in.getString(5),
        a.dateline(),
        a.sentences(),
        a.countries().toArray(),
        a.actorCountries().toArray(),
        a.blocs().toArray(),
        a.topics().toArray(),
        mentionRows(a.mentions()),
        salienceRows(a.salience()),
        hitRows(a.topicHits()),
        toneRows(a.tone()),
        a.cooperationIndex(),
        in.getString(7),
        in.isNullAt(8) ? null : in.getLong(8));
  }

  private static Row[] mentionRows(List<PlacedMention> mentions) {
    List<Row> out = new ArrayList<>(mentions.size());
    for (PlacedMention p : mentions) {
      Mention m = p.mention();
      out.add(
          RowFactory.create(
              m.code(), m.type(), m.matched(), m.start(), p.sentence(), m.rule(), m.role()));
    }
    return out.toArray(new Row[0]);
  }

  private static Row[] salienceRows(List<CountrySalience> salience) {
    Row[] out = new Row[salience.size()];
    for (int i = 0; i < out.length; i++) {
      CountrySalience s = salience.get(i);
      out[i] =
          RowFactory.create(s.code(), s.mentions(), s.isInTitle(), s.isInLead(), s.salience());
    }
    return out;
  }

  private static Row[] hitRows(List<TopicHit> hits) {
    Row[] out = new Row[hits.size()];
    for (int i = 0; i < out.length; i++) {
      TopicHit h = hits.get(i);
      out[i] = RowFactory.create(h.topic(), h.sentence(), h.score());
    }
    return out;
  }

  private static Row[] toneRows(List<SentenceTone> tones) {
    Row[] out = new Row[tones.size()];
    for (int i = 0; i < out.length; i++) {
      SentenceTone t = tones.get(i);
      out[i] =
          RowFactory.create(
              t.sentence(),
              t.verbalCooperation(),
              t.materialCooperation(),
              t.verbalConflict(),
              t.materialConflict());
    }
    return out;
  }
}
