"""entente_plots on small hand-made frames; expected values worked out by hand."""

import datetime as dt
import json
import sys

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.collections import PathCollection  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pyarrow as pa  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402
import pytest  # noqa: E402

import entente_plots as ep  # noqa: E402

NAN = float("nan")


def pairs_frame(rows):
    return pd.DataFrame(rows, columns=["period", "country_a", "country_b", "articles", "npmi"])


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def test_read_table_reads_the_folder_and_turns_period_start_into_datetime(tmp_path):
    folder = tmp_path / "topic_trends"
    folder.mkdir()
    table = pa.table({"period": ["2025-01", "2025-02"],
                      "period_start": pa.array([dt.date(2025, 1, 1), dt.date(2025, 2, 1)],
                                               pa.date32()),
                      "share": [0.25, 0.5]})
    pq.write_table(table, folder / "part-00000.parquet")
    (folder / "_SUCCESS").write_text("")
    df = ep.read_table(tmp_path, "topic_trends")
    assert str(df["period_start"].dtype).startswith("datetime64")
    assert list(df["period_start"]) == [pd.Timestamp("2025-01-01"), pd.Timestamp("2025-02-01")]
    assert list(df["share"]) == [0.25, 0.5]


def test_in_periods_keeps_labels_from_first_to_last_inclusive():
    df = pd.DataFrame({"period": ["2025-01", "2025-02", "2025-03", "2025-04"]})
    assert list(ep.in_periods(df, "2025-02", "2025-03")["period"]) == ["2025-02", "2025-03"]
    assert list(ep.in_periods(df, None, "2025-01")["period"]) == ["2025-01"]
    assert len(ep.in_periods(df)) == 4


def test_in_periods_orders_iso_week_labels_across_a_digit_boundary():
    df = pd.DataFrame({"period": ["2025-W09", "2025-W10", "2025-W52", "2026-W01"]})
    assert list(ep.in_periods(df, "2025-W10", "2025-W52")["period"]) == ["2025-W10", "2025-W52"]


def test_partners_of_names_the_other_country_on_either_side():
    pairs = pairs_frame([("p", "AFG", "KAZ", 1, NAN), ("p", "KAZ", "UZB", 2, NAN),
                         ("p", "CHN", "RUS", 3, NAN)])
    rows = ep.partners_of(pairs, "KAZ")
    assert list(rows["partner"]) == ["AFG", "UZB"]
    assert list(rows["articles"]) == [1, 2]


def test_pair_rows_finds_the_pair_given_in_either_order():
    pairs = pairs_frame([("p1", "CHN", "KAZ", 4, NAN), ("p2", "CHN", "KAZ", 5, NAN),
                         ("p1", "KAZ", "RUS", 6, NAN)])
    assert list(ep.pair_rows(pairs, "KAZ", "CHN")["articles"]) == [4, 5]
    assert list(ep.pair_rows(pairs, "CHN", "KAZ")["articles"]) == [4, 5]


def test_top_by_total_sums_drops_zero_totals_and_breaks_ties_by_key():
    df = pd.DataFrame({"k": ["B", "B", "A", "C", "D"], "v": [2, 1, 3, 5, 0]})
    # totals: C 5, A 3, B 3 (tie: A first), D 0 (dropped)
    assert ep.top_by_total(df, "k", "v", 10) == ["C", "A", "B"]
    assert ep.top_by_total(df, "k", "v", 2) == ["C", "A"]


def test_risers_fallers_sort_change_prev_of_the_period_and_skip_nulls_and_zeros():
    trends = pd.DataFrame({
        "period": ["2025-02"] * 6 + ["2025-01"],
        "topic": ["t1", "t2", "t3", "t4", "t5", "t6", "t7"],
        "share": [0.5, 0.2, 0.1, 0.3, 0.4, 0.6, 0.9],
        "change_prev": [0.3, 0.1, -0.2, NAN, 0.0, 0.3, 0.9],
        "change_yoy": [NAN] * 7,
    })
    risers, fallers = ep.risers_fallers(trends, "topic", "2025-02", n=5)
    assert list(risers["topic"]) == ["t1", "t6", "t2"]
    assert list(risers["change_prev"]) == [0.3, 0.3, 0.1]
    assert list(fallers["topic"]) == ["t3"]
    assert list(ep.risers_fallers(trends, "topic", "2025-02", n=1)[0]["topic"]) == ["t1"]


def test_matrix_orders_rows_and_columns_and_fills_missing_sums_with_zero():
    df = pd.DataFrame({"r": ["x", "x", "y", "x"], "c": ["p1", "p2", "p1", "p1"],
                       "v": [1.0, 2.0, 3.0, 4.0]})
    mat = ep.matrix(df, "r", "c", "v", rows=["y", "x", "z"], cols=["p2", "p1"])
    assert mat.to_dict("index") == {"y": {"p2": 0.0, "p1": 3.0}, "x": {"p2": 2.0, "p1": 5.0},
                                    "z": {"p2": 0.0, "p1": 0.0}}


def test_matrix_with_mean_leaves_missing_cells_empty():
    df = pd.DataFrame({"r": ["x", "x", "y"], "c": ["p1", "p1", "p1"], "v": [0.2, 0.6, NAN]})
    mat = ep.matrix(df, "r", "c", "v", rows=["x", "y"], cols=["p1", "p2"], agg="mean")
    assert mat.loc["x", "p1"] == pytest.approx(0.4)
    assert np.isnan(mat.loc["y", "p1"]) and np.isnan(mat.loc["x", "p2"])


def test_pair_matrix_counts_both_orders_over_periods_and_blanks_a_country_with_itself():
    pairs = pairs_frame([("p1", "KAZ", "UZB", 3, NAN), ("p2", "KAZ", "UZB", 2, NAN),
                         ("p1", "KAZ", "KGZ", 1, NAN)])
    mat = ep.pair_matrix(pairs, ["KAZ", "UZB"], ["KAZ", "KGZ", "UZB"], "articles")
    assert np.isnan(mat.loc["KAZ", "KAZ"]) and np.isnan(mat.loc["UZB", "UZB"])
    assert (mat.loc["KAZ", "KGZ"], mat.loc["KAZ", "UZB"]) == (1.0, 5.0)
    assert (mat.loc["UZB", "KAZ"], mat.loc["UZB", "KGZ"]) == (5.0, 0.0)


def test_pair_summary_sums_articles_and_averages_npmi_where_the_job_wrote_one():
    pairs = pairs_frame([("p1", "A", "B", 2, 0.5), ("p2", "A", "B", 3, 1.0),
                         ("p3", "A", "B", 1, NAN), ("p1", "A", "C", 1, NAN)])
    s = ep.pair_summary(pairs).set_index(["country_a", "country_b"])
    assert s.loc[("A", "B")].to_dict() == {"articles": 6, "npmi": 0.75, "npmi_periods": 2}
    assert s.loc[("A", "C"), "articles"] == 1 and np.isnan(s.loc[("A", "C"), "npmi"])
    assert s.loc[("A", "C"), "npmi_periods"] == 0


def test_bloc_members_groups_the_regions_table_by_region(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq
    (tmp_path / "regions").mkdir()
    pq.write_table(
        pa.table({"region": ["EU", "CENTRAL_ASIA", "EU", "CENTRAL_ASIA"],
                  "region_name": ["European Union", "Central Asia", "European Union", "Central Asia"],
                  "country": ["BEL", "KGZ", "AUT", "KAZ"]}),
        tmp_path / "regions" / "part-0.parquet")
    assert ep.bloc_members(tmp_path) == {"CENTRAL_ASIA": ["KAZ", "KGZ"], "EU": ["AUT", "BEL"]}


def test_region_of_is_the_first_listed_region_with_the_member_or_other():
    members = {"G7": ["DEU", "USA"], "EU": ["DEU", "FRA"]}
    assert ep.region_of("DEU", members, ["EU", "G7"]) == "EU"
    assert ep.region_of("DEU", members, ["G7", "EU"]) == "G7"
    assert ep.region_of("BRA", members, ["G7", "EU"]) == ep.OTHER_REGION


def test_plot_trend_draws_share_and_rolling_mean_and_labels_each_spike():
    series = pd.DataFrame({
        "period": ["2025-03", "2025-01", "2025-02", "2025-04"],
        "period_start": pd.to_datetime(["2025-03-01", "2025-01-01", "2025-02-01", "2025-04-01"]),
        "share": [0.9, 0.1, 0.2, 0.8],
        "rolling_mean": [0.4, 0.1, 0.15, 0.633],
        "is_spike": [True, False, False, True],
    })
    fig, ax = plt.subplots()
    assert ep.plot_trend(ax, series, label="trade") == 2
    share, rolling = ax.lines
    assert list(share.get_ydata()) == [0.1, 0.2, 0.9, 0.8]
    assert list(rolling.get_ydata()) == [0.1, 0.15, 0.4, 0.633]
    assert rolling.get_label() == "trade"
    assert [t.get_text() for t in ax.texts] == ["2025-03", "2025-04"]
    assert list(ax.collections[0].get_offsets()[:, 1]) == [0.9, 0.8]


def test_small_multiples_shows_one_titled_panel_per_key():
    df = pd.DataFrame({"topic": ["a", "b", "c", "d"], "period": ["2025-01"] * 4,
                       "period_start": pd.to_datetime(["2025-01-01"] * 4),
                       "share": [0.1, 0.2, 0.3, 0.4], "rolling_mean": [0.1, 0.2, 0.3, 0.4],
                       "is_spike": [False] * 4})
    fig = ep.small_multiples(df, "topic", ["d", "a", "c", "b"], ncols=3)
    visible = [ax for ax in fig.axes if ax.get_visible()]
    assert len(fig.axes) == 6
    assert [ax.get_title() for ax in visible] == ["d", "a", "c", "b"]
    assert [list(ax.lines[0].get_ydata()) for ax in visible] == [[0.4], [0.1], [0.3], [0.2]]


def test_heatmap_labels_axes_and_annotates_every_cell_but_the_missing_one():
    mat = pd.DataFrame([[1.0, NAN], [2.0, 3.0]], index=["KAZ", "UZB"], columns=["p1", "p2"])
    fig, ax = plt.subplots()
    ep.heatmap(ax, mat, vmin=0, vmax=3)
    assert [t.get_text() for t in ax.texts] == ["1", "2", "3"]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["p1", "p2"]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["KAZ", "UZB"]
    # 3 of 3 is dark on Blues: white text; 1 of 3 is light: black text
    assert [t.get_color() for t in ax.texts] == ["black", "white", "white"]


def test_heatmap_of_an_empty_frame_says_no_data():
    fig, ax = plt.subplots()
    assert ep.heatmap(ax, pd.DataFrame(index=["KAZ"], columns=[])) is None
    assert [t.get_text() for t in ax.texts] == ["no data"]


def test_node_sizes_are_proportional_to_mentions_with_a_floor():
    assert list(ep.node_sizes([10, 5, 0], smallest=80, largest=1000)) == [1000.0, 500.0, 80.0]


def test_draw_network_builds_the_graph_with_sizes_and_region_colours():
    nodes = pd.DataFrame({"country": ["KAZ", "CHN", "DEU"], "mentions": [20, 10, 2],
                          "region": ["CENTRAL_ASIA", "BRICS", "other"]})
    edges = pd.DataFrame({"country_a": ["CHN", "DEU"], "country_b": ["KAZ", "KAZ"],
                          "npmi": [0.5, 0.25]})
    fig, ax = plt.subplots()
    g = ep.draw_network(ax, nodes, edges, {"CENTRAL_ASIA": "#0000ff", "BRICS": "#ff0000"})
    assert {(frozenset((a, b)), w) for a, b, w in g.edges(data="npmi")} == {
        (frozenset(("CHN", "KAZ")), 0.5), (frozenset(("DEU", "KAZ")), 0.25)}
    node_paths = [c for c in ax.collections if isinstance(c, PathCollection)][0]
    assert list(node_paths.get_sizes()) == [1500.0, 750.0, 150.0]
    colours = [tuple(np.round(c[:3], 3)) for c in node_paths.get_facecolors()]
    assert colours == [(0.0, 0.0, 1.0), (1.0, 0.0, 0.0), (0.733, 0.733, 0.733)]


def test_paired_barh_draws_two_bars_per_row_in_frame_order():
    values = pd.DataFrame({"a": [1.0, 4.0], "b": [2.0, 0.0]}, index=["RUS", "CHN"])
    fig, ax = plt.subplots()
    ep.paired_barh(ax, values, ["before", "after"])
    first, second = ax.containers
    assert [b.get_width() for b in first] == [1.0, 4.0]
    assert [b.get_width() for b in second] == [2.0, 0.0]
    assert [b.get_y() + b.get_height() / 2 for b in first] == pytest.approx([0.2, 1.2])
    assert [t.get_text() for t in ax.get_yticklabels()] == ["RUS", "CHN"]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["before", "after"]


def test_save_figure_writes_a_png_only_when_a_folder_is_given(tmp_path):
    fig, _ = plt.subplots()
    assert ep.save_figure(fig, None, "chart") is None
    path = ep.save_figure(fig, tmp_path / "figs", "chart")
    assert path == str(tmp_path / "figs" / "chart.png")
    assert (tmp_path / "figs" / "chart.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_record_prints_the_numbers_and_writes_them_with_the_kernels_prefix(tmp_path, capsys):
    numbers = {"top": "trade", "articles": np.int64(3), "share": np.float64(0.5),
               "day": pd.Timestamp("2025-01-01"), "none": None}
    got = ep.record(tmp_path, "topic_trends", numbers)
    expected = {"top": "trade", "articles": 3, "share": 0.5, "day": "2025-01-01", "none": None,
                "python_prefix": sys.prefix}
    assert got == expected
    assert json.loads((tmp_path / "topic_trends.json").read_text()) == expected
    del expected["python_prefix"]
    assert json.loads(capsys.readouterr().out) == expected


def test_record_without_a_folder_only_prints(tmp_path, capsys):
    ep.record(None, "x", {"a": 1})
    assert json.loads(capsys.readouterr().out) == {"a": 1}
    assert list(tmp_path.iterdir()) == []
