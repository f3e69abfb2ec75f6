package io.entente.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/tables.md documents every declared schema exactly: under each {@code ## table} heading, a
 * {@code | column | type | nullable | meaning |} table whose rows give the names, Spark simple
 * types and nullability in schema order.
 */
class TableDocsTest {
  private static final String HEADER = "| column | type | nullable | meaning |";

  /** Section name -> documented rows rendered as "name type nullable". */
  private static Map<String, List<String>> documented;

  /** Section name -> whether the section has an SQL example. */
  private static Map<String, Boolean> hasSql;

  @BeforeAll
  static void parse() throws IOException {
    String dir = System.getProperty("entente.project.dir", System.getProperty("user.dir"));
    List<String> lines =
        Files.readAllLines(Path.of(dir, "docs", "tables.md"), StandardCharsets.UTF_8);
    documented = new LinkedHashMap<>();
    hasSql = new LinkedHashMap<>();
    String section = null;
    boolean inTable = false;
    for (String line : lines) {
      if (line.startsWith("## ")) {
        section = line.substring(3).trim();
        hasSql.put(section, false);
        inTable = false;
      } else if (section != null && line.trim().equals(HEADER)) {
        documented.put(section, new ArrayList<>());
        inTable = true;
      } else if (inTable && line.startsWith("|")) {
        if (line.startsWith("|---")) {
          continue;
        }
        // only the first three cells are parsed; the meaning may hold anything
        String[] cells = line.substring(1).split("\\|", 4);
        documented
            .get(section)
            .add(cells[0].trim() + " " + cells[1].trim() + " " + cells[2].trim());
      } else {
        inTable = false;
        if (section != null && line.startsWith("```sql")) {
          hasSql.put(section, true);
        }
      }
    }
  }

  private static List<String> declared(StructType schema) {
    List<String> out = new ArrayList<>();
    for (StructField f : schema.fields()) {
      out.add(f.name() + " " + f.dataType().simpleString() + " " + (f.nullable() ? "yes" : "no"));
    }
    return out;
  }

  @Test
  void everyDeclaredSchemaIsDocumentedWithTheSameColumnsTypesAndNullability() {
    for (Map.Entry<String, StructType> e : TableSchemas.ALL.entrySet()) {
      assertTrue(
          documented.containsKey(e.getKey()), "docs/tables.md has no table for " + e.getKey());
      assertEquals(
          String.join("\n", declared(e.getValue())),
          String.join("\n", documented.get(e.getKey())),
          "docs/tables.md section " + e.getKey());
    }
  }

  @Test
  void everyDocumentedTableIsADeclaredTable() {
    assertEquals(List.copyOf(TableSchemas.ALL.keySet()), List.copyOf(documented.keySet()));
  }

  @Test
  void everyTableSectionHasAnSqlExample() {
    for (String table : TableSchemas.ALL.keySet()) {
      assertTrue(hasSql.get(table), "docs/tables.md section " + table + " has no ```sql example");
    }
  }
}
