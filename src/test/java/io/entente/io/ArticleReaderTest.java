package io.entente.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.entente.SparkTestBase;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest extends SparkTestBase {
  @TempDir Path dir;

  private Dataset<Row> readAll(String... inputs) throws IOException {
    List<ArticleReader.InputFile> files =
        ArticleReader.resolve(spark.sparkContext().hadoopConfiguration(), List.of(inputs), null);
    return ArticleReader.read(spark, files, 2);
  }

  private static String name(Path p) {
    return "file:" + p.toAbsolutePath();
  }

  @Test
  void jsonLinesGiveOneRowPerLineWithLineNumbersAndReasons() throws IOException {
    Path f = dir.resolve("a.jsonl");
    Files.writeString(
        f,
        "{\"id\":\"a\",\"date\":\"2025-01-02\",\"text\":\"One.\"}\n"
            + "\n"
            + "not json\n"
            + "{\"id\":\"c\",\"date\":\"2025-13-01\",\"text\":\"Three.\"}\r\n"
            + "{\"id\":\"d\",\"date\":\"2025-01-03\",\"text\":\"Four.\"}");
    assertRows(
        readAll(f.toString()),
        new String[] {"id", "cast(date as string)", "source_file", "record_offset", "reason"},
        new Object[] {"a", "2025-01-02", name(f), 1L, null},
        new Object[] {null, null, name(f), 3L, "unparseable_record"},
        new Object[] {null, null, name(f), 4L, "invalid_date"},
        new Object[] {"d", "2025-01-03", name(f), 5L, null});
  }

  @Test
  void gzippedJsonLinesAreReadLikePlainOnes() throws IOException {
    Path f = dir.resolve("b.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
      out.write(
          "{\"id\":\"g1\",\"date\":\"2025-02-01\",\"text\":\"Gz.\"}\n{\"id\":\"g2\"}\n"
              .getBytes(StandardCharsets.UTF_8));
    }
    assertRows(
        readAll(f.toString()),
        new String[] {"id", "text", "record_offset", "reason"},
        new Object[] {"g1", "Gz.", 1L, null},
        new Object[] {null, null, 2L, "missing_text"});
  }

  @Test
  void oneGzipFileIsParsedOnEveryPartitionAndMixesWithCsv() throws IOException {
    // one gzip file is read by one task (and cut into lines there); its records must still reach
    // both partitions, each parsed as the line alone would be, beside a CSV file's
    Path gz = dir.resolve("many.jsonl.gz");
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 40; i++) {
      lines.append(
          i % 10 == 0
              ? "{broken " + i + "\n"
              : "{\"id\":\"m" + i + "\",\"date\":\"2025-05-01\",\"text\":\"Line " + i + ".\"}\n");
    }
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(lines.toString().getBytes(StandardCharsets.UTF_8));
    }
    Path csv = dir.resolve("few.csv");
    Files.writeString(csv, "id,date,text\nc1,2025-05-02,Csv one.\n");
    Dataset<Row> read = readAll(gz.toString(), csv.toString());
    Object[][] expected = new Object[41][];
    String[] split = lines.toString().split("\n");
    for (int i = 0; i < 40; i++) {
      byte[] bytes = split[i].getBytes(StandardCharsets.UTF_8);
      RecordParser.Parsed p = RecordParser.parseJsonLine(name(gz), i + 1, bytes, bytes.length);
      expected[i] =
          new Object[] {p.id(), p.text(), p.sourceFile(), p.recordOffset(), p.reason()};
    }
    expected[40] = new Object[] {"c1", "Csv one.", name(csv), 2L, null};
    assertRows(
        read, new String[] {"id", "text", "source_file", "record_offset", "reason"}, expected);
    // 36 parsed and 4 rejected, by hand
    assertEquals(4, read.where("reason = 'unparseable_record'").count());
    List<Row> parts =
        read.where("source_file like '%many.jsonl.gz'")
            .selectExpr("spark_partition_id() as p")
            .distinct()
            .collectAsList();
    assertEquals(2, parts.size(), "the gzip file's records sit in both partitions");
  }

  @Test
  void aLeadingByteOrderMarkIsDroppedFromJsonLinesAndCsvGzippedOrNot() throws IOException {
    // Windows tools start UTF-8 files with EF BB BF; only the file's first three bytes are one
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Path jsonl = dir.resolve("bom.jsonl");
    Files.write(
        jsonl,
        concat(
            bom,
            "{\"id\":\"j1\",\"date\":\"2025-01-02\",\"text\":\"One.\"}\r\n\uFEFFnot json\r\n"
                .getBytes(StandardCharsets.UTF_8)));
    Path gz = dir.resolve("bom.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(bom);
      out.write("{\"id\":\"z1\",\"date\":\"2025-01-04\",\"text\":\"Gz.\"}\n"
          .getBytes(StandardCharsets.UTF_8));
    }
    Path csv = dir.resolve("bom.csv");
    Files.write(
        csv,
        concat(bom, "id,date,text\nk1,2025-01-03,Two.\n".getBytes(StandardCharsets.UTF_8)));
    assertRows(
        readAll(jsonl.toString()),
        new String[] {"id", "record_offset", "reason"},
        new Object[] {"j1", 1L, null},
        // a mark inside the file is the line's own character: not JSON
        new Object[] {null, 2L, "unparseable_record"});
    assertRows(
        readAll(gz.toString()),
        new String[] {"id", "text", "record_offset", "reason"},
        new Object[] {"z1", "Gz.", 1L, null});
    assertRows(
        readAll(csv.toString()),
        new String[] {"id", "cast(date as string)", "record_offset", "reason"},
        new Object[] {"k1", "2025-01-03", 2L, null});
    Path txt = dir.resolve("bom.txt");
    Files.write(
        txt,
        concat(
            bom,
            "date 2025-01-05 ALMATY \u2013 Talks resumed.\n".getBytes(StandardCharsets.UTF_8)));
    assertRows(
        readAll(txt.toString()),
        new String[] {"cast(date as string)", "dateline", "reason"},
        new Object[] {"2025-01-05", "ALMATY", null});
  }

  @Test
  void aFileShorterThanAByteOrderMarkIsReadWhole() throws IOException {
    assertEquals(
        "{}",
        new String(
            ArticleReader.withoutByteOrderMark(
                    new java.io.ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)))
                .readAllBytes(),
            StandardCharsets.UTF_8));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void csvWithSemicolonsAndTsvAreReadByTheirHeader() throws IOException {
    // what spreadsheets write where the comma is the decimal mark; a comma in a field stays
    Path semi = dir.resolve("semi.csv");
    Files.writeString(
        semi, "id;date;text\ns1;2025-01-02;Kenya, Uganda and Tanzania met.\ns2;2025-01-03\n");
    // a .tsv file is CSV to the reader; its header says the delimiter
    Path tabs = dir.resolve("tabs.tsv");
    Files.writeString(tabs, "id\tdate\ttext\nt1\t2025-01-04\tChile; Peru.\n");
    assertRows(
        readAll(semi.toString()),
        new String[] {"id", "text", "record_offset", "reason"},
        new Object[] {"s1", "Kenya, Uganda and Tanzania met.", 2L, null},
        new Object[] {null, null, 3L, "unparseable_record"});
    assertRows(
        readAll(tabs.toString()),
        new String[] {"id", "text", "record_offset", "reason"},
        new Object[] {"t1", "Chile; Peru.", 2L, null});
  }

  @Test
  void csvWithQuotedNewlinesKeepsTheRecordStartLine() throws IOException {
    Path f = dir.resolve("c.csv");
    Files.writeString(
        f,
        "id,headline,published,body\n"
            + "c1,\"A, title\",2025-03-01,\"Line one\nline \"\"two\"\"\"\n"
            + "c2,B,yesterday,Text\n"
            + "c3,C,2025-03-02,Short\n");
    assertRows(
        readAll(f.toString()),
        new String[] {"id", "title", "text", "record_offset", "reason"},
        new Object[] {"c1", "A, title", "Line one\nline \"two\"", 2L, null},
        new Object[] {null, null, null, 4L, "invalid_date"},
        new Object[] {"c3", "C", "Short", 5L, null});
  }

  @Test
  void textFilesAndInvalidUtf8AreOneRecordEach() throws IOException {
    Path sub = Files.createDirectories(dir.resolve("text"));
    Files.writeString(sub.resolve("one.txt"), "date 2025-04-05 TASHKENT \u2013 Uzbek news.");
    Files.write(sub.resolve("bad.txt"), new byte[] {'d', 'a', 't', 'e', ' ', (byte) 0xFF});
    Files.writeString(sub.resolve("README.md"), "not an article");
    assertRows(
        readAll(dir.resolve("text").toString()),
        new String[] {"dateline", "text", "record_offset", "reason"},
        new Object[] {"TASHKENT", "Uzbek news.", null, null},
        new Object[] {null, null, null, "invalid_utf8"});
  }

  @Test
  void parquetColumnsAreMatchedThroughAliases() throws IOException {
    StructType schema =
        new StructType()
            .add("headline", DataTypes.StringType)
            .add("content", DataTypes.StringType)
            .add("published", DataTypes.DateType);
    Dataset<Row> in =
        spark.createDataFrame(
            List.of(
                RowFactory.create("P", "Parquet text.", java.sql.Date.valueOf("2025-05-06")),
                RowFactory.create("Q", null, java.sql.Date.valueOf("2025-05-07"))),
            schema);
    Path f = dir.resolve("p.parquet");
    in.coalesce(1).write().parquet(f.toString());
    assertRows(
        readAll(f.toString()),
        new String[] {"title", "text", "cast(date as string)", "record_offset", "reason"},
        new Object[] {"P", "Parquet text.", "2025-05-06", 0L, null},
        new Object[] {null, null, null, 1L, "missing_text"});
  }

  @Test
  void globsAndDirectoriesAreExpandedAndAnEmptyMatchNamesTheInput() throws IOException {
    Files.writeString(dir.resolve("x1.jsonl"), "{\"id\":\"x1\",\"date\":\"2025-01-01\",\"text\":\"t\"}\n");
    Files.writeString(dir.resolve("x2.jsonl"), "{\"id\":\"x2\",\"date\":\"2025-01-01\",\"text\":\"t\"}\n");
    assertRows(
        readAll(dir.resolve("x*.jsonl").toString()),
        new String[] {"id"},
        new Object[] {"x1"},
        new Object[] {"x2"});
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> readAll(dir.resolve("nope*").toString()));
    assertEquals("--input '" + dir.resolve("nope*") + "' matches no file", e.getMessage());
  }
}
