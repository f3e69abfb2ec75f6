package io.entente.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.entente.SparkTestBase;
import io.entente.model.Columns;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class DedupTest extends SparkTestBase {

  private static final StructType INPUT =
      new StructType()
          .add(Columns.ID, DataTypes.StringType, false)
          .add(Columns.DATE, DataTypes.DateType, false)
          .add(Columns.SOURCE, DataTypes.StringType, true)
          .add(Columns.TEXT, DataTypes.StringType, false);

  private static final String[] GROUPS = {Columns.ID, Columns.DUP_GROUP, Columns.IS_REPRESENTATIVE};

  @Test
  void agreementCountsEqualMinHashValues() {
    long[] a = {1, 2, 3, 2_000_000_000};
    long[] b = {1, 9, 3, 1_999_999_999};
    assertEquals(2, Dedup.agreement(a, b));
    assertEquals(4, Dedup.agreement(a, a));
    // the defaults: 40 functions, threshold 0.4, a pair at the threshold agrees on 16 on average
    assertEquals(8, Dedup.minAgreement(0.4, 40));
    assertEquals(20, Dedup.minAgreement(1.0, 40));
    assertEquals(1, Dedup.minAgreement(0.4, 8));
  }

  /** A band row as the bucket walk reads it: id, MinHash values (big-endian ints), band, key. */
  private static Row bandRow(String id, int[] values, int band, int rows) {
    java.nio.ByteBuffer encoded = java.nio.ByteBuffer.allocate(values.length * 4);
    long[] asLongs = new long[values.length];
    for (int h = 0; h < values.length; h++) {
      encoded.putInt(values[h]);
      asLongs[h] = values[h];
    }
    long key = Dedup.bandKeys(asLongs, values.length / rows, rows)[band];
    return RowFactory.create(id, encoded.array(), band, key);
  }

  @Test
  void bucketWalkProposesEachPairOnceAtItsFirstAgreeingBand() throws Exception {
    // three bands of one value each, at least two of the three values must agree:
    // p, q agree on bands 0 and 1 (2 of 3): proposed by band 0 only;
    // p, r agree on bands 1 and 2 (2 of 3): proposed by band 1 only;
    // q, r agree on band 1 alone (1 of 3): in band 1's bucket, dropped by the estimate;
    // s agrees with nobody: its buckets are single
    java.util.Map<String, int[]> values = new java.util.LinkedHashMap<>();
    values.put("p", new int[] {1, 2, 3});
    values.put("q", new int[] {1, 2, 9});
    values.put("r", new int[] {7, 2, 3});
    values.put("s", new int[] {8, 8, 8});
    List<Row> rows = new ArrayList<>();
    for (int band = 0; band < 3; band++) {
      for (java.util.Map.Entry<String, int[]> e : values.entrySet()) {
        rows.add(bandRow(e.getKey(), e.getValue(), band, 1));
      }
    }
    // the walk's input order: by band, then key (a bucket's rows are contiguous)
    rows.sort(
        java.util.Comparator.<Row>comparingInt(r -> r.getInt(2))
            .thenComparingLong(r -> r.getLong(3)));
    List<String> proposed = new ArrayList<>();
    new Dedup.BucketPairs(3, 1, 2)
        .call(rows.iterator())
        .forEachRemaining(r -> proposed.add(sortedPair(r.getString(0), r.getString(1))));
    proposed.sort(null);
    assertEquals(List.of("p|q", "p|r"), proposed);
    // no rows, no pairs; one bucket of a single row, no pairs
    assertFalse(new Dedup.BucketPairs(3, 1, 2).call(List.<Row>of().iterator()).hasNext());
    assertFalse(
        new Dedup.BucketPairs(3, 1, 2)
            .call(List.of(bandRow("p", values.get("p"), 0, 1)).iterator())
            .hasNext());
  }

  @Test
  void theLeadBandProposesThePairsNoMinHashBandDid() throws Exception {
    // three MinHash bands of one value, all three values must agree (the estimate), then the
    // lead band (3), where two agreeing values are enough: p and t agree on all three, proposed
    // by band 0 and not again; p, q and p, r agree on two (and q, t and r, t), which the estimate
    // drops: the lead band proposes them; q, r agree on one value and s on none: not proposed
    java.util.Map<String, int[]> values = new java.util.LinkedHashMap<>();
    values.put("p", new int[] {1, 2, 3});
    values.put("q", new int[] {1, 2, 9});
    values.put("r", new int[] {7, 2, 3});
    values.put("s", new int[] {8, 8, 8});
    values.put("t", new int[] {1, 2, 3});
    List<Row> rows = new ArrayList<>();
    for (java.util.Map.Entry<String, int[]> e : values.entrySet()) {
      rows.add(leadRow(e.getKey(), e.getValue(), 42L));
    }
    List<String> proposed = new ArrayList<>();
    new Dedup.BucketPairs(3, 1, 3)
        .call(rows.iterator())
        .forEachRemaining(r -> proposed.add(sortedPair(r.getString(0), r.getString(1))));
    proposed.sort(null);
    assertEquals(List.of("p|q", "p|r", "q|t", "r|t"), proposed);
    // a lead bucket of more than LEAD_BUCKET_MAX articles (a stock first line) proposes nothing;
    // one of LEAD_BUCKET_MAX proposes its every pair (each agrees on two values)
    List<Row> crowd = new ArrayList<>();
    for (int i = 0; i <= Dedup.LEAD_BUCKET_MAX; i++) {
      crowd.add(leadRow("c" + i, new int[] {1, 2, 1000 + i}, 7L));
    }
    assertFalse(new Dedup.BucketPairs(3, 1, 3).call(crowd.iterator()).hasNext());
    crowd.remove(crowd.size() - 1);
    int n = Dedup.LEAD_BUCKET_MAX;
    int[] count = {0};
    new Dedup.BucketPairs(3, 1, 3).call(crowd.iterator()).forEachRemaining(r -> count[0]++);
    assertEquals(n * (n - 1) / 2, count[0]);
  }

  /** A lead-band row (band 3 after three MinHash bands of one value) with the given key. */
  private static Row leadRow(String id, int[] values, long key) {
    java.nio.ByteBuffer encoded = java.nio.ByteBuffer.allocate(values.length * 4);
    for (int v : values) {
      encoded.putInt(v);
    }
    return RowFactory.create(id, encoded.array(), 3, key);
  }

  @Test
  void theLeadKeyIsSharedByCopiesThatKeepTheLead() {
    IntIndex none = new IntIndex(new int[0]);
    String whole = paragraphs(E);
    String firstTwo = paragraphs(E[0], E[1]);
    // the first 30 shingles of both are the same: the same key, whatever the rest
    long key = Dedup.leadKey(Dedup.shinglesInOrder(whole, 5), none);
    assertEquals(key, Dedup.leadKey(Dedup.shinglesInOrder(firstTwo, 5), none));
    assertTrue(key != 0L);
    // another story's lead has another key; no lead outside the frequent shingles, no key
    assertTrue(key != Dedup.leadKey(Dedup.shinglesInOrder(paragraphs(P1, P2), 5), none));
    int[] shortText = Dedup.shinglesInOrder("one two three four five six", 5);
    int[] sorted = shortText.clone();
    Arrays.sort(sorted);
    assertEquals(0L, Dedup.leadKey(shortText, new IntIndex(sorted)));
    assertEquals(0L, Dedup.leadKey(new int[0], none));
  }

  private static String sortedPair(String x, String y) {
    return x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x;
  }

  @Test
  void candidatePairsAreEveryPairAgreeingOnABandAndTheEstimate() {
    // brute force over all pairs: a pair is a candidate when its band keys agree on at least one
    // band and enough MinHash values agree (the estimate), whatever the bucket partitioning
    List<SyntheticCorpus.Article> generated = new SyntheticCorpus(120).generate(120);
    Dataset<Row> in = DedupQualityTest.toDataset(generated).cache();
    // a low threshold (estimate: 2 of 40 values) lets many loosely related pairs through
    DedupConfig low =
        new DedupConfig(null, null, null, null, 0.1, null, null, null, null, null, null, null);
    for (DedupConfig cfg : List.of(DedupConfig.defaults(), low)) {
      Dedup.MinHashFamily family = new Dedup.MinHashFamily(Dedup.minHashModel(in, cfg));
      IntIndex drop = new IntIndex(Dedup.signatures(in, cfg, family).boilerplate());
      int bands = cfg.numHashTables();
      int functions = bands * cfg.rowsPerBand();
      int min = Dedup.minAgreement(cfg.jaccardThreshold(), functions);
      IntIndex frequent = new IntIndex(Dedup.frequentShingles(in, cfg));
      List<String> ids = new ArrayList<>();
      List<int[]> sets = new ArrayList<>();
      List<long[]> hashes = new ArrayList<>();
      List<Long> leads = new ArrayList<>();
      java.util.Map<Long, Integer> leadBucket = new java.util.HashMap<>();
      for (SyntheticCorpus.Article a : generated) {
        int[] set = Dedup.without(Dedup.shingles(a.text(), cfg.shingleSize()), drop);
        if (set.length > 0) {
          ids.add(a.id());
          sets.add(set);
          hashes.add(family.minima(set, set.length));
          long lead = Dedup.leadKey(Dedup.shinglesInOrder(a.text(), cfg.shingleSize()), frequent);
          leads.add(lead);
          leadBucket.merge(lead, 1, Integer::sum);
        }
      }
      Set<String> expected = new HashSet<>();
      int sharedBand = 0;
      int byLead = 0;
      for (int x = 0; x < ids.size(); x++) {
        long[] keysX = Dedup.bandKeys(hashes.get(x), bands, cfg.rowsPerBand());
        for (int y = x + 1; y < ids.size(); y++) {
          long[] keysY = Dedup.bandKeys(hashes.get(y), bands, cfg.rowsPerBand());
          boolean banded = false;
          for (int b = 0; b < bands; b++) {
            banded |= keysX[b] == keysY[b];
          }
          int agree = 0;
          for (int h = 0; h < functions; h++) {
            agree += hashes.get(x)[h] == hashes.get(y)[h] ? 1 : 0;
          }
          sharedBand += banded ? 1 : 0;
          // the lead band: the same lead key, in a bucket of at most LEAD_BUCKET_MAX, two
          // MinHash values in common, and not already proposed by a MinHash band
          long lead = leads.get(x);
          boolean led =
              lead != 0L
                  && lead == leads.get(y)
                  && leadBucket.get(lead) <= Dedup.LEAD_BUCKET_MAX
                  && agree >= Dedup.LEAD_MIN_AGREEMENT
                  && !(banded && agree >= min);
          byLead += led ? 1 : 0;
          if ((banded && agree >= min) || led) {
            String a = ids.get(x).compareTo(ids.get(y)) < 0 ? ids.get(x) : ids.get(y);
            String b = a.equals(ids.get(x)) ? ids.get(y) : ids.get(x);
            expected.add(a + "|" + b + "|" + Dedup.jaccard(sets.get(x), sets.get(y)));
          }
        }
      }
      // the corpus exercises both the band join and the estimate
      assertTrue(expected.size() > 20, "candidates: " + expected.size());
      if (cfg == DedupConfig.defaults()) {
        assertTrue(sharedBand > expected.size(), sharedBand + " banded, " + expected.size());
      }
      String configured = spark.conf().get("spark.sql.shuffle.partitions");
      for (String partitions : List.of("1", "7")) {
        spark.conf().set("spark.sql.shuffle.partitions", partitions);
        try {
          List<String> actual = new ArrayList<>();
          for (Row r : Dedup.candidatePairs(in, cfg).collectAsList()) {
            actual.add(r.getString(0) + "|" + r.getString(1) + "|" + r.getDouble(2));
          }
          assertEquals(expected.size(), actual.size(), "each pair once, " + partitions);
          assertEquals(expected, new HashSet<>(actual), "shuffle partitions " + partitions);
        } finally {
          spark.conf().set("spark.sql.shuffle.partitions", configured);
        }
      }
    }
  }

  @Test
  void shingleSetsSurviveTheirByteEncoding() {
    Random random = new Random(11);
    for (int trial = 0; trial < 200; trial++) {
      java.util.TreeSet<Integer> set = new java.util.TreeSet<>();
      if (trial % 2 == 0) {
        set.add(0); // the smallest feature and a gap of the largest size below
        set.add(Dedup.NUM_FEATURES - 1);
      }
      int size = random.nextInt(300);
      while (set.size() < size) {
        set.add(random.nextInt(Dedup.NUM_FEATURES));
      }
      int[] sorted = set.stream().mapToInt(Integer::intValue).toArray();
      assertTrue(Arrays.equals(sorted, Dedup.decodeSet(Dedup.encodeSet(sorted))));
    }
    // gaps below 128 take one byte each (5, 1, 127), a gap of 128 takes two
    assertEquals(3, Dedup.encodeSet(new int[] {5, 6, 133}).length);
    assertEquals(4, Dedup.encodeSet(new int[] {5, 6, 134}).length);
  }

  @Test
  void minHashValuesAreMllibsOwn() {
    DedupConfig cfg = DedupConfig.defaults();
    Dataset<Row> none = spark.createDataFrame(List.of(), INPUT);
    org.apache.spark.ml.feature.MinHashLSHModel model = Dedup.minHashModel(none, cfg);
    Dedup.MinHashFamily family = new Dedup.MinHashFamily(model);
    Random random = new Random(7);
    for (int trial = 0; trial < 50; trial++) {
      // sorted distinct indices spread over the whole feature space, edges included
      java.util.TreeSet<Integer> set = new java.util.TreeSet<>();
      set.add(trial == 0 ? 0 : Dedup.NUM_FEATURES - 1);
      int size = 1 + random.nextInt(400);
      while (set.size() < size) {
        set.add(random.nextInt(Dedup.NUM_FEATURES));
      }
      int[] indices = set.stream().mapToInt(Integer::intValue).toArray();
      double[] ones = new double[indices.length];
      Arrays.fill(ones, 1.0);
      org.apache.spark.ml.linalg.Vector[] expected =
          model.hashFunction(
              org.apache.spark.ml.linalg.Vectors.sparse(Dedup.NUM_FEATURES, indices, ones));
      long[] actual = family.minima(indices, indices.length);
      assertEquals(cfg.numHashTables() * cfg.rowsPerBand(), actual.length);
      for (int h = 0; h < actual.length; h++) {
        assertEquals((long) expected[h].apply(0), actual[h], "function " + h + ", trial " + trial);
      }
    }
  }

  // story A: a climate finance pledge, four paragraphs
  private static final String A_HEAD = "Kazakhstan pledges climate funds at Astana summit.";
  private static final String A1 =
      "Kazakhstan on Monday pledged two hundred million dollars to a regional fund for glacier"
          + " monitoring, the foreign ministry said after talks with British officials in Astana.";
  private static final String A2 =
      "The money will pay for weather stations in the Tian Shan mountains, where melting ice"
          + " threatens the rivers that irrigate cotton and wheat fields across the valley.";
  private static final String A3 =
      "London promised technical advice and said its export credit agency would back private"
          + " investors willing to build solar plants on the northern steppe before next winter.";
  private static final String A4 =
      "Critics in parliament asked why the pledge came without a timetable, and an opposition"
          + " deputy called the summit a photo opportunity staged for the foreign press corps.";
  private static final String A5 =
      "Analysts at a bank in Almaty expect the first stations to open in spring, once tenders"
          + " close and the customs office clears the imported sensors and masts.";

  // story D: same topic, different story
  private static final String D =
      "Uzbekistan asked donors on Tuesday for help with drought relief, saying climate change had"
          + " cut harvests in Karakalpakstan by a third. The agriculture minister told reporters in"
          + " Tashkent that farmers need drip irrigation and new seed varieties. A regional climate"
          + " fund was also discussed, and officials said glacier melt is a growing worry for the"
          + " whole of Central Asia.";

  // chain B ~ B' ~ B'': each shares three of its four paragraphs with the next
  private static final String P1 =
      "Ministers from five Central Asian states met in Bishkek to sign a customs agreement that"
          + " removes duties on fruit, vegetables and building materials traded across their"
          + " borders.";
  private static final String P2 =
      "Officials said lorries now wait up to four days at some crossings and that a shared"
          + " electronic declaration system should cut the queues to a few hours within a year.";
  private static final String P3 =
      "The agreement also sets up a dispute panel, which business groups had demanded after"
          + " repeated closures of the busiest checkpoint during a quarrel over water last summer.";
  private static final String P4 =
      "Diplomats described the mood as warm, although one delegation refused to discuss a railway"
          + " project that would link the region to ports on the Persian Gulf.";
  private static final String P5 =
      "Traders at the Dordoi bazaar welcomed the news but said corruption among border guards,"
          + " not tariffs, is what really drives up the price of imported goods.";
  private static final String P6 =
      "The deal still needs approval by each national parliament, and two of them are not due to"
          + " sit again until the autumn session opens in late September.";

  private static String paragraphs(String... ps) {
    return String.join("\n\n", ps);
  }

  private static Row article(String id, String date, String source, String text) {
    return RowFactory.create(id, Date.valueOf(date), source, text);
  }

  private static List<Row> corpus() {
    List<Row> rows = new ArrayList<>();
    rows.add(article("a-orig", "2024-03-04", "wire", paragraphs(A_HEAD, A1, A2, A3, A4)));
    rows.add(article("a-copy", "2024-03-05", "paper1", paragraphs(A_HEAD, A1, A2, A3, A4)));
    rows.add(
        article(
            "a-rehead",
            "2024-03-05",
            null,
            paragraphs("British help for Kazakh glacier fund.", A1, A2, A3, A4)));
    rows.add(article("a-trim", "2024-03-06", "paper2", paragraphs(A_HEAD, A1, A2, A3)));
    rows.add(article("a-added", "2024-03-06", "paper3", paragraphs(A_HEAD, A1, A2, A3, A4, A5)));
    rows.add(article("d", "2024-03-05", "wire", D));
    rows.add(article("b1", "2024-04-02", "wire", paragraphs(P1, P2, P3, P4)));
    rows.add(article("b2", "2024-04-03", "paper1", paragraphs(P2, P3, P4, P5)));
    rows.add(article("b3", "2024-04-01", "paper2", paragraphs(P3, P4, P5, P6)));
    rows.add(article("s1", "2024-04-01", "wire", "No comment."));
    rows.add(article("s2", "2024-04-01", "wire", "No comment."));
    return rows;
  }

  private static Dataset<Row> articles() {
    return spark.createDataFrame(corpus(), INPUT);
  }

  @Test
  void copiesOfAStoryFormOneGroupRepresentedByTheEarliest() {
    Dataset<Row> out =
        Dedup.assignGroups(articles(), DedupConfig.defaults())
            .where("id like 'a-%'");
    assertRows(
        out,
        GROUPS,
        new Object[] {"a-orig", "a-orig", true},
        new Object[] {"a-copy", "a-orig", false},
        new Object[] {"a-rehead", "a-orig", false},
        new Object[] {"a-trim", "a-orig", false},
        new Object[] {"a-added", "a-orig", false});
  }

  @Test
  void aDifferentStoryOnTheSameTopicStaysItsOwnGroup() {
    Dataset<Row> out = Dedup.assignGroups(articles(), DedupConfig.defaults()).where("id = 'd'");
    assertRows(out, GROUPS, new Object[] {"d", "d", true});
  }

  @Test
  void aChainOfNearDuplicatesIsGroupedTransitively() {
    // b1 and b3 share only two paragraphs (Jaccard about 0.3), below the 0.4 threshold
    assertTrue(referenceJaccard(paragraphs(P1, P2, P3, P4), paragraphs(P3, P4, P5, P6), 5) < 0.4);
    Dataset<Row> out =
        Dedup.assignGroups(articles(), DedupConfig.defaults()).where("id like 'b%'");
    assertRows(
        out,
        GROUPS,
        new Object[] {"b1", "b3", false},
        new Object[] {"b2", "b3", false},
        new Object[] {"b3", "b3", true});
  }

  // story E, six paragraphs; a regional paper prints only its first two
  private static final String[] E = {
    "Armenia and Azerbaijan agreed on Friday to reopen two border crossings closed since the"
        + " autumn, the foreign ministers said after six hours of talks hosted by Kazakhstan in"
        + " Almaty.",
    "Under the deal, lorries carrying food and medicine will cross at Margara and at a second"
        + " point farther north from the first of next month, with customs officers of both sides"
        + " working in shared cabins.",
    "The ministers also set up a commission of surveyors to mark eleven kilometres of the"
        + " frontier where villagers have clashed over pastures, and promised a first report"
        + " before the end of the year.",
    "European observers will monitor the crossings for six months, a spokesman for the mission"
        + " said, adding that its mandate would be reviewed by member states in the spring.",
    "Opposition leaders in Yerevan called the agreement a first step, while a group of refugees"
        + " protested outside the parliament and demanded guarantees for the return of their"
        + " homes.",
    "Analysts said the real test would come with the winter, when heavy snow closes the mountain"
        + " roads and both governments face pressure to divert traffic to other routes."
  };

  @Test
  void aCopyCutToItsFirstParagraphsJoinsItsStory() {
    String whole = paragraphs(E);
    String firstTwo = paragraphs(E[0], E[1]);
    // its Jaccard is about the share of the story it kept, below the 0.4 threshold, but every
    // shingle it has is in the story
    assertTrue(referenceJaccard(whole, firstTwo, 5) < 0.4);
    assertEquals(1.0, referenceContainment(whole, firstTwo, 5));
    // a sentence quoted from the story is contained too, but is far shorter than 20 shingles
    String quote = "The ministers also set up a commission of surveyors.";
    assertTrue(shingleStrings(quote, 5).size() < 20);
    Dataset<Row> in =
        spark.createDataFrame(
            List.of(
                article("e-wire", "2025-06-06", "wire", whole),
                article("e-paper", "2025-06-07", "paper", firstTwo),
                article("e-quote", "2025-06-07", "blog", quote)),
            INPUT);
    assertRows(
        Dedup.assignGroups(in, DedupConfig.defaults()),
        GROUPS,
        new Object[] {"e-paper", "e-wire", false},
        new Object[] {"e-quote", "e-quote", true},
        new Object[] {"e-wire", "e-wire", true});
    // containment alone groups it: the rewrite rule (which the copy also passes: it has a third
    // of the story's shingles and most of its names) off, by a floor above the threshold
    DedupConfig noRewrite =
        new DedupConfig(null, null, null, null, null, null, null, null, null, null, 0.5, null);
    assertRows(
        Dedup.assignGroups(in, noRewrite).where("id = 'e-paper'"),
        GROUPS,
        new Object[] {"e-paper", "e-wire", false});
    // and containment demanded of longer texts than the copy, it stays apart
    DedupConfig strict =
        new DedupConfig(null, null, null, null, null, null, null, null, 100, null, 0.5, null);
    assertRows(
        Dedup.assignGroups(in, strict).where("id = 'e-paper'"),
        GROUPS,
        new Object[] {"e-paper", "e-paper", true});
  }

  @Test
  void aCopyOfTheFirstTwoParagraphsOfALongStoryIsFoundByItsLead() {
    String[] story = {E[0], E[1], E[2], E[3], E[4], E[5], A2, A3, A4, A5};
    String whole = paragraphs(story);
    String firstTwo = paragraphs(E[0], E[1]);
    // a fifth of the story: a Jaccard of about 0.2, which one MinHash band of two values
    // proposes with probability 1 - (1 - 0.2^2)^20, about 0.56; the two leads are the same
    double jaccard = referenceJaccard(whole, firstTwo, 5);
    assertTrue(jaccard > 0.15 && jaccard < 0.25, "Jaccard " + jaccard);
    assertTrue(shingleStrings(whole, 5).size() > 4 * shingleStrings(firstTwo, 5).size());
    Dataset<Row> in =
        spark.createDataFrame(
            List.of(
                article("long", "2025-06-06", "wire", whole),
                article("long-cut", "2025-06-08", "aggregator", firstTwo)),
            INPUT);
    List<Row> candidates = Dedup.candidatePairs(in, DedupConfig.defaults()).collectAsList();
    assertEquals(1, candidates.size());
    assertRows(
        Dedup.assignGroups(in, DedupConfig.defaults()),
        GROUPS,
        new Object[] {"long", "long", true},
        new Object[] {"long-cut", "long", false});
  }

  @Test
  void aDigestThatReprintsFiveBriefsWholeIsNoCopyOfThem() {
    String[] briefs = {E[0], P1, P3, P6, A2};
    // an opening line longer than a lead, so that the digest begins like none of its briefs
    String intro =
        "Our correspondents across the region sent these stories this week, which we print in"
            + " brief below, in the order they arrived, with the longer reports to follow in"
            + " tomorrow's edition.";
    String digest = intro + "\n\n" + paragraphs(briefs);
    List<Row> rows = new ArrayList<>();
    rows.add(article("digest", "2025-06-08", "paper", digest));
    for (int i = 0; i < briefs.length; i++) {
      // each brief is wholly in the digest, which is more than four times its length
      assertEquals(1.0, referenceContainment(digest, briefs[i], 5));
      assertTrue(shingleStrings(digest, 5).size() > 4 * shingleStrings(briefs[i], 5).size());
      rows.add(article("brief-" + i, "2025-06-07", "wire", briefs[i]));
    }
    Dataset<Row> in = spark.createDataFrame(rows, INPUT);
    Dataset<Row> groups = Dedup.assignGroups(in, DedupConfig.defaults());
    assertEquals(6, groups.where("is_representative").count());
    // without the length cap the digest joins the group of a brief the LSH had it compared with
    // (at a Jaccard of about a fifth, the digest meets only some of them), and through it any
    // other brief it met would join that story too
    DedupConfig uncapped =
        new DedupConfig(null, null, null, null, null, null, null, null, null, 10.0, null, null);
    Dataset<Row> loose = Dedup.assignGroups(in, uncapped);
    assertFalse(loose.where("id = 'digest'").first().<Boolean>getAs(Columns.IS_REPRESENTATIVE));
    assertEquals(5, loose.where("is_representative").count());
  }

  @Test
  void aTeaserThatBeginsAsTheStoryDoesIsACopyAMiddleParagraphIsNot() {
    String whole = paragraphs(E);
    String teaser = E[0];
    String middle = E[3];
    for (String part : List.of(teaser, middle)) {
      // wholly contained, more than four times shorter, at least 20 shingles
      assertEquals(1.0, referenceContainment(whole, part, 5));
      assertTrue(shingleStrings(whole, 5).size() > 4 * shingleStrings(part, 5).size());
      assertTrue(shingleStrings(part, 5).size() >= 20);
    }
    IntIndex none = new IntIndex(new int[0]);
    DedupConfig cfg = DedupConfig.defaults();
    // the teaser's lead is the story's: all its shingles (29 words, 25 windows) begin the story
    assertEquals(25, shingleStrings(teaser, 5).size());
    assertEquals(25, Dedup.common(lead(whole, none), lead(teaser, none)));
    assertEquals(0, Dedup.common(lead(whole, none), lead(middle, none)));
    assertTrue(copies(whole, teaser, cfg));
    assertFalse(copies(whole, middle, cfg));
    // a story's lead is its first 30 shingles, boilerplate skipped
    int[] ordered = Dedup.shinglesInOrder(whole, 5);
    int[] first30 = Arrays.copyOf(ordered, 30);
    Arrays.sort(first30);
    assertArrayEquals(first30, lead(whole, none));
    IntIndex firstIsBoilerplate = new IntIndex(new int[] {ordered[0]});
    int[] skipped = Arrays.copyOfRange(ordered, 1, 31);
    Arrays.sort(skipped);
    assertArrayEquals(skipped, lead(whole, firstIsBoilerplate));
  }

  @Test
  void theRewriteRuleAsksForBothTheWordingAndTheFacts() {
    DedupConfig cfg = DedupConfig.defaults();
    assertTrue(copies(READOUT_1, READOUT_1_REWRITTEN, cfg));
    assertFalse(copies(READOUT_1, READOUT_2, cfg));
    // facts alone are not enough: the same names in a different wording (Jaccard under 0.3)
    String sameFactsOtherWords =
        "Retno Marsudi of Indonesia phoned Espen Barth Eide of Norway on Tuesday; Oslo hosts"
            + " their joint commission in March, and 1.2 billion dollars of goods were traded"
            + " between them in the last year, her ministry said.";
    assertTrue(referenceJaccard(READOUT_1, sameFactsOtherWords, 5) < 0.3);
    assertTrue(referenceFactJaccard(READOUT_1, sameFactsOtherWords) >= 0.5);
    assertFalse(copies(READOUT_1, sameFactsOtherWords, cfg));
  }

  /** {@link Dedup#isCopy} on two texts without boilerplate. */
  private static boolean copies(String x, String y, DedupConfig cfg) {
    IntIndex none = new IntIndex(new int[0]);
    return Dedup.isCopy(
        Dedup.shingles(x, 5),
        Dedup.shingles(y, 5),
        Dedup.encodeOrNull(Dedup.facts(x)),
        Dedup.encodeOrNull(Dedup.facts(y)),
        Dedup.encodeOrNull(lead(x, none)),
        Dedup.encodeOrNull(lead(y, none)),
        cfg);
  }

  /** {@link Dedup#lead} of a text's 5-word shingles. */
  private static int[] lead(String text, IntIndex boilerplate) {
    return Dedup.lead(Dedup.shinglesInOrder(text, 5), boilerplate);
  }

  // a ministry's readouts of two calls, from one template; and an outlet's rewrite of the first
  private static final String READOUT_1 =
      paragraphs(
          "Foreign Minister Retno Marsudi held a telephone conversation on Tuesday with her"
              + " counterpart from Norway, Espen Barth Eide, the ministry said in a statement.",
          "The sides discussed bilateral cooperation in trade, renewable energy and fisheries,"
              + " and reviewed preparations for the joint commission meeting in Oslo in March.",
          "They exchanged views on regional and international issues of mutual interest and"
              + " agreed to keep in close contact. Trade between the two countries reached"
              + " 1.2 billion dollars last year.");
  private static final String READOUT_2 =
      paragraphs(
          "Foreign Minister Retno Marsudi held a telephone conversation on Thursday with her"
              + " counterpart from Chile, Alberto van Klaveren, the ministry said in a statement.",
          "The sides discussed bilateral cooperation in trade, mining and education, and"
              + " reviewed preparations for the partnership agreement due to be signed in"
              + " Santiago in June.",
          "They exchanged views on regional and international issues of mutual interest and"
              + " agreed to keep in close contact. Trade between the two countries reached"
              + " 480 million dollars last year.");
  private static final String READOUT_1_REWRITTEN =
      paragraphs(
          "Indonesia's Retno Marsudi and Norway's Espen Barth Eide spoke by phone on Tuesday,"
              + " according to a statement from her ministry.",
          "The sides discussed bilateral cooperation in trade, renewable energy and fisheries,"
              + " and looked ahead to the joint commission that meets in Oslo in March.",
          "They exchanged views on regional and international issues of mutual interest and"
              + " agreed to keep in close contact. Trade between the two countries reached"
              + " 1.2 billion dollars last year.");

  @Test
  void aRewriteWithTheSameFactsJoinsItsStoryAndATemplateSiblingDoesNot() {
    // both pairs share about a third of their shingles, between the rewrite floor (0.3) and the
    // threshold (0.4); what tells them apart is the names and numbers
    double rewrite = referenceJaccard(READOUT_1, READOUT_1_REWRITTEN, 5);
    double sibling = referenceJaccard(READOUT_1, READOUT_2, 5);
    assertTrue(rewrite >= 0.3 && rewrite < 0.4, "rewrite Jaccard " + rewrite);
    assertTrue(sibling >= 0.3 && sibling < 0.4, "sibling Jaccard " + sibling);
    assertTrue(referenceFactJaccard(READOUT_1, READOUT_1_REWRITTEN) >= 0.5);
    assertTrue(referenceFactJaccard(READOUT_1, READOUT_2) < 0.5);
    Dataset<Row> in =
        spark.createDataFrame(
            List.of(
                article("r-1", "2024-02-06", "ministry", READOUT_1),
                article("r-1-paper", "2024-02-07", "paper", READOUT_1_REWRITTEN),
                article("r-2", "2024-02-08", "ministry", READOUT_2)),
            INPUT);
    assertRows(
        Dedup.assignGroups(in, DedupConfig.defaults()),
        GROUPS,
        new Object[] {"r-1", "r-1", true},
        new Object[] {"r-1-paper", "r-1", false},
        new Object[] {"r-2", "r-2", true});
    // with the rule off (its Jaccard floor above the threshold), the rewrite stays apart
    DedupConfig off =
        new DedupConfig(null, null, null, null, null, null, null, null, null, null, 0.5, null);
    assertRows(
        Dedup.assignGroups(in, off).where("id = 'r-1-paper'"),
        GROUPS,
        new Object[] {"r-1-paper", "r-1-paper", true});
  }

  @Test
  void commonCountsTheMembersTwoSetsShare() {
    // the whole of the smaller set, two of its three members, none of an empty one
    assertEquals(2, Dedup.common(new int[] {2, 5}, new int[] {1, 2, 3, 5, 8}));
    assertEquals(2, Dedup.common(new int[] {1, 2, 3, 4}, new int[] {2, 4, 9}));
    assertEquals(0, Dedup.common(new int[] {}, new int[] {1, 2}));
    assertEquals(3, Dedup.common(new int[] {1, 4, 6, 9}, new int[] {4, 5, 6, 9, 10}));
  }

  @Test
  void factsAreTheCapitalisedWordsAndNumbersFolded() {
    // The, UN, 3, Astana, and Türkiye and TURKIYE as one; lower-case words are not facts
    int[] facts =
        Dedup.facts("The UN said 3 ministers met in Astana; the UN, Türkiye and TURKIYE agree.");
    assertEquals(5, facts.length);
    for (int i = 1; i < facts.length; i++) {
      assertTrue(facts[i - 1] < facts[i]);
    }
    assertEquals(0, Dedup.facts("no names here, none at all").length);
    assertEquals(0, Dedup.facts(null).length);
    assertEquals(
        referenceFactJaccard(READOUT_1, READOUT_2),
        Dedup.jaccard(Dedup.facts(READOUT_1), Dedup.facts(READOUT_2)),
        1e-12);
  }

  @Test
  void theRadixSortOrdersShingleHashesAsArraysSortDoes() {
    Random random = new Random(7);
    int[] lengths = {0, 1, Dedup.RADIX_MIN - 1, Dedup.RADIX_MIN, Dedup.RADIX_MIN + 1, 1000, 20000};
    for (int n : lengths) {
      // the ends of the 24-bit range, repeats (a value drawn from a few), and spread values
      int[] a = new int[n];
      for (int i = 0; i < n; i++) {
        a[i] =
            switch (i % 4) {
              case 0 -> 0;
              case 1 -> (1 << 24) - 1;
              case 2 -> random.nextInt(8) << 9;
              default -> random.nextInt(1 << 24);
            };
      }
      int[] expected = a.clone();
      Arrays.sort(expected);
      Dedup.sort24(a);
      assertEquals(Arrays.toString(expected), Arrays.toString(a), "n=" + n);
    }
  }

  @Test
  void textsShorterThanOneShingleAreTheirOwnGroups() {
    Dataset<Row> out =
        Dedup.assignGroups(articles(), DedupConfig.defaults()).where("id like 's%'");
    assertRows(out, GROUPS, new Object[] {"s1", "s1", true}, new Object[] {"s2", "s2", true});
  }

  @Test
  void aDateTieIsBrokenBySmallestId() {
    Dataset<Row> in =
        spark.createDataFrame(
            List.of(
                article("z", "2024-01-01", "wire", paragraphs(P1, P2, P3)),
                article("m", "2024-01-01", "wire", paragraphs(P1, P2, P3)),
                article("q", "2024-01-02", "wire", paragraphs(P1, P2, P3))),
            INPUT);
    assertRows(
        Dedup.assignGroups(in, DedupConfig.defaults()),
        GROUPS,
        new Object[] {"z", "m", false},
        new Object[] {"m", "m", true},
        new Object[] {"q", "m", false});
  }

  @Test
  void outputKeepsEveryInputColumnAndAddsTheTwoGroupColumns() {
    Dataset<Row> out = Dedup.assignGroups(articles(), DedupConfig.defaults());
    StructType expected =
        INPUT
            .add(Columns.DUP_GROUP, DataTypes.StringType, true)
            .add(Columns.IS_REPRESENTATIVE, DataTypes.BooleanType, true);
    assertEquals(
        List.of(expected.fieldNames()), List.of(out.schema().fieldNames()));
  }

  @Test
  void groupsDoNotDependOnPartitioning() {
    List<Row> one =
        Dedup.assignGroups(articles().repartition(1), DedupConfig.defaults())
            .select(GROUPS[0], GROUPS[1], GROUPS[2])
            .orderBy(Columns.ID)
            .collectAsList();
    List<Row> five =
        Dedup.assignGroups(articles().repartition(5), DedupConfig.defaults())
            .select(GROUPS[0], GROUPS[1], GROUPS[2])
            .orderBy(Columns.ID)
            .collectAsList();
    assertEquals(one, five);
  }

  @Test
  void boilerplateSharedByMoreThanMaxShingleDfArticlesDoesNotMakeThemDuplicates() {
    // each article: the same two paragraphs (about 60 words) plus its own one; with all shingles
    // the pairs reach Jaccard 0.5, without the 3-article boilerplate they share nothing
    String boiler = paragraphs(P5, P6);
    Dataset<Row> in =
        spark.createDataFrame(
            List.of(
                article("x", "2024-01-01", "wire", paragraphs(boiler, P1)),
                article("y", "2024-01-02", "wire", paragraphs(boiler, P2)),
                article("z", "2024-01-03", "wire", paragraphs(boiler, P3))),
            INPUT);
    assertTrue(referenceJaccard(paragraphs(boiler, P1), paragraphs(boiler, P2), 5) >= 0.4);
    DedupConfig cfg =
        new DedupConfig(true, null, null, null, null, null, 2, null, null, null, null, null);
    assertRows(
        Dedup.assignGroups(in, cfg),
        GROUPS,
        new Object[] {"x", "x", true},
        new Object[] {"y", "y", true},
        new Object[] {"z", "z", true});
  }

  @Test
  void boilerplateCountIsExactWhenItsArticlesAreSpreadOverPartitions() {
    // 200 articles in 2 partitions of 100 (contiguous slices), max_shingle_df 120: a local bound
    // of 60. The "common" sentence is in 121 articles, 61 + 60 (boilerplate, though above the
    // bound in one partition only); the "rare" one in 100 articles, all in the first partition
    // (above the bound there, so counted exactly, and not boilerplate)
    String common = "the council adopted the resolution without a vote";
    String rare = "delegates then observed a minute of silent prayer";
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String own = "article number " + i + " alone says " + Integer.toString(i * 7919, 36);
      boolean hasCommon = i <= 60 || i >= 140;
      String text = own + (hasCommon ? ". " + common : "") + (i < 100 ? ". " + rare : "");
      rows.add(article(String.format(Locale.ROOT, "n%03d", i), "2024-01-01", "wire", text));
    }
    Dataset<Row> in =
        spark.createDataFrame(
            org.apache.spark.api.java.JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelize(rows, 2),
            INPUT);
    DedupConfig cfg =
        new DedupConfig(true, null, null, null, null, null, 120, null, null, null, null, null);
    // both sentences' shingles pass the first, per-partition count
    Set<Integer> frequent = new HashSet<>();
    for (int h : Dedup.frequentShingles(in, cfg)) {
      frequent.add(h);
    }
    for (String sentence : List.of(common, rare)) {
      for (int h : Dedup.shingles(sentence, 5)) {
        assertTrue(frequent.contains(h), sentence);
      }
    }
    // expected: the shingles of the common sentence, from the plain Java shingler
    Set<Integer> expected = new HashSet<>();
    for (int h : Dedup.shingles(common, 5)) {
      expected.add(h);
    }
    Dedup.MinHashFamily family = new Dedup.MinHashFamily(Dedup.minHashModel(in, cfg));
    Dedup.Signatures signatures = Dedup.signatures(in, cfg, family);
    Set<Integer> got = new HashSet<>();
    for (int h : signatures.boilerplate()) {
      got.add(h);
    }
    assertEquals(expected, got);
    // each signature holds the MinHash values of the article's shingles without the common
    // sentence's, the rare sentence's (frequent, not boilerplate) included
    int[] drop = expected.stream().mapToInt(Integer::intValue).sorted().toArray();
    java.util.Map<String, String> texts = new java.util.HashMap<>();
    for (Row r : rows) {
      texts.put(r.getString(0), r.getString(3));
    }
    List<Row> signed = signatures.signed().collectAsList();
    assertEquals(200, signed.size());
    for (Row r : signed) {
      int[] set = Dedup.without(Dedup.shingles(texts.get(r.getString(0)), 5), new IntIndex(drop));
      long[] want = family.minima(set, set.length);
      java.nio.ByteBuffer sig = java.nio.ByteBuffer.wrap((byte[]) r.get(1));
      sig.position(cfg.numHashTables() * 8);
      for (int h = 0; h < want.length; h++) {
        assertEquals(want[h], sig.getInt(), r.getString(0) + ", function " + h);
      }
    }
  }

  @Test
  void disabledDedupMakesEveryArticleItsOwnRepresentative() {
    DedupConfig off =
        new DedupConfig(false, null, null, null, null, null, null, null, null, null, null, null);
    Dataset<Row> out = Dedup.assignGroups(articles(), off).where("id in ('a-orig', 'a-copy')");
    assertRows(
        out,
        GROUPS,
        new Object[] {"a-orig", "a-orig", true},
        new Object[] {"a-copy", "a-copy", true});
  }

  @Test
  void duplicatesTableListsGroupMembersWithJaccardToTheRepresentative() {
    Dataset<Row> grouped = Dedup.assignGroups(articles(), DedupConfig.defaults());
    Dataset<Row> dups = Dedup.duplicatesTable(grouped, DedupConfig.defaults());
    String a = paragraphs(A_HEAD, A1, A2, A3, A4);
    String b3 = paragraphs(P3, P4, P5, P6);
    assertRows(
        dups,
        new String[] {
          Columns.DUP_GROUP, Columns.ARTICLE_ID, Columns.SOURCE, "cast(date as string)",
          Dedup.SIMILARITY, Columns.IS_REPRESENTATIVE
        },
        new Object[] {"a-orig", "a-orig", "wire", "2024-03-04", 1.0, true},
        new Object[] {"a-orig", "a-copy", "paper1", "2024-03-05", 1.0, false},
        new Object[] {
          "a-orig", "a-rehead", null, "2024-03-05",
          referenceJaccard(
              a, paragraphs("British help for Kazakh glacier fund.", A1, A2, A3, A4), 5),
          false
        },
        new Object[] {
          "a-orig", "a-trim", "paper2", "2024-03-06",
          referenceJaccard(a, paragraphs(A_HEAD, A1, A2, A3), 5), false
        },
        new Object[] {
          "a-orig", "a-added", "paper3", "2024-03-06",
          referenceJaccard(a, paragraphs(A_HEAD, A1, A2, A3, A4, A5), 5), false
        },
        new Object[] {
          "b3", "b1", "wire", "2024-04-02", referenceJaccard(b3, paragraphs(P1, P2, P3, P4), 5),
          false
        },
        new Object[] {
          "b3", "b2", "paper1", "2024-04-03", referenceJaccard(b3, paragraphs(P2, P3, P4, P5), 5),
          false
        },
        new Object[] {"b3", "b3", "paper2", "2024-04-01", 1.0, true});
  }

  @Test
  void duplicatesTableHasTheDeclaredSchema() {
    Dataset<Row> grouped = Dedup.assignGroups(articles(), DedupConfig.defaults());
    assertEquals(Dedup.DUPLICATES, Dedup.duplicatesTable(grouped, DedupConfig.defaults()).schema());
  }

  @Test
  void similarPairsReportTheExactJaccardOfTheShingleSets() {
    Dataset<Row> pairs =
        Dedup.similarPairs(articles(), DedupConfig.defaults())
            .where("id_a = 'a-orig' or id_b = 'a-orig'");
    String a = paragraphs(A_HEAD, A1, A2, A3, A4);
    String rehead = paragraphs("British help for Kazakh glacier fund.", A1, A2, A3, A4);
    String added = paragraphs(A_HEAD, A1, A2, A3, A4, A5);
    String trim = paragraphs(A_HEAD, A1, A2, A3);
    assertRows(
        pairs,
        new String[] {Dedup.ID_A, Dedup.ID_B, Dedup.SIMILARITY},
        new Object[] {"a-added", "a-orig", referenceJaccard(a, added, 5)},
        new Object[] {"a-copy", "a-orig", 1.0},
        new Object[] {"a-orig", "a-rehead", referenceJaccard(a, rehead, 5)},
        new Object[] {"a-orig", "a-trim", referenceJaccard(a, trim, 5)});
  }

  @Test
  void configOmittedFieldsTakeTheDefaults() throws Exception {
    DedupConfig cfg =
        new ObjectMapper().readValue("{\"shingleSize\": 4}", DedupConfig.class);
    assertEquals(new DedupConfig(true, 4, 20, 2, 0.4, 42L, 1000, 0.8, 20, 4.0, 0.3, 0.5), cfg);
  }

  @Test
  void configRejectsUnknownKeys() {
    assertThrows(
        UnrecognizedPropertyException.class,
        () -> new ObjectMapper().readValue("{\"shingle\": 4}", DedupConfig.class));
  }

  @Test
  void configRejectsAThresholdOutsideTheUnitInterval() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new DedupConfig(null, null, null, null, 1.5, null, null, null, null, null, null, null));
    // the same for containment and the rewrite rule's two bounds; a length ratio below 1
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new DedupConfig(null, null, null, null, null, null, null, 0.0, null, null, null, null));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new DedupConfig(null, null, null, null, null, null, null, null, null, null, 1.2, null));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new DedupConfig(null, null, null, null, null, null, null, null, null, null, null, 2.0));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new DedupConfig(null, null, null, null, null, null, null, null, null, 0.5, null, null));
  }

  /** Jaccard of k-word shingle sets computed on strings, independently of Dedup's hashing. */
  static double referenceJaccard(String x, String y, int k) {
    Set<String> a = shingleStrings(x, k);
    Set<String> b = shingleStrings(y, k);
    Set<String> inter = new HashSet<>(a);
    inter.retainAll(b);
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    return (double) inter.size() / union.size();
  }

  /** Share of the smaller k-word shingle set (as strings) that the other one has. */
  static double referenceContainment(String x, String y, int k) {
    Set<String> a = shingleStrings(x, k);
    Set<String> b = shingleStrings(y, k);
    Set<String> inter = new HashSet<>(a);
    inter.retainAll(b);
    return (double) inter.size() / Math.min(a.size(), b.size());
  }

  /** Jaccard of the sets of words that begin with a capital or a digit, lower-cased, on strings. */
  static double referenceFactJaccard(String x, String y) {
    Set<String> a = factStrings(x);
    Set<String> b = factStrings(y);
    Set<String> inter = new HashSet<>(a);
    inter.retainAll(b);
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    return (double) inter.size() / union.size();
  }

  private static Set<String> factStrings(String text) {
    Set<String> out = new HashSet<>();
    for (String w : text.split("[^\\p{L}\\p{N}]+")) {
      char first = w.isEmpty() ? ' ' : w.charAt(0);
      if (Character.isUpperCase(first) || Character.isDigit(first)) {
        out.add(w.toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  private static Set<String> shingleStrings(String text, int k) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    List<String> w = new ArrayList<>();
    for (String s : words) {
      if (!s.isEmpty()) {
        w.add(s);
      }
    }
    Set<String> out = new HashSet<>();
    for (int i = 0; i + k <= w.size(); i++) {
      out.add(String.join(" ", w.subList(i, i + k)));
    }
    return out;
  }
}
