"""Every notebook executed headless by papermill on ENTENTE_OUTPUT: no cell fails, every chart is
saved, and the key numbers it records equal the tables read here independently with pyarrow."""

import json
import sys

import papermill as pm
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest
from conftest import EXPECTED_CHARTS, NOTEBOOKS_DIR, REPO_ROOT

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"

# a kernel that died while starting (a port race, not the notebook) is started again, this often
KERNEL_STARTS = 3
KERNEL_START_FAILURE = "Kernel died before replying to kernel_info"


@pytest.fixture(scope="session")
def executed(output_dir, tmp_path_factory):
    """(name, **parameters) -> folder of its figures and numbers; each distinct run happens once."""
    runs = {}

    def run(name, **parameters):
        key = (name, json.dumps(parameters, sort_keys=True))
        if key not in runs:
            out = tmp_path_factory.mktemp(name)
            figures = out / "figures"
            parameters = dict(parameters, output_path=str(output_dir), figures_dir=str(figures))
            for _ in range(KERNEL_STARTS):
                try:
                    pm.execute_notebook(str(NOTEBOOKS_DIR / f"{name}.ipynb"),
                                        str(out / f"{name}.ipynb"), parameters=parameters,
                                        kernel_name="python3", cwd=str(NOTEBOOKS_DIR),
                                        progress_bar=False)
                    runs[key] = (figures, None)
                    break
                except Exception as e:  # noqa: BLE001 - reported by every test of that run
                    runs[key] = (figures, e)
                    # jupyter_client picks the kernel's ports free and binds them later, so
                    # another process can take one in between ("Address already in use"): the
                    # kernel then dies before its first reply, and only that is tried again
                    if KERNEL_START_FAILURE not in str(e):
                        break
        figures, error = runs[key]
        if error is not None:
            pytest.fail(f"{name}.ipynb failed under papermill: {error}")
        return figures

    return run


def numbers(executed, name, **parameters):
    return json.loads((executed(name, **parameters) / f"{name}.json").read_text())


def table(output_dir, name):
    return pq.read_table(output_dir / name)


def top_key(tbl, key, value):
    """(key, total) with the largest positive total of value; ties: smallest key."""
    sums = tbl.group_by(key).aggregate([(value, "sum")])
    best = sums.sort_by([(f"{value}_sum", "descending"), (key, "ascending")]).slice(0, 1)
    return best[key][0].as_py(), best[f"{value}_sum"][0].as_py()


def involving(tbl, country):
    rows = tbl.filter(pc.or_(pc.equal(tbl["country_a"], country),
                             pc.equal(tbl["country_b"], country)))
    partner = pc.if_else(pc.equal(rows["country_a"], country), rows["country_b"],
                         rows["country_a"])
    return rows.append_column("partner", partner)


@pytest.mark.parametrize("name", sorted(EXPECTED_CHARTS))
def test_notebook_runs_and_saves_each_expected_chart_as_png(executed, name):
    figures = executed(name)
    pngs = sorted(p.stem for p in figures.glob("*.png"))
    assert pngs == sorted(EXPECTED_CHARTS[name])
    assert [p.stem for p in figures.glob("*.png") if p.read_bytes()[:8] != PNG_MAGIC] == []


@pytest.mark.parametrize("name", sorted(EXPECTED_CHARTS))
def test_notebook_ran_in_the_test_environments_python(executed, name):
    assert numbers(executed, name)["python_prefix"] == sys.prefix


def test_topic_trends_reports_the_last_periods_top_topic_and_share(executed, output_dir):
    got = numbers(executed, "topic_trends")
    tt = table(output_dir, "topic_trends")
    last = pc.max(tt["period"]).as_py()
    rows = tt.filter(pc.equal(tt["period"], last)).sort_by([("share", "descending"),
                                                            ("topic", "ascending")])
    assert got["last_period"] == last
    assert got["top_topic_last_period"] == rows["topic"][0].as_py()
    assert got["top_topic_last_period_share"] == pytest.approx(rows["share"][0].as_py())


def test_topic_trends_reports_the_spike_count_and_top_riser(executed, output_dir):
    got = numbers(executed, "topic_trends")
    tt = table(output_dir, "topic_trends")
    last = pc.max(tt["period"]).as_py()
    rising = tt.filter(pc.and_(pc.equal(tt["period"], last), pc.greater(tt["change_prev"], 0)))
    rising = rising.sort_by([("change_prev", "descending"), ("topic", "ascending")])
    assert got["spikes"] == pc.sum(pc.cast(tt["is_spike"], pa.int64())).as_py()
    assert got["top_riser"] == rising["topic"][0].as_py()
    assert got["top_riser_change"] == pytest.approx(rising["change_prev"][0].as_py())


def test_country_pairs_reports_kaz_top_partner_and_its_article_count(executed, output_dir):
    got = numbers(executed, "country_pairs")
    partner, articles = top_key(involving(table(output_dir, "pair_cooccurrence"), "KAZ"),
                                "partner", "articles")
    assert (got["country"], got["top_partner"], got["top_partner_articles"]) == (
        "KAZ", partner, articles)


def test_country_pairs_reports_central_asias_members_and_top_outside_partner(executed,
                                                                              output_dir):
    got = numbers(executed, "country_pairs")
    rp = table(output_dir, "region_pair_cooccurrence")
    rp = rp.filter(pc.and_(pc.equal(rp["region"], "CENTRAL_ASIA"),
                           pc.equal(rp["partner_type"], "country")))
    blocs = (REPO_ROOT / "src/main/resources/gazetteer/blocs.tsv").read_text().splitlines()
    members = [line.split("\t")[3].split(";") for line in blocs if line.startswith("CENTRAL_ASIA")]
    assert got["region_members"] == members[0]
    assert (got["top_outside_partner"], got["top_outside_partner_articles"]) == top_key(
        rp, "partner", "articles")


def test_network_reports_its_edges_and_strongest_edge(executed, output_dir):
    got = numbers(executed, "network")
    co = table(output_dir, "pair_cooccurrence")
    per_pair = co.group_by(["country_a", "country_b"]).aggregate(
        [("articles", "sum"), ("npmi", "mean")])  # pyarrow's mean skips nulls
    edges = per_pair.filter(pc.and_(pc.greater_equal(per_pair["npmi_mean"], 0.3),
                                    pc.greater_equal(per_pair["articles_sum"], 2)))
    strongest = edges.sort_by([("npmi_mean", "descending"), ("articles_sum", "descending"),
                               ("country_a", "ascending"), ("country_b", "ascending")])
    nodes = set(edges["country_a"].to_pylist()) | set(edges["country_b"].to_pylist())
    assert got["edges"] == edges.num_rows
    assert got["nodes"] == len(nodes)
    assert got["strongest_edge"] == [strongest["country_a"][0].as_py(),
                                     strongest["country_b"][0].as_py()]
    assert got["strongest_edge_npmi"] == pytest.approx(strongest["npmi_mean"][0].as_py())


def test_network_reports_the_biggest_node_by_mentions(executed, output_dir):
    got = numbers(executed, "network")
    ct = table(output_dir, "country_trends")
    mentions = ct.filter(pc.equal(ct["country"], got["biggest_node"]))
    assert got["biggest_node_mentions"] == pc.sum(mentions["mentions"]).as_py()


def test_network_reports_central_asias_top_partner_in_the_second_half(executed, output_dir):
    got = numbers(executed, "network")
    rp = table(output_dir, "region_pair_cooccurrence")
    labels = sorted(set(rp["period"].to_pylist()))
    second = labels[len(labels) // 2:]
    rp = rp.filter(pc.and_(pc.and_(pc.equal(rp["region"], "CENTRAL_ASIA"),
                                   pc.equal(rp["partner_type"], "country")),
                           pc.is_in(rp["period"], pa.array(second))))
    assert got["compare_b"] == [second[0], second[-1]]
    assert (got["region_top_partner_b"], got["region_top_partner_b_articles"]) == top_key(
        rp, "partner", "articles")


def test_country_profile_reports_kaz_articles_top_topic_and_its_partner(executed, output_dir):
    got = numbers(executed, "country_profile")
    ct = table(output_dir, "country_trends")
    ctt = table(output_dir, "country_topic_trends")
    topic, topic_articles = top_key(ctt.filter(pc.equal(ctt["country"], "KAZ")), "topic",
                                    "articles")
    ptt = involving(table(output_dir, "pair_topic_trends"), "KAZ")
    partner, partner_articles = top_key(ptt.filter(pc.equal(ptt["topic"], topic)), "partner",
                                        "articles_sentence")
    assert got["country_articles"] == pc.sum(
        ct.filter(pc.equal(ct["country"], "KAZ"))["articles"]).as_py()
    assert (got["top_topic"], got["top_topic_articles"]) == (topic, topic_articles)
    assert (got["top_topic_partner"], got["top_topic_partner_articles"]) == (
        partner, partner_articles)


# Non-default parameters, as papermill passes them: another country, region, measure and range.
RANGE = {"first_period": "2025-01", "last_period": "2025-12"}


def in_range(tbl):
    return tbl.filter(pc.and_(pc.greater_equal(tbl["period"], RANGE["first_period"]),
                              pc.less_equal(tbl["period"], RANGE["last_period"])))


def test_topic_trends_with_chosen_topics_and_range_reports_the_ranges_last_period(executed,
                                                                                 output_dir):
    got = numbers(executed, "topic_trends", topics=["energy", "water_resources"], top_n=4,
                  **RANGE)
    tt = in_range(table(output_dir, "topic_trends"))
    rows = tt.filter(pc.equal(tt["period"], "2025-12")).sort_by([("share", "descending"),
                                                                 ("topic", "ascending")])
    assert got["last_period"] == "2025-12"
    assert got["top_topic_last_period"] == rows["topic"][0].as_py()
    assert got["spikes"] == pc.sum(pc.cast(tt["is_spike"], pa.int64())).as_py()
    assert len(got["top_topics"]) == 4


def test_country_pairs_with_another_country_region_and_npmi_strength(executed, output_dir):
    figures = executed("country_pairs", country="UZB", region="OTS", strength="npmi",
                       pairs=[["UZB", "KGZ"]], **RANGE)
    got = json.loads((figures / "country_pairs.json").read_text())
    partner, articles = top_key(involving(in_range(table(output_dir, "pair_cooccurrence")), "UZB"),
                                "partner", "articles")
    rp = in_range(table(output_dir, "region_pair_cooccurrence"))
    rp = rp.filter(pc.and_(pc.equal(rp["region"], "OTS"), pc.equal(rp["partner_type"], "country")))
    assert (got["top_partner"], got["top_partner_articles"]) == (partner, articles)
    assert got["region_members"] == ["AZE", "KAZ", "KGZ", "TUR", "UZB"]
    assert (got["top_outside_partner"], got["top_outside_partner_articles"]) == top_key(
        rp, "partner", "articles")
    assert sorted(p.stem for p in figures.glob("*.png")) == sorted(EXPECTED_CHARTS["country_pairs"])


def test_country_profile_with_another_country_and_the_article_rule(executed, output_dir):
    got = numbers(executed, "country_profile", country="CHN", topic_rule="articles_article",
                  **RANGE)
    ctt = in_range(table(output_dir, "country_topic_trends"))
    topic, topic_articles = top_key(ctt.filter(pc.equal(ctt["country"], "CHN")), "topic",
                                    "articles")
    ptt = involving(in_range(table(output_dir, "pair_topic_trends")), "CHN")
    partner, partner_articles = top_key(ptt.filter(pc.equal(ptt["topic"], topic)), "partner",
                                        "articles_article")
    assert (got["top_topic"], got["top_topic_articles"]) == (topic, topic_articles)
    assert (got["top_topic_partner"], got["top_topic_partner_articles"]) == (
        partner, partner_articles)


def test_network_with_a_range_threshold_and_explicit_comparison(executed, output_dir):
    got = numbers(executed, "network", min_npmi=0.0, min_articles=3, partner_type="region",
                  compare_a=["2025-01", "2025-03"], compare_b=["2025-10", "2025-12"], **RANGE)
    co = in_range(table(output_dir, "pair_cooccurrence"))
    per_pair = co.group_by(["country_a", "country_b"]).aggregate(
        [("articles", "sum"), ("npmi", "mean")])
    edges = per_pair.filter(pc.and_(pc.greater_equal(per_pair["npmi_mean"], 0.0),
                                    pc.greater_equal(per_pair["articles_sum"], 3)))
    rp = table(output_dir, "region_pair_cooccurrence")
    rp = rp.filter(pc.and_(pc.and_(pc.equal(rp["region"], "CENTRAL_ASIA"),
                                   pc.equal(rp["partner_type"], "region")),
                           pc.and_(pc.greater_equal(rp["period"], "2025-10"),
                                   pc.less_equal(rp["period"], "2025-12"))))
    assert got["edges"] == edges.num_rows
    assert got["compare_b"] == ["2025-10", "2025-12"]
    assert (got["region_top_partner_b"], got["region_top_partner_b_articles"]) == top_key(
        rp, "partner", "articles")
