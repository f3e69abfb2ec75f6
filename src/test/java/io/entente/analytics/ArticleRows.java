package io.entente.analytics;

import io.entente.analytics.Periods.Granularity;
import io.entente.model.Schemas;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * Builds hand-made rows of {@link Schemas#ARTICLE} for tests. Countries, actor countries and
 * topics are derived from the mentions and topic hits given, so a test states only what matters.
 */
final class ArticleRows {
  private final List<Row> rows = new ArrayList<>();
  private final Granularity granularity;

  ArticleRows(Granularity granularity) {
    this.granularity = granularity;
  }

  /** Starts an article; finish it with {@link Article#add()}. */
  Article article(String id, String date) {
    return new Article(id, LocalDate.parse(date));
  }

  Dataset<Row> toDataset(SparkSession spark) {
    return spark.createDataFrame(rows, Schemas.ARTICLE);
  }

  final class Article {
    private final String id;
    private final LocalDate date;
    private final List<Row> mentions = new ArrayList<>();
    private final List<Row> hits = new ArrayList<>();
    private final List<Row> tone = new ArrayList<>();
    private final TreeSet<String> extraTopics = new TreeSet<>();
    private String group;
    private boolean representative = true;

    private Article(String id, LocalDate date) {
      this.id = id;
      this.date = date;
      this.group = id;
    }

    /** A country mention in a sentence, role actor. */
    Article mention(String code, int sentence) {
      return mention(code, sentence, "actor");
    }

    Article mention(String code, int sentence, String role) {
      mentions.add(RowFactory.create(code, "country", code, 0, sentence, "test", role));
      return this;
    }

    /** Countries mentioned once each, all in sentence 0. */
    Article countries(String... codes) {
      for (String c : codes) {
        mention(c, 0);
      }
      return this;
    }

    Article hit(String topic, int sentence) {
      hits.add(RowFactory.create(topic, sentence, 1.0));
      return this;
    }

    /** Topics attached at article level, in sentence 100 (far from any mention). */
    Article topics(String... topics) {
      for (String t : topics) {
        extraTopics.add(t);
        hits.add(RowFactory.create(t, 100, 1.0));
      }
      return this;
    }

    Article tone(int sentence, int cooperation, int conflict) {
      tone.add(RowFactory.create(sentence, cooperation, 0, conflict, 0));
      return this;
    }

    /** Member of a duplicate group; {@code representative} says whether it stands for it. */
    Article group(String group, boolean representative) {
      this.group = group;
      this.representative = representative;
      return this;
    }

    ArticleRows add() {
      TreeSet<String> countries = new TreeSet<>();
      TreeSet<String> actors = new TreeSet<>();
      Map<String, Integer> counts = new TreeMap<>();
      for (Row m : mentions) {
        countries.add(m.getString(0));
        if ("actor".equals(m.getString(6))) {
          actors.add(m.getString(0));
        }
        counts.merge(m.getString(0), 1, Integer::sum);
      }
      TreeSet<String> topics = new TreeSet<>(extraTopics);
      for (Row h : hits) {
        topics.add(h.getString(0));
      }
      List<Row> salience = new ArrayList<>();
      counts.forEach((c, n) -> salience.add(RowFactory.create(c, n, false, false, 1.0)));
      rows.add(
          RowFactory.create(
              id,
              Date.valueOf(date),
              Periods.label(date, granularity),
              Date.valueOf(Periods.start(date, granularity)),
              "title " + id,
              "test",
              null,
              null,
              200,
              new ArrayList<>(countries),
              new ArrayList<>(actors),
              List.of(),
              new ArrayList<>(topics),
              mentions,
              salience,
              hits,
              tone,
              null,
              group,
              representative));
      return ArticleRows.this;
    }
  }
}
