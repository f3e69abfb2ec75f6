package io.entente.io;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.types.DataTypes.BinaryType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import io.entente.io.RecordParser.Parsed;
import io.entente.model.Columns;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * Reads every input format into one Dataset of parsed records: canonical articles and rejects
 * side by side ({@link #PARSED}), so that nothing read is ever lost.
 *
 * <p>JSON Lines, CSV and text files are streamed file by file (compressed or not) with exact
 * 1-based line numbers in {@code record_offset}; Parquet files give their row index. This class
 * owns input I/O; the parsing rules live in {@link RecordParser}.
 */
public final class ArticleReader {
  /** Canonical article columns plus the reject columns; reason is null for accepted records. */
  public static final StructType PARSED =
      new StructType()
          .add(Columns.ID, StringType, true)
          .add(Columns.DATE, DateType, true)
          .add(Columns.TITLE, StringType, true)
          .add(Columns.TEXT, StringType, true)
          .add(Columns.SOURCE, StringType, true)
          .add(Columns.URL, StringType, true)
          .add(Columns.LANGUAGE, StringType, true)
          .add(Columns.DATELINE, StringType, true)
          .add(Columns.SOURCE_FILE, StringType, false)
          .add(Columns.RECORD_OFFSET, LongType, true)
          .add(Columns.REASON, StringType, true)
          .add(Columns.DETAIL, StringType, true)
          .add(Columns.RAW_SNIPPET, StringType, true);

  private ArticleReader() {}

  /** One input file and the format it is read as. */
  public record InputFile(String path, InputFormat format, long bytes) {}

  /**
   * Expands {@code --input} values (files, directories, globs) into a sorted list of files. Hidden
   * files and Spark/Hadoop markers (names starting with '.' or '_') are skipped.
   *
   * @throws IllegalArgumentException naming the input when it matches nothing
   */
  public static List<InputFile> resolve(
      Configuration conf, List<String> inputs, InputFormat override) throws IOException {
    List<InputFile> files = new ArrayList<>();
    for (String input : inputs) {
      Path pattern = new Path(input);
      FileSystem fs = pattern.getFileSystem(conf);
      FileStatus[] matches = fs.globStatus(pattern);
      if (matches == null || matches.length == 0) {
        throw new IllegalArgumentException("--input '" + input + "' matches no file");
      }
      List<InputFile> found = new ArrayList<>();
      for (FileStatus status : matches) {
        collect(fs, status, override, found, status.isDirectory());
      }
      if (found.isEmpty()) {
        throw new IllegalArgumentException("--input '" + input + "' holds no readable file");
      }
      files.addAll(found);
    }
    files.sort((a, b) -> a.path().compareTo(b.path()));
    List<InputFile> distinct = new ArrayList<>();
    for (InputFile f : files) {
      if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).path().equals(f.path())) {
        distinct.add(f);
      }
    }
    return distinct;
  }

  private static void collect(
      FileSystem fs, FileStatus status, InputFormat override, List<InputFile> out, boolean inDir)
      throws IOException {
    String name = status.getPath().getName();
    if (name.startsWith(".") || name.startsWith("_")) {
      return;
    }
    if (status.isDirectory()) {
      for (FileStatus child : fs.listStatus(status.getPath())) {
        collect(fs, child, override, out, true);
      }
      return;
    }
    InputFormat format;
    if (override != null) {
      format = override;
    } else if (inDir) {
      try {
        format = InputFormat.detect(name);
      } catch (IllegalArgumentException e) {
        // a README or checksum next to the data is not an article file
        return;
      }
    } else {
      format = InputFormat.detect(name);
    }
    out.add(new InputFile(status.getPath().toString(), format, status.getLen()));
  }

  /** A JSON Lines record before parsing: its file, its line number and the line's bytes. */
  static final StructType RAW_LINE =
      new StructType()
          .add(Columns.SOURCE_FILE, StringType, false)
          .add(Columns.RECORD_OFFSET, LongType, false)
          .add("line", BinaryType, false);

  /**
   * Reads the files into {@link #PARSED} rows, spread over {@code partitions} partitions so that
   * extraction runs in parallel even when one compressed file holds the whole corpus.
   *
   * <p>A JSON Lines file is only cut into lines where it is read (one task per file: a gzip file
   * cannot be split), and the lines are parsed after they are spread, on every core. CSV and text
   * files are parsed where they are read (a CSV record may span lines), then spread. Either way
   * records are spread by a hash of their place (file, offset), not round-robin: a round-robin
   * repartition sorts every row, text included, by its hash so that a retried task sends the same
   * rows to the same partitions, and the place is unique and fixed, so it needs no sort.
   */
  public static Dataset<Row> read(SparkSession spark, List<InputFile> files, int partitions) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<Dataset<Row>> parsedWhere = new ArrayList<>();
    List<String> lineFiles = new ArrayList<>();
    List<String> wholeFiles = new ArrayList<>();
    Map<String, InputFormat> formats = new HashMap<>();
    List<String> parquet = new ArrayList<>();
    for (InputFile f : files) {
      if (f.format() == InputFormat.PARQUET) {
        parquet.add(f.path());
      } else if (f.format() == InputFormat.JSONL) {
        lineFiles.add(f.path());
      } else {
        wholeFiles.add(f.path());
        formats.put(f.path(), f.format());
      }
    }
    if (!wholeFiles.isEmpty()) {
      JavaRDD<Row> rows =
          jsc.binaryFiles(String.join(",", wholeFiles), Math.max(1, wholeFiles.size()))
              .flatMap(new ParseFile(formats));
      parsedWhere.add(spark.createDataFrame(rows, PARSED));
    }
    if (!parquet.isEmpty()) {
      parsedWhere.add(ParquetInput.read(spark, parquet));
    }
    Dataset<Row> spread = null;
    if (!parsedWhere.isEmpty()) {
      Dataset<Row> all = parsedWhere.get(0);
      for (int i = 1; i < parsedWhere.size(); i++) {
        all = all.unionByName(parsedWhere.get(i));
      }
      spread = byPlace(all, partitions);
    }
    if (!lineFiles.isEmpty()) {
      JavaRDD<Row> lines =
          jsc.binaryFiles(String.join(",", lineFiles), Math.max(1, lineFiles.size()))
              .flatMap(new SplitLines());
      Dataset<Row> parsedLines =
          byPlace(spark.createDataFrame(lines, RAW_LINE), partitions)
              .map(new ParseLine(), Encoders.row(PARSED));
      spread = spread == null ? parsedLines : spread.unionByName(parsedLines);
    }
    if (spread == null) {
      throw new IllegalArgumentException("no input files");
    }
    return spread;
  }

  private static Dataset<Row> byPlace(Dataset<Row> records, int partitions) {
    return records.repartition(partitions, col(Columns.SOURCE_FILE), col(Columns.RECORD_OFFSET));
  }

  static Row toRow(Parsed p) {
    return RowFactory.create(
        p.id(),
        p.date() == null ? null : java.sql.Date.valueOf(p.date()),
        p.title(),
        p.text(),
        p.source(),
        p.url(),
        p.language(),
        p.dateline(),
        p.sourceFile(),
        p.recordOffset(),
        p.reason(),
        p.detail(),
        p.rawSnippet());
  }

  /** Parses one whole file into rows; runs on executors, holds only the format map. */
  static final class ParseFile
      implements FlatMapFunction<Tuple2<String, PortableDataStream>, Row> {
    private static final long serialVersionUID = 1L;
    private final Map<String, InputFormat> formats;

    ParseFile(Map<String, InputFormat> formats) {
      this.formats = formats;
    }

    @Override
    public Iterator<Row> call(Tuple2<String, PortableDataStream> file) throws IOException {
      String path = file._1();
      InputFormat format = formats.get(path);
      if (format == null) {
        format = formats.get(new Path(path).toString());
      }
      if (format == null) {
        format = InputFormat.detect(new Path(path).getName());
      }
      InputStream in = open(path, file._2());
      List<Row> rows = new ArrayList<>();
      try (in) {
        if (format == InputFormat.CSV) {
          readCsv(path, in, rows);
        } else if (format == InputFormat.TEXT) {
          byte[] bytes = in.readAllBytes();
          rows.add(toRow(RecordParser.parseSeedText(path, bytes, bytes.length)));
        } else {
          throw new IllegalStateException("not a format parsed whole: " + format);
        }
      }
      return rows.iterator();
    }

    /** The file's content, decompressed, without a leading UTF-8 byte order mark. */
    private static InputStream open(String path, PortableDataStream stream) throws IOException {
      InputStream raw = stream.open();
      CompressionCodec codec =
          new CompressionCodecFactory(new Configuration(false)).getCodec(new Path(path));
      if (codec == null && path.endsWith(".gz")) {
        return withoutByteOrderMark(new java.util.zip.GZIPInputStream(raw, 1 << 16));
      }
      return withoutByteOrderMark(codec == null ? raw : codec.createInputStream(raw));
    }
  }

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /**
   * {@code in} without the UTF-8 byte order mark Windows tools write at the start of a file (JSON
   * allows a reader to ignore it, RFC 8259): otherwise the first record of such a JSON Lines file
   * is not JSON, and the first CSV header is not {@code id}. Any other start is left as it is.
   */
  static InputStream withoutByteOrderMark(InputStream in) throws IOException {
    java.io.PushbackInputStream pushback = new java.io.PushbackInputStream(in, UTF8_BOM.length);
    byte[] head = new byte[UTF8_BOM.length];
    int n = 0;
    while (n < head.length) {
      int r = pushback.read(head, n, head.length - n);
      if (r < 0) {
        break;
      }
      n += r;
    }
    if (n < head.length || !Arrays.equals(head, UTF8_BOM)) {
      pushback.unread(head, 0, n);
    }
    return pushback;
  }

  /**
   * Cuts one JSON Lines file into {@link #RAW_LINE} rows, one per non-blank line, with 1-based line
   * numbers; streamed lazily, so a large file never sits in memory.
   */
  static final class SplitLines
      implements FlatMapFunction<Tuple2<String, PortableDataStream>, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(Tuple2<String, PortableDataStream> file) throws IOException {
      String path = file._1();
      InputStream in = ParseFile.open(path, file._2());
      org.apache.spark.TaskContext task = org.apache.spark.TaskContext.get();
      if (task != null) {
        task.addTaskCompletionListener(
            (org.apache.spark.util.TaskCompletionListener) ctx -> closeQuietly(in));
      }
      return new LineIterator(path, in);
    }

    private static void closeQuietly(InputStream in) {
      try {
        in.close();
      } catch (IOException e) {
        // the task is over; a failed close loses nothing
      }
    }
  }

  /** Parses a {@link #RAW_LINE} row into a {@link #PARSED} row. */
  static final class ParseLine implements MapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Row call(Row line) {
      byte[] bytes = (byte[]) line.get(2);
      return toRow(
          RecordParser.parseJsonLine(line.getString(0), line.getLong(1), bytes, bytes.length));
    }
  }

  /** {@link #RAW_LINE} rows of one file, one per non-blank line. */
  static final class LineIterator implements Iterator<Row> {
    private final String path;
    private final LineReader lines;
    private long lineNumber;
    private Row next;

    LineIterator(String path, InputStream in) {
      this.path = path;
      this.lines = new LineReader(in);
    }

    @Override
    public boolean hasNext() {
      if (next != null) {
        return true;
      }
      try {
        while (lines.next()) {
          lineNumber++;
          if (!lines.isBlank()) {
            next =
                RowFactory.create(
                    path, lineNumber, Arrays.copyOf(lines.bytes(), lines.length()));
            return true;
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + path, e);
      }
      return false;
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new java.util.NoSuchElementException();
      }
      Row row = next;
      next = null;
      return row;
    }
  }

  /**
   * The CSV file's delimiter, from its header line: a comma, unless the header has none and has
   * semicolons (what spreadsheets write where the comma is the decimal mark) or tabs. The header
   * names fields (id, date, text, ...), which hold none of these, so the choice is safe.
   */
  static char delimiterOf(BufferedReader reader) {
    String header;
    try {
      // within the reader's buffer; a header line of over 65,536 chars is no CSV header
      reader.mark(1 << 16);
      header = reader.readLine();
      reader.reset();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the CSV header line (over 65,536 chars?)", e);
    }
    if (header == null || header.indexOf(',') >= 0) {
      return ',';
    }
    if (header.indexOf(';') >= 0) {
      return ';';
    }
    return header.indexOf('\t') >= 0 ? '\t' : ',';
  }

  static void readCsv(String path, InputStream in, List<Row> out) {
    // invalid UTF-8 becomes U+FFFD here and the record carrying it is rejected as invalid_utf8
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
    CSVFormat format =
        CSVFormat.RFC4180.builder()
            .setDelimiter(delimiterOf(reader))
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(false)
            .get();
    long recordLine = 2;
    try (CSVParser parser = CSVParser.parse(reader, format)) {
      List<String> header = parser.getHeaderNames();
      Iterator<CSVRecord> records = parser.iterator();
      while (true) {
        recordLine = parser.getCurrentLineNumber() + 1;
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          out.add(
              toRow(
                  Parsed.reject(
                      path,
                      recordLine,
                      RecordParser.UNPARSEABLE,
                      "CSV syntax error; the rest of the file was not read: " + e.getMessage(),
                      null)));
          break;
        }
        String raw = String.join(",", record.values());
        if (raw.indexOf('\uFFFD') >= 0) {
          out.add(
              toRow(
                  Parsed.reject(
                      path, recordLine, RecordParser.INVALID_UTF8, "row is not valid UTF-8", raw)));
          continue;
        }
        if (!record.isConsistent()) {
          out.add(
              toRow(
                  Parsed.reject(
                      path,
                      recordLine,
                      RecordParser.UNPARSEABLE,
                      "row has " + record.size() + " fields, header has " + header.size(),
                      raw)));
          continue;
        }
        Map<String, String> values = new HashMap<>();
        for (String name : header) {
          String v = record.get(name);
          values.put(name.strip().toLowerCase(java.util.Locale.ROOT), v.isEmpty() ? null : v);
        }
        out.add(
            toRow(
                RecordParser.fromFields(
                    path, recordLine, new RecordParser.MapFields(values), raw)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read CSV " + path, e);
    }
  }

  /** Reads lines as raw bytes (so UTF-8 is checked per line), dropping a trailing CR. */
  static final class LineReader {
    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int limit;
    private byte[] line = new byte[1024];
    private int length;
    private boolean eof;

    LineReader(InputStream in) {
      this.in = in;
    }

    boolean next() throws IOException {
      length = 0;
      boolean any = false;
      while (true) {
        if (pos == limit) {
          if (eof) {
            return any;
          }
          limit = in.read(buffer, 0, buffer.length);
          pos = 0;
          if (limit <= 0) {
            limit = 0;
            eof = true;
            return any;
          }
        }
        any = true;
        int start = pos;
        while (pos < limit && buffer[pos] != '\n') {
          pos++;
        }
        append(start, pos);
        if (pos < limit) {
          pos++;
          if (length > 0 && line[length - 1] == '\r') {
            length--;
          }
          return true;
        }
      }
    }

    private void append(int from, int to) {
      int n = to - from;
      if (length + n > line.length) {
        line = Arrays.copyOf(line, Math.max(line.length * 2, length + n));
      }
      System.arraycopy(buffer, from, line, length, n);
      length += n;
    }

    byte[] bytes() {
      return line;
    }

    int length() {
      return length;
    }

    boolean isBlank() {
      for (int i = 0; i < length; i++) {
        byte b = line[i];
        if (b != ' ' && b != '\t' && b != '\r') {
          return false;
        }
      }
      return true;
    }
  }
}
