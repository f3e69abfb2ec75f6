package io.entente.job;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.serializers.JavaSerializer;
import org.apache.spark.serializer.KryoRegistrator;

/**
 * Lets Kryo (spark.serializer in jobs/conf/*.properties) carry Java records, such as the broadcast
 * {@code ArticleAnalyzer.Spec}: Kryo's default field serializer needs field offsets, which the JDK
 * refuses for record classes, so every record goes through Java serialization instead. Records the
 * job broadcasts are small configuration values; rows never pass through here.
 *
 * <p>Set with {@code spark.kryo.registrator=io.entente.job.EntenteKryoRegistrator}.
 */
public final class EntenteKryoRegistrator implements KryoRegistrator {
  @Override
  public void registerClasses(Kryo kryo) {
    kryo.addDefaultSerializer(Record.class, new JavaSerializer());
  }
}
