package io.entente.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Writes the patterns file of Spark NLP's {@code EntityRulerApproach} for the Spark NLP peer of
 * {@code jobs/benchmark --spark-nlp}: one entry per ISO code, labelled with the code, holding the
 * same gazetteer forms as {@link NaiveBaseline}. Usage: {@code EntityRulerPatterns OUTPUT_JSON}.
 */
public final class EntityRulerPatterns {
  private EntityRulerPatterns() {}

  /** One entry of the patterns file, as Spark NLP reads it. */
  record Entry(String label, List<String> patterns) {}

  static List<Entry> patterns(Map<String, List<String>> formsByCode) {
    return formsByCode.entrySet().stream().map(e -> new Entry(e.getKey(), e.getValue())).toList();
  }

  public static void main(String[] args) throws IOException {
    Map<String, List<String>> forms = NaiveBaseline.countryForms();
    new ObjectMapper().writeValue(new File(args[0]), patterns(forms));
    int total = forms.values().stream().mapToInt(List::size).sum();
    System.out.printf("patterns: %d codes, %d forms%n", forms.size(), total);
  }
}
