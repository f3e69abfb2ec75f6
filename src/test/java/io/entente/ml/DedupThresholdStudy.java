package io.entente.ml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;

/**
 * Measures the Jaccard similarity of true copies against distinct stories on the same topic, on
 * real text, to choose {@code shingleSize} and {@code jaccardThreshold}. Not a unit test: run by
 * hand, figures go to docs/mllib.md.
 *
 * <p>Input: a JSON-lines gzip of speeches with fields id, session, text (the UN General Debate
 * corpus layout). Each speech's first {@code paragraphs} paragraphs make one article-sized
 * "story"; distinct stories are all pairs of speeches of the same session (same agenda, different
 * speakers); copies are made by the edits of {@link SyntheticCorpus}.
 *
 * <p>Usage: {@code DedupThresholdStudy <ungdc.jsonl.gz> [firstSession] [lastSession]}.
 */
public final class DedupThresholdStudy {
  private DedupThresholdStudy() {}

  public static void main(String[] args) throws Exception {
    int first = args.length > 1 ? Integer.parseInt(args[1]) : 66;
    int last = args.length > 2 ? Integer.parseInt(args[2]) : 70;
    int paragraphs = 8;
    Map<Integer, List<List<String>>> bySession = new HashMap<>();
    ObjectMapper mapper = new ObjectMapper();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(new FileInputStream(args[0])), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        JsonNode n = mapper.readTree(line);
        int session = n.path("session").asInt();
        if (session < first || session > last) {
          continue;
        }
        List<String> ps = new ArrayList<>();
        for (String p : n.path("text").asText().split("\\n+")) {
          if (p.trim().split("\\s+").length >= 15) {
            ps.add(p.trim());
          }
          if (ps.size() == paragraphs) {
            break;
          }
        }
        if (ps.size() >= 4) {
          bySession.computeIfAbsent(session, s -> new ArrayList<>()).add(ps);
        }
      }
    }
    Random random = new Random(1);
    for (int k : new int[] {3, 5, 7, 9}) {
      List<Double> distinct = new ArrayList<>();
      Map<String, List<Double>> copies = new HashMap<>();
      List<List<String>> all = new ArrayList<>();
      for (List<List<String>> stories : bySession.values()) {
        all.addAll(stories);
        int[][] sh = new int[stories.size()][];
        for (int i = 0; i < stories.size(); i++) {
          sh[i] = Dedup.shingles(String.join("\n\n", stories.get(i)), k);
        }
        for (int i = 0; i < sh.length; i++) {
          for (int j = i + 1; j < sh.length; j++) {
            distinct.add(Dedup.jaccard(sh[i], sh[j]));
          }
        }
      }
      for (List<String> story : all) {
        int[] orig = Dedup.shingles(String.join("\n\n", story), k);
        List<String> other = all.get(random.nextInt(all.size()));
        String[] edits = {"rehead", "trim", "add", "words2%", "trim+words2%", "words5%"};
        for (String edit : edits) {
          List<String> ps = new ArrayList<>(story);
          switch (edit) {
            case "rehead" -> ps.add(0, "New headline about the general debate today");
            case "trim" -> ps.remove(ps.size() - 1);
            case "add" -> ps.add(other.get(0));
            case "words2%" -> ps = replaceWords(ps, 0.02, random);
            case "trim+words2%" -> {
              ps.remove(ps.size() - 1);
              ps = replaceWords(ps, 0.02, random);
            }
            default -> ps = replaceWords(ps, 0.05, random);
          }
          double j = Dedup.jaccard(orig, Dedup.shingles(String.join("\n\n", ps), k));
          copies.computeIfAbsent(edit, e -> new ArrayList<>()).add(j);
        }
      }
      System.out.printf(
          Locale.ROOT,
          "k=%d distinct same-session pairs n=%d: median %.4f p99 %.4f p99.9 %.4f max %.4f%n",
          k, distinct.size(), q(distinct, 0.5), q(distinct, 0.99), q(distinct, 0.999),
          q(distinct, 1.0));
      List<Double> allCopies = new ArrayList<>();
      copies.values().forEach(allCopies::addAll);
      for (double t : new double[] {0.05, 0.1, 0.2, 0.3, 0.4, 0.5}) {
        System.out.printf(
            Locale.ROOT,
            "  threshold %.2f: distinct pairs at or above %d, copies below %.4f%n",
            t, distinct.stream().filter(x -> x >= t).count(),
            allCopies.stream().filter(x -> x < t).count() / (double) allCopies.size());
      }
      for (Map.Entry<String, List<Double>> e : new java.util.TreeMap<>(copies).entrySet()) {
        System.out.printf(
            Locale.ROOT,
            "  copies %-13s n=%d: min %.4f p1 %.4f median %.4f%n",
            e.getKey(), e.getValue().size(), q(e.getValue(), 0.0), q(e.getValue(), 0.01),
            q(e.getValue(), 0.5));
      }
    }
  }

  private static List<String> replaceWords(List<String> ps, double rate, Random random) {
    List<String> out = new ArrayList<>();
    for (String p : ps) {
      String[] w = p.split(" ");
      for (int i = 0; i < w.length; i++) {
        if (random.nextDouble() < rate) {
          w[i] = "zq" + random.nextInt(100000);
        }
      }
      out.add(String.join(" ", w));
    }
    return out;
  }

  private static double q(List<Double> xs, double quantile) {
    double[] a = xs.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(a);
    return a[(int) Math.min(a.length - 1, Math.floor(quantile * a.length))];
  }
}
