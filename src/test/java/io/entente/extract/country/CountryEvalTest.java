package io.entente.extract.country;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.entente.extract.Mention;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Micro precision and recall of country and bloc codes per snippet over the hand-labelled set in
 * {@code eval/countries.jsonl}. Each snippet lists the codes it names (any role) and codes it must
 * not yield; a predicted code not in "expected" is a false positive, a missing one a false
 * negative.
 */
class CountryEvalTest {

  private static final double FLOOR = 0.97;

  record Snippet(
      String text, Set<String> expected, Set<String> forbidden, String category, String split) {}

  private static List<Snippet> snippets;

  @BeforeAll
  static void load() throws Exception {
    ObjectMapper om = new ObjectMapper();
    snippets = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                CountryEvalTest.class.getResourceAsStream("/eval/countries.jsonl"),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = om.readTree(line);
        Set<String> exp = new TreeSet<>();
        n.get("expected").forEach(x -> exp.add(x.asText()));
        Set<String> forb = new TreeSet<>();
        n.get("forbidden").forEach(x -> forb.add(x.asText()));
        String split = n.has("split") ? n.get("split").asText() : "dev";
        snippets.add(
            new Snippet(n.get("text").asText(), exp, forb, n.get("category").asText(), split));
      }
    }
  }

  @Test
  void theLabelledSetHasAtLeastFourHundredSnippetsCoveringEveryCategory() {
    Set<String> categories = new TreeSet<>();
    snippets.forEach(s -> categories.add(s.category()));
    assertTrue(snippets.size() >= 400, "snippets: " + snippets.size());
    assertTrue(
        categories.containsAll(
            Set.of(
                "name", "alias", "abbreviation", "demonym", "capital", "city", "subdivision",
                "metonym", "combining", "historic", "bloc", "longest", "case", "geographic",
                "subnational", "commonnoun", "treaty", "currency", "person", "georgia", "korea",
                "congo", "guinea", "contested", "language", "headline", "negative")),
        "categories: " + categories);
  }

  @Test
  void everyMentionUsesAContractRuleWithItsRole() {
    Map<String, String> roleOf = new TreeMap<>();
    for (String r :
        List.of("name", "alias", "abbreviation", "demonym", "metonym", "combining", "historic",
            "bloc")) {
      roleOf.put(r, Mention.ROLE_ACTOR);
    }
    for (String r : List.of("capital", "city", "subdivision", "landmark")) {
      roleOf.put(r, Mention.ROLE_PLACE);
    }
    List<String> bad = new ArrayList<>();
    for (Snippet s : snippets) {
      for (Mention x : CountryMatcher.defaultMatcher().find(s.text())) {
        // a hyphen-joined pair is combining whatever rule found it, and stays an actor
        if (!x.role().equals(roleOf.get(x.rule()))
            && !(x.rule().equals("combining") && x.role().equals(Mention.ROLE_ACTOR))) {
          bad.add(x + " in " + s.text());
        }
      }
    }
    assertEquals(List.of(), bad);
  }

  @Test
  void precisionAndRecallAreAtLeastNinetySevenPercent() {
    CountryMatcher m = CountryMatcher.defaultMatcher();
    Map<String, int[]> perCategory = new TreeMap<>(); // tp, fp, fn, snippets
    Map<String, int[]> perSplit = new TreeMap<>();
    int[] total = new int[4];
    int forbiddenHits = 0;
    List<String> errors = new ArrayList<>();
    for (Snippet s : snippets) {
      Set<String> predicted = new TreeSet<>();
      for (Mention x : m.find(s.text())) {
        predicted.add(x.code());
      }
      int[] c = perCategory.computeIfAbsent(s.category(), k -> new int[4]);
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (String p : predicted) {
        if (s.expected().contains(p)) {
          tp++;
        } else {
          fp++;
        }
        if (s.forbidden().contains(p)) {
          forbiddenHits++;
        }
      }
      for (String e : s.expected()) {
        if (!predicted.contains(e)) {
          fn++;
        }
      }
      c[0] += tp;
      c[1] += fp;
      c[2] += fn;
      c[3]++;
      int[] sp = perSplit.computeIfAbsent("split " + s.split(), k -> new int[4]);
      sp[0] += tp;
      sp[1] += fp;
      sp[2] += fn;
      sp[3]++;
      total[0] += tp;
      total[1] += fp;
      total[2] += fn;
      total[3]++;
      if (fp + fn > 0) {
        errors.add(
            String.format(
                "  [%s] expected=%s predicted=%s :: %s",
                s.category(), s.expected(), predicted, s.text()));
      }
    }
    System.out.println("category       snippets    tp   fp   fn  precision  recall");
    perCategory.forEach((k, c) -> System.out.println(row(k, c)));
    perSplit.forEach((k, c) -> System.out.println(row(k, c)));
    System.out.println(row("ALL (micro)", total));
    System.out.println("forbidden codes predicted: " + forbiddenHits);
    System.out.println("errors:");
    errors.forEach(System.out::println);
    double precision = total[0] / (double) (total[0] + total[1]);
    double recall = total[0] / (double) (total[0] + total[2]);
    assertTrue(precision >= FLOOR, "precision " + precision);
    assertTrue(recall >= FLOOR, "recall " + recall);
  }

  private static String row(String name, int[] c) {
    double p = c[0] + c[1] == 0 ? 1.0 : c[0] / (double) (c[0] + c[1]);
    double r = c[0] + c[2] == 0 ? 1.0 : c[0] / (double) (c[0] + c[2]);
    return String.format("%-14s %8d %5d %4d %4d %10.3f %7.3f", name, c[3], c[0], c[1], c[2], p, r);
  }
}
