package io.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.entente.extract.tone.ToneScorer;
import io.entente.extract.topic.TopicMatcher;
import java.nio.ByteBuffer;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.SerializerInstance;
import org.junit.jupiter.api.Test;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;

/**
 * The analyzer's spec goes to a cluster's executors in a broadcast, through Spark's Kryo
 * serializer with the job's registrator (jobs/conf/*.properties). In local mode a broadcast is
 * never read back, so only this round trip shows, before a cluster run, that every field of the
 * matchers survives it (immutable collections do not: Kryo rebuilds a set by adding to it).
 */
class SpecKryoTest {

  @Test
  void theBroadcastSpecSurvivesKryoAndAnalysesAsBefore() {
    SparkConf conf =
        new SparkConf()
            .set("spark.serializer", KryoSerializer.class.getName())
            .set("spark.kryo.registrator", "io.entente.job.EntenteKryoRegistrator");
    SerializerInstance kryo = new KryoSerializer(conf).newInstance();
    ClassTag<ArticleAnalyzer.Spec> tag = ClassTag$.MODULE$.apply(ArticleAnalyzer.Spec.class);
    ArticleAnalyzer.Spec spec =
        new ArticleAnalyzer.Spec(TopicMatcher.defaultMatcher(), ToneScorer.defaultScorer());

    ByteBuffer bytes = kryo.serialize(spec, tag);
    ArticleAnalyzer.Spec back = kryo.deserialize(bytes, tag);

    // a name (the band), a topic (sanctions) and an act (expelled) in one text: the copy reads
    // each as the original does
    String text =
        "The band Sanctions played in Oslo. The EU imposed new sanctions on Iran's banks, and"
            + " Somalia expelled Ethiopia's ambassador over the port deal.";
    ArticleAnalyzer.Analysis copy = back.analyzer().analyze(null, text, null);
    assertEquals(
        List.of(1),
        copy.topicHits().stream()
            .filter(h -> h.topic().equals("sanctions"))
            .map(TopicHit::sentence)
            .toList());
    assertEquals(spec.analyzer().analyze(null, text, null), copy);
  }
}
