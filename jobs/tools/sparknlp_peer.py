#!/usr/bin/env python3
"""The Spark NLP peer of jobs/benchmark --spark-nlp: countries by Spark NLP's Aho-Corasick
EntityRuler, then country pairs counted per year, written as Parquet. It does what the peer
figure of issue 9 describes (countries and pairs, no topics, no dedup, no disambiguation), with
the same gazetteer forms as the naive baseline (EntityRulerPatterns), case-insensitive.

Spark NLP 5.5.3 is built for Spark 3.5 and Scala 2.12 (no release on Maven Central runs on
Spark 4), so it runs in its own venv (jobs/requirements-sparknlp.txt) with pyspark 3.5.

    sparknlp_peer.py --resolve JARS_FILE
        resolves the Spark NLP jar and its dependencies from Maven Central once (Ivy cache) and
        writes their local paths to JARS_FILE; not timed.
    sparknlp_peer.py --write-alphabet ALPHABET_FILE CORPUS PATTERNS_JSON
        the automaton's alphabet: every character of the patterns and the corpus; not timed.
    sparknlp_peer.py --jars JARS_FILE --alphabet ALPHABET_FILE CORPUS PATTERNS_JSON OUTPUT
        the timed run.
"""
import argparse
import glob
import gzip
import json
import os
import sys
import time

# Dependencies of spark-nlp_2.12:5.5.3 that the EntityRuler does not load and Ivy cannot fetch
# here: the TensorFlow, llama.cpp and OpenVINO bindings (not on Maven Central) and jsr305
# (annotations only; Ivy found its pom in the local Maven cache without the jar).
EXCLUDES = [
    "com.johnsnowlabs.nlp:tensorflow-cpu_2.12",
    "com.johnsnowlabs.nlp:jsl-llamacpp-cpu_2.12",
    "com.johnsnowlabs.nlp:jsl-openvino-cpu_2.12",
    "com.google.code.findbugs:jsr305",
]
PACKAGE = "com.johnsnowlabs.nlp:spark-nlp_2.12:5.5.3"
# Spark NLP reads its alphabet file by lines, so line breaks (and tabs) cannot be in it; the text
# gets them as spaces (one translate), as an analyst would do after the first failed run.
BREAKS = "".join(chr(c) for c in range(32)) + "\x85\u2028\u2029"


def session(jars_conf):
    from pyspark.sql import SparkSession

    builder = (
        SparkSession.builder.master("local[2]")
        .appName("sparknlp-peer")
        .config("spark.driver.memory", os.environ.get("ENTENTE_DRIVER_MEMORY", "2g"))
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
        .config("spark.kryoserializer.buffer.max", "1000M")
    )
    for key, value in jars_conf.items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


def resolve(jars_file):
    spark = session({"spark.jars.packages": PACKAGE, "spark.jars.excludes": ",".join(EXCLUDES)})
    jars = spark.sparkContext.getConf().get("spark.jars")
    spark.stop()
    with open(jars_file, "w") as out:
        out.write(jars + "\n")
    print(f"resolved {len(jars.split(','))} jars for {PACKAGE}")


def corpus_files(corpus):
    if os.path.isdir(corpus):
        return sorted(
            os.path.join(corpus, name)
            for name in os.listdir(corpus)
            if not name.startswith((".", "_"))
        )
    return sorted(glob.glob(corpus))


def write_alphabet(corpus, patterns, alphabet):
    """The automaton's alphabet must hold every character it will meet, in the patterns and in
    the text, or the EntityRuler fails the task ("Char X not found in the alphabet"; the default
    is English letters). One pass over the corpus collects them, lower-cased too; not timed."""
    with open(patterns, encoding="utf-8") as f:
        forms = [form for entry in json.load(f) for form in entry["patterns"]]
    chars = {c for form in forms for c in form + form.lower()}
    for path in corpus_files(corpus):
        opener = gzip.open if path.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8", errors="replace") as f:
            for line in f:
                try:
                    text = json.loads(line).get("text")
                except (ValueError, AttributeError):
                    continue
                if isinstance(text, str):
                    chars.update(text)
                    chars.update(text.lower())
    chars -= set(BREAKS)
    chars.add(" ")
    with open(alphabet, "w", encoding="utf-8") as f:
        f.write("".join(sorted(chars)))
    print(f"alphabet: {len(chars)} characters")


def run(jars_file, alphabet, corpus, patterns, output):
    with open(jars_file) as f:
        jars = f.read().strip()
    spark = session({"spark.jars": jars})
    started = time.time()
    from pyspark.ml import Pipeline
    from pyspark.sql import functions as F
    from pyspark.sql.types import StringType, StructField, StructType
    from sparknlp.annotator import EntityRulerApproach
    from sparknlp.base import DocumentAssembler

    schema = StructType([StructField(n, StringType()) for n in ("id", "date", "text")])
    articles = (
        spark.read.schema(schema)
        .json(corpus)
        .where(F.col("text").isNotNull())
        .withColumn("text", F.translate("text", BREAKS, " " * len(BREAKS)))
        # a gzip file is one partition: spread it over the cores (UN corpus: 31.8 s whole
        # process with this, 37.0 s without)
        .repartition(2 * spark.sparkContext.defaultParallelism)
    )
    pipeline = Pipeline(
        stages=[
            DocumentAssembler().setInputCol("text").setOutputCol("document"),
            EntityRulerApproach()
            .setInputCols(["document"])
            .setOutputCol("entities")
            .setPatternsResource(patterns)
            .setAlphabetResource(alphabet)
            .setCaseSensitive(False)
            .setUseStorage(False),
        ]
    )
    annotated = pipeline.fit(articles.limit(1)).transform(articles)
    countries = annotated.select(
        F.substring("date", 1, 4).alias("year"),
        F.array_sort(
            F.array_distinct(F.transform("entities", lambda e: e["metadata"]["entity"]))
        ).alias("countries"),
        F.length("text").alias("chars"),
    ).cache()
    totals = countries.agg(
        F.count("*").alias("articles"),
        F.sum("chars").alias("chars"),
        F.sum(F.when(F.size("countries") > 0, 1).otherwise(0)).alias("with_country"),
    ).first()
    pairs = countries.select(
        "year",
        F.explode(
            F.flatten(
                F.transform(
                    "countries",
                    lambda a, i: F.transform(
                        F.slice("countries", i + 2, F.size("countries")),
                        lambda b: F.struct(a.alias("a"), b.alias("b")),
                    ),
                )
            )
        ).alias("pair"),
    ).groupBy("year", "pair.a", "pair.b").count()
    pairs.write.mode("overwrite").parquet(output)
    rows = spark.read.parquet(output).count()
    print(
        f"sparknlp: {totals['articles']} articles, {totals['chars'] / 1e6:.1f} M chars, "
        f"{totals['with_country']} with a country, {rows} (year, pair) rows, "
        f"{time.time() - started:.1f} s after start-up"
    )
    spark.stop()


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--resolve", metavar="JARS_FILE")
    parser.add_argument("--write-alphabet", metavar="ALPHABET_FILE")
    parser.add_argument("--jars", metavar="JARS_FILE")
    parser.add_argument("--alphabet", metavar="ALPHABET_FILE")
    parser.add_argument("paths", nargs="*", metavar="CORPUS PATTERNS_JSON [OUTPUT]")
    args = parser.parse_args(argv)
    if args.resolve:
        resolve(args.resolve)
    elif args.write_alphabet and len(args.paths) == 2:
        write_alphabet(*args.paths, args.write_alphabet)
    elif args.jars and args.alphabet and len(args.paths) == 3:
        run(args.jars, args.alphabet, *args.paths)
    else:
        parser.error(
            "give --resolve JARS_FILE, --write-alphabet FILE CORPUS PATTERNS_JSON, "
            "or --jars JARS_FILE --alphabet FILE CORPUS PATTERNS_JSON OUTPUT"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
